#include "TrainingSetupPanel.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

#include "Concepts.h"
#include "DropoutEditor.h"
#include "HyperparameterPanel.h"
#include "TrainingOptionsPanel.h"

namespace layerlab {

TrainingSetupPanel::TrainingSetupPanel(QWidget* dropoutParent, QWidget* parent) : QWidget(parent) {
    setObjectName("trainingPanel");
    m_dropoutSection = new QWidget(dropoutParent);
    m_dropoutSection->setObjectName("dropoutSection");
    m_dropout = new DropoutEditor(m_dropoutSection);
    auto* dropoutTitle = new QLabel(m_dropoutSection);
    m_dropoutTitle = dropoutTitle;
    dropoutTitle->setObjectName("dropoutTitle");
    dropoutTitle->setContentsMargins(8, 0, 8, 0);
    auto* dropoutLayout = new QVBoxLayout(m_dropoutSection);
    dropoutLayout->setContentsMargins(0, 0, 0, 0);
    dropoutLayout->addWidget(dropoutTitle);
    dropoutLayout->addWidget(m_dropout);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hyperparameters = new HyperparameterPanel(this);
    m_optimisation = new TrainingOptionsPanel(this);
    m_fold = new QToolButton(this);
    m_fold->setObjectName("optimisationToggle");
    m_fold->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fold->setCheckable(true);
    m_fold->setArrowType(Qt::RightArrow);
    m_fold->setAutoRaise(true);
    m_optimisation->setVisible(false);
    connect(m_fold, &QToolButton::toggled, this, [this](bool on) {
        m_fold->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_optimisation->setVisible(on);
    });
    layout->addWidget(m_hyperparameters);
    layout->addWidget(m_fold);
    layout->addWidget(m_optimisation);
    layout->addStretch(1);
    RetranslateUi();

    connect(m_hyperparameters, &HyperparameterPanel::learningRateChanged, this,
            &TrainingSetupPanel::Changed);
    connect(m_hyperparameters, &HyperparameterPanel::iterationsChanged, this,
            &TrainingSetupPanel::Changed);
    connect(m_hyperparameters, &HyperparameterPanel::initializerPicked, this,
            &TrainingSetupPanel::initializerPicked);
    connect(m_hyperparameters, &HyperparameterPanel::nextRunChanged, this,
            &TrainingSetupPanel::Changed);
    connect(m_optimisation, &TrainingOptionsPanel::optionsChanged, this,
            &TrainingSetupPanel::Changed);
    connect(m_dropout, &DropoutEditor::changed, this, &TrainingSetupPanel::Changed);
}

void TrainingSetupPanel::RetranslateUi() {
    m_dropout->setToolTip(
        tr("Dropout: each training step switches off a random share of a hidden "
           "layer's units (1 keeps them all), so no unit can rely on another"));
    m_dropoutTitle->setText(tr("<b>Dropout</b> — keep probability per hidden layer"));
    m_fold->setText(tr("Optimisation (Adam, mini-batches, L2…)"));
    m_fold->setToolTip(
        tr("Show the options of the second course: how each step uses the "
           "gradient, on how many examples, and how to fight overfitting"));
    Concepts::Attach(m_fold, "optimizer");
    Concepts::Attach(m_dropoutTitle, "dropout");
}

void TrainingSetupPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

QScrollArea* TrainingSetupPanel::InScrollArea(QWidget* parent) {
    auto* scroll = new QScrollArea(parent);
    scroll->setObjectName("trainingScroll");
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Tab goes to the fields in it, and the scroll area follows.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(this);
    // Wide enough for the form, so it never needs a horizontal scroll bar.
    scroll->setMinimumWidth(minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

SessionOptions TrainingSetupPanel::Options() const {
    SessionOptions options;
    options.train = m_optimisation->Options();
    options.train.learningRate = m_hyperparameters->LearningRate();
    options.train.precision = m_hyperparameters->GetPrecision();
    options.train.seed = m_hyperparameters->Seed();
    options.train.keepProbabilities = m_dropout->KeepProbabilities();
    options.iterations = m_hyperparameters->Iterations();
    options.epochs = size_t(m_optimisation->Epochs());
    return options;
}

void TrainingSetupPanel::SetOptions(const SessionOptions& options) {
    m_applying = true;
    m_hyperparameters->SetLearningRate(options.train.learningRate);
    m_hyperparameters->SetIterations(options.iterations);
    m_hyperparameters->SetSeed(options.train.seed);
    m_hyperparameters->SetPrecision(options.train.precision);
    m_optimisation->SetOptions(options.train);
    m_optimisation->SetEpochs(int(std::min<size_t>(options.epochs, INT_MAX)));
    m_dropout->SetKeepProbabilities(options.train.keepProbabilities);
    m_applying = false;
    emit optionsChanged();
}

Initializer TrainingSetupPanel::GetInitializer() const {
    return m_hyperparameters->GetInitializer();
}

void TrainingSetupPanel::SetInitializer(Initializer initializer) {
    m_hyperparameters->SetInitializer(initializer);
}

void TrainingSetupPanel::ShowWeightsFrom(const QString& fileName) {
    m_hyperparameters->ShowWeightsFrom(fileName);
}

void TrainingSetupPanel::FitBatchTo(size_t trainCount) {
    TrainOptions options = m_optimisation->Options();
    if (options.batchSize >= trainCount) options.batchSize = 0;
    m_optimisation->SetOptions(options);
}

void TrainingSetupPanel::SetLayerSizes(const std::vector<arma::uword>& sizes) {
    m_dropout->SetLayerSizes(sizes);
}

void TrainingSetupPanel::ShowBudgetInEpochs(bool epochs) {
    m_hyperparameters->ShowBudgetInEpochs(epochs);
}

void TrainingSetupPanel::SetRunLive(bool inRun, bool hasData) {
    m_dropout->setEnabled(hasData && !inRun);
    m_optimisation->setEnabled(!inRun);
    m_hyperparameters->SetRunLive(inRun);
}

void TrainingSetupPanel::Changed() {
    if (!m_applying) emit optionsChanged();
}

}  // namespace layerlab
