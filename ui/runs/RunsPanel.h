#pragma once

#include <QHash>
#include <QWidget>
#include <memory>
#include <vector>

#include "chart/ChartOverlay.h"
#include "persistence/RunRecord.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace layerlab {

class RunDatabase;
class RunsTableModel;

// The Runs panel: the run history of the data set in the window, as a table whose columns are
// only the settings that differ (RunsTableModel), sortable by any column and filtered by what is
// typed. Ticked runs are overlaid on the chart (overlaysChanged). Re-run puts a run's settings
// back in the editor, from the same initial weights unless unticked; Branch trains on from its
// final weights; Delete forgets it. It reads the database on the UI thread (WAL: a read never
// waits for a writer) and leaves every write to the window's recorder thread.
class RunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunsPanel(QWidget* parent = nullptr);
    ~RunsPanel() override;

    // The run database to read (the recorder's); reread now.
    void SetDatabase(const QString& path);
    // The data set whose runs to list (its source, as runs record it) and its training count
    // (for the overlays' epochs); reread now. Ticks are kept for runs still listed.
    void SetDataSet(const QString& source, size_t trainCount);
    // The history is off (the recorder refused a run): say so, list nothing.
    void SetHistoryOff(const QString& message);
    // Reads the runs again (after a run was recorded or changed).
    void Refresh();

    RunsTableModel* Model() const { return m_model; }
    QTableView* Table() const { return m_table; }
    QLineEdit* Filter() const { return m_filter; }
    // The run the table's current row shows, or nullptr.
    const RunRecord* CurrentRun() const;
    // Makes the row of run id current (tests, after a run is recorded).
    void SelectRun(qint64 id);
    // The ticked runs as the chart draws them.
    std::vector<ChartOverlay> Overlays();
    // Runs as the chart draws them: named by what differs from the first (or by their note,
    // when they have one and no id), put on epochs by their batch size over trainCount examples.
    static std::vector<ChartOverlay> OverlaysOf(const QList<RunRecord>& runs, size_t trainCount);
    // A run whole, its curves and weights too (cached); nullopt when it is gone or unreadable.
    std::optional<RunRecord> FullRun(qint64 id);

signals:
    void overlaysChanged();
    // Re-run: the run's settings into the editor; sameWeights: from the weights it started from.
    void rerunRequested(const layerlab::RunRecord& run, bool sameWeights);
    // Branch: train on from the run's final weights (run holds them).
    void branchRequested(const layerlab::RunRecord& run);
    void noteChanged(qint64 id, const QString& note);
    void deleteRequested(qint64 id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void RetranslateUi();
    void UpdateButtons();
    void ShowStatus();
    // Opens the database if need be; false (with m_problem set) when it cannot be read.
    bool Open();

    QLabel* m_status = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    RunsTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QPushButton* m_rerun = nullptr;
    QCheckBox* m_sameWeights = nullptr;
    QPushButton* m_branch = nullptr;
    QPushButton* m_delete = nullptr;
    QString m_path, m_source, m_problem, m_off;
    size_t m_trainCount = 0;
    std::unique_ptr<RunDatabase> m_db;
    QHash<qint64, RunRecord> m_full;  // FullRun's cache
};

}  // namespace layerlab
