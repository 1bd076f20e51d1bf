#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>

#include "persistence/RunRecord.h"

namespace layerlab {

// The Runs panel's table: one row per recorded run of the current data set. Besides the run's
// number and time, its columns are only the settings that differ between the runs listed
// (RunComparison), then how it ended: state, train and test accuracy, final cost, seconds and
// the note, which is editable. The first column's check box overlays the run on the chart.
class RunsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Fixed { Overlay, Id, Started, kFixedLeading };
    // What sorting by a column sorts on: numbers as numbers.
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit RunsTableModel(QObject* parent = nullptr);

    // The runs, oldest first (RunDatabase::List); keeps the ticks of runs still listed.
    void SetRuns(QList<RunRecord> runs);
    const QList<RunRecord>& Runs() const { return m_runs; }
    const RunRecord* RunAt(int row) const;
    int RowOf(qint64 id) const;
    // The settings columns shown now.
    const QStringList& SettingColumns() const { return m_keys; }
    // The ticked runs' ids, oldest first.
    QList<qint64> Overlaid() const;
    void SetOverlaid(qint64 id, bool on);
    // Sets a note as the user typed it; the panel saves it (noteEdited).
    void SetNote(qint64 id, const QString& note);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void overlaidChanged();
    void noteEdited(qint64 id, const QString& note);

private:
    enum Trailing { State, TrainAccuracy, TestAccuracy, FinalCost, Seconds, Note, kTrailing };
    // The column's trailing kind, or -1 for a leading or setting column.
    int TrailingOf(int column) const;

    QList<RunRecord> m_runs;
    QStringList m_keys;
    QSet<qint64> m_overlaid;
};

}  // namespace layerlab
