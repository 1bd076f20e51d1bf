#include "SweepResultsModel.h"

#include <cmath>
#include <limits>

namespace layerlab {

namespace {

enum Result { kTest, kTrain, kCost, kSeconds, kState, kId };

// The numeric axes' values as numbers, for sorting and plotting.
double Number(const SweepPoint& p, const QString& axis) {
    if (axis == "lr") return p.options.learningRate;
    if (axis == "batch-size") return double(p.options.batchSize);
    if (axis == "l2") return p.options.l2;
    if (axis == "dropout") return p.keep;
    if (axis == "seed") return double(p.options.seed);
    return 0;
}

QString Percent(double accuracy) {
    return accuracy < 0 ? QStringLiteral("–") : QString::number(100 * accuracy, 'f', 1) + " %";
}

}  // namespace

SweepResultsModel::SweepResultsModel(QObject* parent) : QAbstractTableModel(parent) {
    setObjectName("sweepResultsModel");
}

void SweepResultsModel::Reset(const QStringList& axes, bool hasTest,
                              const std::vector<SweepRunner::Job>& jobs) {
    beginResetModel();
    m_axes = axes;
    m_hasTest = hasTest;
    m_categories.clear();
    for (const QString& axis : axes) {
        if (!Categorical(axis)) continue;
        QStringList& categories = m_categories[axis];
        for (const SweepRunner::Job& job : jobs) {
            const QString value = SweepPlan::Value(job.point, axis);
            if (!categories.contains(value)) categories << value;
        }
    }
    m_reports.clear();
    endResetModel();
}

void SweepResultsModel::Add(const SweepRunner::Report& report) {
    const int row = int(m_reports.size());
    beginInsertRows({}, row, row);
    m_reports.push_back(report);
    endInsertRows();
}

QString SweepResultsModel::AxisTitle(const QString& axis) {
    if (axis == "hidden") return tr("Hidden layers");
    if (axis == "lr") return tr("Learning rate");
    if (axis == "batch-size") return tr("Batch size");
    if (axis == "optimizer") return tr("Optimiser");
    if (axis == "l2") return tr("L2 λ");
    if (axis == "dropout") return tr("Keep probability");
    if (axis == "init") return tr("Initialiser");
    if (axis == "seed") return tr("Seed");
    return axis;
}

bool SweepResultsModel::Categorical(const QString& axis) {
    return axis == "hidden" || axis == "optimizer" || axis == "init";
}

double SweepResultsModel::Position(int row, const QString& axis) const {
    const SweepPoint& point = m_reports[size_t(row)].job.point;
    if (!Categorical(axis)) return Number(point, axis);
    return double(m_categories.value(axis).indexOf(SweepPlan::Value(point, axis)));
}

double SweepResultsModel::Score(int row) const {
    const SweepRunner::Report& r = m_reports[size_t(row)];
    if (SweepRunner::Failed(r)) return std::numeric_limits<double>::quiet_NaN();
    return m_hasTest ? 100 * r.record.testAccuracy : r.record.finalCost;
}

QString SweepResultsModel::ScoreTitle() const {
    return m_hasTest ? tr("Test accuracy (%)") : tr("Final cost");
}

int SweepResultsModel::Best() const {
    int best = -1;
    for (size_t i = 0; i < m_reports.size(); ++i) {
        if (SweepRunner::Failed(m_reports[i])) continue;
        if (best < 0 || SweepRunner::Better(m_reports[i], m_reports[size_t(best)], m_hasTest))
            best = int(i);
    }
    return best;
}

int SweepResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_reports.size());
}

int SweepResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : IdColumn() + 1;
}

QVariant SweepResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const SweepRunner::Report& r = m_reports[size_t(index.row())];
    const int column = index.column();
    if (role == ReportRole) return index.row();
    if (column < int(m_axes.size())) {
        const QString& axis = m_axes[column];
        if (role == Qt::DisplayRole) return SweepPlan::Value(r.job.point, axis);
        if (role == SortRole)
            return Categorical(axis) ? QVariant(Position(index.row(), axis))
                                     : QVariant(Number(r.job.point, axis));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Categorical(axis) ? Qt::AlignLeft | Qt::AlignVCenter
                                                         : Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const int result = column - int(m_axes.size()) + (m_hasTest ? 0 : 1);
    const bool made = r.error.isEmpty();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(result == kState ? Qt::AlignLeft | Qt::AlignVCenter
                                                    : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !made) return r.error;
    if (role != Qt::DisplayRole && role != SortRole) return {};
    const bool display = role == Qt::DisplayRole;
    // Runs that could not be made sort below every made run.
    switch (result) {
        case kTest:
            return display ? QVariant(made ? Percent(r.record.testAccuracy) : "–")
                           : QVariant(made ? r.record.testAccuracy : -2.0);
        case kTrain:
            return display ? QVariant(made ? Percent(r.record.trainAccuracy) : "–")
                           : QVariant(made ? r.record.trainAccuracy : -2.0);
        case kCost:
            return display ? QVariant(made ? QString::number(r.record.finalCost, 'g', 6) : "–")
                           : QVariant(made && std::isfinite(r.record.finalCost)
                                          ? r.record.finalCost
                                          : std::numeric_limits<double>::max());
        case kSeconds:
            return display ? QVariant(QString::number(r.record.seconds, 'f', 2))
                           : QVariant(r.record.seconds);
        case kState:
            return made ? r.record.state : tr("failed");
        case kId:
            return display ? QVariant(r.id ? QString::number(r.id) : QStringLiteral("–"))
                           : QVariant(r.id);
        default:
            return {};
    }
}

QVariant SweepResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section < int(m_axes.size())) return AxisTitle(m_axes[section]);
    switch (section - int(m_axes.size()) + (m_hasTest ? 0 : 1)) {
        case kTest:
            return tr("Test accuracy");
        case kTrain:
            return tr("Train accuracy");
        case kCost:
            return tr("Final cost");
        case kSeconds:
            return tr("Seconds");
        case kState:
            return tr("State");
        case kId:
            return tr("Run id");
        default:
            return {};
    }
}

}  // namespace layerlab
