#pragma once

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace layerlab {

// The main window's panels as docks, laid out for the screen it opens on:
// - short screens (a 1280×720 projector): the network and the hyperparameters share the left
//   column as tabs, the test predictions, your pictures and the confusion matrix the right one,
//   so the chart has the whole middle and every panel the whole height;
// - tall screens: the network over the hyperparameters, the test predictions under the chart,
//   your pictures over the confusion matrix.
// "Inside the network" joins the right column as its last tab on short screens, and shares the
// space under the chart with the test predictions on tall ones; "Runs" is the left column's
// third tab on short screens and the last tab under the chart on tall ones.
// Every dock can be closed, moved and floated, and the View menu toggles each one.
class DockLayout : public QObject {
    Q_OBJECT
public:
    struct Panels {
        QWidget* network;
        QWidget* training;
        QWidget* gallery;
        QWidget* predictions;
        QWidget* confusion;
        QWidget* inside;
        QWidget* runs;
    };
    DockLayout(QMainWindow* window, const Panels& panels);

    // network, training, gallery, predictions, confusion, inside, runs
    const QList<QDockWidget*>& Docks() const { return m_docks; }
    QDockWidget* InsideDock() const { return m_docks[5]; }
    QDockWidget* RunsDock() const { return m_docks[6]; }
    // The panels presentation mode puts away: your pictures, the confusion matrix, the inside
    // views and the runs (the View menu brings any back; overlaid runs stay on the chart).
    QList<QDockWidget*> Secondary() const {
        return {m_docks[3], m_docks[4], m_docks[5], m_docks[6]};
    }
    bool Tabbed() const { return m_tabbed; }
    // Sizes the columns for a data set of classCount classes (many need a larger matrix).
    void Arrange(size_t classCount);
    // The docks' titles in the current language.
    void RetranslateUi();
    // Presentation mode's set: the network and hyperparameters on the left, the chart, and the
    // test predictions as a strip under it; your pictures and the matrix put away. The window's
    // saved state brings the rest back.
    void Present();

    // Below this many available pixels of height the side panels are tabbed (a 720-line
    // projector leaves about 690); a 1080-line monitor has room to stack them.
    static constexpr int kTallScreen = 900;

private:
    // The width of the tab bar that holds dock's tab, every name whole (0 before it exists).
    // Makes every dock tab bar show whole names, its scroll buttons no Tab stops.
    int TabsWidth(const QDockWidget* dock);

    QMainWindow* m_window;
    QWidget* m_confusion;
    QList<QDockWidget*> m_docks;
    bool m_tabbed = false;
};

}  // namespace layerlab
