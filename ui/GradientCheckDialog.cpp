#include "GradientCheckDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ColourScheme.h"
#include "inspect/GradientCheckJob.h"
#include "inspect/GradientCheckPlan.h"

namespace layerlab {

namespace {

enum Column { kTensor, kShape, kChecked, kDifference, kVerdict, kColumns };

// The relative difference as the command line prints it: 3 significant digits, so 1e-7 and 1e-5
// are easy to compare against.
QString Scientific(double difference) {
    return QString::number(difference, 'e', 2);
}

QString Mark(GradientVerdict verdict) {
    switch (verdict) {
        case GradientVerdict::Good:
            return ColourScheme::RightMark();
        case GradientVerdict::Acceptable:
            return QStringLiteral("⚠");
        case GradientVerdict::Suspicious:
            break;
    }
    return ColourScheme::WrongMark();
}

}  // namespace

GradientCheckDialog::GradientCheckDialog(QWidget* parent)
    : QDialog(parent), m_job(new GradientCheckJob(this)) {
    setObjectName("gradientCheckDialog");
    setModal(false);
    auto* layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setObjectName("gradientCheckIntro");
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* runRow = new QHBoxLayout;
    m_run = new QPushButton(this);
    m_run->setObjectName("gradientCheckRun");
    // Enter runs the check wherever the focus is; Esc closes (QDialog's own).
    m_run->setDefault(true);
    runRow->addWidget(m_run);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName("gradientCheckBusy");
    m_busy->setRange(0, 0);  // no steps to count: GradientCheckLayers reports none
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    runRow->addWidget(m_busy);
    m_status = new QLabel(this);
    m_status->setObjectName("gradientCheckStatus");
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runRow->addWidget(m_status, 1);
    layout->addLayout(runRow);

    m_table = new QTableWidget(0, kColumns, this);
    m_table->setObjectName("gradientCheckTable");
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(200);
    layout->addWidget(m_table, 1);

    m_formula = new QLabel(this);
    m_formula->setObjectName("gradientCheckFormula");
    m_formula->setWordWrap(true);
    layout->addWidget(m_formula);
    m_overall = new QLabel(this);
    m_overall->setObjectName("gradientCheckOverall");
    m_overall->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_overall->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_overall->setFont(big);
    layout->addWidget(m_overall);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName("gradientCheckVerdict");
    m_verdict->setWordWrap(true);
    big.setBold(true);
    m_verdict->setFont(big);
    layout->addWidget(m_verdict);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName("gradientCheckButtons");
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName("gradientCheckClose");
    // Enter stays with the check even when Close has the focus.
    m_close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_run, &QPushButton::clicked, this, &GradientCheckDialog::Run);
    connect(m_job, &GradientCheckJob::finished, this, &GradientCheckDialog::ShowReport);
    connect(m_job, &GradientCheckJob::failed, this, &GradientCheckDialog::ShowFailure);
    // The verdict's colour follows View ▸ Colour-blind-safe colours.
    connect(ColourScheme::Notifier(), &ColourScheme::changed, this, [this] {
        if (m_checking) RetranslateUi();
    });
    RetranslateUi();
    // Room for the course network's 8 rows; well inside a 1280 × 720 screen.
    resize(760, 540);
}

GradientCheckDialog::~GradientCheckDialog() = default;

void GradientCheckDialog::SetSubject(std::shared_ptr<const Parameters> parameters,
                                     std::shared_ptr<const DataSplit> split) {
    m_parameters = std::move(parameters);
    m_data = std::move(split);
}

bool GradientCheckDialog::IsRunning() const {
    return m_job->IsRunning();
}

void GradientCheckDialog::Run() {
    if (!m_job->Start(m_parameters, m_data)) return;
    m_checking = m_parameters;
    m_report.reset();
    SetBusy(true);
    m_status->setStyleSheet({});
    m_status->setText(tr("Checking…"));
    m_table->setRowCount(0);
    m_overall->clear();
    m_verdict->clear();
}

void GradientCheckDialog::SetBusy(bool busy) {
    m_busy->setVisible(busy);
    m_run->setEnabled(!busy);
}

void GradientCheckDialog::ShowReport(const GradientCheckReport& report, quint64 examples,
                                     quint64 checked, quint64 total, double seconds) {
    SetBusy(false);
    m_report = report;
    m_examples = examples;
    m_checkedCount = checked;
    m_total = total;
    m_seconds = seconds;
    RetranslateUi();
    emit checkEnded();
}

void GradientCheckDialog::ShowFailure(const QString& message) {
    SetBusy(false);
    m_checking.reset();
    m_report.reset();
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(ColourScheme::WrongText().name()));
    emit checkEnded();
}

QString GradientCheckDialog::VerdictWord(GradientVerdict verdict) const {
    switch (verdict) {
        case GradientVerdict::Good:
            return tr("Good");
        case GradientVerdict::Acceptable:
            return tr("Acceptable");
        case GradientVerdict::Suspicious:
            break;
    }
    return tr("Suspicious");
}

QString GradientCheckDialog::VerdictText(GradientVerdict verdict) const {
    switch (verdict) {
        case GradientVerdict::Good:
            return tr("Good: below 10⁻⁷ — backpropagation agrees with central differences");
        case GradientVerdict::Acceptable:
            return tr(
                "Acceptable: between 10⁻⁷ and 10⁻⁵ — probably right; a ReLU kink near a checked "
                "weight can cause this, so look at the layer with the largest difference");
        case GradientVerdict::Suspicious:
            break;
    }
    return tr(
        "Suspicious: above 10⁻⁵ — backpropagation very likely has a bug; look first at the "
        "layer nearest the output with a large difference");
}

QColor GradientCheckDialog::VerdictColour(GradientVerdict verdict) {
    switch (verdict) {
        case GradientVerdict::Good:
            return ColourScheme::RightText();
        case GradientVerdict::Acceptable:
            return ColourScheme::CautionText();
        case GradientVerdict::Suspicious:
            break;
    }
    return ColourScheme::WrongText();
}

void GradientCheckDialog::RetranslateUi() {
    setWindowTitle(tr("Gradient check"));
    setAccessibleName(tr("Gradient check"));
    m_intro->setText(
        tr("Compares backpropagation's gradients dW[l] and db[l] with central differences "
           "(J(θ + ε) − J(θ − ε)) / 2ε, ε = 10⁻⁷, on the first %1 training examples, at most %2 "
           "elements of each W[l] and b[l]: the same check as layerlab gradcheck.")
            .arg(GradientCheckPlan::kDefaultExamples)
            .arg(GradientCheckPlan::kDefaultSample));
    m_intro->setAccessibleName(tr("What the gradient check does"));
    m_run->setText(tr("Check gradients"));
    m_run->setAccessibleName(tr("Check gradients"));
    m_run->setToolTip(tr("Run the gradient check on the current network (Enter)"));
    m_busy->setAccessibleName(tr("Gradient check running"));
    m_status->setAccessibleName(tr("Gradient check status"));
    m_table->setAccessibleName(tr("Relative difference per layer"));
    m_table->setHorizontalHeaderLabels(
        {tr("Parameter"), tr("Shape"), tr("Checked"), tr("Relative difference"), tr("Verdict")});
    m_formula->setText(
        tr("Overall difference ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂) over every "
           "checked parameter:"));
    m_formula->setAccessibleName(tr("Overall difference formula"));
    m_overall->setAccessibleName(tr("Overall difference"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    if (!m_report || !m_checking) return;

    const GradientCheckReport& report = *m_report;
    const NetworkSpec& spec = m_checking->spec;
    m_status->setText(tr("Checked %1 of %2 parameters on the first %3 training examples in %4 s.")
                          .arg(m_checkedCount)
                          .arg(m_total)
                          .arg(m_examples)
                          .arg(m_seconds, 0, 'f', 3));
    m_table->setRowCount(int(2 * report.layers.size()));
    int row = 0;
    const auto addRow = [&](const QString& tensor, arma::uword rows, arma::uword cols,
                            const GradientCheckPart& part) {
        const GradientVerdict verdict = VerdictOf(part.difference);
        const auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(column == kTensor ? Qt::AlignLeft | Qt::AlignVCenter
                                                     : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
            return item;
        };
        set(kTensor, tensor);
        set(kShape, QStringLiteral("%1 × %2").arg(rows).arg(cols));
        set(kChecked, tr("%1 of %2").arg(part.checked).arg(part.total));
        set(kDifference, Scientific(part.difference))->setData(Qt::UserRole, part.difference);
        QTableWidgetItem* item =
            set(kVerdict, QStringLiteral("%1 %2").arg(Mark(verdict), VerdictWord(verdict)));
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        item->setForeground(VerdictColour(verdict));
        ++row;
    };
    for (const GradientCheckLayer& layer : report.layers) {
        const size_t l = layer.layer;
        addRow(QStringLiteral("W[%1]").arg(l), spec.sizes[l], spec.sizes[l - 1], layer.W);
        addRow(QStringLiteral("b[%1]").arg(l), spec.sizes[l], 1, layer.b);
    }
    m_overall->setText(Scientific(report.difference));
    const GradientVerdict verdict = VerdictOf(report.difference);
    m_verdict->setText(QStringLiteral("%1 %2").arg(Mark(verdict), VerdictText(verdict)));
    m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(VerdictColour(verdict).name()));
}

void GradientCheckDialog::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

}  // namespace layerlab
