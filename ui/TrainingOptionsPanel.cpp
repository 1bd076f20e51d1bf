#include "TrainingOptionsPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <initializer_list>
#include <utility>

namespace layerlab {
namespace {

template <typename T>
T* Named(T* widget, const char* name, const QString& tip) {
    widget->setObjectName(name);
    widget->setToolTip(tip);
    return widget;
}

QDoubleSpinBox* RealBox(QWidget* parent, double min, double max, int decimals, double step) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}

QSpinBox* CountBox(QWidget* parent, int min, int max, const QString& specialText = {}) {
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSpecialValueText(specialText);
    return box;
}

// Fills a combo box with (text, enum value) items.
void AddItems(QComboBox* combo, std::initializer_list<std::pair<QString, int>> items) {
    for (const auto& [text, value] : items) combo->addItem(text, value);
}

}  // namespace

TrainingOptionsPanel::TrainingOptionsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("trainingOptionsPanel");
    m_optimizer = Named(new QComboBox(this), "optimizerCombo",
                        tr("How each step uses the gradient: plain gradient descent, or momentum, "
                           "RMSprop and Adam, which smooth and rescale it to train faster."));
    AddItems(m_optimizer, {{tr("Gradient descent"), int(OptimizerKind::GradientDescent)},
                           {tr("Momentum"), int(OptimizerKind::Momentum)},
                           {tr("RMSprop"), int(OptimizerKind::RMSprop)},
                           {tr("Adam"), int(OptimizerKind::Adam)}});
    m_beta1 = Named(RealBox(this, 0.0, 0.9999, 4, 0.01), "beta1Spin",
                    tr("β1: how much of the past gradients momentum and Adam keep in their running "
                       "average (0.9 averages about the last 10 steps)."));
    m_beta2 = Named(RealBox(this, 0.0, 0.99999, 5, 0.001), "beta2Spin",
                    tr("β2: how long RMSprop and Adam remember the size of past gradients (0.999 "
                       "averages about the last 1000 steps)."));
    m_epsilon =
        Named(new QLineEdit(this), "epsilonEdit",
              tr("ε: a tiny number RMSprop and Adam add before dividing, so a weight with a "
                 "zero gradient never divides by zero."));
    auto* epsilonValidator = new QDoubleValidator(1e-300, 1.0, 20, m_epsilon);
    epsilonValidator->setNotation(QDoubleValidator::ScientificNotation);
    m_epsilon->setValidator(epsilonValidator);
    m_batchSize = Named(CountBox(this, 0, 10'000'000, tr("full batch")), "batchSizeSpin",
                        tr("Examples per update: the whole training set as in the notebook, or "
                           "small shuffled mini-batches that update more often but noisier."));
    m_epochs = Named(CountBox(this, 1, 1'000'000), "epochsSpin",
                     tr("Epochs: how many times training passes over every training example."));
    m_l2 = Named(RealBox(this, 0.0, 1000.0, 4, 0.01), "l2Spin",
                 tr("L2 λ: penalises large weights so the network prefers simpler fits and "
                    "overfits less (0 turns it off)."));
    m_decay = Named(new QComboBox(this), "decayCombo",
                    tr("Learning-rate decay: shrink the learning rate epoch by epoch so training "
                       "takes big steps first and careful ones near the end."));
    AddItems(m_decay, {{tr("None"), int(DecayKind::None)},
                       {tr("Inverse: α0 / (1 + rate·epoch)"), int(DecayKind::Inverse)},
                       {tr("Exponential: α0 · rate^epoch"), int(DecayKind::Exponential)},
                       {tr("Step: α0 / (1 + rate·⌊epoch / interval⌋)"), int(DecayKind::Step)}});
    m_decayRate = Named(RealBox(this, 0.0, 1000.0, 4, 0.05), "decayRateSpin",
                        tr("The decay rate: how fast the learning rate shrinks (for exponential "
                           "decay, the share kept each epoch, e.g. 0.95)."));
    m_decayInterval = Named(CountBox(this, 1, 1'000'000), "decayIntervalSpin",
                            tr("Step decay lowers the learning rate once every this many epochs."));
    m_patience = Named(CountBox(this, 0, 100'000, tr("off")), "patienceSpin",
                       tr("Early stopping: stop when the validation cost has not improved for this "
                          "many epochs and keep the best weights seen."));
    m_validation = Named(RealBox(this, 0.01, 0.9, 2, 0.05), "validationSpin",
                         tr("The share of training examples held back to watch for overfitting "
                            "when early stopping is on."));

    // The decay formulas are long: the combo boxes elide them rather than widen the dock.
    for (QComboBox* combo : {m_optimizer, m_decay}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }

    auto* form = new QFormLayout(this);
    form->setObjectName("trainingOptionsForm");
    auto addRow = [&](const QString& text, QWidget* field, const char* labelName) {
        auto* label = new QLabel(text, this);
        label->setObjectName(labelName);
        label->setBuddy(field);
        label->setToolTip(field->toolTip());
        form->addRow(label, field);
    };
    addRow(tr("&Optimizer"), m_optimizer, "optimizerLabel");
    addRow(tr("β&1"), m_beta1, "beta1Label");
    addRow(tr("β&2"), m_beta2, "beta2Label");
    addRow(tr("&ε"), m_epsilon, "epsilonLabel");
    addRow(tr("&Batch size"), m_batchSize, "batchSizeLabel");
    addRow(tr("E&pochs"), m_epochs, "epochsLabel");
    addRow(tr("L2 &λ"), m_l2, "l2Label");
    addRow(tr("&Decay"), m_decay, "decayLabel");
    addRow(tr("Decay &rate"), m_decayRate, "decayRateLabel");
    addRow(tr("Decay &interval (epochs)"), m_decayInterval, "decayIntervalLabel");
    addRow(tr("Early &stop patience"), m_patience, "patienceLabel");
    addRow(tr("&Validation share"), m_validation, "validationLabel");

    SetOptions(m_base);
    SetEpochs(10);

    auto changed = [this] {
        UpdateEnabled();
        emit optionsChanged();
    };
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, changed);
    connect(m_decay, &QComboBox::currentIndexChanged, this, changed);
    for (QDoubleSpinBox* box : {m_beta1, m_beta2, m_l2, m_decayRate, m_validation})
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    for (QSpinBox* box : {m_batchSize, m_epochs, m_decayInterval, m_patience})
        connect(box, &QSpinBox::valueChanged, this, changed);
    connect(m_epsilon, &QLineEdit::textEdited, this, changed);
}

void TrainingOptionsPanel::SetOptions(const TrainOptions& o) {
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_optimizer), QSignalBlocker(m_beta1),     QSignalBlocker(m_beta2),
        QSignalBlocker(m_epsilon),   QSignalBlocker(m_batchSize), QSignalBlocker(m_l2),
        QSignalBlocker(m_decay),     QSignalBlocker(m_decayRate), QSignalBlocker(m_decayInterval),
        QSignalBlocker(m_patience),  QSignalBlocker(m_validation)};
    m_base = o;
    m_optimizer->setCurrentIndex(m_optimizer->findData(int(o.optimizer)));
    m_beta1->setValue(o.beta1);
    m_beta2->setValue(o.beta2);
    m_epsilon->setText(QString::number(o.epsilon, 'g', 6));
    m_batchSize->setValue(int(std::min<size_t>(o.batchSize, size_t(m_batchSize->maximum()))));
    m_l2->setValue(o.l2);
    m_decay->setCurrentIndex(m_decay->findData(int(o.decay)));
    m_decayRate->setValue(o.decayRate);
    m_decayInterval->setValue(
        int(std::min<size_t>(o.decayInterval, size_t(m_decayInterval->maximum()))));
    m_patience->setValue(int(std::min<size_t>(o.earlyStopPatience, size_t(m_patience->maximum()))));
    m_validation->setValue(o.validationFraction);
    UpdateEnabled();
}

TrainOptions TrainingOptionsPanel::Options() const {
    TrainOptions o = m_base;
    o.optimizer = OptimizerKind(m_optimizer->currentData().toInt());
    o.beta1 = m_beta1->value();
    o.beta2 = m_beta2->value();
    bool ok = false;
    const double epsilon = m_epsilon->text().toDouble(&ok);
    if (ok && epsilon > 0.0) o.epsilon = epsilon;  // a half-typed ε keeps the last good one
    o.batchSize = size_t(m_batchSize->value());
    o.l2 = m_l2->value();
    o.decay = DecayKind(m_decay->currentData().toInt());
    o.decayRate = m_decayRate->value();
    o.decayInterval = size_t(m_decayInterval->value());
    o.earlyStopPatience = size_t(m_patience->value());
    o.validationFraction = m_validation->value();
    return o;
}

void TrainingOptionsPanel::SetEpochs(int epochs) {
    m_epochs->setValue(epochs);
}

int TrainingOptionsPanel::Epochs() const {
    return m_epochs->value();
}

void TrainingOptionsPanel::UpdateEnabled() {
    const auto kind = OptimizerKind(m_optimizer->currentData().toInt());
    m_beta1->setEnabled(kind == OptimizerKind::Momentum || kind == OptimizerKind::Adam);
    m_beta2->setEnabled(kind == OptimizerKind::RMSprop || kind == OptimizerKind::Adam);
    m_epsilon->setEnabled(kind == OptimizerKind::RMSprop || kind == OptimizerKind::Adam);
    const auto decay = DecayKind(m_decay->currentData().toInt());
    m_decayRate->setEnabled(decay != DecayKind::None);
    m_decayInterval->setEnabled(decay == DecayKind::Step);
    m_validation->setEnabled(m_patience->value() > 0);
}

}  // namespace layerlab
