#include "DockLayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QTabBar>
#include <QToolButton>
#include <algorithm>

namespace layerlab {
namespace {

QDockWidget* MakeDock(const QString& name, QWidget* content, QMainWindow* window) {
    auto* dock = new QDockWidget(window);
    dock->setObjectName(name);
    dock->setWidget(content);
    // Closable, so the View menu's toggles can hide and show it.
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    return dock;
}

}  // namespace

DockLayout::DockLayout(QMainWindow* window, const Panels& panels)
    : QObject(window), m_window(window), m_confusion(panels.confusion) {
    setObjectName("dockLayout");
    m_docks = {MakeDock("networkDock", panels.network, window),
               MakeDock("hyperparameterDock", panels.training, window),
               MakeDock("galleryDock", panels.gallery, window),
               MakeDock("predictionsDock", panels.predictions, window),
               MakeDock("confusionDock", panels.confusion, window),
               MakeDock("insideDock", panels.inside, window),
               MakeDock("runsDock", panels.runs, window)};
    m_tabbed = window->screen()->availableSize().height() < kTallScreen;
    RetranslateUi();
    QDockWidget *network = m_docks[0], *training = m_docks[1], *gallery = m_docks[2],
                *predictions = m_docks[3], *confusion = m_docks[4], *inside = m_docks[5],
                *runs = m_docks[6];
    // Tabs on top, as the heading of their column: read, and reached by Tab, before the panel
    // they choose.
    window->setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::LeftDockWidgetArea, network);
    window->addDockWidget(Qt::LeftDockWidgetArea, training);
    if (m_tabbed) {
        window->addDockWidget(Qt::RightDockWidgetArea, gallery);
        window->addDockWidget(Qt::RightDockWidgetArea, predictions);
        window->addDockWidget(Qt::RightDockWidgetArea, confusion);
        window->tabifyDockWidget(network, training);
        window->tabifyDockWidget(gallery, predictions);
        window->tabifyDockWidget(predictions, confusion);
        window->tabifyDockWidget(confusion, inside);
        // The left column's third tab: the right one's names already fill its width.
        window->tabifyDockWidget(training, runs);
        network->raise();
        gallery->raise();
    } else {
        window->addDockWidget(Qt::BottomDockWidgetArea, gallery);
        window->addDockWidget(Qt::RightDockWidgetArea, predictions);
        window->addDockWidget(Qt::RightDockWidgetArea, confusion);
        window->tabifyDockWidget(gallery, inside);
        window->tabifyDockWidget(inside, runs);
        gallery->raise();
    }
    Arrange(2);
}

void DockLayout::RetranslateUi() {
    // Qt's accessible dock says only its title: the panel in it says what it holds.
    const auto name = [](QDockWidget* dock, const QString& title, const QString& description) {
        dock->setWindowTitle(title);
        dock->widget()->setAccessibleName(title);
        dock->widget()->setAccessibleDescription(description);
    };
    name(m_docks[0], tr("Network"),
         tr("The layers from input to output, their sizes, activations and dropout"));
    name(m_docks[1], tr("Hyperparameters"),
         tr("Learning rate, iterations, initialisation and the optimisation options"));
    // Tabbed, the right column's three names share about 340 pixels: short ones keep the chart
    // the widest panel at 1280×720 and still show whole (the panels' headings say the rest).
    name(m_docks[2], m_tabbed ? tr("Predictions") : tr("Test predictions"),
         tr("Every test image with the network's prediction, right or wrong"));
    name(m_docks[3], tr("Your pictures"),
         tr("Pictures you dropped or pasted, classified by the current network"));
    name(m_docks[4], m_tabbed ? tr("Confusion") : tr("Confusion matrix"),
         tr("Test images counted by actual and predicted class"));
    name(m_docks[5], m_tabbed ? tr("Inside") : tr("Inside the network"),
         tr("The network diagram, weights as pictures, layer health and one example followed "
            "through the network"));
    name(m_docks[6], tr("Runs"),
         tr("Every recorded run on this data set: compare, overlay on the chart, re-run or "
            "branch"));
}

void DockLayout::Arrange(size_t classCount) {
    QDockWidget *network = m_docks[0], *gallery = m_docks[2], *predictions = m_docks[3],
                *confusion = m_docks[4];
    const bool many = classCount > 4;
    // A floor rather than a wish: resizeDocks gives way to the central widget's share.
    m_confusion->setMinimumWidth(many && !m_tabbed ? 500 : 0);
    if (m_tabbed) {
        // The chart keeps about half the width: 1280 − 360 − 340 leaves it 560 pixels. The
        // right column is widened to its tabs' whole names: elided, English read "Test pred…,
        // Your pi…, Confusion …" at 1280×720.
        const int right = std::max(many ? 420 : 340, TabsWidth(gallery));
        m_window->resizeDocks({network, gallery}, {360, right}, Qt::Horizontal);
        return;
    }
    m_window->resizeDocks({network, predictions}, {400, many ? 520 : 430}, Qt::Horizontal);
    m_window->resizeDocks({gallery, predictions, confusion},
                          {330, many ? 260 : 520, many ? 600 : 330}, Qt::Vertical);
}

int DockLayout::TabsWidth(const QDockWidget* dock) {
    for (QTabBar* bar : m_window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);  // never "Test pred…"; scroll buttons at worst
        // The scroll buttons are the mouse's: by keyboard the arrows choose a tab and scroll to
        // it, so the buttons must not be Tab stops of their own.
        for (QToolButton* scroll : bar->findChildren<QToolButton*>())
            scroll->setFocusPolicy(Qt::NoFocus);
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i) == dock->windowTitle()) return bar->sizeHint().width() + 8;
    }
    return 0;
}

void DockLayout::Present() {
    QDockWidget *network = m_docks[0], *gallery = m_docks[2];
    for (QDockWidget* dock : Secondary()) dock->hide();
    m_window->addDockWidget(Qt::BottomDockWidgetArea, gallery);
    gallery->show();
    const QSize screen = m_window->screen()->size();
    m_window->resizeDocks({network}, {screen.width() * 2 / 5}, Qt::Horizontal);
    m_window->resizeDocks({gallery}, {screen.height() / 4}, Qt::Vertical);
}

}  // namespace layerlab
