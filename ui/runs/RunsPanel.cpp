#include "RunsPanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

#include "CostChartView.h"
#include "RunsTableModel.h"
#include "persistence/RunComparison.h"
#include "persistence/RunDatabase.h"
#include "persistence/RunSettings.h"

namespace layerlab {

RunsPanel::RunsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("runsPanel");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_status = new QLabel(this);
    m_status->setObjectName("runsStatus");
    m_status->setWordWrap(true);
    // The table scrolls sideways rather than widen the dock past the left column.
    m_status->setMinimumWidth(200);
    layout->addWidget(m_status);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName("runsFilter");
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new RunsTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunsTableModel::kSortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);  // any column: a setting's value, the state, the note
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(this);
    m_table->setObjectName("runsTable");
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunsTableModel::Id, Qt::DescendingOrder);  // the newest on top
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    // Space ticks the current run whichever cell has the focus, as the table's description says.
    m_table->installEventFilter(this);

    // Two rows, so the panel fits the left column of a 1280×720 window beside the chart.
    auto* buttons = new QHBoxLayout;
    auto* more = new QHBoxLayout;
    m_rerun = new QPushButton(this);
    m_rerun->setObjectName("rerunButton");
    m_sameWeights = new QCheckBox(this);
    m_sameWeights->setObjectName("sameWeightsCheck");
    m_sameWeights->setChecked(true);
    m_branch = new QPushButton(this);
    m_branch->setObjectName("branchButton");
    m_delete = new QPushButton(this);
    m_delete->setObjectName("deleteRunButton");
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_sameWeights);
    buttons->addStretch(1);
    more->addWidget(m_branch);
    more->addStretch(1);
    more->addWidget(m_delete);
    layout->addLayout(buttons);
    layout->addLayout(more);

    connect(m_model, &RunsTableModel::overlaidChanged, this, &RunsPanel::overlaysChanged);
    connect(m_model, &RunsTableModel::noteEdited, this, &RunsPanel::noteChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RunsPanel::UpdateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RunsPanel::UpdateButtons);
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        if (const RunRecord* run = CurrentRun())
            emit rerunRequested(*run, m_sameWeights->isChecked());
    });
    connect(m_branch, &QPushButton::clicked, this, [this] {
        const RunRecord* run = CurrentRun();
        if (!run) return;
        if (const std::optional<RunRecord> full = FullRun(run->id); full && !full->weights.empty())
            emit branchRequested(*full);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const RunRecord* run = CurrentRun();
        if (!run) return;
        const qint64 id = run->id;
        if (QMessageBox::question(this, tr("Delete run %1").arg(id),
                                  tr("Forget run %1, its curves and weights? This cannot be "
                                     "undone.")
                                      .arg(id)) != QMessageBox::Yes)
            return;
        m_full.remove(id);
        emit deleteRequested(id);
    });
    RetranslateUi();
    UpdateButtons();
}

RunsPanel::~RunsPanel() = default;

bool RunsPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space) {  // a note's editor has its own
        if (const RunRecord* run = CurrentRun()) {
            m_model->SetOverlaid(run->id, !m_model->Overlaid().contains(run->id));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RunsPanel::SetDatabase(const QString& path) {
    if (path == m_path) return;
    m_path = path;
    m_db.reset();
    m_full.clear();
    m_problem.clear();
    Refresh();
}

void RunsPanel::SetDataSet(const QString& source, size_t trainCount) {
    m_source = source;
    m_trainCount = trainCount;
    Refresh();
}

void RunsPanel::SetHistoryOff(const QString& message) {
    m_off = message;
    m_db.reset();
    m_model->SetRuns({});
    ShowStatus();
}

bool RunsPanel::Open() {
    if (m_db) return true;
    if (m_path.isEmpty() || !m_off.isEmpty()) return false;
    // Reading must not make a database where none is yet: the first run will.
    if (!QFileInfo::exists(m_path)) return false;
    try {
        m_db = std::make_unique<RunDatabase>(m_path);
        m_problem.clear();
        return true;
    } catch (const std::exception& e) {
        m_problem = QString::fromUtf8(e.what());
        return false;
    }
}

void RunsPanel::Refresh() {
    QList<RunRecord> runs;
    if (!m_source.isEmpty() && Open()) {
        try {
            runs = m_db->List(m_source);
        } catch (const std::exception& e) {
            m_problem = QString::fromUtf8(e.what());
            m_db.reset();
        }
    }
    const qint64 current = CurrentRun() ? CurrentRun()->id : 0;
    m_model->SetRuns(std::move(runs));
    if (current) SelectRun(current);
    ShowStatus();
    UpdateButtons();
}

const RunRecord* RunsPanel::CurrentRun() const {
    const QModelIndex at = m_table->currentIndex();
    return at.isValid() ? m_model->RunAt(m_proxy->mapToSource(at).row()) : nullptr;
}

void RunsPanel::SelectRun(qint64 id) {
    const int row = m_model->RowOf(id);
    if (row < 0) return;
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, RunsTableModel::Id)));
}

std::optional<RunRecord> RunsPanel::FullRun(qint64 id) {
    if (const auto it = m_full.constFind(id); it != m_full.constEnd()) return *it;
    if (!Open()) return std::nullopt;
    try {
        std::optional<RunRecord> run = m_db->Get(id);
        if (run) m_full.insert(id, *run);
        return run;
    } catch (const std::exception& e) {
        m_problem = QString::fromUtf8(e.what());
        ShowStatus();
        return std::nullopt;
    }
}

std::vector<ChartOverlay> RunsPanel::Overlays() {
    QList<RunRecord> runs;
    for (qint64 id : m_model->Overlaid())
        if (std::optional<RunRecord> run = FullRun(id)) runs << *run;
    return OverlaysOf(runs, m_trainCount);
}

std::vector<ChartOverlay> RunsPanel::OverlaysOf(const QList<RunRecord>& runs, size_t trainCount) {
    std::vector<ChartOverlay> overlays;
    if (runs.isEmpty()) return overlays;
    const QStringList keys = RunComparison::DifferingKeys(runs);
    for (const RunRecord& run : runs) {
        ChartOverlay o;
        // A lesson's runs come from a file: their note is what the teacher called them.
        o.name = run.id == 0 && !run.note.isEmpty() ? run.note
                                                    : RunComparison::Label(run, runs.front(), keys);
        o.colour = CostChartView::OverlayColour(overlays.size());
        QVector<QPointF> cost;
        cost.reserve(qsizetype(run.costs.size()));
        // The history's x: cost i is that of the weights after i iterations.
        for (size_t i = 0; i < run.costs.size(); ++i) cost.append(QPointF(double(i), run.costs[i]));
        o.cost.Append(cost);
        for (const EvaluationPoint& e : run.evaluations)
            if (std::isfinite(e.testAccuracy))
                o.testAccuracy.Append(QPointF(e.iteration, 100 * e.testAccuracy));
        try {
            if (trainCount > 0)
                o.stepsPerEpoch =
                    RunSettings::Read(run.settings).options.train.StepsPerEpoch(trainCount);
        } catch (const std::exception&) {
            o.stepsPerEpoch = 1;  // settings this LayerLab cannot read: drawn in iterations
        }
        overlays.push_back(std::move(o));
    }
    return overlays;
}

void RunsPanel::UpdateButtons() {
    const RunRecord* run = CurrentRun();
    m_rerun->setEnabled(run != nullptr);
    m_sameWeights->setEnabled(run != nullptr);
    m_branch->setEnabled(run && run->hasWeights);
    m_delete->setEnabled(run != nullptr);
    m_branch->setToolTip(run && !run->hasWeights
                             ? tr("Run %1 kept no final weights (a diverged run, or a network "
                                  "over a million parameters): re-run it instead")
                                   .arg(run->id)
                             : tr("Train on from this run's final weights with the settings in "
                                  "the editor; the new run remembers which run it came from"));
}

void RunsPanel::ShowStatus() {
    QString text;
    if (!m_off.isEmpty())
        text = m_off;
    else if (!m_problem.isEmpty())
        text = tr("The run history cannot be read: %1").arg(m_problem);
    else if (m_source.isEmpty())
        text = tr("Open a data set to see its runs.");
    else if (m_model->rowCount() == 0)
        text = tr("No runs on this data set yet: press F5 to train one. Every run is kept here.");
    else
        text = tr("%n run(s) on this data set. Tick runs to overlay them on the chart.", "",
                  m_model->rowCount());
    m_status->setText(text);
}

void RunsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
    QWidget::changeEvent(event);
}

void RunsPanel::RetranslateUi() {
    m_filter->setPlaceholderText(tr("Filter runs: a setting's value, a state, a note…"));
    m_filter->setAccessibleName(tr("Filter runs"));
    m_table->setAccessibleName(tr("Recorded runs"));
    m_table->setAccessibleDescription(
        tr("One row per run on this data set: the settings that differ, how it ended, its "
           "accuracies, cost, time and note. Space ticks the run to overlay it on the chart."));
    m_rerun->setText(tr("Re-r&un"));
    m_rerun->setToolTip(tr("Put this run's network and settings back in the editor"));
    m_sameWeights->setText(tr("from the same initial weights"));
    m_sameWeights->setToolTip(
        tr("Keep the run's seed (or its weights file), so the re-run "
           "starts exactly where it started; untick for a new seed"));
    m_branch->setText(tr("Branch"));
    m_delete->setText(tr("Delete…"));
    m_delete->setToolTip(tr("Forget this run"));
    ShowStatus();
    UpdateButtons();
}

}  // namespace layerlab
