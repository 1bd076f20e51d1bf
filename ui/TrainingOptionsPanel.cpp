#include "TrainingOptionsPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <initializer_list>
#include <utility>

#include "Concepts.h"

namespace layerlab {
namespace {

template <typename T>
T* Named(T* widget, const char* name) {
    widget->setObjectName(name);
    return widget;
}

QDoubleSpinBox* RealBox(QWidget* parent, double min, double max, int decimals, double step) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}

QSpinBox* CountBox(QWidget* parent, int min, int max) {
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    return box;
}

// Fills a combo box with enum values; RetranslateUi names them.
void AddItems(QComboBox* combo, std::initializer_list<int> values) {
    for (int value : values) combo->addItem(QString(), value);
}

// Names the item of combo holding value.
void NameItem(QComboBox* combo, int value, const QString& text) {
    combo->setItemText(combo->findData(value), text);
}

}  // namespace

TrainingOptionsPanel::TrainingOptionsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("trainingOptionsPanel");
    m_optimizer = Named(new QComboBox(this), "optimizerCombo");
    AddItems(m_optimizer, {int(OptimizerKind::GradientDescent), int(OptimizerKind::Momentum),
                           int(OptimizerKind::RMSprop), int(OptimizerKind::Adam)});
    m_beta1 = Named(RealBox(this, 0.0, 0.9999, 4, 0.01), "beta1Spin");
    m_beta2 = Named(RealBox(this, 0.0, 0.99999, 5, 0.001), "beta2Spin");
    m_epsilon = Named(new QLineEdit(this), "epsilonEdit");
    auto* epsilonValidator = new QDoubleValidator(1e-300, 1.0, 20, m_epsilon);
    epsilonValidator->setNotation(QDoubleValidator::ScientificNotation);
    m_epsilon->setValidator(epsilonValidator);
    m_batchSize = Named(CountBox(this, 0, 10'000'000), "batchSizeSpin");
    m_epochs = Named(CountBox(this, 1, 1'000'000), "epochsSpin");
    m_l2 = Named(RealBox(this, 0.0, 1000.0, 4, 0.01), "l2Spin");
    m_decay = Named(new QComboBox(this), "decayCombo");
    AddItems(m_decay, {int(DecayKind::None), int(DecayKind::Inverse), int(DecayKind::Exponential),
                       int(DecayKind::Step)});
    m_decayRate = Named(RealBox(this, 0.0, 1000.0, 4, 0.05), "decayRateSpin");
    m_decayInterval = Named(CountBox(this, 1, 1'000'000), "decayIntervalSpin");
    m_patience = Named(CountBox(this, 0, 100'000), "patienceSpin");
    m_validation = Named(RealBox(this, 0.01, 0.9, 2, 0.05), "validationSpin");

    // The decay formulas are long: the combo boxes elide them rather than widen the dock.
    for (QComboBox* combo : {m_optimizer, m_decay}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }

    auto* form = new QFormLayout(this);
    form->setObjectName("trainingOptionsForm");
    auto addRow = [&](QWidget* field, const char* labelName) {
        auto* label = new QLabel(this);
        label->setObjectName(labelName);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(m_optimizer, "optimizerLabel");
    addRow(m_beta1, "beta1Label");
    addRow(m_beta2, "beta2Label");
    addRow(m_epsilon, "epsilonLabel");
    addRow(m_batchSize, "batchSizeLabel");
    addRow(m_epochs, "epochsLabel");
    addRow(m_l2, "l2Label");
    addRow(m_decay, "decayLabel");
    addRow(m_decayRate, "decayRateLabel");
    addRow(m_decayInterval, "decayIntervalLabel");
    addRow(m_patience, "patienceLabel");
    addRow(m_validation, "validationLabel");

    RetranslateUi();
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

void TrainingOptionsPanel::RetranslateUi() {
    m_optimizer->setToolTip(
        tr("How each step uses the gradient: plain gradient descent, or momentum, "
           "RMSprop and Adam, which smooth and rescale it to train faster."));
    m_beta1->setToolTip(
        tr("β1: how much of the past gradients momentum and Adam keep in their running "
           "average (0.9 averages about the last 10 steps)."));
    m_beta2->setToolTip(
        tr("β2: how long RMSprop and Adam remember the size of past gradients (0.999 "
           "averages about the last 1000 steps)."));
    m_epsilon->setToolTip(
        tr("ε: a tiny number RMSprop and Adam add before dividing, so a weight with a "
           "zero gradient never divides by zero."));
    m_batchSize->setToolTip(
        tr("Examples per update: the whole training set as in the notebook, or "
           "small shuffled mini-batches that update more often but noisier."));
    m_epochs->setToolTip(tr("Epochs: how many times training passes over every training example."));
    m_l2->setToolTip(
        tr("L2 λ: penalises large weights so the network prefers simpler fits and "
           "overfits less (0 turns it off)."));
    m_decay->setToolTip(
        tr("Learning-rate decay: shrink the learning rate epoch by epoch so training "
           "takes big steps first and careful ones near the end."));
    m_decayRate->setToolTip(
        tr("The decay rate: how fast the learning rate shrinks (for exponential "
           "decay, the share kept each epoch, e.g. 0.95)."));
    m_decayInterval->setToolTip(
        tr("Step decay lowers the learning rate once every this many epochs."));
    m_patience->setToolTip(
        tr("Early stopping: stop when the validation cost has not improved for this "
           "many epochs and keep the best weights seen."));
    m_validation->setToolTip(
        tr("The share of training examples held back to watch for overfitting "
           "when early stopping is on."));
    NameItem(m_optimizer, int(OptimizerKind::GradientDescent), tr("Gradient descent"));
    NameItem(m_optimizer, int(OptimizerKind::Momentum), tr("Momentum"));
    NameItem(m_optimizer, int(OptimizerKind::RMSprop), tr("RMSprop"));
    NameItem(m_optimizer, int(OptimizerKind::Adam), tr("Adam"));
    NameItem(m_decay, int(DecayKind::None), tr("None"));
    NameItem(m_decay, int(DecayKind::Inverse), tr("Inverse: α0 / (1 + rate·epoch)"));
    NameItem(m_decay, int(DecayKind::Exponential), tr("Exponential: α0 · rate^epoch"));
    NameItem(m_decay, int(DecayKind::Step), tr("Step: α0 / (1 + rate·⌊epoch / interval⌋)"));
    m_batchSize->setSpecialValueText(tr("full batch"));
    m_patience->setSpecialValueText(tr("off"));
    // Each row's label, with its field's tooltip, and both with the row's concept. The label is
    // the field's buddy, so it is also the field's accessible name.
    const auto label = [this](const char* name, const QString& text, QWidget* field,
                              const char* id) {
        if (auto* l = findChild<QLabel*>(name)) {
            l->setText(text);
            l->setToolTip(field->toolTip());
            Concepts::Attach(l, id);
        }
        Concepts::Attach(field, id);
    };
    // The mnemonics are unique in the whole window (tst_keyboard): Alt+R is the Training menu's
    // and Alt+V the View menu's.
    label("optimizerLabel", tr("&Optimizer"), m_optimizer, "optimizer");
    label("beta1Label", tr("β&1"), m_beta1, "optimizer");
    label("beta2Label", tr("β&2"), m_beta2, "optimizer");
    label("epsilonLabel", tr("&ε"), m_epsilon, "optimizer");
    label("batchSizeLabel", tr("&Batch size"), m_batchSize, "batch-size");
    label("epochsLabel", tr("E&pochs"), m_epochs, "epochs");
    label("l2Label", tr("L2 &λ"), m_l2, "l2");
    label("decayLabel", tr("&Decay"), m_decay, "lr-decay");
    label("decayRateLabel", tr("Deca&y rate"), m_decayRate, "lr-decay");
    label("decayIntervalLabel", tr("Decay &interval (epochs)"), m_decayInterval, "lr-decay");
    label("patienceLabel", tr("Early &stop patience"), m_patience, "early-stopping");
    label("validationLabel", tr("Validatio&n share"), m_validation, "early-stopping");
}

void TrainingOptionsPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
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
