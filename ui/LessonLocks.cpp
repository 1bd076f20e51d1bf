#include "LessonLocks.h"

#include <QCoreApplication>
#include <QLabel>

namespace layerlab {

QStringList LessonLocks::WidgetNames(const QString& control) {
    if (control == QLatin1String("network")) return {"architectureEditor"};
    if (control == QLatin1String("lr")) return {"learningRateEdit", "learningRateSlider"};
    if (control == QLatin1String("iterations")) return {"iterationsSpin", "epochsSpin"};
    if (control == QLatin1String("init")) return {"initializerCombo"};
    if (control == QLatin1String("seed")) return {"seedSpin"};
    if (control == QLatin1String("precision")) return {"precisionCombo"};
    if (control == QLatin1String("options")) return {"optimisationToggle", "trainingOptionsPanel"};
    if (control == QLatin1String("dropout")) return {"dropoutSection"};
    return {};
}

QList<QWidget*> LessonLocks::Widgets(const QString& control) const {
    QList<QWidget*> out;
    for (const QString& name : WidgetNames(control))
        if (auto* w = m_window->findChild<QWidget*>(name)) out << w;
    return out;
}

QList<QWidget*> LessonLocks::WithLabels(QWidget* w) const {
    QList<QWidget*> out{w};
    for (QLabel* label : m_window->findChildren<QLabel*>())
        if (label->buddy() == w) out << label;
    return out;
}

void LessonLocks::Remember(QWidget* w) {
    if (m_changed.contains(w)) return;
    w->setProperty("tipBeforeLesson", w->toolTip());
    w->setProperty("shownBeforeLesson", !w->isHidden());
    m_changed << w;
}

void LessonLocks::Set(const QStringList& locked, const QStringList& hidden) {
    Clear();
    m_locked = locked;
    m_hidden = hidden;
    Apply();
}

void LessonLocks::Clear() {
    for (const QPointer<QWidget>& w : m_changed)
        if (w) {
            w->setVisible(w->property("shownBeforeLesson").toBool());
            w->setEnabled(true);  // the window's own rules (a run in progress) apply next
            w->setToolTip(w->property("tipBeforeLesson").toString());
        }
    m_changed.clear();
    m_locked.clear();
    m_hidden.clear();
}

void LessonLocks::Apply() {
    const QString why = QCoreApplication::translate(
        "layerlab::LessonLocks", "Locked by the lesson (Close lesson unlocks it)");
    for (const QString& control : m_locked)
        for (QWidget* w : Widgets(control)) {
            Remember(w);
            w->setEnabled(false);
            w->setToolTip(why);
        }
    for (const QString& control : m_hidden)
        for (QWidget* w : Widgets(control))
            for (QWidget* shown : WithLabels(w)) {
                Remember(shown);
                shown->setVisible(false);
            }
}

}  // namespace layerlab
