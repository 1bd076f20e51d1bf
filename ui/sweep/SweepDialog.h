#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <vector>

#include "DataSet.h"
#include "TrainOptions.h"
#include "experiments/SweepRunner.h"

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace layerlab {

class ParallelCoordinatesView;
class SweepJob;
class SweepResultsModel;
class SweepRunFilter;

// Sweep (issue 15): trains a grid of runs of the window's data set side by side, one per core
// (SweepJob, the runner of `layerlab sweep`), each recorded in the run history. The form takes
// each axis in the command line's syntax (SweepPlan parses it: one rule) and counts the runs as
// it is typed, or shows the plan's refusal in red. The results come in as runs end: a sortable
// table of the swept settings and results, a scatter of the result against one setting, and
// parallel coordinates of every setting against the result, whose brushing filters the table.
// Non-modal: the window goes on while a sweep runs; closing the dialog leaves it running, and
// destroying it cancels it (the runs that ended stay recorded).
class SweepDialog : public QDialog {
    Q_OBJECT
public:
    explicit SweepDialog(QWidget* parent = nullptr);
    ~SweepDialog() override;

    // What the next sweep trains on and starts from: the window's data set (null: nothing to
    // sweep), its current settings (RunController::Settings(), which pre-fill the form: each
    // axis its one current value) and the run database to record into (empty: records nothing).
    // A sweep already running goes on with what it started with.
    void SetSubject(std::shared_ptr<const DataSplit> split, const QJsonObject& currentSettings,
                    const QString& runsDatabase);

    // Starts the sweep the form describes, as Start does; false when the form is refused, there
    // is no data set or a sweep runs.
    bool Start();
    // No run starts any more; the running ones stop and are recorded as stopped.
    void Cancel();
    bool IsRunning() const;

    // The runs the form describes, or -1 while it is refused (Refusal() says why).
    int PlannedRuns() const { return m_plannedRuns; }
    QString Refusal() const { return m_refusal; }
    // The best finished run's id in the history, 0 when there is none (or it was not recorded).
    qint64 BestRunId() const;

    SweepResultsModel* Results() const { return m_results; }
    SweepRunFilter* TableFilter() const { return m_filter; }
    QTableView* Table() const { return m_table; }
    ParallelCoordinatesView* Parallel() const { return m_parallel; }
    QScatterSeries* Scatter() const { return m_scatter; }
    QTabWidget* Tabs() const { return m_tabs; }

signals:
    // "Overlay the best run": the window ticks it in the Runs panel and overlays its curves.
    void overlayRequested(qint64 runId);
    // A sweep's run was recorded in the history (for the Runs panel to reread).
    void runRecorded(qint64 runId);
    // The sweep is over (for the window, and tests, to wait on).
    void sweepEnded(bool cancelled);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Reads the form into m_jobs (and m_axes), or sets m_refusal; updates the count and Start.
    void ReadForm();
    void OnReport(const SweepRunner::Report& report);
    void OnFinished(bool cancelled);
    void UpdateResults();
    void UpdateScatter();
    void UpdateFilter();
    void UpdateBest();
    void SetRunning(bool running);
    void RetranslateUi();
    QString ProgressText() const;

    std::shared_ptr<const DataSplit> m_data;
    QString m_database;
    TrainOptions m_base;  // what every run shares: the window's β, decay, precision…
    QJsonObject m_shared;
    std::vector<SweepRunner::Job> m_jobs;
    QStringList m_axes;
    int m_plannedRuns = -1;
    QString m_refusal;
    size_t m_total = 0;
    bool m_cancelled = false, m_ended = false;
    QString m_recordError;

    SweepJob* m_job = nullptr;
    SweepResultsModel* m_results = nullptr;
    SweepRunFilter* m_filter = nullptr;

    QLabel* m_dataLabel = nullptr;
    QLineEdit *m_lr = nullptr, *m_hidden = nullptr, *m_batch = nullptr, *m_optimizers = nullptr,
              *m_l2 = nullptr, *m_dropout = nullptr, *m_init = nullptr;
    QSpinBox *m_seed = nullptr, *m_seeds = nullptr, *m_sample = nullptr, *m_sampleSeed = nullptr,
             *m_budget = nullptr;
    QComboBox* m_budgetKind = nullptr;
    QList<QLabel*> m_formLabels;
    QLabel* m_count = nullptr;
    QLabel* m_refusalLabel = nullptr;
    QPushButton *m_start = nullptr, *m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_scatterPage = nullptr;
    QLabel* m_scatterAxisLabel = nullptr;
    QComboBox* m_scatterAxis = nullptr;
    QChartView* m_chartView = nullptr;
    QScatterSeries* m_scatter = nullptr;
    QScatterSeries* m_bestPoint = nullptr;
    QWidget* m_parallelPage = nullptr;
    ParallelCoordinatesView* m_parallel = nullptr;
    QLabel* m_brushSummary = nullptr;
    QPushButton* m_clearBrush = nullptr;
    QLabel* m_best = nullptr;
    QPushButton* m_overlay = nullptr;
    QPushButton* m_close = nullptr;
};

}  // namespace layerlab
