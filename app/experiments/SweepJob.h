#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

#include "DataSet.h"
#include "experiments/SweepRunner.h"

class QThread;

namespace layerlab {

// The window's sweep: a SweepRunner on a thread of its own, so that the window stays responsive
// while the runs fill the cores. The data set is the window's, shared read-only (never read
// again from disk); each run is recorded by the runner as `layerlab sweep` records it, with
// source "window". Reports come back as signals on the job's thread, in the order runs end.
class SweepJob : public QObject {
    Q_OBJECT
public:
    explicit SweepJob(QObject* parent = nullptr);
    // Cancels a running sweep and waits for its running runs to stop (each stops before its next
    // iteration): the workers must not outlive the job's signals.
    ~SweepJob() override;

    // Starts training jobs (SweepRunner::Jobs) on data, recording into database (empty: records
    // nothing); workers 0: one per core. False (nothing started) while a sweep runs or with no
    // data or no jobs.
    bool Start(std::shared_ptr<const DataSplit> data, std::vector<SweepRunner::Job> jobs,
               const QString& database, size_t workers = 0);
    // No run starts any more; the running ones stop and are recorded as stopped. Any thread.
    void Cancel();
    bool IsRunning() const { return m_thread != nullptr; }

signals:
    // A run ended (finished, stopped, diverged, or could not be made: report.error).
    void runFinished(const layerlab::SweepRunner::Report& report);
    // The sweep is over, after the last runFinished; cancelled: Cancel() stopped it.
    void finished(bool cancelled);

private:
    void Finish();

    QThread* m_thread = nullptr;
    std::shared_ptr<SweepRunner> m_runner;
};

}  // namespace layerlab
