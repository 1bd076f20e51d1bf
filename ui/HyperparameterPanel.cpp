#include "HyperparameterPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "Concepts.h"
#include "EngineError.h"
#include "TrainOptions.h"

namespace layerlab {
namespace {

// The slider spans 1e-5 .. 10 in steps of a twentieth of a decade.
constexpr double kMinLog10 = -5.0, kMaxLog10 = 1.0;
constexpr int kStepsPerDecade = 20;

int SliderPosition(double lr) {
    const double clamped = std::clamp(std::log10(lr), kMinLog10, kMaxLog10);
    return static_cast<int>(std::lround((clamped - kMinLog10) * kStepsPerDecade));
}

double SliderRate(int position) {
    // Rounded to 2 significant digits so the typed value reads like one a person would type.
    const double lr = std::pow(10.0, kMinLog10 + static_cast<double>(position) / kStepsPerDecade);
    const double scale = std::pow(10.0, std::floor(std::log10(lr)) - 1);
    return std::round(lr / scale) * scale;
}

}  // namespace

HyperparameterPanel::HyperparameterPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("hyperparameterPanel");
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);
    outer->addStretch(1);

    auto* lrBox = new QWidget(this);
    auto* lrLayout = new QVBoxLayout(lrBox);
    lrLayout->setContentsMargins(0, 0, 0, 0);
    lrLayout->setSpacing(2);
    m_lrEdit = new QLineEdit(lrBox);
    m_lrEdit->setObjectName("learningRateEdit");
    m_lrSlider = new QSlider(Qt::Horizontal, lrBox);
    m_lrSlider->setObjectName("learningRateSlider");
    m_lrSlider->setRange(0, static_cast<int>((kMaxLog10 - kMinLog10) * kStepsPerDecade));
    m_lrError = new QLabel(lrBox);
    m_lrError->setObjectName("learningRateError");
    m_lrError->setWordWrap(true);
    m_lrError->setStyleSheet("color: #c62828;");
    m_lrError->hide();
    lrLayout->addWidget(m_lrEdit);
    lrLayout->addWidget(m_lrSlider);
    lrLayout->addWidget(m_lrError);
    form->addRow(new QLabel(this), lrBox);
    connect(m_lrEdit, &QLineEdit::textEdited, this, &HyperparameterPanel::LearningRateTyped);
    connect(m_lrSlider, &QSlider::valueChanged, this, &HyperparameterPanel::SliderMoved);

    m_iterations = new QSpinBox(this);
    m_iterations->setObjectName("iterationsSpin");
    m_iterations->setRange(1, 10'000'000);
    m_iterations->setSingleStep(100);
    m_iterations->setGroupSeparatorShown(true);
    form->addRow(new QLabel(this), m_iterations);
    connect(m_iterations, &QSpinBox::valueChanged, this,
            [this](int n) { emit iterationsChanged(static_cast<size_t>(n)); });

    m_initializer = new QComboBox(this);
    m_initializer->setObjectName("initializerCombo");
    for (Initializer i :
         {Initializer::Notebook, Initializer::He, Initializer::Xavier, Initializer::Small})
        m_initializer->addItem(QString(), int(i));
    form->addRow(new QLabel(this), m_initializer);

    m_seed = new QSpinBox(this);
    m_seed->setObjectName("seedSpin");
    m_seed->setRange(0, std::numeric_limits<int>::max());
    form->addRow(new QLabel(this), m_seed);

    m_precision = new QComboBox(this);
    m_precision->setObjectName("precisionCombo");
    m_precision->addItem(QString(), int(Precision::Double));
    m_precision->addItem(QString(), int(Precision::Float));
    form->addRow(new QLabel(this), m_precision);
    RetranslateUi();

    SetIterations(2500);
    SetSeed(1);
    ShowLearningRate(m_learningRate, true, true);
    connect(m_initializer, &QComboBox::currentIndexChanged, this,
            &HyperparameterPanel::InitializerChosen);
    connect(m_seed, &QSpinBox::valueChanged, this, &HyperparameterPanel::nextRunChanged);
    connect(m_precision, &QComboBox::currentIndexChanged, this,
            &HyperparameterPanel::nextRunChanged);
}

void HyperparameterPanel::RetranslateUi() {
    // Each row's label, and the same words as its fields' accessible name; the row's concept
    // for What's this? and F1.
    const auto label = [this](QWidget* field, QWidget* control, const QString& text,
                              const char* id) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field))) {
            l->setText(text);
            Concepts::Attach(l, id);
        }
        control->setAccessibleName(text);
        Concepts::Attach(control, id);
    };
    label(m_lrEdit->parentWidget(), m_lrEdit, tr("Learning rate"), "learning-rate");
    label(m_iterations, m_iterations, tr("Iterations"), "iterations");
    label(m_initializer, m_initializer, tr("Initialiser"), "initialisation");
    label(m_seed, m_seed, tr("Seed"), "seed");
    label(m_precision, m_precision, tr("Precision"), "precision");
    m_lrSlider->setAccessibleName(tr("Learning rate slider"));
    Concepts::Attach(m_lrSlider, "learning-rate");
    m_lrEdit->setToolTip(
        tr("Step size α of gradient descent: W := W − α·dW.\n"
           "Takes effect from the next iteration, also while training."));
    m_lrSlider->setToolTip(tr("Learning rate on a log scale, from 0.00001 to 10"));
    const auto name = [](QComboBox* combo, int value, const QString& text) {
        combo->setItemText(combo->findData(value), text);
    };
    name(m_initializer, int(Initializer::Notebook), tr("Notebook: randn / √n[l−1]"));
    name(m_initializer, int(Initializer::He), tr("He: randn · √(2 / n[l−1])"));
    name(m_initializer, int(Initializer::Xavier), tr("Xavier: randn · √(2 / (n[l−1] + n[l]))"));
    name(m_initializer, int(Initializer::Small), tr("Small: randn · 0.01"));
    name(m_precision, int(Precision::Double), tr("float64 (double)"));
    name(m_precision, int(Precision::Float), tr("float32 (faster)"));
    m_precision->setToolTip(tr("Number format of the training arithmetic"));
    ShowBudgetInEpochs(m_budgetInEpochs);
    if (m_fromFile) {
        ShowWeightsFrom(m_weightsFile);
    } else {
        m_initializer->setToolTip(tr("How the weights W[l] start; b[l] starts at 0"));
        m_seed->setToolTip(
            tr("The same seed gives the same starting weights, so runs can be compared"));
    }
    SetRunLive(m_live);
}

void HyperparameterPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

QString HyperparameterPanel::IterationsTip() const {
    return tr(
        "How many gradient-descent iterations a run makes.\n"
        "Raise it after a run finished and press F5 to continue.");
}

size_t HyperparameterPanel::Iterations() const {
    return static_cast<size_t>(m_iterations->value());
}
Initializer HyperparameterPanel::GetInitializer() const {
    // Under a weights file, the initialiser it replaced (what the settings keep).
    if (m_fromFile && m_initializer->currentIndex() == 0) return m_beforeFile;
    return static_cast<Initializer>(m_initializer->currentData().toInt());
}
std::uint64_t HyperparameterPanel::Seed() const {
    return static_cast<std::uint64_t>(m_seed->value());
}
Precision HyperparameterPanel::GetPrecision() const {
    return static_cast<Precision>(m_precision->currentData().toInt());
}

void HyperparameterPanel::SetLearningRate(double lr) {
    CheckLearningRate(lr);
    m_learningRate = lr;
    m_lrError->hide();
    ShowLearningRate(lr, true, true);
    emit learningRateChanged(lr);
}
void HyperparameterPanel::SetIterations(size_t n) {
    m_iterations->setValue(static_cast<int>(std::min<size_t>(n, m_iterations->maximum())));
}
void HyperparameterPanel::SetInitializer(Initializer i) {
    m_initializer->setCurrentIndex(m_initializer->findData(int(i)));
}
void HyperparameterPanel::SetSeed(std::uint64_t seed) {
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(seed, m_seed->maximum())));
}
void HyperparameterPanel::SetPrecision(Precision p) {
    m_precision->setCurrentIndex(m_precision->findData(int(p)));
}

void HyperparameterPanel::ShowWeightsFrom(const QString& fileName) {
    if (fileName.isEmpty()) {
        HideWeightsFile();
        return;
    }
    const QSignalBlocker quiet(m_initializer);
    m_weightsFile = fileName;
    const QString text = tr("Weights from %1").arg(fileName);
    if (!m_fromFile) {
        m_beforeFile = GetInitializer();
        m_initializer->insertItem(0, text, -1);
        m_fromFile = true;
    }
    m_initializer->setItemText(0, text);
    m_initializer->setCurrentIndex(0);
    m_initializer->setToolTip(
        tr("Fresh runs (Reset, Train after Stop) start from the weights in %1; pick an "
           "initialiser to draw them instead")
            .arg(fileName));
    m_seed->setEnabled(false);
    m_seed->setToolTip(tr("The weights come from %1, not from a seed").arg(fileName));
}

void HyperparameterPanel::InitializerChosen(int index) {
    if (m_fromFile && index != 0) {
        HideWeightsFile();
        emit initializerPicked();
    }
    emit nextRunChanged();
}

void HyperparameterPanel::HideWeightsFile() {
    if (!m_fromFile) return;
    const QSignalBlocker quiet(m_initializer);
    const bool onFile = m_initializer->currentIndex() == 0;
    m_initializer->removeItem(0);
    m_fromFile = false;
    if (onFile) SetInitializer(m_beforeFile);
    RetranslateUi();  // the initialiser's and seed's own tooltips
    EnableSeed();
}

void HyperparameterPanel::EnableSeed() {
    m_seed->setEnabled(!m_live && !m_fromFile);
}

void HyperparameterPanel::SetRunLive(bool live) {
    m_live = live;
    const QString why =
        live ? tr("Stop training (Shift+F5) or reset the weights (Ctrl+R) to change this")
             : QString();
    for (QWidget* w : {static_cast<QWidget*>(m_initializer), static_cast<QWidget*>(m_seed),
                       static_cast<QWidget*>(m_precision)}) {
        w->setEnabled(!live);
        w->setStatusTip(why);
    }
    EnableSeed();
}

void HyperparameterPanel::ShowBudgetInEpochs(bool epochs) {
    m_budgetInEpochs = epochs;
    m_iterations->setEnabled(!epochs);
    m_iterations->setToolTip(epochs ? tr("Mini-batch runs last the epochs set under Optimisation")
                                    : IterationsTip());
}

void HyperparameterPanel::LearningRateTyped(const QString& text) {
    bool ok = false;
    const double lr = text.trimmed().toDouble(&ok);
    try {
        if (!ok)
            throw EngineError(
                tr("learning rate '%1' is not a number: type e.g. 0.0075").arg(text).toStdString());
        CheckLearningRate(lr);
    } catch (const EngineError& e) {
        m_lrEdit->setStyleSheet("border: 2px solid #c62828;");
        m_lrError->setText(QString::fromStdString(e.what()));
        m_lrError->show();
        return;
    }
    m_lrEdit->setStyleSheet({});
    m_lrError->hide();
    m_learningRate = lr;
    ShowLearningRate(lr, false, true);
    emit learningRateChanged(lr);
}

void HyperparameterPanel::SliderMoved(int position) {
    if (SliderPosition(m_learningRate) == position) return;  // set from the text: keep its digits
    m_learningRate = SliderRate(position);
    m_lrEdit->setStyleSheet({});
    m_lrError->hide();
    ShowLearningRate(m_learningRate, true, false);
    emit learningRateChanged(m_learningRate);
}

void HyperparameterPanel::ShowLearningRate(double lr, bool updateText, bool updateSlider) {
    if (updateText) m_lrEdit->setText(QString::number(lr, 'g', 6));
    if (updateSlider) {
        const QSignalBlocker block(m_lrSlider);
        m_lrSlider->setValue(SliderPosition(lr));
    }
}

}  // namespace layerlab
