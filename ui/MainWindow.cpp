#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include "ArchitectureEditor.h"
#include "CostChartView.h"
#include "EngineError.h"
#include "HyperparameterPanel.h"
#include "Initializer.h"
#include "ParameterIO.h"
#include "PredictionGallery.h"
#include "TrainingStatusBar.h"
#include "datasets/DataSetLoader.h"
#include "training/TrainingSession.h"

namespace layerlab {
namespace {

QDockWidget* MakeDock(const QString& title, const QString& name, QWidget* content,
                      QWidget* parent) {
    auto* dock = new QDockWidget(title, parent);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    return dock;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("mainWindow");
    setWindowTitle(tr("LayerLab"));
    setWindowIcon(QIcon(":/icons/layerlab.svg"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_chart = new CostChartView(this);
    m_chart->SetHistory(&m_history);
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName("emptyState");
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(
        tr("<h2>No data set loaded</h2><p>Open one with <b>File ▸ Open data set…</b> (Ctrl+O):<br>"
           "a course .h5 file such as <i>train_catvnoncat.h5</i>, or a folder holding "
           "<i>train_*.h5</i> and <i>test_*.h5</i>.</p><p>Or start LayerLab with a path: "
           "<code>layerlab PATH</code></p>"));
    m_center = new QStackedWidget(this);
    m_center->setObjectName("centerStack");
    m_center->addWidget(m_emptyState);
    m_center->addWidget(m_chart);
    setCentralWidget(m_center);

    m_status = new TrainingStatusBar(this);
    setStatusBar(m_status);

    CreateDocks();
    CreateActions();
    CreateMenus();
    LoadSettings();
    UpdateActions();
}

MainWindow::~MainWindow() {
    EndSession();
}

void MainWindow::CreateDocks() {
    auto* network = new QWidget(this);
    network->setObjectName("networkPanel");
    auto* layout = new QVBoxLayout(network);
    layout->setContentsMargins(0, 0, 0, 0);
    m_dataSummary = new QLabel(network);
    m_dataSummary->setObjectName("dataSummary");
    m_dataSummary->setWordWrap(true);
    m_dataSummary->setContentsMargins(8, 6, 8, 0);
    m_dataSummary->setText(tr("No data set"));
    m_architecture = new ArchitectureEditor(network);
    layout->addWidget(m_dataSummary);
    layout->addWidget(m_architecture, 1);

    m_hyperparameters = new HyperparameterPanel(this);
    m_gallery = new PredictionGallery(this);

    auto* networkDock = MakeDock(tr("Network"), "networkDock", network, this);
    auto* trainingDock =
        MakeDock(tr("Hyperparameters"), "hyperparameterDock", m_hyperparameters, this);
    auto* galleryDock = MakeDock(tr("Test-set predictions"), "galleryDock", m_gallery, this);
    addDockWidget(Qt::LeftDockWidgetArea, networkDock);
    addDockWidget(Qt::LeftDockWidgetArea, trainingDock);
    addDockWidget(Qt::BottomDockWidgetArea, galleryDock);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    resizeDocks({networkDock}, {400}, Qt::Horizontal);
    resizeDocks({galleryDock}, {330}, Qt::Vertical);

    connect(m_architecture, &ArchitectureEditor::specChanged, this, [this] {
        // A new network needs a new run; a run in progress locks the editor instead.
        if (m_session && m_session->State() != TrainingState::Running &&
            m_session->State() != TrainingState::Paused)
            EndSession();
        UpdateActions();
    });
    connect(m_hyperparameters, &HyperparameterPanel::learningRateChanged, this, [this](double lr) {
        if (m_session && IsLive(m_session->State())) m_session->SetLearningRate(lr);
    });
    connect(m_hyperparameters, &HyperparameterPanel::iterationsChanged, this, [this](size_t n) {
        if (m_session) m_session->SetIterations(n);
        m_chart->SetIterationBudget(n);
        m_status->SetBudget(n);
    });
}

void MainWindow::CreateActions() {
    const auto make = [this](const QString& text, const QString& name, const QKeySequence& key,
                             QStyle::StandardPixmap icon, const QString& tip) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        if (icon != QStyle::SP_CustomBase) a->setIcon(style()->standardIcon(icon));
        // Tooltips name the shortcut too, so the toolbar teaches the keys.
        a->setToolTip(
            key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        addAction(a);
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
    m_openData =
        make(tr("&Open data set…"), "actionOpenDataSet", QKeySequence::Open,
             QStyle::SP_DialogOpenButton, tr("Open a course .h5 file or a folder of them"));
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
    m_about =
        make(tr("&About LayerLab"), "actionAbout", {}, QStyle::SP_CustomBase, tr("About LayerLab"));
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);

    connect(m_train, &QAction::triggered, this, &MainWindow::Train);
    connect(m_pause, &QAction::triggered, this, [this] {
        if (m_session) m_session->Pause();
    });
    connect(m_stop, &QAction::triggered, this, [this] {
        if (m_session) m_session->Stop();
    });
    connect(m_step, &QAction::triggered, this, &MainWindow::Step);
    connect(m_reset, &QAction::triggered, this, &MainWindow::ResetWeights);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_openData, &QAction::triggered, this, &MainWindow::OpenDataSetDialog);
    connect(m_openModel, &QAction::triggered, this, &MainWindow::OpenModelDialog);
    connect(m_saveModel, &QAction::triggered, this, &MainWindow::SaveModelDialog);
    connect(m_exportChart, &QAction::triggered, this, &MainWindow::ExportChart);
    connect(m_exportHistory, &QAction::triggered, this, &MainWindow::ExportHistory);
    connect(m_logScale, &QAction::toggled, m_chart, &CostChartView::SetLogScale);
    connect(m_chart, &CostChartView::logScaleChanged, m_logScale, &QAction::setChecked);
    connect(m_about, &QAction::triggered, this, &MainWindow::About);
}

void MainWindow::CreateMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
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

    QMenu* training = menuBar()->addMenu(tr("T&raining"));
    training->setObjectName("trainingMenu");
    for (QAction* a : {m_train, m_pause, m_stop, m_step}) training->addAction(a);
    training->addSeparator();
    training->addAction(m_reset);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName("viewMenu");
    view->addAction(m_logScale);
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName("helpMenu");
    help->addAction(m_about);

    QToolBar* bar = addToolBar(tr("Training"));
    bar->setObjectName("trainingToolBar");
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(24, 24));
    bar->setMovable(false);
    for (QAction* a : {m_train, m_pause, m_stop, m_step, m_reset}) bar->addAction(a);
    bar->addSeparator();
    bar->addAction(m_openData);
}

bool MainWindow::OpenDataSet(const QString& path) {
    try {
        DataSplit data = DataSetLoader::Load(path);
        SetDataSet(std::move(data),
                   QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName());
        QSettings().setValue("data/last", path);
        return true;
    } catch (const EngineError& e) {
        ShowError(tr("Cannot open data set"), QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::OpenDefaultDataSet() {
    try {
        SetDataSet(DataSetLoader::Load("builtin:shapes"), tr("built-in shapes"));
    } catch (const EngineError& e) {
        // Not fatal: the empty state says how to open a data set.
        m_status->SetMessage(tr("No built-in data set (%1): open one with File ▸ Open data set…")
                                 .arg(QString::fromStdString(e.what())));
    }
}

void MainWindow::SetDataSet(DataSplit data, const QString& name) {
    data.train.Validate();
    if (data.test.Count() > 0) data.test.Validate();
    EndSession();
    m_data = std::make_shared<const DataSplit>(std::move(data));
    m_dataName = name;
    m_history.Clear();
    m_chart->Fit();
    m_status->Clear();
    const DataSet& train = m_data->train;
    m_architecture->SetData(train.Features(), train.ClassCount(), train.imageShape);
    m_gallery->SetDataSet(m_data->test);
    QStringList classes;
    for (const std::string& c : train.classNames) classes << QString::fromStdString(c);
    m_dataSummary->setText(tr("<b>%1</b><br>%2 training · %3 test images · %4×%5×%6<br>classes: %7")
                               .arg(name.toHtmlEscaped())
                               .arg(train.Count())
                               .arg(m_data->test.Count())
                               .arg(train.imageShape[0])
                               .arg(train.imageShape[1])
                               .arg(train.imageShape[2])
                               .arg(classes.join(", ").toHtmlEscaped()));
    setWindowTitle(tr("LayerLab — %1").arg(name));
    m_center->setCurrentWidget(m_chart);
    m_status->SetMessage(tr("Ready: press F5 to train"));
    m_status->SetBudget(m_hyperparameters->Iterations());
    m_chart->SetIterationBudget(m_hyperparameters->Iterations());
    UpdateActions();
}

Parameters MainWindow::FreshParameters() const {
    const NetworkSpec spec = m_architecture->Spec();
    spec.Validate();
    Parameters p =
        InitializeParameters(spec, m_hyperparameters->GetInitializer(), m_hyperparameters->Seed());
    p.classNames = m_data->train.classNames;
    p.imageShape = m_data->train.imageShape;
    return p;
}

void MainWindow::StartSession(Parameters initial) {
    EndSession();
    m_history.Clear();
    m_chart->Fit();
    m_gallery->SetProbabilities({});
    m_status->Clear();
    SessionOptions options;
    options.learningRate = m_hyperparameters->LearningRate();
    options.precision = m_hyperparameters->GetPrecision();
    options.iterations = m_hyperparameters->Iterations();
    m_session = std::make_unique<TrainingSession>(m_data, std::move(initial), options);
    connect(m_session.get(), &TrainingSession::costsReady, this, [this](const QVector<QPointF>& c) {
        m_history.AppendCosts(c);
        m_chart->Refresh();
    });
    connect(m_session.get(), &TrainingSession::snapshotReady, this, &MainWindow::OnSnapshot);
    connect(m_session.get(), &TrainingSession::stateChanged, this, &MainWindow::UpdateActions);
    emit sessionStarted(m_session.get());
    UpdateActions();
}

void MainWindow::EndSession() {
    if (!m_session) return;
    m_session->disconnect(this);
    m_session.reset();  // stops the run and joins its thread
    UpdateActions();
}

void MainWindow::Train() {
    if (!m_data) return;
    if (m_session && IsLive(m_session->State())) {
        const bool spent = m_session->State() == TrainingState::Finished &&
                           m_session->Latest().iteration >= m_hyperparameters->Iterations();
        if (!spent) {
            m_session->SetIterations(m_hyperparameters->Iterations());
            m_session->Resume();
            return;
        }
    }
    if (StartFreshSession(tr("Cannot train this network"))) m_session->Resume();
}

void MainWindow::Step() {
    if (!m_data) return;
    if ((m_session && IsLive(m_session->State())) ||
        StartFreshSession(tr("Cannot train this network")))
        m_session->Step();
}

void MainWindow::ResetWeights() {
    if (m_data) StartFreshSession(tr("Cannot reset the weights"));
}

bool MainWindow::StartFreshSession(const QString& errorTitle) {
    try {
        StartSession(FreshParameters());
        return true;
    } catch (const EngineError& e) {
        ShowError(errorTitle, QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::OnSnapshot(const TrainingSnapshot& s) {
    m_history.AppendSnapshot(s);
    m_chart->Refresh();
    m_gallery->SetProbabilities(s.testProbabilities);
    m_status->Show(s, m_hyperparameters->Iterations());
    if (s.state == TrainingState::Ready) m_status->SetMessage(tr("Ready: press F5 to train"));
}

void MainWindow::UpdateActions() {
    const bool data = m_data != nullptr;
    const TrainingState state = m_session ? m_session->State() : TrainingState::Stopped;
    const bool running = m_session && state == TrainingState::Running;
    const bool inRun = running || (m_session && state == TrainingState::Paused);
    m_train->setEnabled(data && !running);
    m_train->setText(m_session && state == TrainingState::Paused ? tr("&Resume") : tr("&Train"));
    m_pause->setEnabled(running);
    m_stop->setEnabled(inRun);
    m_step->setEnabled(data);
    m_reset->setEnabled(data);
    m_saveModel->setEnabled(m_session && m_session->Latest().parameters != nullptr);
    m_exportChart->setEnabled(data);
    m_exportHistory->setEnabled(!m_history.IsEmpty() || m_session);
    m_architecture->setEnabled(data && !inRun);
    m_architecture->setToolTip(inRun ? tr("Stop training (Shift+F5) to change the network")
                                     : QString());
    m_hyperparameters->SetRunLive(inRun);
}

void MainWindow::ShowError(const QString& title, const QString& text) {
    // Window-modal and non-blocking: training and the event loop carry on behind it.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName("errorMessage");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_status->SetMessage(text, true);
}

bool MainWindow::OpenModel(const QString& path) {
    if (!m_data) {
        ShowError(tr("Cannot open model"),
                  tr("Open a data set first: a model is trained and shown on one"));
        return false;
    }
    try {
        Parameters p = ParameterIO::Load(path.toStdString());
        if (p.spec.sizes.front() != m_data->train.Features())
            throw EngineError(
                path.toStdString() + ": the model takes " + std::to_string(p.spec.sizes.front()) +
                " inputs but the data's images have " + std::to_string(m_data->train.Features()) +
                " values: open the data set it was trained on");
        (void)m_data->train.Targets<double>(p.spec.sizes.back());  // refuses a mismatched output
        if (p.classNames.empty()) p.classNames = m_data->train.classNames;
        if (p.imageShape[0] == 0) p.imageShape = m_data->train.imageShape;
        m_architecture->SetSpec(p.spec);
        StartSession(std::move(p));
        return true;
    } catch (const EngineError& e) {
        ShowError(tr("Cannot open model"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::SaveModel(const QString& path) {
    const auto params = m_session ? m_session->Latest().parameters : nullptr;
    if (!params) {
        ShowError(tr("Cannot save model"), tr("There are no weights yet: train or step first"));
        return false;
    }
    try {
        ParameterIO::Save(path.toStdString(), *params);
        m_status->SetMessage(tr("Saved the weights of iteration %1 to %2")
                                 .arg(m_session->Latest().iteration)
                                 .arg(path));
        return true;
    } catch (const EngineError& e) {
        ShowError(tr("Cannot save model"), QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::OpenDataSetDialog() {
    QSettings settings;
    const QString start = QFileInfo(settings.value("data/last").toString()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open data set"), start, tr("Course data (*.h5 *.hdf5);;All files (*)"));
    if (!path.isEmpty()) OpenDataSet(path);
}

void MainWindow::OpenModelDialog() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open model"), {}, tr("HDF5 models (*.h5)"));
    if (!path.isEmpty()) OpenModel(path);
}

void MainWindow::SaveModelDialog() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save model"), "model.h5", tr("HDF5 models (*.h5)"));
    if (!path.isEmpty()) SaveModel(path);
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
    const QString error = m_history.WriteCsv(path);
    if (!error.isEmpty()) ShowError(tr("Cannot export the history"), error);
}

void MainWindow::About() {
    QMessageBox::about(this, tr("About LayerLab"),
                       tr("<h3>LayerLab %1</h3><p>Build and train deep neural networks without a "
                          "framework, visually: the deeplearning.ai course's L-layer network on "
                          "your own data.</p><p>C++20, Qt 6, Armadillo, HDF5.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::LoadSettings() {
    QSettings s;
    restoreGeometry(s.value("window/geometry").toByteArray());
    restoreState(s.value("window/state").toByteArray());
    if (!s.contains("window/geometry")) resize(1500, 940);
    bool ok = false;
    const double lr = s.value("training/learningRate").toDouble(&ok);
    if (ok && lr > 0 && std::isfinite(lr)) m_hyperparameters->SetLearningRate(lr);
    if (s.contains("training/iterations"))
        m_hyperparameters->SetIterations(s.value("training/iterations").toULongLong());
    if (const auto i = ParseInitializer(s.value("training/initializer").toString().toStdString()))
        m_hyperparameters->SetInitializer(*i);
    if (s.contains("training/seed"))
        m_hyperparameters->SetSeed(s.value("training/seed").toULongLong());
    if (const auto p = ParsePrecision(s.value("training/precision").toString().toStdString()))
        m_hyperparameters->SetPrecision(*p);
    if (s.contains("network/hidden"))
        m_architecture->SetHiddenLayers(s.value("network/hidden").toString());
    m_chart->SetLogScale(s.value("chart/logScale", false).toBool());
}

void MainWindow::SaveSettings() const {
    QSettings s;
    s.setValue("window/geometry", saveGeometry());
    s.setValue("window/state", saveState());
    s.setValue("training/learningRate", m_hyperparameters->LearningRate());
    s.setValue("training/iterations", qulonglong(m_hyperparameters->Iterations()));
    s.setValue("training/initializer",
               QString::fromStdString(ToString(m_hyperparameters->GetInitializer())));
    s.setValue("training/seed", qulonglong(m_hyperparameters->Seed()));
    s.setValue("training/precision",
               QString::fromStdString(ToString(m_hyperparameters->GetPrecision())));
    s.setValue("network/hidden", m_architecture->HiddenLayersText());
    s.setValue("chart/logScale", m_chart->LogScale());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    SaveSettings();
    EndSession();
    event->accept();
}

}  // namespace layerlab
