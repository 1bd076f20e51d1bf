#include "SweepDialog.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ColourScheme.h"
#include "EngineError.h"
#include "EnumNames.h"
#include "ParallelCoordinatesView.h"
#include "SweepResultsModel.h"
#include "SweepRunFilter.h"
#include "experiments/SweepJob.h"
#include "experiments/SweepPlan.h"
#include "persistence/RunSettings.h"

namespace layerlab {

namespace {

// The form's rows, in their order (RetranslateUi names them).
enum Row {
    kLr,
    kHidden,
    kBatch,
    kOptimizers,
    kL2,
    kDropout,
    kInit,
    kSeed,
    kSeeds,
    kSample,
    kSampleSeed,
    kBudget,
    kRows
};

QString Number(double v) {
    return QString::number(v, 'g', 6);
}

QString Hidden(const NetworkSpec& spec) {
    if (spec.sizes.size() <= 2) return QStringLiteral("none");
    QStringList sizes;
    for (size_t l = 1; l + 1 < spec.sizes.size(); ++l) sizes << QString::number(spec.sizes[l]);
    return sizes.join(',');
}

QLineEdit* AxisEdit(QWidget* parent, const char* name) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    return edit;
}

QSpinBox* Spin(QWidget* parent, const char* name, int minimum, int maximum) {
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setGroupSeparatorShown(true);
    return spin;
}

}  // namespace

SweepDialog::SweepDialog(QWidget* parent)
    : QDialog(parent),
      m_job(new SweepJob(this)),
      m_results(new SweepResultsModel(this)),
      m_filter(new SweepRunFilter(this)) {
    setObjectName("sweepDialog");
    setModal(false);
    m_filter->setSourceModel(m_results);

    auto* layout = new QHBoxLayout(this);

    // Left: the sweep to run.
    auto* setup = new QWidget(this);
    setup->setObjectName("sweepSetup");
    setup->setFixedWidth(350);
    auto* left = new QVBoxLayout(setup);
    left->setContentsMargins(0, 0, 0, 0);
    m_dataLabel = new QLabel(setup);
    m_dataLabel->setObjectName("sweepDataLabel");
    m_dataLabel->setWordWrap(true);
    left->addWidget(m_dataLabel);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_lr = AxisEdit(setup, "sweepLr");
    m_hidden = AxisEdit(setup, "sweepHidden");
    m_batch = AxisEdit(setup, "sweepBatchSizes");
    m_optimizers = AxisEdit(setup, "sweepOptimizers");
    m_l2 = AxisEdit(setup, "sweepL2");
    m_dropout = AxisEdit(setup, "sweepDropout");
    m_init = AxisEdit(setup, "sweepInit");
    // QSpinBox is an int: seeds above 2^31 are the command line's.
    m_seed = Spin(setup, "sweepSeed", 0, std::numeric_limits<int>::max());
    m_seeds = Spin(setup, "sweepSeeds", 1, int(SweepPlan::kMaxRuns));
    m_sample = Spin(setup, "sweepSample", 0, int(SweepPlan::kMaxRuns));
    m_sampleSeed = Spin(setup, "sweepSampleSeed", 0, std::numeric_limits<int>::max());
    m_budgetKind = new QComboBox(setup);
    m_budgetKind->setObjectName("sweepBudgetKind");
    m_budgetKind->addItems({QString(), QString()});
    m_budget = Spin(setup, "sweepBudget", 1, 10'000'000);
    auto* budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budget, 1);
    budgetRow->addWidget(m_budgetKind);
    QWidget* const fields[kRows] = {m_lr,    m_hidden,  m_batch,      m_optimizers,
                                    m_l2,    m_dropout, m_init,       m_seed,
                                    m_seeds, m_sample,  m_sampleSeed, m_budget};
    for (int row = 0; row < kRows; ++row) {
        auto* label = new QLabel(setup);
        label->setObjectName(QStringLiteral("sweepLabel%1").arg(row));
        label->setBuddy(fields[row]);
        m_formLabels << label;
        if (row == kBudget)
            form->addRow(label, budgetRow);
        else
            form->addRow(label, fields[row]);
    }
    left->addLayout(form);

    m_count = new QLabel(setup);
    m_count->setObjectName("sweepRunCount");
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    left->addWidget(m_count);
    m_refusalLabel = new QLabel(setup);
    m_refusalLabel->setObjectName("sweepRefusal");
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_refusalLabel);

    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(setup);
    m_start->setObjectName("sweepStart");
    m_start->setDefault(true);
    m_cancel = new QPushButton(setup);
    m_cancel->setObjectName("sweepCancel");
    m_cancel->setAutoDefault(false);
    m_cancel->setEnabled(false);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    left->addLayout(buttons);
    m_progress = new QProgressBar(setup);
    m_progress->setObjectName("sweepProgress");
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    left->addWidget(m_progress);
    m_status = new QLabel(setup);
    m_status->setObjectName("sweepStatus");
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_status);
    left->addStretch(1);
    layout->addWidget(setup);

    // Right: the results.
    auto* right = new QVBoxLayout;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName("sweepTabs");

    m_table = new QTableView(m_tabs);
    m_table->setObjectName("sweepTable");
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    // Rows as tall as their text: a sweep's dozens of runs fit without scrolling.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_table, QString());

    m_scatterPage = new QWidget(m_tabs);
    m_scatterPage->setObjectName("sweepScatterPage");
    auto* scatterLayout = new QVBoxLayout(m_scatterPage);
    auto* axisRow = new QHBoxLayout;
    m_scatterAxisLabel = new QLabel(m_scatterPage);
    m_scatterAxisLabel->setObjectName("sweepScatterAxisLabel");
    m_scatterAxis = new QComboBox(m_scatterPage);
    m_scatterAxis->setObjectName("sweepScatterAxis");
    m_scatterAxisLabel->setBuddy(m_scatterAxis);
    axisRow->addWidget(m_scatterAxisLabel);
    axisRow->addWidget(m_scatterAxis);
    axisRow->addStretch(1);
    scatterLayout->addLayout(axisRow);
    auto* chart = new QChart;
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_scatter = new QScatterSeries(chart);
    m_scatter->setObjectName("sweepScatterSeries");
    m_scatter->setMarkerSize(10);
    m_scatter->setColor(ColourScheme::CurveColour(ColourScheme::Curve::TestAccuracy));
    m_bestPoint = new QScatterSeries(chart);
    m_bestPoint->setObjectName("sweepScatterBest");
    m_bestPoint->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_bestPoint->setMarkerSize(14);
    m_bestPoint->setColor(QColor(68, 1, 84));
    chart->addSeries(m_scatter);
    chart->addSeries(m_bestPoint);
    m_chartView = new QChartView(chart, m_scatterPage);
    m_chartView->setObjectName("sweepScatter");
    m_chartView->setRenderHint(QPainter::Antialiasing);
    scatterLayout->addWidget(m_chartView, 1);
    m_tabs->addTab(m_scatterPage, QString());

    m_parallelPage = new QWidget(m_tabs);
    m_parallelPage->setObjectName("sweepParallelPage");
    auto* parallelLayout = new QVBoxLayout(m_parallelPage);
    m_parallel = new ParallelCoordinatesView(m_parallelPage);
    parallelLayout->addWidget(m_parallel, 1);
    auto* brushRow = new QHBoxLayout;
    m_brushSummary = new QLabel(m_parallelPage);
    m_brushSummary->setObjectName("sweepBrushSummary");
    m_brushSummary->setWordWrap(true);
    m_clearBrush = new QPushButton(m_parallelPage);
    m_clearBrush->setObjectName("sweepClearBrush");
    m_clearBrush->setAutoDefault(false);
    m_clearBrush->setEnabled(false);
    brushRow->addWidget(m_brushSummary, 1);
    brushRow->addWidget(m_clearBrush);
    parallelLayout->addLayout(brushRow);
    m_tabs->addTab(m_parallelPage, QString());
    right->addWidget(m_tabs, 1);

    auto* bestRow = new QHBoxLayout;
    m_best = new QLabel(this);
    m_best->setObjectName("sweepBestRun");
    m_best->setWordWrap(true);
    m_best->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overlay = new QPushButton(this);
    m_overlay->setObjectName("sweepOverlayBest");
    m_overlay->setAutoDefault(false);
    m_overlay->setEnabled(false);
    bestRow->addWidget(m_best, 1);
    bestRow->addWidget(m_overlay);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->setObjectName("sweepButtons");
    m_close = box->button(QDialogButtonBox::Close);
    m_close->setObjectName("sweepClose");
    m_close->setAutoDefault(false);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bestRow->addWidget(box);
    right->addLayout(bestRow);
    layout->addLayout(right, 1);

    for (QLineEdit* edit : {m_lr, m_hidden, m_batch, m_optimizers, m_l2, m_dropout, m_init})
        connect(edit, &QLineEdit::textChanged, this, &SweepDialog::ReadForm);
    for (QSpinBox* spin : {m_seed, m_seeds, m_sample, m_sampleSeed, m_budget})
        connect(spin, &QSpinBox::valueChanged, this, &SweepDialog::ReadForm);
    connect(m_budgetKind, &QComboBox::currentIndexChanged, this, &SweepDialog::ReadForm);
    connect(m_start, &QPushButton::clicked, this, &SweepDialog::Start);
    connect(m_cancel, &QPushButton::clicked, this, &SweepDialog::Cancel);
    connect(m_job, &SweepJob::runFinished, this, &SweepDialog::OnReport);
    connect(m_job, &SweepJob::finished, this, &SweepDialog::OnFinished);
    connect(m_scatterAxis, &QComboBox::currentIndexChanged, this, &SweepDialog::UpdateScatter);
    connect(m_parallel, &ParallelCoordinatesView::brushChanged, this, &SweepDialog::UpdateFilter);
    connect(m_clearBrush, &QPushButton::clicked, m_parallel,
            &ParallelCoordinatesView::ClearBrushes);
    connect(m_overlay, &QPushButton::clicked, this, [this] {
        if (const qint64 id = BestRunId()) emit overlayRequested(id);
    });
    connect(m_scatter, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (!state) return QToolTip::hideText();
        const QString axis = m_scatterAxis->currentData().toString();
        for (int row = 0; row < m_results->rowCount(); ++row)
            if (m_results->Position(row, axis) == point.x() && m_results->Score(row) == point.y()) {
                const SweepRunner::Report& r = m_results->Reports()[size_t(row)];
                QToolTip::showText(QCursor::pos(),
                                   tr("Run %1: %2")
                                       .arg(r.id ? QString::number(r.id) : QStringLiteral("–"),
                                            SweepPlan::Describe(r.job.point, m_results->Axes())),
                                   m_chartView);
                return;
            }
    });
    connect(ColourScheme::Notifier(), &ColourScheme::changed, this, &SweepDialog::RetranslateUi);

    RetranslateUi();
    SetSubject(nullptr, {}, {});
    // Room for a form, a table of a dozen columns and the charts; inside a 1280 × 720 screen.
    resize(1200, 660);
}

SweepDialog::~SweepDialog() = default;

void SweepDialog::SetSubject(std::shared_ptr<const DataSplit> split,
                             const QJsonObject& currentSettings, const QString& runsDatabase) {
    m_data = std::move(split);
    m_database = runsDatabase;
    if (IsRunning()) return;
    // The window's current run, each axis its one value: the sweep starts from what is there.
    RunSetup setup;
    try {
        if (!currentSettings.isEmpty()) setup = RunSettings::Read(currentSettings);
    } catch (const EngineError&) {
        setup = RunSetup{};  // the train command's defaults, then
    }
    const TrainOptions& o = setup.options.train;
    m_base = o;
    m_shared = {};
    if (currentSettings.value("standardise").toBool()) m_shared["standardise"] = true;
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_lr),         QSignalBlocker(m_hidden),     QSignalBlocker(m_batch),
        QSignalBlocker(m_optimizers), QSignalBlocker(m_l2),         QSignalBlocker(m_dropout),
        QSignalBlocker(m_init),       QSignalBlocker(m_seed),       QSignalBlocker(m_seeds),
        QSignalBlocker(m_sample),     QSignalBlocker(m_sampleSeed), QSignalBlocker(m_budget),
        QSignalBlocker(m_budgetKind)};
    m_lr->setText(Number(o.learningRate));
    m_hidden->setText(setup.spec.sizes.empty() ? QStringLiteral("20,7,5") : Hidden(setup.spec));
    m_batch->setText(QString::number(o.batchSize));
    m_optimizers->setText(QString::fromStdString(ToString(o.optimizer)));
    m_l2->setText(Number(o.l2));
    m_dropout->setText(Number(o.keepProbabilities.empty() ? 1.0 : o.keepProbabilities.front()));
    m_init->setText(QString::fromStdString(ToString(setup.initializer)));
    m_seed->setValue(int(std::min<std::uint64_t>(o.seed, std::numeric_limits<int>::max())));
    m_seeds->setValue(1);
    m_sample->setValue(0);
    m_sampleSeed->setValue(1);
    const bool epochs = setup.options.epochs > 0;
    m_budgetKind->setCurrentIndex(epochs ? 1 : 0);
    m_budget->setValue(int(std::clamp<size_t>(
        epochs ? setup.options.epochs : setup.options.iterations, 1, size_t(m_budget->maximum()))));
    RetranslateUi();
    ReadForm();
}

void SweepDialog::ReadForm() {
    m_jobs.clear();
    m_axes.clear();
    m_plannedRuns = -1;
    m_refusal.clear();
    try {
        if (!m_data)
            throw EngineError(tr("there is no data set to sweep: open one first").toStdString());
        SweepPlan plan;
        plan.learningRates = SweepPlan::ParseLearningRates(m_lr->text());
        plan.hidden = SweepPlan::ParseHidden(m_hidden->text());
        plan.batchSizes = SweepPlan::ParseBatchSizes(m_batch->text());
        plan.optimizers = SweepPlan::ParseOptimizers(m_optimizers->text());
        plan.l2 = SweepPlan::ParseL2(m_l2->text());
        plan.keepProbabilities = SweepPlan::ParseKeepProbabilities(m_dropout->text());
        plan.initializers = SweepPlan::ParseInitializers(m_init->text());
        plan.seeds =
            SweepPlan::Seeds(std::uint64_t(m_seed->value()), std::uint64_t(m_seeds->value()));
        plan.base = m_base;
        plan.sample = std::uint64_t(m_sample->value());
        plan.sampleSeed = std::uint64_t(m_sampleSeed->value());
        const std::vector<SweepPoint> points = plan.Expand();
        const bool epochs = m_budgetKind->currentIndex() == 1;
        const std::uint64_t budget = std::uint64_t(m_budget->value());
        QJsonObject shared = m_shared;
        shared[epochs ? "epochs" : "iterations"] = qint64(budget);
        // The command line's budget rule: epochs × the run's mini-batches per epoch.
        m_jobs = SweepRunner::Jobs(
            points, *m_data,
            [epochs, budget](std::uint64_t stepsPerEpoch) {
                return epochs ? budget * stepsPerEpoch : budget;
            },
            shared);
        m_axes = plan.VaryingAxes();
        m_plannedRuns = int(m_jobs.size());
    } catch (const EngineError& e) {
        m_jobs.clear();
        m_refusal = QString::fromUtf8(e.what());
    }
    RetranslateUi();
}

bool SweepDialog::IsRunning() const {
    return m_job->IsRunning();
}

qint64 SweepDialog::BestRunId() const {
    const int best = m_results->Best();
    return best < 0 ? 0 : m_results->Reports()[size_t(best)].id;
}

bool SweepDialog::Start() {
    if (IsRunning() || m_jobs.empty() || !m_data) return false;
    m_results->Reset(m_axes, m_data->test.Count() > 0, m_jobs);
    m_total = m_jobs.size();
    m_cancelled = m_ended = false;
    m_recordError.clear();
    if (!m_job->Start(m_data, m_jobs, m_database)) return false;
    // The scatter's axes: the swept settings, the learning rate first when it is swept.
    {
        const QSignalBlocker blocker(m_scatterAxis);
        m_scatterAxis->clear();
        for (const QString& axis : m_axes)
            m_scatterAxis->addItem(SweepResultsModel::AxisTitle(axis), axis);
        const int lr = m_scatterAxis->findData(QStringLiteral("lr"));
        m_scatterAxis->setCurrentIndex(std::max(lr, 0));
    }
    m_table->sortByColumn(m_results->HasTest() ? m_results->TestColumn() : m_results->CostColumn(),
                          m_results->HasTest() ? Qt::DescendingOrder : Qt::AscendingOrder);
    SetRunning(true);
    UpdateResults();
    return true;
}

void SweepDialog::Cancel() {
    if (!IsRunning()) return;
    m_cancelled = true;
    m_job->Cancel();
    m_cancel->setEnabled(false);
    RetranslateUi();
}

void SweepDialog::SetRunning(bool running) {
    m_start->setEnabled(!running && m_plannedRuns > 0);
    m_cancel->setEnabled(running);
    for (QWidget* w : std::initializer_list<QWidget*>{m_lr, m_hidden, m_batch, m_optimizers, m_l2,
                                                      m_dropout, m_init, m_seed, m_seeds, m_sample,
                                                      m_sampleSeed, m_budget, m_budgetKind})
        w->setEnabled(!running);
    RetranslateUi();
}

void SweepDialog::OnReport(const SweepRunner::Report& report) {
    m_results->Add(report);
    if (!report.recordError.isEmpty() && m_recordError.isEmpty())
        m_recordError = report.recordError;
    if (report.id) emit runRecorded(report.id);
    UpdateResults();
}

void SweepDialog::OnFinished(bool cancelled) {
    m_cancelled = cancelled;
    m_ended = true;
    SetRunning(false);
    ReadForm();
    m_table->scrollToTop();
    emit sweepEnded(cancelled);
}

void SweepDialog::UpdateResults() {
    std::vector<ParallelCoordinatesView::Axis> axes;
    for (const QString& axis : m_results->Axes())
        axes.push_back({SweepResultsModel::AxisTitle(axis), m_results->Categories(axis),
                        axis == QLatin1String("lr")});
    axes.push_back({m_results->ScoreTitle(), {}, false});
    std::vector<std::vector<double>> runs;
    for (int row = 0; row < m_results->rowCount(); ++row) {
        std::vector<double> values;
        for (const QString& axis : m_results->Axes())
            values.push_back(m_results->Position(row, axis));
        values.push_back(m_results->Score(row));
        runs.push_back(std::move(values));
    }
    m_parallel->SetData(std::move(axes), std::move(runs), m_results->HasTest());
    UpdateScatter();
    UpdateBest();
    RetranslateUi();
}

void SweepDialog::UpdateScatter() {
    QChart* chart = m_chartView->chart();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_scatter->clear();
    m_bestPoint->clear();
    const QString axis = m_scatterAxis->currentData().toString();
    const int best = m_results->Best();
    double xLow = INFINITY, xHigh = -INFINITY, yLow = INFINITY, yHigh = -INFINITY;
    for (int row = 0; row < m_results->rowCount(); ++row) {
        const double x = axis.isEmpty() ? row : m_results->Position(row, axis);
        const double y = m_results->Score(row);
        if (!std::isfinite(y)) continue;
        m_scatter->append(x, y);
        if (row == best) m_bestPoint->append(x, y);
        xLow = std::min(xLow, x), xHigh = std::max(xHigh, x);
        yLow = std::min(yLow, y), yHigh = std::max(yHigh, y);
    }
    if (!std::isfinite(xLow)) xLow = 0, xHigh = 1, yLow = 0, yHigh = 1;

    QAbstractAxis* x = nullptr;
    const QStringList categories = axis.isEmpty() ? QStringList() : m_results->Categories(axis);
    if (axis == QLatin1String("lr")) {
        auto* log = new QLogValueAxis;
        log->setBase(10);
        log->setLabelFormat("%g");
        log->setMinorTickCount(-1);
        log->setRange(xLow / 1.5, xHigh * 1.5);
        x = log;
    } else if (!categories.isEmpty()) {
        auto* category = new QCategoryAxis;
        category->setStartValue(-0.5);
        for (int i = 0; i < categories.size(); ++i) category->append(categories[i], i + 0.5);
        category->setRange(-0.5, categories.size() - 0.5);
        x = category;
    } else {
        auto* value = new QValueAxis;
        const double pad = xLow == xHigh ? 0.5 : 0.05 * (xHigh - xLow);
        value->setRange(xLow - pad, xHigh + pad);
        value->setLabelFormat("%g");
        x = value;
    }
    x->setTitleText(axis.isEmpty() ? tr("Run") : SweepResultsModel::AxisTitle(axis));
    auto* y = new QValueAxis;
    const double pad = yLow == yHigh ? (m_results->HasTest() ? 5 : 0.05) : 0.08 * (yHigh - yLow);
    if (m_results->HasTest()) {
        // Accuracy on steps of 10 % up to 100 %, with room above it for the top markers.
        y->setRange(std::max(0.0, 10 * std::floor((yLow - pad) / 10)), 102);
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(10);
    } else {
        y->setRange(yLow - pad, yHigh + pad);
        y->applyNiceNumbers();
    }
    y->setLabelFormat("%g");
    y->setTitleText(m_results->ScoreTitle());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries* series : {m_scatter, m_bestPoint}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void SweepDialog::UpdateFilter() {
    if (m_parallel->HasBrush()) {
        QSet<int> rows;
        for (int run : m_parallel->BrushedRuns()) rows.insert(run);
        m_filter->ShowOnly(rows);
    } else {
        m_filter->ShowAll();
    }
    m_clearBrush->setEnabled(m_parallel->HasBrush());
    m_brushSummary->setText(m_parallel->BrushSummary());
}

void SweepDialog::UpdateBest() {
    m_overlay->setEnabled(BestRunId() != 0);
}

QString SweepDialog::ProgressText() const {
    return tr("%1 of %2 runs").arg(m_results->rowCount()).arg(m_total);
}

void SweepDialog::RetranslateUi() {
    setWindowTitle(tr("Sweep"));
    setAccessibleName(tr("Sweep"));
    setAccessibleDescription(
        tr("Trains a grid of runs side by side and compares them: a table, a scatter and "
           "parallel coordinates of the results."));
    if (m_data)
        m_dataLabel->setText(
            tr("Data set %1: %2 training examples of %3 features, %4 test examples. Each axis "
               "takes what layerlab sweep takes.")
                .arg(QString::fromStdString(m_data->train.source))
                .arg(m_data->train.Count())
                .arg(m_data->train.Features())
                .arg(m_data->test.Count()));
    else
        m_dataLabel->setText(tr("No data set is open."));
    m_dataLabel->setAccessibleName(tr("Data set of the sweep"));

    struct Text {
        QString label, accessible, tip;
    };
    const Text texts[kRows] = {
        {tr("&Learning rates:"), tr("Learning rates"),
         tr("A list 0.01,0.03, or FROM:TO:logN for N rates evenly spaced on a log scale, e.g. "
            "0.001:0.1:log5")},
        {tr("&Hidden layers:"), tr("Hidden layers"),
         tr("Each network's hidden layer sizes, networks apart with |, e.g. 20,7,5|50|100,50 "
            "(none: no hidden layer)")},
        {tr("&Batch sizes:"), tr("Batch sizes"), tr("e.g. 32,64 (0: the full batch)")},
        {tr("&Optimisers:"), tr("Optimisers"), tr("gd, momentum, rmsprop, adam, e.g. gd,adam")},
        {tr("L&2 λ:"), tr("L2 λ values"), tr("λ values ≥ 0, e.g. 0,0.1,0.7")},
        {tr("&Dropout keep:"), tr("Dropout keep probabilities"),
         tr("Keep probabilities of every hidden layer, e.g. 1,0.8 (1: no dropout)")},
        {tr("&Initialisers:"), tr("Initialisers"), tr("notebook, small, he, xavier")},
        {tr("First s&eed:"), tr("First seed"), tr("The seed of each setting's first run")},
        {tr("Runs per setti&ng:"), tr("Runs per setting"),
         tr("Each setting with seeds first, first + 1, …: the run-to-run spread")},
        {tr("Sa&mple:"), tr("Sample size"),
         tr("Train this many settings drawn at random from the grid instead of all of it")},
        {tr("Dra&w seed:"), tr("Seed of the sample's draw"), tr("The seed of the sample's draw")},
        {tr("Train &for:"), tr("Training budget"),
         tr("How long each run trains: iterations, or epochs over the training set")},
    };
    QWidget* const fields[kRows] = {m_lr,    m_hidden,  m_batch,      m_optimizers,
                                    m_l2,    m_dropout, m_init,       m_seed,
                                    m_seeds, m_sample,  m_sampleSeed, m_budget};
    for (int row = 0; row < kRows; ++row) {
        m_formLabels[row]->setText(texts[row].label);
        fields[row]->setAccessibleName(texts[row].accessible);
        fields[row]->setToolTip(texts[row].tip);
    }
    m_sample->setSpecialValueText(tr("all of the grid"));
    m_budgetKind->setItemText(0, tr("iterations"));
    m_budgetKind->setItemText(1, tr("epochs"));
    m_budgetKind->setAccessibleName(tr("What the budget counts"));
    m_budgetKind->setToolTip(tr("Iterations, or epochs (passes over the training set)"));

    if (m_plannedRuns >= 0) {
        // Not a %n plural: those need layerlab_en.ts, and a sweep says only "1 run" or "N runs".
        m_count->setText(m_plannedRuns == 1 ? tr("1 run") : tr("%1 runs").arg(m_plannedRuns));
        m_refusalLabel->clear();
        m_refusalLabel->setVisible(false);
    } else {
        m_count->setText(tr("No runs"));
        m_refusalLabel->setText(m_refusal);
        m_refusalLabel->setVisible(true);
    }
    m_refusalLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(ColourScheme::WrongText().name()));
    m_count->setAccessibleName(tr("Runs in the sweep"));
    m_refusalLabel->setAccessibleName(tr("Why the sweep is refused"));
    m_start->setEnabled(!IsRunning() && m_plannedRuns > 0);

    m_start->setText(tr("&Start"));
    m_start->setAccessibleName(tr("Start the sweep"));
    m_start->setToolTip(tr("Train every run of the sweep, one per core (Enter)"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the sweep"));
    m_cancel->setToolTip(
        tr("No run starts any more; the running ones stop and are recorded as stopped"));
    m_progress->setRange(0, int(std::max<size_t>(m_total, 1)));
    m_progress->setValue(m_results->rowCount());
    m_progress->setFormat(ProgressText());
    m_progress->setAccessibleName(tr("Sweep progress"));
    m_status->setAccessibleName(tr("Sweep status"));

    QString status;
    if (IsRunning())
        status = m_cancelled ? tr("Cancelling: the running runs stop at their next iteration…")
                             : tr("Running %1.").arg(ProgressText());
    else if (m_ended && m_cancelled)
        status = tr("Cancelled: %1 of %2 runs ended, %3 never started. The runs that ended are "
                    "recorded.")
                     .arg(m_results->rowCount())
                     .arg(m_total)
                     .arg(m_total - size_t(m_results->rowCount()));
    else if (m_ended)
        status = tr("Finished: %1 runs.").arg(m_results->rowCount());
    if (!m_recordError.isEmpty())
        status += ' ' + tr("The runs were not recorded: %1").arg(m_recordError);
    m_status->setText(status);

    m_tabs->setTabText(0, tr("&Table"));
    m_tabs->setTabText(1, tr("Scatte&r"));
    m_tabs->setTabText(2, tr("&Parallel coordinates"));
    m_tabs->setAccessibleName(tr("Sweep results"));
    m_table->setAccessibleName(tr("Sweep runs"));
    m_table->setToolTip(tr("One row per finished run; click a header to sort"));
    m_scatterAxisLabel->setText(tr("&X axis:"));
    m_scatterAxis->setAccessibleName(tr("Setting on the scatter's x axis"));
    m_scatterAxis->setToolTip(tr("The swept setting to plot the result against"));
    m_chartView->setAccessibleName(tr("Result against a setting"));
    m_chartView->setAccessibleDescription(
        tr("One point per finished run: its result against the chosen setting; the square is "
           "the best run."));
    m_chartView->chart()->setTitle(tr("%1 against a swept setting").arg(m_results->ScoreTitle()));
    m_scatter->setName(tr("Runs"));
    m_bestPoint->setName(tr("Best run"));
    m_parallel->setAccessibleName(tr("Parallel coordinates"));
    m_parallel->setAccessibleDescription(
        tr("One vertical axis per swept setting and a last one for the result; each line is a "
           "run, darker for a better result. Drag along an axis to select a range of runs; the "
           "table shows only those. Escape, Delete or a double-click clears the selection; Left "
           "and Right move between axes."));
    m_parallel->setToolTip(
        tr("Drag along an axis to select runs; a double-click or Escape clears"));
    m_brushSummary->setText(m_parallel->BrushSummary());
    m_brushSummary->setAccessibleName(tr("Selected runs"));
    m_clearBrush->setText(tr("Cle&ar selection"));
    m_clearBrush->setAccessibleName(tr("Clear the selection"));
    m_clearBrush->setToolTip(tr("Show every run again (Escape)"));

    const int best = m_results->Best();
    if (best >= 0) {
        const SweepRunner::Report& r = m_results->Reports()[size_t(best)];
        const QString settings = SweepPlan::Describe(r.job.point, m_results->Axes());
        const QString result =
            m_results->HasTest()
                ? tr("test accuracy %1 %").arg(100 * r.record.testAccuracy, 0, 'f', 1)
                : tr("final cost %1").arg(r.record.finalCost, 0, 'g', 6);
        m_best->setText(r.id ? tr("Best: run %1, %2: %3").arg(r.id).arg(settings, result)
                             : tr("Best: %1: %2 (not recorded)").arg(settings, result));
    } else {
        m_best->setText(QString());
    }
    m_best->setAccessibleName(tr("Best run"));
    m_overlay->setText(tr("O&verlay the best run"));
    m_overlay->setAccessibleName(tr("Overlay the best run"));
    m_overlay->setToolTip(
        tr("Tick the best run in the Runs panel and draw its curves on the chart"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close the dialog; a running sweep goes on (Esc)"));
}

void SweepDialog::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

}  // namespace layerlab
