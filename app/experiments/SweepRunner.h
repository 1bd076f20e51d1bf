#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "DataSet.h"
#include "NetworkSpec.h"
#include "TrainOptions.h"
#include "experiments/SweepPlan.h"
#include "persistence/RunRecord.h"

namespace layerlab {

// Runs a sweep's runs side by side: one worker thread per core (at most one per run), each run's
// engine on its own worker's thread alone (SweepPlan's points train on 1 thread, and OpenBLAS
// runs on its caller's), so that many small runs fill the machine where one could not. The data set
// is shared read-only by every run. Each run is recorded in the run history from the worker that
// ran it (one RunDatabase per worker), exactly as `layerlab train` records it, and reported as it
// ends.
//
// Cancel() may be called from any thread (a dialog's button, a SIGINT handler): no new run starts,
// and the running ones stop before their next iteration. Those are recorded as "stopped", with
// their curve so far and their accuracies at that point, as the window records a run stopped by
// hand; runs not started are neither recorded nor reported. A record is one transaction, so a
// cancelled sweep leaves no run half-written.
//
// Run() blocks: a window calls it from a QThread of its own and passes the reports on with queued
// signals.
class SweepRunner {
    Q_DECLARE_TR_FUNCTIONS(layerlab::SweepRunner)

public:
    // One run, ready to train: the settings are what its record keeps.
    struct Job {
        SweepPoint point;
        NetworkSpec spec;
        std::uint64_t iterations = 0;
        QJsonObject settings;
    };
    // A run that ended, in the order runs end.
    struct Report {
        size_t index = 0;  // the run's place in the jobs, from 0
        Job job;
        RunRecord record;     // state, seconds, final cost, accuracies (test -1: no test set)
        qint64 id = 0;        // in the run history; 0 when not recorded
        QString recordError;  // why it was not recorded, when it was meant to be
        QString error;        // why the run could not be made (then record is empty)
    };

    // data: loaded once and shared by every run; dataSpec and dataHash as the records name it.
    // database: the run history's file; empty records nothing. workers: 0 for one per core.
    SweepRunner(std::shared_ptr<const DataSplit> data, QString dataSpec, QString dataHash,
                std::vector<Job> jobs, QString database, size_t workers = 0);

    // Each point as a run ready to train on data: its network for data's inputs and classes, its
    // budget iterations(steps per epoch) (0 is refused), and its record's settings named as train
    // names them, plus shared (the budget, the data options). Every run is checked from its shapes
    // first, so that the last run's mistake is not found an hour in; a refusal is an EngineError
    // naming the run and its settings.
    static std::vector<Job> Jobs(const std::vector<SweepPoint>& points, const DataSplit& data,
                                 const std::function<std::uint64_t(std::uint64_t)>& iterations,
                                 const QJsonObject& shared);
    // Whether a ranks before b: runs made and not diverged first, then by test accuracy (hasTest),
    // then by the lower final cost. The one order of the command line's table and the window's
    // best run.
    static bool Better(const Report& a, const Report& b, bool hasTest);
    // A run that is no finding to rank: it could not be made, or it diverged.
    static bool Failed(const Report& report);

    // What the records name as their source ("cli" by default; the window's sweeps "window").
    void SetRecordSource(QString source) { m_source = std::move(source); }
    // The data's hash as the records name it, when it is known only after construction (the
    // window takes it on the sweep's thread). Before Run only.
    void SetDataHash(QString hash) { m_dataHash = std::move(hash); }

    // The workers Run uses: workers, else the cores; at most one per run, at least one.
    size_t Workers() const;
    // Trains every job, calling onReport (may be empty) from the worker that ran it as each run
    // ends; calls never overlap. Returns the reports, in the jobs' order.
    std::vector<Report> Run(const std::function<void(const Report&)>& onReport);
    void Cancel() { m_cancel.store(true); }
    bool Cancelled() const { return m_cancel.load(); }
    // The flag Cancel sets, for a signal handler (it only stores to it).
    std::atomic<bool>& CancelFlag() { return m_cancel; }

private:
    Report RunOne(size_t index, class RunDatabase* database, QString& databaseError);

    std::shared_ptr<const DataSplit> m_data;
    QString m_dataSpec, m_dataHash;
    std::vector<Job> m_jobs;
    QString m_database;
    QString m_source;
    size_t m_workers;
    std::atomic<bool> m_cancel{false};
    static_assert(std::atomic<bool>::is_always_lock_free,
                  "a signal handler may only store to a lock-free atomic");
};

}  // namespace layerlab
