#include "MainWindowActions.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QWhatsThis>
#include <QWidget>

#include "LanguageSwitcher.h"
#include "SettingsStore.h"
#include "training/RunController.h"
#include "training/TrainingSession.h"

namespace layerlab {

MainWindowActions::MainWindowActions(QWidget* window) : QObject(window) {
    setObjectName("mainWindowActions");
    const auto make = [window](const char* name, const QKeySequence& key,
                               QStyle::StandardPixmap icon) {
        auto* a = new QAction(window);
        a->setObjectName(name);
        a->setShortcut(key);
        if (icon != QStyle::SP_CustomBase) a->setIcon(window->style()->standardIcon(icon));
        window->addAction(a);
        return a;
    };
    m_train = make("actionTrain", Qt::Key_F5, QStyle::SP_MediaPlay);
    m_pause = make("actionPause", Qt::Key_F6, QStyle::SP_MediaPause);
    m_stop = make("actionStop", QKeySequence(Qt::SHIFT | Qt::Key_F5), QStyle::SP_MediaStop);
    m_step = make("actionStep", Qt::Key_F10, QStyle::SP_MediaSkipForward);
    m_reset = make("actionReset", QKeySequence(Qt::CTRL | Qt::Key_R), QStyle::SP_BrowserReload);
    m_quit = make("actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q), QStyle::SP_CustomBase);
    m_openData = make("actionOpenDataSet", QKeySequence::Open, QStyle::SP_DialogOpenButton);
    m_openModel = make("actionOpenModel", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                       QStyle::SP_CustomBase);
    m_saveModel = make("actionSaveModel", QKeySequence::Save, QStyle::SP_DialogSaveButton);
    m_exportChart = make("actionExportChart", {}, QStyle::SP_CustomBase);
    m_exportHistory = make("actionExportHistory", {}, QStyle::SP_CustomBase);
    m_logScale = make("actionLogScale", QKeySequence(Qt::CTRL | Qt::Key_L), QStyle::SP_CustomBase);
    m_logScale->setCheckable(true);
    m_presentation = make("actionPresentationMode", Qt::Key_F11, QStyle::SP_CustomBase);
    m_presentation->setCheckable(true);
    m_about = make("actionAbout", {}, QStyle::SP_CustomBase);
    m_paste = make("actionPastePicture", QKeySequence::Paste, QStyle::SP_CustomBase);
    m_helpOnControl = make("actionHelpOnControl", Qt::Key_F1, QStyle::SP_CustomBase);
    m_concepts = make("actionConcepts", {}, QStyle::SP_CustomBase);
    m_whatsThis =
        make("actionWhatsThis", QKeySequence(Qt::SHIFT | Qt::Key_F1), QStyle::SP_CustomBase);
    connect(m_whatsThis, &QAction::triggered, this, [] { QWhatsThis::enterWhatsThisMode(); });
    m_colourBlindSafe = make("actionColourBlindSafe", {}, QStyle::SP_CustomBase);
    m_colourBlindSafe->setCheckable(true);
    m_lookInside =
        make("actionLookInside", QKeySequence(Qt::CTRL | Qt::Key_I), QStyle::SP_CustomBase);
    m_checkGradients =
        make("actionCheckGradients", QKeySequence(Qt::CTRL | Qt::Key_G), QStyle::SP_CustomBase);
    m_sweep = make("actionSweep", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), QStyle::SP_CustomBase);
    m_openLesson = make("actionOpenLesson", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                        QStyle::SP_CustomBase);
    m_saveLesson = make("actionSaveLesson", {}, QStyle::SP_CustomBase);
    m_showRuns = make("actionShowRuns", QKeySequence(Qt::CTRL | Qt::Key_H), QStyle::SP_CustomBase);
    m_clearOverlays = make("actionClearOverlays", {}, QStyle::SP_CustomBase);
    // View ▸ Language: each language by its own name, so a reader finds theirs in any.
    m_languages = new QActionGroup(this);
    for (const QString& code : LanguageSwitcher::Codes()) {
        auto* a = new QAction(LanguageSwitcher::NativeName(code), m_languages);
        a->setObjectName(code.isEmpty() ? QStringLiteral("actionLanguageSystem")
                                        : QStringLiteral("actionLanguage_%1").arg(code));
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == LanguageSwitcher::Current());
        connect(a, &QAction::triggered, this, [code] {
            SettingsStore().SetLanguage(code);
            LanguageSwitcher::Apply(code);
        });
    }
    RetranslateUi();
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

void MainWindowActions::RetranslateUi() {
    const auto set = [](QAction* a, const QString& text, const QString& tip) {
        a->setText(text);
        a->setStatusTip(tip);
        a->setToolTip(TipWithKey(a, tip));
    };
    set(m_train, tr("&Train"), tr("Train, or resume a paused run"));
    set(m_pause, tr("&Pause"), tr("Pause training after the current iteration"));
    set(m_stop, tr("&Stop"), tr("End this run; the weights stay for saving and predictions"));
    set(m_step, tr("St&ep"), tr("Run one iteration, then pause"));
    set(m_reset, tr("Reset &weights"), tr("Draw fresh weights from the initialiser and seed"));
    set(m_quit, tr("&Quit"), tr("Quit LayerLab"));
    set(m_openData, tr("&Open data set…"),
        tr("Open a ready data set, an image folder, an IDX folder or a course .h5"));
    set(m_openModel, tr("Open &model…"), tr("Start from weights saved in an HDF5 model"));
    set(m_saveModel, tr("&Save model…"), tr("Save the current weights as an HDF5 model"));
    set(m_exportChart, tr("Export chart as &PNG…"), tr("Save the cost chart as a picture"));
    set(m_exportHistory, tr("Export &history as CSV…"),
        tr("Save every iteration's cost and the accuracies"));
    set(m_logScale, tr("&Log-scale cost"), tr("Show the cost on a logarithmic axis"));
    set(m_presentation, tr("&Presentation mode"),
        tr("Full screen, large text, high contrast and thick lines, for a "
           "projector"));
    set(m_about, tr("&About LayerLab"), tr("About LayerLab"));
    set(m_paste, tr("&Paste picture"),
        tr("Classify the picture on the clipboard with the current network"));
    set(m_helpOnControl, tr("&Explain the focused control"),
        tr("What the control with the keyboard focus means, in the course's terms"));
    set(m_concepts, tr("&Concepts…"),
        tr("Every explanation: shapes, cost, accuracy, hyperparameters and options, searchable"));
    set(m_whatsThis, tr("What's &this?"), tr("Click any control or number to have it explained"));
    set(m_colourBlindSafe, tr("&Colour-blind-safe colours"),
        tr("Blue for right and orange for wrong, and chart colours told apart by every kind of "
           "colour vision"));
    set(m_checkGradients, tr("Check &gradients…"),
        tr("Compare backpropagation's gradients with central differences on the current weights "
           "(the course's gradient check)"));
    set(m_sweep, tr("Sweep o&ver settings…"),
        tr("Train many runs at once, one per core, over learning rates, layers, batch sizes and "
           "more, and compare them"));
    set(m_openLesson, tr("Open &lesson…"),
        tr("Open a lesson a teacher prepared: its data, network, settings and question"));
    set(m_saveLesson, tr("Sa&ve lesson…"),
        tr("Save the data set, network, settings and overlaid runs as a lesson to hand out"));
    set(m_showRuns, tr("R&un history"),
        tr("Every recorded run on this data set: compare them, overlay them on the chart, "
           "re-run or branch one"));
    set(m_clearOverlays, tr("Remove o&verlaid runs"),
        tr("Take the past runs off the chart, leaving the live one"));
    set(m_lookInside, tr("&Inside the network"),
        tr("The network diagram, weights as pictures, layer health and one example followed "
           "through the network"));
    QAction* system = m_languages->actions().constFirst();
    system->setText(tr("&System language"));
    system->setStatusTip(
        tr("Follow the system's language (%1)").arg(QLocale::system().nativeLanguageName()));
    for (QMenu* menu : m_menus) {
        const QString name = menu->objectName();
        if (name == QLatin1String("fileMenu")) menu->setTitle(tr("&File"));
        if (name == QLatin1String("editMenu")) menu->setTitle(tr("&Edit"));
        if (name == QLatin1String("trainingMenu")) menu->setTitle(tr("T&raining"));
        if (name == QLatin1String("viewMenu")) menu->setTitle(tr("&View"));
        if (name == QLatin1String("languageMenu")) menu->setTitle(tr("Lan&guage"));
        if (name == QLatin1String("helpMenu")) menu->setTitle(tr("&Help"));
        if (name == QLatin1String("lessonsMenu")) menu->setTitle(tr("&Lessons"));
    }
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
    m_saveLesson->setEnabled(data && networkProblem.isEmpty());
    m_sweep->setEnabled(data);
    m_exportHistory->setEnabled(!run.History().IsEmpty() || run.Session());
}

void MainWindowActions::AddMenus(QMenuBar* bar, const QList<QDockWidget*>& docks) {
    QMenu* file = bar->addMenu(QString());
    file->setObjectName("fileMenu");
    m_menus << file;
    file->addAction(m_openData);
    file->addSeparator();
    file->addAction(m_openModel);
    file->addAction(m_saveModel);
    file->addSeparator();
    file->addAction(m_openLesson);
    file->addAction(m_saveLesson);
    file->addSeparator();
    file->addAction(m_exportChart);
    file->addAction(m_exportHistory);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = bar->addMenu(QString());
    edit->setObjectName("editMenu");
    m_menus << edit;
    edit->addAction(m_paste);

    QMenu* training = bar->addMenu(QString());
    training->setObjectName("trainingMenu");
    m_menus << training;
    for (QAction* a : {m_train, m_pause, m_stop, m_step}) training->addAction(a);
    training->addSeparator();
    training->addAction(m_reset);
    training->addSeparator();
    training->addAction(m_checkGradients);
    training->addAction(m_sweep);

    QMenu* view = bar->addMenu(QString());
    view->setObjectName("viewMenu");
    m_menus << view;
    view->addAction(m_logScale);
    view->addAction(m_presentation);
    view->addAction(m_colourBlindSafe);
    view->addSeparator();
    view->addAction(m_lookInside);
    view->addAction(m_showRuns);
    view->addAction(m_clearOverlays);
    for (QDockWidget* dock : docks) view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu* language = view->addMenu(QString());
    language->setObjectName("languageMenu");
    m_menus << language;
    language->addActions(m_languages->actions());

    QMenu* help = bar->addMenu(QString());
    help->setObjectName("helpMenu");
    m_menus << help;
    help->addAction(m_helpOnControl);
    help->addAction(m_concepts);
    help->addAction(m_whatsThis);
    help->addSeparator();
    m_lessons = help->addMenu(QString());
    m_lessons->setObjectName("lessonsMenu");
    m_menus << m_lessons;
    help->addSeparator();
    help->addAction(m_about);
    RetranslateUi();
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
