#include "RunsTableModel.h"

#include <QLocale>

#include "persistence/RunComparison.h"

namespace layerlab {

RunsTableModel::RunsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunsTableModel::SetRuns(QList<RunRecord> runs) {
    beginResetModel();
    m_runs = std::move(runs);
    m_keys = RunComparison::DifferingKeys(m_runs);
    QSet<qint64> listed;
    for (const RunRecord& r : m_runs) listed.insert(r.id);
    const QSet<qint64> before = m_overlaid;
    m_overlaid.intersect(listed);
    endResetModel();
    if (m_overlaid != before) emit overlaidChanged();
}

const RunRecord* RunsTableModel::RunAt(int row) const {
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

int RunsTableModel::RowOf(qint64 id) const {
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == id) return i;
    return -1;
}

QList<qint64> RunsTableModel::Overlaid() const {
    QList<qint64> ids;
    for (const RunRecord& r : m_runs)
        if (m_overlaid.contains(r.id)) ids << r.id;
    return ids;
}

void RunsTableModel::SetOverlaid(qint64 id, bool on) {
    const int row = RowOf(id);
    if (row < 0 || m_overlaid.contains(id) == on) return;
    if (on)
        m_overlaid.insert(id);
    else
        m_overlaid.remove(id);
    emit dataChanged(index(row, Overlay), index(row, Overlay), {Qt::CheckStateRole});
    emit overlaidChanged();
}

void RunsTableModel::SetNote(qint64 id, const QString& note) {
    const int row = RowOf(id);
    if (row < 0 || m_runs[row].note == note) return;
    m_runs[row].note = note;
    const int column = columnCount() - kTrailing + Note;
    emit dataChanged(index(row, column), index(row, column));
    emit noteEdited(id, note);
}

int RunsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kFixedLeading + int(m_keys.size()) + kTrailing;
}

int RunsTableModel::TrailingOf(int column) const {
    const int first = kFixedLeading + int(m_keys.size());
    return column >= first ? column - first : -1;
}

QVariant RunsTableModel::data(const QModelIndex& index, int role) const {
    const RunRecord* run = RunAt(index.row());
    if (!run) return {};
    const int column = index.column();
    if (column == Overlay) {
        if (role == Qt::CheckStateRole)
            return m_overlaid.contains(run->id) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Overlay run %1 on the chart").arg(run->id);
        if (role == kSortRole) return m_overlaid.contains(run->id) ? 1 : 0;
        return {};
    }
    const bool shown = role == Qt::DisplayRole || role == Qt::EditRole;
    if (role == Qt::TextAlignmentRole && column != Note + columnCount() - kTrailing &&
        TrailingOf(column) != State)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Id) {
        if (shown) return QString::number(run->id);
        if (role == kSortRole) return run->id;
        return {};
    }
    if (column == Started) {
        if (shown) return QLocale().toString(run->started.toLocalTime(), QLocale::ShortFormat);
        if (role == kSortRole) return run->started;
        if (role == Qt::ToolTipRole)
            return tr("from the %1")
                .arg(run->source == QLatin1String("cli") ? tr("command line") : tr("window"));
        return {};
    }
    const int trailing = TrailingOf(column);
    if (trailing < 0) {
        const QJsonValue v = run->settings.value(m_keys[column - kFixedLeading]);
        if (shown) return RunComparison::ValueText(v);
        if (role == kSortRole)
            return v.isDouble() ? QVariant(v.toDouble()) : QVariant(v.toString());
        return {};
    }
    const auto percent = [](double share) {
        return share < 0 ? QStringLiteral("–") : QLocale().toString(100 * share, 'f', 1) + "%";
    };
    switch (trailing) {
        case State:
            if (shown) {
                if (run->state == QLatin1String("finished")) return tr("finished");
                if (run->state == QLatin1String("diverged")) return tr("diverged");
                if (run->state == QLatin1String("early-stopped")) return tr("early-stopped");
                if (run->state == QLatin1String("stopped")) return tr("stopped");
                return run->state;
            }
            if (role == kSortRole) return run->state;
            break;
        case TrainAccuracy:
            if (shown) return percent(run->trainAccuracy);
            if (role == kSortRole) return run->trainAccuracy;
            break;
        case TestAccuracy:
            if (shown) return percent(run->testAccuracy);
            if (role == kSortRole) return run->testAccuracy;
            break;
        case FinalCost:
            if (shown) return QLocale().toString(run->finalCost, 'g', 4);
            if (role == kSortRole) return run->finalCost;
            break;
        case Seconds:
            if (shown) return QLocale().toString(run->seconds, 'f', 1);
            if (role == kSortRole) return run->seconds;
            break;
        case Note:
            if (shown) return run->note;
            if (role == kSortRole) return run->note;
            if (role == Qt::ToolTipRole) return tr("Double-click or press F2 to write a note");
            break;
        default:
            break;
    }
    return {};
}

bool RunsTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const RunRecord* run = RunAt(index.row());
    if (!run) return false;
    if (index.column() == Overlay && role == Qt::CheckStateRole) {
        SetOverlaid(run->id, value.toInt() == Qt::Checked);
        return true;
    }
    if (TrailingOf(index.column()) == Note && role == Qt::EditRole) {
        SetNote(run->id, value.toString().left(500));
        return true;
    }
    return false;
}

QVariant RunsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == Overlay)
        return role == Qt::DisplayRole ? tr("Show") : tr("Tick to overlay the run on the chart");
    if (section == Id) return role == Qt::DisplayRole ? tr("Run") : tr("The run's number");
    if (section == Started) return tr("Started");
    const int trailing = TrailingOf(section);
    if (trailing < 0) {
        const QString& key = m_keys[section - kFixedLeading];
        return role == Qt::DisplayRole
                   ? key
                   : tr("%1: a setting that differs between these runs").arg(key);
    }
    switch (trailing) {
        case State:
            return tr("Ended");
        case TrainAccuracy:
            return tr("Train acc.");
        case TestAccuracy:
            return tr("Test acc.");
        case FinalCost:
            return tr("Cost");
        case Seconds:
            return role == Qt::DisplayRole ? tr("Seconds") : tr("How long it trained");
        case Note:
            return tr("Note");
        default:
            return {};
    }
}

Qt::ItemFlags RunsTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Overlay) f |= Qt::ItemIsUserCheckable;
    if (TrailingOf(index.column()) == Note) f |= Qt::ItemIsEditable;
    return f;
}

}  // namespace layerlab
