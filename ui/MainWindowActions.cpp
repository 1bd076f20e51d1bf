#include "MainWindowActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QWidget>

#include "training/RunController.h"
#include "training/TrainingSession.h"

namespace layerlab {

MainWindowActions::MainWindowActions(QWidget* window) : QObject(window) {
    setObjectName("mainWindowActions");
    const auto make = [window](const QString& text, const QString& name, const QKeySequence& key,
                               QStyle::StandardPixmap icon, const QString& tip) {
        auto* a = new QAction(text, window);
        a->setObjectName(name);
        a->setShortcut(key);
        if (icon != QStyle::SP_CustomBase) a->setIcon(window->style()->standardIcon(icon));
        a->setStatusTip(tip);
        a->setToolTip(TipWithKey(a, tip));
        window->addAction(a);
        return a;
    };
    m_train = make(tr("&Train"), "actionTrain", Qt::Key_F5, QStyle::SP_MediaPlay,
                   tr("Train, or resume a paused run"));
    m_pause = make(tr("&Pause"), "actionPause", Qt::Key_F6, QStyle::SP_MediaPause,
                   tr("Pause training after the current iteration"));
    m_stop =
        make(tr("&Stop"), "actionStop", QKeySequence(Qt::SHIFT | Qt::Key_F5), QStyle::SP_MediaStop,
             tr("End this run; the weights stay for saving and predictions"));
    m_step = make(tr("S&tep"), "actionStep", Qt::Key_F10, QStyle::SP_MediaSkipForward,
                  tr("Run one iteration, then pause"));
    m_reset =
        make(tr("&Reset weights"), "actionReset", QKeySequence(Qt::CTRL | Qt::Key_R),
             QStyle::SP_BrowserReload, tr("Draw fresh weights from the initialiser and seed"));
    m_quit = make(tr("&Quit"), "actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q),
                  QStyle::SP_CustomBase, tr("Quit LayerLab"));
    m_openData = make(tr("&Open data set…"), "actionOpenDataSet", QKeySequence::Open,
                      QStyle::SP_DialogOpenButton,
                      tr("Open a ready data set, an image folder, an IDX folder or a course .h5"));
    m_openModel =
        make(tr("Open &model…"), "actionOpenModel", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
             QStyle::SP_CustomBase, tr("Start from weights saved in an HDF5 model"));
    m_saveModel =
        make(tr("&Save model…"), "actionSaveModel", QKeySequence::Save, QStyle::SP_DialogSaveButton,
             tr("Save the current weights as an HDF5 model"));
    m_exportChart = make(tr("Export chart as &PNG…"), "actionExportChart", {},
                         QStyle::SP_CustomBase, tr("Save the cost chart as a picture"));
    m_exportHistory =
        make(tr("Export &history as CSV…"), "actionExportHistory", {}, QStyle::SP_CustomBase,
             tr("Save every iteration's cost and the accuracies"));
    m_logScale = make(tr("&Log-scale cost"), "actionLogScale", QKeySequence(Qt::CTRL | Qt::Key_L),
                      QStyle::SP_CustomBase, tr("Show the cost on a logarithmic axis"));
    m_logScale->setCheckable(true);
    m_presentation =
        make(tr("&Presentation mode"), "actionPresentationMode", Qt::Key_F11, QStyle::SP_CustomBase,
             tr("Full screen, large text, high contrast and thick lines, for a "
                "projector"));
    m_presentation->setCheckable(true);
    m_about =
        make(tr("&About LayerLab"), "actionAbout", {}, QStyle::SP_CustomBase, tr("About LayerLab"));
    m_paste =
        make(tr("&Paste picture"), "actionPastePicture", QKeySequence::Paste, QStyle::SP_CustomBase,
             tr("Classify the picture on the clipboard with the current network"));
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, window, [window] {
        QMessageBox::about(
            window, tr("About LayerLab"),
            tr("<h3>LayerLab %1</h3><p>Build and train deep neural networks without a "
               "framework, visually: the deeplearning.ai course's L-layer network on "
               "your own data.</p><p>C++20, Qt 6, Armadillo, HDF5.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

QString MainWindowActions::TipWithKey(const QAction* a, const QString& tip) {
    // Tooltips name the shortcut too, so the toolbar teaches the keys.
    const QKeySequence key = a->shortcut();
    return key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText));
}

void MainWindowActions::Update(const RunController& run, const QString& networkProblem) {
    const bool data = run.Data() != nullptr;
    const bool running = run.IsRunning();
    const bool paused = run.Session() && run.State() == TrainingState::Paused;
    // A paused run goes on with the network it has; anything else builds the editor's.
    const bool buildable = networkProblem.isEmpty() || run.InRun();
    m_train->setEnabled(data && !running && buildable);
    m_train->setText(paused ? tr("&Resume") : tr("&Train"));
    m_pause->setEnabled(running);
    m_stop->setEnabled(run.InRun());
    m_step->setEnabled(data && buildable);
    m_reset->setEnabled(data && networkProblem.isEmpty());
    for (QAction* a : {m_train, m_step, m_reset})
        a->setToolTip(TipWithKey(a, a->isEnabled() || networkProblem.isEmpty()
                                        ? a->statusTip()
                                        : tr("Fix the network first: %1").arg(networkProblem)));
    m_saveModel->setEnabled(run.Session() && run.Session()->Latest().parameters != nullptr);
    m_exportChart->setEnabled(data);
    m_exportHistory->setEnabled(!run.History().IsEmpty() || run.Session());
}

void MainWindowActions::AddMenus(QMenuBar* bar, const QList<QDockWidget*>& docks) const {
    QMenu* file = bar->addMenu(tr("&File"));
    file->setObjectName("fileMenu");
    file->addAction(m_openData);
    file->addSeparator();
    file->addAction(m_openModel);
    file->addAction(m_saveModel);
    file->addSeparator();
    file->addAction(m_exportChart);
    file->addAction(m_exportHistory);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName("editMenu");
    edit->addAction(m_paste);

    QMenu* training = bar->addMenu(tr("T&raining"));
    training->setObjectName("trainingMenu");
    for (QAction* a : {m_train, m_pause, m_stop, m_step}) training->addAction(a);
    training->addSeparator();
    training->addAction(m_reset);

    QMenu* view = bar->addMenu(tr("&View"));
    view->setObjectName("viewMenu");
    view->addAction(m_logScale);
    view->addAction(m_presentation);
    view->addSeparator();
    for (QDockWidget* dock : docks) view->addAction(dock->toggleViewAction());

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName("helpMenu");
    help->addAction(m_about);
}

void MainWindowActions::FillToolBar(QToolBar* bar) const {
    bar->setObjectName("trainingToolBar");
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(24, 24));
    bar->setMovable(false);
    for (QAction* a : {m_train, m_pause, m_stop, m_step, m_reset}) bar->addAction(a);
    bar->addSeparator();
    bar->addAction(m_openData);
}

}  // namespace layerlab
