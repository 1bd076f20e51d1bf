#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "ArchitectureEditor.h"
#include "ColourScheme.h"
#include "Concepts.h"
#include "ConceptsDialog.h"
#include "ConfusionMatrixView.h"
#include "CostChartView.h"
#include "DataSetOpener.h"
#include "DiscardGuard.h"
#include "DockLayout.h"
#include "DropRouter.h"
#include "EngineError.h"
#include "FocusOrder.h"
#include "GradientCheckDialog.h"
#include "LanguageSwitcher.h"
#include "LessonLocks.h"
#include "LessonPanel.h"
#include "NetworkPanel.h"
#include "PredictionGallery.h"
#include "PredictionPanel.h"
#include "PresentationMode.h"
#include "SpeedControl.h"
#include "TrainingSetupPanel.h"
#include "TrainingStatusBar.h"
#include "inside/ExampleView.h"
#include "inside/InsidePanel.h"
#include "inspect/NetworkInspector.h"
#include "lessons/LessonFile.h"
#include "persistence/RunDatabase.h"
#include "persistence/RunSettings.h"
#include "runs/RunsPanel.h"
#include "runs/RunsTableModel.h"
#include "sweep/SweepDialog.h"
#include "training/TrainingSession.h"

namespace layerlab {
namespace {

QStringList ClassNames(const DataSet& d) {
    QStringList names;
    for (const std::string& c : d.classNames) names << QString::fromStdString(c);
    return names;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("mainWindow");
    setWindowIcon(QIcon(":/icons/layerlab.svg"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_run = new RunController(this);
    m_discard = new DiscardGuard(m_run, this);
    m_chart = new CostChartView(this);
    m_chart->SetHistory(&m_run->History());
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName("emptyState");
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_center = new QStackedWidget(this);
    m_center->setObjectName("centerStack");
    m_center->addWidget(m_emptyState);
    // The lesson's question sits right above the chart it is about, hidden without a lesson.
    auto* chartPage = new QWidget(this);
    chartPage->setObjectName("chartPage");
    auto* chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    m_lessonPanel = new LessonPanel(chartPage);
    m_lessonPanel->hide();
    chartLayout->addWidget(m_lessonPanel);
    chartLayout->addWidget(m_chart, 1);
    m_center->addWidget(chartPage);
    m_locks = std::make_unique<LessonLocks>(this);
    setCentralWidget(m_center);
    m_status = new TrainingStatusBar(this);
    setStatusBar(m_status);

    m_actions = new MainWindowActions(this);
    CreateDocks();
    CreateDropHandling();
    m_actions->AddMenus(menuBar(), m_layout->Docks());
    m_toolBar = addToolBar(QString());
    m_actions->FillToolBar(m_toolBar);
    auto* speed = new SpeedControl(m_toolBar);
    m_toolBar->addWidget(speed);
    connect(speed, &SpeedControl::paceChanged, m_run, &RunController::SetPace);
    m_run->SetPace(speed->Pace());
    m_focusOrder = new FocusOrder(this);
    ConnectRun();
    ConnectActions();
    RetranslateUi();
    LoadSettings();
    PushSetup();
    UpdateActions();
    // Docks sized before the window is shown are squeezed to their minimum: size them once it
    // is, unless the user's own layout was restored.
    if (!SettingsStore().HasWindowState()) QTimer::singleShot(0, this, &MainWindow::ArrangeDocks);
}

MainWindow::~MainWindow() {
    delete m_opener;  // cancels and joins a load before the window it reports to goes
    m_opener = nullptr;
    m_run->End();
}

void MainWindow::RetranslateUi() {
    setWindowTitle(m_dataName.isEmpty() ? tr("LayerLab") : tr("LayerLab — %1").arg(m_dataName));
    m_emptyState->setText(
        tr("<h2>No data set loaded</h2><p>Open one with <b>File ▸ Open data set…</b> (Ctrl+O):<br>"
           "a course .h5 file such as <i>train_catvnoncat.h5</i>, or a folder holding "
           "<i>train_*.h5</i> and <i>test_*.h5</i>.</p><p>Or start LayerLab with a path: "
           "<code>layerlab PATH</code></p>"));
    m_toolBar->setWindowTitle(tr("Training"));
    m_actions->RetranslateUi();
    m_layout->RetranslateUi();
    Concepts::Attach(m_chart, "cost");
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    m_focusOrder->Apply();
}

bool MainWindow::focusNextPrevChild(bool next) {
    m_focusOrder->Apply();
    QWidget* target = m_focusOrder->Next(QApplication::focusWidget(), next);
    if (!target) return QMainWindow::focusNextPrevChild(next);
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void MainWindow::ShowConcept(const QString& id) {
    if (!m_conceptsDialog) m_conceptsDialog = new ConceptsDialog(this);
    m_conceptsDialog->ShowConcept(id);
    m_conceptsDialog->show();
    m_conceptsDialog->raise();
    m_conceptsDialog->activateWindow();
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    RetranslateUi();
    FillLessonsMenu();
    ShowLessonText();
    UpdateActions();  // Train or Resume, and why an action is off, in the new language
    if (Data() && (!Session() || Session()->Latest().state == TrainingState::Ready))
        m_status->SetMessage(tr("Ready: press F5 to train"));
}

void MainWindow::CreateDocks() {
    m_network = new NetworkPanel(this);
    m_setup = new TrainingSetupPanel(m_network, this);
    m_network->AddSection(m_setup->DropoutSection());
    QScrollArea* training = m_setup->InScrollArea(this);
    m_gallery = new PredictionGallery(this);
    m_predictions = new PredictionPanel(this);
    m_confusion = new ConfusionMatrixView(this);
    m_inside = new InsidePanel(this);
    m_inspector = new NetworkInspector(this);
    m_inspectLater = new QTimer(this);
    m_inspectLater->setSingleShot(true);
    connect(m_inspectLater, &QTimer::timeout, this, [this] {
        if (Session()) Inspect(std::make_shared<const TrainingSnapshot>(Session()->Latest()));
    });
    m_runs = new RunsPanel(this);
    m_runs->SetDatabase(m_run->Recorder().Path());
    m_layout = new DockLayout(
        this, {m_network, training, m_gallery, m_predictions, m_confusion, m_inside, m_runs});
    m_presentation = new PresentationMode(this, m_layout);
}

void MainWindow::ArrangeDocks() {
    m_layout->Arrange(Data() ? Data()->train.ClassCount() : 2);
}

void MainWindow::ConnectRun() {
    connect(m_run, &RunController::sessionStarted, this, &MainWindow::OnSessionStarted);
    connect(m_run, &RunController::snapshot, this, &MainWindow::OnSnapshot);
    connect(m_run, &RunController::stateChanged, this, &MainWindow::UpdateActions);
    connect(m_run, &RunController::historyOff, m_status,
            [this](const QString& message) { m_status->SetMessage(message, true); });
    ConnectRuns();
    connect(m_setup, &TrainingSetupPanel::optionsChanged, this, &MainWindow::PushSetup);
    connect(m_run, &RunController::startFileChanged, m_setup, &TrainingSetupPanel::ShowWeightsFrom);
    connect(m_setup, &TrainingSetupPanel::initializerPicked, m_run, &RunController::DropStartFile);
    connect(m_network->Architecture(), &ArchitectureEditor::specChanged, this,
            [this](const NetworkSpec& s) {
                m_setup->SetLayerSizes(s.sizes);
                PushSetup();  // a new network ends a run that is not in progress
                UpdateActions();
            });
    connect(m_network->Architecture(), &ArchitectureEditor::validityChanged, this,
            &MainWindow::UpdateActions);
    m_predictions->SetClassifier([this](const arma::mat& X) { return m_run->Classify(X); });
    connect(m_predictions, &PredictionPanel::imagesChanged, m_predictions,
            &PredictionPanel::Reclassify);
    connect(m_confusion, &ConfusionMatrixView::cellClicked, m_gallery,
            &PredictionGallery::ShowConfusionCell);

    // The inside views: fed by the inspector, which is fed the snapshots' weights.
    connect(m_inspector, &NetworkInspector::inspected, this, [this](const InspectionPtr& i) {
        m_inside->SetInspection(i, History().StepsPerEpoch() > 1);
    });
    connect(m_inside, &InsidePanel::exampleChosen, this, &MainWindow::ChooseExample);
    connect(m_inside, &InsidePanel::unitClicked, m_inspector, &NetworkInspector::SetUnit);
    connect(m_gallery, &PredictionGallery::imageChosen, this, [this](int row) {
        ExampleChoice c;
        c.source = ExampleChoice::Source::Test;
        c.index = arma::uword(row);
        ChooseExample(c);
    });
    connect(m_predictions, &PredictionPanel::pictureChosen, this, [this](const ExampleChoice& c) {
        ChooseExample(c);
        InsideDock()->show();
        InsideDock()->raise();
        m_inside->ShowPage(InsidePanel::ExamplePage);
    });
    connect(InsideDock(), &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && Session())
            Inspect(std::make_shared<const TrainingSnapshot>(Session()->Latest()));
    });
    connect(m_network->Architecture(), &ArchitectureEditor::specChanged, m_inside,
            &InsidePanel::SetSpec);
}

void MainWindow::ConnectRuns() {
    // The recorder's signals come from its thread: queued to the panel's.
    connect(&m_run->Recorder(), &RunRecorder::recorded, m_runs, &RunsPanel::Refresh);
    connect(&m_run->Recorder(), &RunRecorder::changed, m_runs, &RunsPanel::Refresh);
    connect(m_run, &RunController::historyOff, m_runs, &RunsPanel::SetHistoryOff);
    connect(m_runs, &RunsPanel::overlaysChanged, this, &MainWindow::UpdateOverlays);
    connect(m_runs, &RunsPanel::noteChanged, this, [this](qint64 id, const QString& note) {
        m_run->Recorder().Change([id, note](RunDatabase& db) { db.SetNote(id, note); });
    });
    connect(m_runs, &RunsPanel::deleteRequested, this, [this](qint64 id) {
        m_run->Recorder().Change([id](RunDatabase& db) { db.Remove(id); });
    });
    connect(m_runs, &RunsPanel::rerunRequested, this, &MainWindow::Rerun);
    connect(m_runs, &RunsPanel::branchRequested, this, &MainWindow::Branch);
}

std::optional<RunSetup> MainWindow::ReadSetup(const QJsonObject& settings, const QString& title) {
    try {
        return RunSettings::Read(settings);
    } catch (const EngineError& e) {
        ShowError(title, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

bool MainWindow::Rerun(const RunRecord& run, bool sameWeights) {
    const QString title = tr("Cannot re-run run %1").arg(run.id);
    if (!Data()) return false;
    const std::optional<RunSetup> read = ReadSetup(run.settings, title);
    if (!read) return false;
    RunSetup setup = *read;
    const DataSet& train = Data()->train;
    if (setup.spec.sizes.front() != train.Features()) {
        ShowError(title, tr("Run %1 trained on %2 inputs; this data set has %3 per example. Open "
                            "the data set it trained on.")
                             .arg(run.id)
                             .arg(setup.spec.sizes.front())
                             .arg(train.Features()));
        return false;
    }
    if (!m_discard->MayDiscard(tr("Re-running run %1").arg(run.id))) return false;
    // The weights it started from: its seed, its weights file, or the run it branched from.
    std::optional<RunRecord> parent;
    if (sameWeights && setup.branchOf > 0) {
        parent = m_runs->FullRun(setup.branchOf);
        if (!parent || parent->weights.empty()) {
            ShowError(title, tr("Run %1 continued from run %2, whose weights are no longer in the "
                                "history. Untick \"from the same initial weights\" to re-run it "
                                "from its initialiser.")
                                 .arg(run.id)
                                 .arg(setup.branchOf));
            return false;
        }
    }
    if (!sameWeights) setup.options.train.seed = QRandomGenerator::global()->bounded(1u, 1000000u);
    m_run->DropStartFile();
    m_setup->SetInitializer(setup.initializer);
    m_setup->SetOptions(setup.options);
    m_network->Architecture()->SetSpec(setup.spec);
    QString error;
    if (parent) {
        if (!m_run->StartFromRun(parent->id, parent->weights, setup.spec, &error)) {
            ShowError(title, error);
            return false;
        }
    } else if (sameWeights && !setup.initWeights.isEmpty()) {
        if (!m_run->OpenModel(setup.initWeights, &error)) {
            ShowError(title, tr("%1\n\nIts network and settings are in the editor; it starts "
                                "from the initialiser instead.")
                                 .arg(error));
            return false;
        }
    }
    m_status->SetMessage(
        sameWeights ? tr("Run %1's network and settings are in the editor, from the same initial "
                         "weights: press F5 to train it again")
                          .arg(run.id)
                    : tr("Run %1's network and settings are in the editor, with the new seed %2: "
                         "press F5 to train")
                          .arg(run.id)
                          .arg(setup.options.train.seed));
    return true;
}

bool MainWindow::Branch(const RunRecord& run) {
    const QString title = tr("Cannot branch from run %1").arg(run.id);
    if (!Data()) return false;
    const std::optional<RunSetup> read = ReadSetup(run.settings, title);
    if (!read) return false;
    RunSetup setup = *read;
    if (!m_discard->MayDiscard(tr("Branching from run %1").arg(run.id))) return false;
    QString error;
    if (!m_run->StartFromRun(run.id, run.weights, setup.spec, &error)) {
        ShowError(title, error);
        return false;
    }
    m_network->Architecture()->SetSpec(m_run->Spec());
    m_status->SetMessage(tr("Training goes on from run %1's final weights: change the learning "
                            "rate or the options, then press F5")
                             .arg(run.id));
    return true;
}

void MainWindow::UpdateOverlays() {
    // The lesson's runs first, then those ticked in the Runs panel; each in its own colour.
    std::vector<ChartOverlay> all;
    if (m_lesson && Data()) all = RunsPanel::OverlaysOf(m_lesson->compare, Data()->train.Count());
    for (ChartOverlay& o : m_runs->Overlays()) all.push_back(std::move(o));
    for (size_t i = 0; i < all.size(); ++i) all[i].colour = CostChartView::OverlayColour(i);
    m_chart->SetOverlays(std::move(all));
}

bool MainWindow::OpenLesson(const QString& path) {
    try {
        return StartLesson(LessonFile::Read(path));
    } catch (const EngineError& e) {
        ShowError(tr("Cannot open lesson"), QString::fromUtf8(e.what()));
        return false;
    }
}

bool MainWindow::StartLesson(const Lesson& lesson) {
    const Lesson::Words words =
        lesson.In(LanguageSwitcher::LocaleFor(LanguageSwitcher::Current()).name());
    QString spec =
        LessonFile::DataSpec(lesson, LessonFile::CoursePlaces(SettingsStore().LastDataSet()));
    if (spec.isEmpty()) {
        // The course's photos are the user's own copy: ask once where they keep it.
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Where are the course's files (train_catvnoncat.h5 and test_catvnoncat.h5)?"));
        spec = folder.isEmpty() ? QString() : LessonFile::DataSpec(lesson, {folder});
        if (spec.isEmpty()) {
            ShowError(tr("Cannot open lesson"),
                      tr("The lesson “%1” trains on the course's cat photos, and no "
                         "train_catvnoncat.h5 was found. Open the folder that holds it.")
                          .arg(words.title));
            return false;
        }
    }
    m_pendingLesson = lesson;
    if (!LoadDataSetInBackground(spec, lesson.dataOptions)) {
        m_pendingLesson.reset();
        return false;
    }
    m_status->SetMessage(tr("Opening the lesson “%1”…").arg(words.title));
    return true;
}

bool MainWindow::ApplyLesson(const Lesson& lesson) {
    const QString title = tr("Cannot start the lesson");
    const std::optional<RunSetup> read = ReadSetup(lesson.settings, title);
    if (!read) return false;
    RunSetup setup = *read;
    if (setup.spec.sizes.front() != Data()->train.Features()) {
        ShowError(title, tr("The lesson's network takes %1 inputs; its data set has %2 per "
                            "example. Correct \"layers\" in the lesson file.")
                             .arg(setup.spec.sizes.front())
                             .arg(Data()->train.Features()));
        return false;
    }
    CloseLesson();
    m_run->DropStartFile();
    m_setup->SetInitializer(setup.initializer);
    m_setup->SetOptions(setup.options);
    m_network->Architecture()->SetSpec(setup.spec);
    if (!setup.initWeights.isEmpty()) {
        QString weights = setup.initWeights;
        if (QFileInfo(weights).isRelative() && !lesson.path.startsWith(QLatin1String(":/")))
            weights = QFileInfo(lesson.path).dir().filePath(weights);
        QString error;
        if (!m_run->OpenModel(weights, &error)) ShowError(title, error);
    }
    m_lesson = lesson;
    ShowLessonText();
    m_lessonPanel->show();
    m_locks->Set(lesson.locked, lesson.hidden);
    UpdateOverlays();
    UpdateActions();
    m_status->SetMessage(tr("Lesson “%1”: press F5 to train").arg(m_lessonPanel->Title()));
    return true;
}

void MainWindow::ShowLessonText() {
    if (!m_lesson) return;
    const Lesson::Words words =
        m_lesson->In(LanguageSwitcher::LocaleFor(LanguageSwitcher::Current()).name());
    m_lessonPanel->SetLesson(words.title, words.text);
}

void MainWindow::CloseLesson() {
    if (!m_lesson) return;
    m_lesson.reset();
    m_locks->Clear();
    m_lessonPanel->hide();
    UpdateOverlays();
    UpdateActions();
}

bool MainWindow::SaveLesson(const QString& path, const QString& title, const QString& text) {
    if (!Data()) return false;
    Lesson l;
    if (m_lesson) l = *m_lesson;  // its locks, translations and compared runs stay
    l.title = title;
    l.text = text;
    if (m_lesson && (m_lesson->title != title || m_lesson->text != text))
        l.translations.clear();  // they translated the old words
    l.data = LessonFile::DataName(QString::fromStdString(Data()->train.source));
    l.dataOptions = m_loadOptions;
    l.settings = m_run->Settings();
    // A weights file is named from the lesson's folder when it is beside it.
    if (const QString w = l.settings.value("init-weights").toString(); !w.isEmpty()) {
        const QString relative = QFileInfo(path).absoluteDir().relativeFilePath(w);
        if (!relative.startsWith(QLatin1String(".."))) l.settings["init-weights"] = relative;
    }
    l.settings.remove("branch-of");  // a run in this user's history means nothing elsewhere
    for (qint64 id : m_runs->Model()->Overlaid())
        if (std::optional<RunRecord> run = m_runs->FullRun(id)) {
            run->weights.clear();
            l.compare << *run;
        }
    try {
        LessonFile::Write(path, l);
    } catch (const EngineError& e) {
        ShowError(tr("Cannot save lesson"), QString::fromUtf8(e.what()));
        return false;
    }
    m_status->SetMessage(tr("Saved the lesson “%1” to %2").arg(title, path));
    return true;
}

void MainWindow::FillLessonsMenu() {
    QMenu* menu = m_actions->LessonsMenu();
    menu->clear();
    const QString language = LanguageSwitcher::LocaleFor(LanguageSwitcher::Current()).name();
    QDir shipped(QStringLiteral(":/lessons"));
    const QStringList files =
        shipped.entryList({QStringLiteral("*.layerlab")}, QDir::Files, QDir::Name);
    for (int i = 0; i < files.size(); ++i) {
        const QString path = shipped.filePath(files[i]);
        QString name = files[i];
        try {
            name = LessonFile::Read(path).In(language).title;
        } catch (const EngineError&) {
        }
        QAction* a = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        a->setObjectName(
            QStringLiteral("actionLesson_%1").arg(QFileInfo(files[i]).completeBaseName()));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { OpenLesson(path); });
    }
}

void MainWindow::ShowSweep() {
    if (!Data()) return;
    if (!m_sweep) {
        m_sweep = new SweepDialog(this);
        // Each run lands in the Runs panel as it is recorded; the best can be overlaid.
        connect(m_sweep, &SweepDialog::runRecorded, m_runs, &RunsPanel::Refresh);
        connect(m_sweep, &SweepDialog::overlayRequested, this, [this](qint64 id) {
            m_runs->Refresh();
            m_runs->Model()->SetOverlaid(id, true);
            m_runs->SelectRun(id);
            m_layout->RunsDock()->show();
            m_layout->RunsDock()->raise();
        });
    }
    // A running sweep keeps its subject; an idle one starts from what the window shows now.
    if (!m_sweep->IsRunning())
        m_sweep->SetSubject(Data(), m_run->Settings(), m_run->Recorder().Path());
    m_sweep->show();
    m_sweep->raise();
    m_sweep->activateWindow();
}

void MainWindow::CheckGradients() {
    if (!m_gradientCheck) m_gradientCheck = new GradientCheckDialog(this);
    // The latest snapshot's weights, or those a fresh run would start from: what F5 trains.
    std::shared_ptr<const Parameters> weights;
    try {
        weights = m_run->CurrentParameters();
    } catch (const EngineError&) {
        // No weights: the dialog says there is no network to check.
    }
    m_gradientCheck->SetSubject(weights, Data());
    m_gradientCheck->show();
    m_gradientCheck->raise();
    m_gradientCheck->activateWindow();
    m_gradientCheck->Run();
}

QDockWidget* MainWindow::InsideDock() const {
    return m_layout->InsideDock();
}

void MainWindow::ChooseExample(const ExampleChoice& choice) {
    m_inside->Example()->ShowChoice(choice);
    m_inspector->SetExample(choice);
}

void MainWindow::Inspect(const SnapshotPtr& s) {
    if (!s->parameters || !InsideDock()->isVisible()) return;
    if (s->parameters == m_inspected.lock()) return;
    // At full speed the weights change five times a second; the inspector's pass and the views'
    // redraw at most every kInspectIntervalMs keep the window's share of the cores small.
    if (s->state == TrainingState::Running && m_sinceInspect.isValid() &&
        m_sinceInspect.elapsed() < kInspectIntervalMs) {
        // Not now, but these weights must not be the last word unseen: look again once the
        // interval is over, at whatever the run has then.
        if (!m_inspectLater->isActive())
            m_inspectLater->start(int(kInspectIntervalMs - m_sinceInspect.elapsed()));
        return;
    }
    m_sinceInspect.start();
    m_inspected = s->parameters;
    std::vector<double> costs;
    if (History().StepsPerEpoch() > 1)
        for (const EpochPoint& e : History().Epochs()) costs.push_back(e.trainCost);
    else
        for (const QPointF& c : History().Costs()) costs.push_back(c.y());
    m_inspector->Inspect(s->parameters, s->parametersIteration, s->learningRate, std::move(costs));
}

void MainWindow::ConnectActions() {
    const MainWindowActions& a = *m_actions;
    // Each run command asks before it discards a trained run (when startsNew says it would),
    // and shows why it could not start, under its own title.
    const auto runCommand = [this](QAction* action, const QString& title,
                                   bool (RunController::*command)(QString*),
                                   std::function<bool()> startsNew, const QString& discarding) {
        connect(action, &QAction::triggered, this, [=, this] {
            if (startsNew() && !m_discard->MayDiscard(discarding)) return;
            QString error;
            if (!(m_run->*command)(&error) && !error.isEmpty()) ShowError(title, error);
        });
    };
    runCommand(
        a.TrainAction(), tr("Cannot train this network"), &RunController::Train,
        [this] { return m_run->TrainStartsNewRun(); }, tr("Starting a new run"));
    runCommand(
        a.StepAction(), tr("Cannot train this network"), &RunController::Step,
        [this] { return m_run->StepStartsNewRun(); }, tr("Starting a new run"));
    runCommand(
        a.ResetAction(), tr("Cannot reset the weights"), &RunController::Reset, [] { return true; },
        tr("Resetting the weights"));
    connect(a.PauseAction(), &QAction::triggered, m_run, &RunController::Pause);
    connect(a.StopAction(), &QAction::triggered, m_run, &RunController::Stop);
    connect(a.QuitAction(), &QAction::triggered, this, &QWidget::close);
    connect(a.OpenDataSetAction(), &QAction::triggered, m_opener, &DataSetOpener::OpenDialog);
    connect(a.OpenModelAction(), &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open model"), {}, tr("HDF5 models (*.h5)"));
        if (!path.isEmpty()) OpenModel(path);
    });
    connect(a.SaveModelAction(), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), "model.h5",
                                                          tr("HDF5 models (*.h5)"));
        if (!path.isEmpty()) SaveModel(path);
    });
    connect(a.ExportChartAction(), &QAction::triggered, this, &MainWindow::ExportChart);
    connect(a.ExportHistoryAction(), &QAction::triggered, this, &MainWindow::ExportHistory);
    connect(a.LogScaleAction(), &QAction::toggled, m_chart, &CostChartView::SetLogScale);
    connect(m_chart, &CostChartView::logScaleChanged, a.LogScaleAction(), &QAction::setChecked);
    connect(a.PresentationAction(), &QAction::toggled, m_presentation, &PresentationMode::SetOn);
    connect(m_presentation, &PresentationMode::toggled, m_chart, &CostChartView::SetPresentation);
    connect(m_presentation, &PresentationMode::toggled, m_network, &NetworkPanel::SetCompact);
    connect(m_presentation, &PresentationMode::toggled, a.PresentationAction(),
            &QAction::setChecked);
    connect(a.PasteAction(), &QAction::triggered, this,
            [this] { m_drops->Route(QGuiApplication::clipboard()->mimeData()); });
    // F1: the focused control's concept, or the list when it has none.
    connect(a.HelpOnControlAction(), &QAction::triggered, this,
            [this] { ShowConcept(Concepts::Of(QApplication::focusWidget())); });
    connect(a.ConceptsAction(), &QAction::triggered, this, [this] { ShowConcept({}); });
    connect(a.CheckGradientsAction(), &QAction::triggered, this, &MainWindow::CheckGradients);
    connect(m_inside, &InsidePanel::gradientCheckRequested, this, &MainWindow::CheckGradients);
    connect(a.LookInsideAction(), &QAction::triggered, this, [this] {
        InsideDock()->show();
        InsideDock()->raise();
        // Under the chart on a tall screen the dock shares the height with the test
        // predictions: asked for, it takes nearly half, enough for the diagram's columns.
        if (dockWidgetArea(InsideDock()) == Qt::BottomDockWidgetArea &&
            InsideDock()->height() < height() * 2 / 5)
            resizeDocks({InsideDock()}, {height() * 9 / 20}, Qt::Vertical);
        m_inside->Tabs()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(a.OpenLessonAction(), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open lesson"), QString(),
                                                          tr("LayerLab lessons (*.layerlab)"));
        if (!path.isEmpty()) OpenLesson(path);
    });
    connect(a.SaveLessonAction(), &QAction::triggered, this, [this] {
        if (!Data()) return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save lesson"), "lesson.layerlab", tr("LayerLab lessons (*.layerlab)"));
        if (path.isEmpty()) return;
        bool ok = false;
        const QString title = QInputDialog::getText(
            this, tr("Save lesson"), tr("The lesson's title:"), QLineEdit::Normal,
            m_lesson ? m_lessonPanel->Title() : tr("My lesson"), &ok);
        if (!ok || title.trimmed().isEmpty()) return;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Save lesson"), tr("What the students should try (shown above the chart):"),
            m_lesson ? m_lessonPanel->Text() : QString(), &ok);
        if (ok) SaveLesson(path, title.trimmed(), text);
    });
    connect(m_lessonPanel, &LessonPanel::closeRequested, this, &MainWindow::CloseLesson);
    connect(m_lessonPanel, &LessonPanel::startOverRequested, this, [this] {
        if (m_lesson && m_discard->MayDiscard(tr("Starting the lesson over"))) {
            const Lesson lesson = *m_lesson;
            ApplyLesson(lesson);
            m_run->Reset();
        }
    });
    FillLessonsMenu();
    connect(a.SweepAction(), &QAction::triggered, this, &MainWindow::ShowSweep);
    connect(a.ShowRunsAction(), &QAction::triggered, this, [this] {
        m_layout->RunsDock()->show();
        m_layout->RunsDock()->raise();
        m_runs->Table()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(a.ClearOverlaysAction(), &QAction::triggered, this, [this] {
        for (qint64 id : m_runs->Model()->Overlaid()) m_runs->Model()->SetOverlaid(id, false);
    });
    connect(a.ColourBlindSafeAction(), &QAction::toggled, this, [](bool on) {
        ColourScheme::SetColourBlindSafe(on);
        SettingsStore().SetColourBlindSafe(on);
    });
}

void MainWindow::PushSetup() {
    m_run->SetNetwork(m_network->Architecture()->Spec(), m_setup->GetInitializer());
    m_run->SetOptions(m_setup->Options());
    ShowBudget();
}

void MainWindow::ShowBudget() {
    m_setup->ShowBudgetInEpochs(m_run->BudgetInEpochs());
    if (!Data()) return;
    m_status->SetBudget(m_run->IterationBudget());
    m_chart->SetIterationBudget(m_run->IterationBudget());
}

void MainWindow::OnSessionStarted() {
    m_chart->Fit();
    m_gallery->SetPredictions(nullptr);
    m_status->Clear();
    m_confusion->SetResults({}, {});
    m_inspector->Restart();
    m_inspected.reset();
}

void MainWindow::OnSnapshot(const SnapshotPtr& s) {
    const size_t budget = s->iterationBudget > 0 ? s->iterationBudget : m_run->IterationBudget();
    m_chart->SetIterationBudget(budget);
    m_gallery->SetPredictions(s);
    m_confusion->SetPredictions(s, Data()->test.y);
    m_status->Show(*s, budget);
    if (s->state == TrainingState::Ready) m_status->SetMessage(tr("Ready: press F5 to train"));
    // The dropped pictures are classified again only by new weights (at full speed a few times
    // a second, not with every snapshot).
    if (s->parameters && s->parameters != m_classifiedBy.lock()) {
        m_classifiedBy = s->parameters;
        m_predictions->Reclassify();
    }
    Inspect(s);
}

void MainWindow::UpdateActions() {
    m_actions->Update(*m_run, m_network->Architecture()->Problem());
    const bool hasData = Data() != nullptr, inRun = m_run->InRun();
    m_network->Architecture()->setEnabled(hasData && !inRun);
    m_network->Architecture()->setToolTip(
        inRun ? tr("Stop training (Shift+F5) to change the network") : QString());
    m_setup->SetRunLive(inRun, hasData);
    m_locks->Apply();  // after the window's own rules, which would enable what a lesson locks
}

void MainWindow::ShowError(const QString& title, const QString& text) {
    // Window-modal and non-blocking: training and the event loop carry on behind it.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName("errorMessage");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_status->SetMessage(text, true);
}

void MainWindow::CreateDropHandling() {
    m_drops = new DropRouter(this);
    m_drops->Watch(this);  // the whole window accepts drops
    connect(m_drops, &DropRouter::imagesDropped, this,
            [this](const QStringList& paths, const QList<QImage>& images) {
                for (const QString& error : m_predictions->AddImages(paths, images))
                    m_status->SetMessage(error, true);
            });
    connect(m_drops, &DropRouter::dataSetDropped, this,
            [this](const QString& path) { LoadDataSetInBackground(path); });
    connect(m_drops, &DropRouter::modelDropped, this, &MainWindow::OpenModel);
    connect(m_drops, &DropRouter::refused, this,
            [this](const QString& m) { m_status->SetMessage(m, true); });
    m_opener = new DataSetOpener(this, m_run, [this](LoadedData loaded, const QString& name) {
        SetLoadedData(std::move(loaded), name);
    });
    m_opener->SetDiscardGuard(m_discard);
    connect(m_opener, &DataSetOpener::failed, this, [this](const QString& message) {
        m_pendingLesson.reset();
        ShowError(tr("Cannot open data set"), message);
    });
    connect(m_drops, &DropRouter::lessonDropped, this, &MainWindow::OpenLesson);
    connect(m_opener, &DataSetOpener::message, m_status, &TrainingStatusBar::SetMessage);
}

bool MainWindow::LoadDataSetInBackground(const QString& spec, const LoadOptions& options) {
    return m_opener->Open(spec, options);
}

bool MainWindow::OpenDataSet(const QString& path) {
    return m_opener->OpenNow(path);
}

void MainWindow::OpenDefaultDataSet() {
    m_opener->OpenDefault();
}

void MainWindow::SetLoadedData(LoadedData loaded, const QString& name) {
    const QString summary = loaded.Summary();
    const QStringList warnings = loaded.warnings;
    const FeatureStandardiser standardiser = loaded.standardiser;
    m_loadOptions = loaded.options;
    SetDataSet(std::move(static_cast<DataSplit&>(loaded)), name);
    m_run->SetStandardiser(standardiser);
    m_predictions->SetEncoding(Data()->train.imageShape, standardiser);
    m_network->ShowSummary(name, summary, warnings);
    if (m_pendingLesson) {
        const Lesson lesson = *m_pendingLesson;
        m_pendingLesson.reset();
        ApplyLesson(lesson);
    }
}

void MainWindow::SetDataSet(DataSplit split, const QString& name) {
    split.train.Validate();
    if (split.test.Count() > 0) split.test.Validate();
    m_run->SetData(std::make_shared<const DataSplit>(std::move(split)));
    const DataSet& train = Data()->train;
    m_chart->Fit();
    m_status->Clear();
    m_network->SetDataSet(name, *Data());
    m_gallery->SetDataSet(Data());
    m_inspector->SetData(Data());
    m_inspected.reset();
    m_inside->SetDataSet(Data());
    m_inside->SetSpec(m_network->Architecture()->Spec());
    m_predictions->SetClassNames(ClassNames(train));
    m_predictions->SetEncoding(train.imageShape);
    m_confusion->SetClassNames(ClassNames(train));
    m_confusion->SetResults({}, {});
    if (isVisible()) ArrangeDocks();
    m_setup->FitBatchTo(train.Count());
    m_runs->SetDataSet(RunSettings::DataName(train), train.Count());
    m_dataName = name;
    setWindowTitle(tr("LayerLab — %1").arg(name));
    m_center->setCurrentWidget(m_chart->parentWidget());
    m_status->SetMessage(tr("Ready: press F5 to train"));
    PushSetup();
    UpdateActions();
}

bool MainWindow::OpenModel(const QString& path) {
    if (!m_discard->MayDiscard(tr("Opening %1").arg(QFileInfo(path).fileName()))) return false;
    QString error;
    if (!m_run->OpenModel(path, &error)) {
        ShowError(tr("Cannot open model"), error);
        return false;
    }
    m_network->Architecture()->SetSpec(m_run->Spec());
    m_status->SetMessage(tr("Loaded the model %1: press F5 to train on from its weights")
                             .arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::SaveModel(const QString& path) {
    QString error;
    if (!m_run->SaveModel(path, &error)) {
        ShowError(tr("Cannot save model"), error);
        return false;
    }
    m_status->SetMessage(
        tr("Saved the weights of iteration %1 to %2").arg(Session()->Latest().iteration).arg(path));
    return true;
}

void MainWindow::ExportChart() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), "cost.png",
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    const QString error = m_chart->ExportPng(path);
    if (!error.isEmpty()) ShowError(tr("Cannot export the chart"), error);
}

void MainWindow::ExportHistory() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), "history.csv",
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const QString error = History().WriteCsv(path);
    if (!error.isEmpty()) ShowError(tr("Cannot export the history"), error);
}

void MainWindow::LoadSettings() {
    const SettingsStore store;
    restoreGeometry(store.WindowGeometry());
    restoreState(store.WindowState());
    if (store.WindowGeometry().isEmpty()) {
        // A first start fills the screen, projector or monitor; without a window manager
        // (Xvfb, some kiosks) "maximised" alone would leave it at its default size.
        setGeometry(screen()->availableGeometry());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    SettingsStore::Setup defaults = CurrentSetup();
    defaults.hiddenLayers.reset();  // the editor keeps its own network unless one was stored
    const SettingsStore::Setup s = store.ReadSetup(defaults);
    m_setup->SetInitializer(s.initializer);
    m_setup->SetOptions(s.session);
    if (s.hiddenLayers) m_network->Architecture()->SetHiddenLayers(*s.hiddenLayers);
    m_chart->SetLogScale(s.logScale);
    m_actions->ColourBlindSafeAction()->setChecked(store.ColourBlindSafe());
    ColourScheme::SetColourBlindSafe(store.ColourBlindSafe());
}

void MainWindow::SaveSettings() const {
    SettingsStore store;
    store.SetWindowLayout(saveGeometry(), saveState());
    store.WriteSetup(CurrentSetup());
}

SettingsStore::Setup MainWindow::CurrentSetup() const {
    return {m_setup->Options(), m_setup->GetInitializer(),
            m_network->Architecture()->HiddenLayersText(), m_chart->LogScale()};
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_discard->MayDiscard(tr("Quitting"))) {
        event->ignore();
        return;
    }
    SaveSettings();
    m_run->End();
    event->accept();
}

}  // namespace layerlab
