#pragma once

#include <QList>
#include <QObject>

class QLayout;
class QMainWindow;
class QTabBar;
class QWidget;

namespace layerlab {

// The main window's Tab order, in the order a reader meets the controls on screen: the dock
// columns left to right (left, then the chart in the middle, then the bottom and right docks),
// each dock top to bottom after the tab bar that switches it, and the toolbar's controls last.
// Tab skips the docks behind a tab (QMainWindow leaves them shown, out of sight): Tab reaches the
// tab bar, the arrow keys choose a panel and Tab goes into it. Inside a panel the order is its
// layouts' own (rows of a form, cells of a grid row by row), whatever order the widgets were made
// in: rows the editors rebuild, which Qt appends at the end of the chain, go back where they are
// shown. Compound controls (a spin box and its line edit) move as one stop.
class FocusOrder : public QObject {
    Q_OBJECT
public:
    explicit FocusOrder(QMainWindow* window);

    // Puts the window's focus chain in screen order (cheap enough to call before every Tab).
    void Apply();
    // The stops in screen order, shown or not, enabled or not.
    QList<QWidget*> Stops() const;
    // The stop Tab (forward) or Shift+Tab goes to from from: the next one shown, enabled and not
    // behind a tab; nullptr when from is not the window's (a floating dock's).
    QWidget* Next(const QWidget* from, bool forward) const;
    // Whether w is in a dock that a tab bar does not show now.
    bool BehindATab(const QWidget* w) const;
    // Whether Tab can give w the focus itself: its policy takes Tab, and it is not only a proxy
    // for another widget's focus (it may proxy to a part of itself, like a spin box).
    static bool IsStop(const QWidget* w);

private:
    void Collect(QWidget* w, QList<QWidget*>& out) const;
    void CollectLayout(QLayout* layout, QList<QWidget*>& out) const;
    // The dock tab bar showing the dock (nullptr when it is not tabbed).
    QTabBar* TabBarOf(const QWidget* dock) const;

    QMainWindow* m_window;
};

}  // namespace layerlab
