#pragma once

#include <QList>
#include <QWidget>

namespace layerlab::test {

// What Tab should reach, worked out from the widgets themselves rather than from FocusOrder: a
// widget whose focus policy takes Tab and which is not a stand-in for another's focus (a spin
// box's line edit hands it to the spin box; a chart's viewport to the chart).
inline bool TakesTab(const QWidget* w) {
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
}

// Whether w is in sight in window: QMainWindow keeps the docks behind a tab shown, but moves
// them out of the window.
inline bool InSight(const QWidget* w, const QWidget* window) {
    for (; w && w != window; w = w->parentWidget())
        if (w->parentWidget() == window && w->inherits("QDockWidget") &&
            !window->rect().intersects(w->geometry()))
            return false;
    return true;
}

// Every such widget of window, counted once: shown, enabled and in sight only when shownOnly
// (what Tab can reach now), else all of them (what must have a name whether shown now or later).
inline QList<QWidget*> TabStops(QWidget* window, bool shownOnly) {
    QList<QWidget*> stops;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || !TakesTab(w)) continue;
        if (shownOnly && !(w->isVisible() && w->isEnabled() && InSight(w, window))) continue;
        stops << w;
    }
    return stops;
}

// "objectName (ClassName)", or the class and parent's name for a widget without a name.
inline QString Describe(const QWidget* w) {
    if (!w) return QStringLiteral("(none)");
    const QString cls = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty()) return QStringLiteral("%1 (%2)").arg(w->objectName(), cls);
    const QWidget* p = w->parentWidget();
    return QStringLiteral("unnamed %1 in %2").arg(cls, p ? Describe(p) : QStringLiteral("-"));
}

}  // namespace layerlab::test
