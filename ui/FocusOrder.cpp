#include "FocusOrder.h"

#include <QDockWidget>
#include <QFormLayout>
#include <QGridLayout>
#include <QMainWindow>
#include <QScrollArea>
#include <QSet>
#include <QTabBar>
#include <QToolBar>
#include <algorithm>
#include <tuple>
#include <vector>

namespace layerlab {
namespace {

// Reading order of the dock areas around the chart: the left column, the chart, what is under
// it, the right column.
int AreaRank(Qt::DockWidgetArea area) {
    switch (area) {
        case Qt::TopDockWidgetArea:
            return 0;
        case Qt::LeftDockWidgetArea:
            return 1;
        case Qt::BottomDockWidgetArea:
            return 3;
        case Qt::RightDockWidgetArea:
            return 4;
        default:
            return 5;
    }
}
constexpr int kCentralRank = 2;

}  // namespace

FocusOrder::FocusOrder(QMainWindow* window) : QObject(window), m_window(window) {
    setObjectName("focusOrder");
}

bool FocusOrder::IsStop(const QWidget* w) {
    if ((w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus) return false;
    const QWidget* proxy = w->focusProxy();
    while (proxy && proxy->focusProxy()) proxy = proxy->focusProxy();
    return !proxy || w->isAncestorOf(proxy);
}

void FocusOrder::Collect(QWidget* w, QList<QWidget*>& out) const {
    if (w != m_window && w->isWindow()) return;  // a floating dock has a chain of its own
    auto* scroll = qobject_cast<QScrollArea*>(w);
    if (IsStop(w)) {
        out.append(w);
        // A scroll area's content holds stops of its own; any other control's children are
        // parts of it (a spin box's line edit, a view's viewport).
        if (!scroll) return;
    }
    if (scroll) {
        if (scroll->widget()) Collect(scroll->widget(), out);
    } else if (QLayout* layout = w->layout()) {
        CollectLayout(layout, out);
    } else {
        for (QObject* child : w->children())
            if (auto* c = qobject_cast<QWidget*>(child)) Collect(c, out);
    }
}

void FocusOrder::CollectLayout(QLayout* layout, QList<QWidget*>& out) const {
    const auto collect = [&](QLayoutItem* item) {
        if (!item) return;
        if (QWidget* w = item->widget())
            Collect(w, out);
        else if (QLayout* inner = item->layout())
            CollectLayout(inner, out);
    };
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row)
            for (auto role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                collect(form->itemAt(row, role));
        return;
    }
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        // A grid's items come in the order they were added: read them row by row instead.
        std::vector<std::tuple<int, int, int>> cells;
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            cells.emplace_back(row, column, i);
        }
        std::sort(cells.begin(), cells.end());
        for (const auto& [row, column, i] : cells) collect(grid->itemAt(i));
        return;
    }
    for (int i = 0; i < layout->count(); ++i) collect(layout->itemAt(i));
}

QTabBar* FocusOrder::TabBarOf(const QWidget* dock) const {
    for (QTabBar* bar : m_window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
        if (bar->isHidden()) continue;  // QMainWindow keeps unused ones hidden
        for (int i = 0; i < bar->count(); ++i)
            if (qvariant_cast<quintptr>(bar->tabData(i)) == quintptr(dock)) return bar;
    }
    return nullptr;
}

QList<QWidget*> FocusOrder::Stops() const {
    struct Region {
        int rank;
        QPoint at;
        int index;
        QWidget* widget;
        QTabBar* tabs;
    };
    std::vector<Region> regions;
    int index = 0;
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly)) {
        if (dock->isFloating()) continue;
        QTabBar* tabs = TabBarOf(dock);
        // The docks of a tab group share a place (a hidden tab's geometry is stale): the tab bar's.
        const QPoint at = tabs ? tabs->geometry().topLeft() : dock->geometry().topLeft();
        regions.push_back({AreaRank(m_window->dockWidgetArea(dock)), at, index++, dock, tabs});
    }
    if (QWidget* central = m_window->centralWidget())
        regions.push_back({kCentralRank, central->geometry().topLeft(), index++, central, nullptr});
    std::sort(regions.begin(), regions.end(), [](const Region& a, const Region& b) {
        return std::make_tuple(a.rank, a.at.y(), a.at.x(), a.index) <
               std::make_tuple(b.rank, b.at.y(), b.at.x(), b.index);
    });

    QList<QWidget*> stops;
    for (size_t i = 0; i < regions.size(); ++i) {
        // A tab bar comes before the docks it switches, where it is drawn (DockLayout puts the
        // tabs on top), so Tab goes from choosing a panel into it.
        const bool firstOfGroup = i == 0 || regions[i - 1].tabs != regions[i].tabs;
        if (regions[i].tabs && firstOfGroup) Collect(regions[i].tabs, stops);
        Collect(regions[i].widget, stops);
    }
    for (QToolBar* bar : m_window->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly))
        Collect(bar, stops);

    // Anything outside the layouts (a widget a panel did not lay out) keeps its place after them.
    QSet<QWidget*> seen(stops.begin(), stops.end());
    const auto insideStop = [&](const QWidget* w) {
        for (const QWidget* p = w->parentWidget(); p && p != m_window; p = p->parentWidget())
            if (IsStop(p) && !qobject_cast<const QScrollArea*>(p)) return true;
        return false;
    };
    for (QWidget* w = m_window->nextInFocusChain(); w && w != m_window; w = w->nextInFocusChain())
        if (w->window() == m_window && IsStop(w) && !seen.contains(w) && !insideStop(w)) {
            stops.append(w);
            seen.insert(w);
        }
    // A widget reached twice (laid out in two places cannot happen, but be safe) counts once.
    QList<QWidget*> unique;
    QSet<QWidget*> added;
    for (QWidget* w : stops)
        if (!added.contains(w)) {
            added.insert(w);
            unique.append(w);
        }
    return unique;
}

bool FocusOrder::BehindATab(const QWidget* w) const {
    // QMainWindow keeps the docks of a tab group shown, those behind moved out of sight.
    for (; w && w != m_window; w = w->parentWidget())
        if (w->parentWidget() == m_window && qobject_cast<const QDockWidget*>(w))
            if (const QTabBar* tabs = TabBarOf(w))
                return qvariant_cast<quintptr>(tabs->tabData(tabs->currentIndex())) != quintptr(w);
    return false;
}

QWidget* FocusOrder::Next(const QWidget* from, bool forward) const {
    const QList<QWidget*> stops = Stops();
    if (stops.isEmpty()) return nullptr;
    // The stop from is, or is a part of (a spin box's line edit).
    qsizetype at = -1;
    for (const QWidget* w = from; w && at < 0 && w != m_window; w = w->parentWidget())
        at = stops.indexOf(const_cast<QWidget*>(w));
    if (from && at < 0) return nullptr;  // in a floating dock: Qt's own order
    const qsizetype n = stops.size();
    for (qsizetype step = 1; step <= n; ++step) {
        const qsizetype i = at < 0 ? (forward ? step - 1 : n - step)
                                   : ((at + (forward ? step : -step)) % n + n) % n;
        QWidget* w = stops[i];
        if (w->isVisibleTo(m_window) && w->isEnabled() && !BehindATab(w)) return w;
    }
    return nullptr;
}

void FocusOrder::Apply() {
    const QList<QWidget*> stops = Stops();
    for (qsizetype i = 1; i < stops.size(); ++i) QWidget::setTabOrder(stops[i - 1], stops[i]);
}

}  // namespace layerlab
