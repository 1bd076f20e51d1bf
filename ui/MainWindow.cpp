#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "ArchitectureEditor.h"
#include "ConfusionMatrixView.h"
#include "CostChartView.h"
#include "DataSetDialog.h"
#include "DataSetLoadJob.h"
#include "DropRouter.h"
#include "DropoutEditor.h"
#include "EngineError.h"
#include "HyperparameterPanel.h"
#include "InitializeParameters.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "PredictionGallery.h"
#include "PredictionPanel.h"
#include "TrainingOptionsPanel.h"
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
    CreateDropHandling();
    CreateMenus();
    LoadSettings();
    UpdateActions();
    // Docks sized before the window is shown are squeezed to their minimum: size them once it
    // is, unless the user's own layout was restored.
    if (!QSettings().contains("window/state"))
        QTimer::singleShot(0, this, &MainWindow::ArrangeDocks);
}

MainWindow::~MainWindow() {
    delete m_loadJob;  // cancels and joins a load before the window it reports to goes
    m_loadJob = nullptr;
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
    m_dropout = new DropoutEditor(network);
    m_dropout->setToolTip(
        tr("Dropout: each training step switches off a random share of a hidden "
           "layer's units (1 keeps them all), so no unit can rely on another"));
    auto* dropoutTitle =
        new QLabel(tr("<b>Dropout</b> — keep probability per hidden layer"), network);
    dropoutTitle->setObjectName("dropoutTitle");
    dropoutTitle->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(m_dataSummary);
    layout->addWidget(m_architecture, 1);
    layout->addWidget(dropoutTitle);
    layout->addWidget(m_dropout);

    // The notebook's hyperparameters first; the second course's behind a fold-out, so the
    // first lesson's window stays simple.
    auto* training = new QWidget(this);
    training->setObjectName("trainingPanel");
    auto* trainingLayout = new QVBoxLayout(training);
    trainingLayout->setContentsMargins(0, 0, 0, 0);
    m_hyperparameters = new HyperparameterPanel(training);
    m_trainOptions = new TrainingOptionsPanel(training);
    auto* fold = new QToolButton(training);
    fold->setObjectName("optimisationToggle");
    fold->setText(tr("Optimisation (Adam, mini-batches, L2…)"));
    fold->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    fold->setCheckable(true);
    fold->setArrowType(Qt::RightArrow);
    fold->setAutoRaise(true);
    fold->setToolTip(
        tr("Show the options of the second course: how each step uses the "
           "gradient, on how many examples, and how to fight overfitting"));
    m_trainOptions->setVisible(false);
    // The decay formulas are long: the combo boxes elide them rather than widen the dock.
    for (QComboBox* combo : m_trainOptions->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    connect(fold, &QToolButton::toggled, this, [this, fold](bool on) {
        fold->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_trainOptions->setVisible(on);
    });
    trainingLayout->addWidget(m_hyperparameters);
    trainingLayout->addWidget(fold);
    trainingLayout->addWidget(m_trainOptions);
    trainingLayout->addStretch(1);
    auto* trainingScroll = new QScrollArea(this);
    trainingScroll->setObjectName("trainingScroll");
    trainingScroll->setWidgetResizable(true);
    trainingScroll->setFrameShape(QFrame::NoFrame);
    trainingScroll->setWidget(training);
    // Wide enough for the form, so it never needs a horizontal scroll bar.
    trainingScroll->setMinimumWidth(training->minimumSizeHint().width() +
                                    trainingScroll->verticalScrollBar()->sizeHint().width());
    trainingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_gallery = new PredictionGallery(this);
    m_predictions = new PredictionPanel(this);
    m_confusion = new ConfusionMatrixView(this);

    auto* networkDock = MakeDock(tr("Network"), "networkDock", network, this);
    auto* trainingDock =
        MakeDock(tr("Hyperparameters"), "hyperparameterDock", trainingScroll, this);
    auto* galleryDock = MakeDock(tr("Test-set predictions"), "galleryDock", m_gallery, this);
    auto* predictionsDock = MakeDock(tr("Your pictures — drop or paste (Ctrl+V)"),
                                     "predictionsDock", m_predictions, this);
    auto* confusionDock =
        MakeDock(tr("Confusion matrix (test set)"), "confusionDock", m_confusion, this);
    addDockWidget(Qt::LeftDockWidgetArea, networkDock);
    addDockWidget(Qt::LeftDockWidgetArea, trainingDock);
    addDockWidget(Qt::BottomDockWidgetArea, galleryDock);
    addDockWidget(Qt::RightDockWidgetArea, predictionsDock);
    addDockWidget(Qt::RightDockWidgetArea, confusionDock);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    ArrangeDocks();

    m_predictions->SetClassifier([this](const arma::mat& X) { return ClassifyPictures(X); });
    connect(m_predictions, &PredictionPanel::imagesChanged, m_predictions,
            &PredictionPanel::Reclassify);
    connect(m_confusion, &ConfusionMatrixView::cellClicked, this,
            [this](int actual, int predicted, const QVector<int>& rows) {
                const auto name = [this](int c) {
                    return m_data && c >= 0 && size_t(c) < m_data->test.classNames.size()
                               ? QString::fromStdString(m_data->test.classNames[size_t(c)])
                               : QString::number(c);
                };
                m_gallery->ShowOnly(
                    QSet<int>(rows.begin(), rows.end()),
                    tr("actual %1, predicted %2").arg(name(actual), name(predicted)));
            });
    connect(m_trainOptions, &TrainingOptionsPanel::optionsChanged, this,
            &MainWindow::ShowBudgetKind);
    connect(m_trainOptions, &TrainingOptionsPanel::optionsChanged, this, [this] {
        // Only the budget reaches a live run; the rest waits for the next one.
        if (m_session) {
            m_session->SetEpochs(IsMiniBatch() ? size_t(m_trainOptions->Epochs()) : 0);
            m_status->SetBudget(IterationBudget());
            m_chart->SetIterationBudget(IterationBudget());
        }
    });

    connect(m_architecture, &ArchitectureEditor::specChanged, this,
            [this](const NetworkSpec& spec) { m_dropout->SetLayerSizes(spec.sizes); });
    connect(m_architecture, &ArchitectureEditor::specChanged, this, [this] {
        // A new network needs a new run; a run in progress locks the editor instead.
        if (m_session && m_session->State() != TrainingState::Running &&
            m_session->State() != TrainingState::Paused)
            EndSession();
        UpdateActions();
    });
    connect(m_hyperparameters, &HyperparameterPanel::learningRateChanged, this, [this](double lr) {
        if (m_session && !IsEnded(m_session->State())) m_session->SetLearningRate(lr);
    });
    connect(m_hyperparameters, &HyperparameterPanel::iterationsChanged, this, [this](size_t n) {
        if (m_session) m_session->SetIterations(n);
        m_chart->SetIterationBudget(IterationBudget());
        m_status->SetBudget(IterationBudget());
    });
}

void MainWindow::ShowBudgetKind() {
    // A mini-batch run lasts its epochs: the iteration count would only mislead.
    auto* iterations = m_hyperparameters->findChild<QWidget*>("iterationsSpin");
    iterations->setEnabled(!IsMiniBatch());
    iterations->setToolTip(
        IsMiniBatch() ? tr("Mini-batch runs last the epochs set under Optimisation") : QString());
}

void MainWindow::ArrangeDocks() {
    const auto dock = [this](const char* name) { return findChild<QDockWidget*>(name); };
    // Many classes need a larger matrix to read; two leave the room to the pictures.
    const bool many = m_data && m_data->train.ClassCount() > 4;
    // A floor rather than a wish: resizeDocks gives way to the central widget's share.
    m_confusion->setMinimumWidth(many ? 500 : 0);
    resizeDocks({dock("networkDock"), dock("predictionsDock")}, {400, many ? 520 : 430},
                Qt::Horizontal);
    resizeDocks({dock("galleryDock"), dock("predictionsDock"), dock("confusionDock")},
                {330, many ? 260 : 520, many ? 600 : 330}, Qt::Vertical);
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
    m_about =
        make(tr("&About LayerLab"), "actionAbout", {}, QStyle::SP_CustomBase, tr("About LayerLab"));
    m_paste =
        make(tr("&Paste picture"), "actionPastePicture", QKeySequence::Paste, QStyle::SP_CustomBase,
             tr("Classify the picture on the clipboard with the current network"));
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

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName("editMenu");
    edit->addAction(m_paste);

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

void MainWindow::CreateDropHandling() {
    m_drops = new DropRouter(this);
    m_drops->Watch(this);  // the whole window accepts drops
    connect(m_drops, &DropRouter::imagesDropped, this,
            [this](const QStringList& paths, const QList<QImage>& images) {
                for (const QString& p : paths) {
                    QString error;
                    if (!m_predictions->AddImage(p, &error)) m_status->SetMessage(error, true);
                }
                for (const QImage& i : images) m_predictions->AddImage(i, tr("pasted picture"));
            });
    connect(m_drops, &DropRouter::dataSetDropped, this,
            [this](const QString& path) { LoadDataSetInBackground(path); });
    connect(m_drops, &DropRouter::modelDropped, this, &MainWindow::OpenModel);
    connect(m_drops, &DropRouter::refused, this,
            [this](const QString& m) { m_status->SetMessage(m, true); });
    connect(m_paste, &QAction::triggered, this,
            [this] { m_drops->Route(QGuiApplication::clipboard()->mimeData()); });

    m_loadJob = new DataSetLoadJob(this);
    connect(m_loadJob, &DataSetLoadJob::loaded, this,
            [this](const LoadedData& d, const QString& spec) {
                const QString name = QFileInfo(spec).fileName();
                SetLoadedData(d, name.isEmpty() ? spec : name);
                if (!spec.startsWith("builtin:")) QSettings().setValue("data/last", spec);
            });
    connect(m_loadJob, &DataSetLoadJob::failed, this,
            [this](const QString& message) { ShowError(tr("Cannot open data set"), message); });
    connect(m_loadJob, &DataSetLoadJob::cancelled, this, [this](const QString& spec) {
        m_status->SetMessage(tr("Cancelled opening %1: the data set stays as it was").arg(spec));
    });
}

bool MainWindow::LoadDataSetInBackground(const QString& spec, const LoadOptions& options) {
    if (m_session && (m_session->State() == TrainingState::Running ||
                      m_session->State() == TrainingState::Paused)) {
        const auto answer =
            QMessageBox::question(this, tr("Replace the data set?"),
                                  tr("Training is under way. Stop it and open %1?").arg(spec));
        if (answer != QMessageBox::Yes) return false;
        m_session->Pause();
    }
    if (!m_loadJob->Start(spec, options)) {
        m_status->SetMessage(tr("Another data set is still loading: wait for it or cancel it"),
                             true);
        return false;
    }
    m_status->SetMessage(tr("Opening %1…").arg(spec));
    return true;
}

bool MainWindow::OpenDataSet(const QString& path) {
    try {
        LoadedData data = DataSetLoader::Load(path);
        SetLoadedData(std::move(data),
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
        SetLoadedData(DataSetLoader::Load("builtin:shapes"), tr("built-in shapes"));
    } catch (const EngineError& e) {
        // Not fatal: the empty state says how to open a data set.
        m_status->SetMessage(tr("No built-in data set (%1): open one with File ▸ Open data set…")
                                 .arg(QString::fromStdString(e.what())));
    }
}

void MainWindow::SetLoadedData(LoadedData data, const QString& name) {
    const QString summary = data.Summary();
    const QStringList warnings = data.warnings;
    const FeatureStandardiser standardiser = data.standardiser;
    SetDataSet(std::move(static_cast<DataSplit&>(data)), name);
    m_standardiser = standardiser;
    m_predictions->SetEncoding(m_data->train.imageShape, m_standardiser);
    QString html = tr("<b>%1</b><br>%2")
                       .arg(name.toHtmlEscaped(), summary.toHtmlEscaped().replace('\n', "<br>"));
    if (!warnings.isEmpty()) {
        // The first few, so a folder of broken files cannot push the network off the panel.
        QStringList shown = warnings.mid(0, 3);
        if (warnings.size() > 3) shown << tr("… and %1 more").arg(warnings.size() - 3);
        html += QStringLiteral("<br><span style='color:#b71c1c'>%1</span>")
                    .arg(shown.join('\n').toHtmlEscaped().replace('\n', "<br>"));
    }
    m_dataSummary->setText(html);
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
    m_dropout->SetLayerSizes(m_architecture->Spec().sizes);
    QStringList classNames;
    for (const std::string& c : train.classNames) classNames << QString::fromStdString(c);
    m_predictions->SetClassNames(classNames);
    m_standardiser = {};
    m_predictions->SetEncoding(train.imageShape, m_standardiser);
    m_confusion->SetClassNames(classNames);
    m_confusion->SetResults({}, {});
    if (isVisible()) ArrangeDocks();
    ShowBudgetKind();
    {
        // A mini-batch of the whole set or more is the notebook's full batch.
        TrainOptions options = m_trainOptions->Options();
        if (options.batchSize >= train.Count()) options.batchSize = 0;
        m_trainOptions->SetOptions(options);
    }
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
    m_status->SetBudget(IterationBudget());
    m_chart->SetIterationBudget(IterationBudget());
    UpdateActions();
}

bool MainWindow::IsMiniBatch() const {
    const size_t batch = m_trainOptions->Options().batchSize;
    return m_data && batch > 0 && batch < m_data->train.Count();
}

size_t MainWindow::IterationBudget() const {
    if (m_session && m_session->Latest().stepsPerEpoch > 1 && IsMiniBatch())
        return size_t(m_trainOptions->Epochs()) * m_session->Latest().stepsPerEpoch;
    if (IsMiniBatch()) {
        // Before the trainer says: the steps of an epoch without early stopping's hold-out.
        const TrainOptions o = m_trainOptions->Options();
        const size_t m = m_data->train.Count() - o.ValidationCount(m_data->train.Count());
        return size_t(m_trainOptions->Epochs()) * ((m + o.batchSize - 1) / o.batchSize);
    }
    return m_hyperparameters->Iterations();
}

SessionOptions MainWindow::CurrentSessionOptions() const {
    SessionOptions options;
    options.train = m_trainOptions->Options();
    options.train.learningRate = m_hyperparameters->LearningRate();
    options.train.precision = m_hyperparameters->GetPrecision();
    options.train.seed = m_hyperparameters->Seed();
    options.train.keepProbabilities = m_dropout->KeepProbabilities();
    options.iterations = m_hyperparameters->Iterations();
    options.epochs = IsMiniBatch() ? size_t(m_trainOptions->Epochs()) : 0;
    return options;
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
    m_confusion->SetResults({}, {});
    m_session =
        std::make_unique<TrainingSession>(m_data, std::move(initial), CurrentSessionOptions());
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
    m_currentParameters.reset();
    UpdateActions();
}

void MainWindow::Train() {
    if (!m_data) return;
    if (m_session && !IsEnded(m_session->State())) {
        const bool spent = m_session->State() == TrainingState::Finished &&
                           m_session->Latest().iteration >= IterationBudget();
        if (!spent) {
            m_session->SetIterations(m_hyperparameters->Iterations());
            m_session->SetEpochs(IsMiniBatch() ? size_t(m_trainOptions->Epochs()) : 0);
            m_session->Resume();
            return;
        }
    }
    if (StartFreshSession(tr("Cannot train this network"))) m_session->Resume();
}

void MainWindow::Step() {
    if (!m_data) return;
    if ((m_session && !IsEnded(m_session->State())) ||
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

void MainWindow::OnSnapshot(const SnapshotPtr& snapshot) {
    const TrainingSnapshot& s = *snapshot;
    m_history.AppendSnapshot(s);
    m_chart->SetIterationBudget(s.iterationBudget > 0 ? s.iterationBudget : IterationBudget());
    m_chart->Refresh();
    m_gallery->SetProbabilities(s.testProbabilities);
    UpdateConfusion(s.testProbabilities);
    m_status->Show(s, s.iterationBudget > 0 ? s.iterationBudget : IterationBudget());
    if (s.state == TrainingState::Ready) m_status->SetMessage(tr("Ready: press F5 to train"));
    if (s.parameters) {
        // The snapshot's own copy of the weights: the worker's engine is never touched here.
        m_currentParameters = s.parameters;
        m_predictions->Reclassify();
    }
}

arma::mat MainWindow::ClassifyPictures(const arma::mat& X) const {
    if (m_currentParameters) return m_currentParameters->Predict(X);
    if (!m_data) return {};
    // No run yet: the weights F5 would start from (the same initialiser and seed).
    return FreshParameters().Predict(X);
}

void MainWindow::UpdateConfusion(const arma::mat& testProbabilities) {
    if (!m_data || testProbabilities.n_cols != m_data->test.Count() ||
        testProbabilities.n_cols == 0) {
        m_confusion->SetResults({}, {});
        return;
    }
    const arma::Row<arma::uword> predicted = PredictedClasses(testProbabilities);
    QVector<int> p(predicted.n_elem), a(predicted.n_elem);
    for (arma::uword i = 0; i < predicted.n_elem; ++i) {
        p[int(i)] = int(predicted[i]);
        a[int(i)] = int(m_data->test.y[i]);
    }
    m_confusion->SetResults(p, a);
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
    m_dropout->setEnabled(data && !inRun);
    m_trainOptions->setEnabled(!inRun);
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
        m_status->SetMessage(tr("Loaded the model %1: press F5 to train on from its weights")
                                 .arg(QFileInfo(path).fileName()));
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
    // The course's data is listed among the ready sets once it was opened from somewhere.
    const QString last = QSettings().value("data/last").toString();
    const QString course =
        DataSetLoader::Identify(last) == DataSetLoader::Kind::Course ? last : QString();
    DataSetDialog dialog(course, this);
    if (dialog.exec() == QDialog::Accepted)
        LoadDataSetInBackground(dialog.Spec(), dialog.Options());
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
    if (!s.contains("window/geometry"))
        resize(QSize(1560, 940).boundedTo(screen()->availableSize()));
    bool ok = false;
    const double lr = s.value("training/learningRate").toDouble(&ok);
    if (ok && lr > 0 && std::isfinite(lr)) m_hyperparameters->SetLearningRate(lr);
    if (s.contains("training/iterations"))
        m_hyperparameters->SetIterations(s.value("training/iterations").toULongLong());
    if (const auto i = Parse<Initializer>(s.value("training/initializer").toString().toStdString()))
        m_hyperparameters->SetInitializer(*i);
    if (s.contains("training/seed"))
        m_hyperparameters->SetSeed(s.value("training/seed").toULongLong());
    if (const auto p = Parse<Precision>(s.value("training/precision").toString().toStdString()))
        m_hyperparameters->SetPrecision(*p);
    if (s.contains("network/hidden"))
        m_architecture->SetHiddenLayers(s.value("network/hidden").toString());
    // The second course's options, each only when it reads back as a valid value.
    TrainOptions o = m_trainOptions->Options();
    if (const auto k =
            Parse<OptimizerKind>(s.value("optimisation/optimizer").toString().toStdString()))
        o.optimizer = *k;
    if (const auto k = Parse<DecayKind>(s.value("optimisation/decay").toString().toStdString()))
        o.decay = *k;
    const auto readNumber = [&s](const QString& key, auto& field) {
        bool ok = false;
        const double v = s.value(key).toDouble(&ok);
        if (ok && std::isfinite(v) && v >= 0) field = static_cast<std::decay_t<decltype(field)>>(v);
    };
    readNumber("optimisation/batchSize", o.batchSize);
    readNumber("optimisation/beta1", o.beta1);
    readNumber("optimisation/beta2", o.beta2);
    readNumber("optimisation/l2", o.l2);
    readNumber("optimisation/decayRate", o.decayRate);
    readNumber("optimisation/patience", o.earlyStopPatience);
    m_trainOptions->SetOptions(o);
    if (const int epochs = s.value("optimisation/epochs").toInt(); epochs > 0)
        m_trainOptions->SetEpochs(epochs);
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
    const TrainOptions o = m_trainOptions->Options();
    s.setValue("optimisation/optimizer", QString::fromStdString(ToString(o.optimizer)));
    s.setValue("optimisation/decay", QString::fromStdString(ToString(o.decay)));
    s.setValue("optimisation/batchSize", qulonglong(o.batchSize));
    s.setValue("optimisation/beta1", o.beta1);
    s.setValue("optimisation/beta2", o.beta2);
    s.setValue("optimisation/l2", o.l2);
    s.setValue("optimisation/decayRate", o.decayRate);
    s.setValue("optimisation/patience", qulonglong(o.earlyStopPatience));
    s.setValue("optimisation/epochs", m_trainOptions->Epochs());
    s.setValue("chart/logScale", m_chart->LogScale());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    SaveSettings();
    EndSession();
    event->accept();
}

}  // namespace layerlab
