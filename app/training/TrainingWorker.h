#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointF>
#include <QVector>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "DataSet.h"
#include "Parameters.h"
#include "SessionOptions.h"
#include "TrainOptions.h"
#include "Trainer.h"
#include "TrainingSnapshot.h"

namespace layerlab {

// Lives on a TrainingSession's thread and drives the engine's Trainer there (the Qt worker-object
// pattern). It never touches a widget: it publishes value snapshots and batches of per-iteration
// costs. RequestPause, Stop and the Set* functions are thread-safe; the loop reads them before
// every iteration.
class TrainingWorker : public QObject {
    Q_OBJECT
public:
    TrainingWorker(std::shared_ptr<const DataSplit> data, Parameters initial,
                   SessionOptions options);
    ~TrainingWorker() override;

    void RequestPause(bool pause) {
        m_pause.store(pause);
        Wake();
    }
    // Ends the run: a running loop before its next iteration, an idle run at once (on the
    // worker's thread). Interrupting the thread (QThread::requestInterruption) ends the loop too,
    // without a last snapshot: that is how the session is torn down.
    void Stop();
    void SetLearningRate(double lr) { m_learningRate.store(lr); }
    void SetIterations(size_t n) { m_iterations.store(n); }
    void SetEpochs(size_t n) { m_epochs.store(n); }
    // Slow motion: at most iterationsPerSecond iterations a second, a snapshot after each up
    // to 30 a second (so every step shows); 0 is full speed. The pacing waits on a condition that
    // Stop, a pause and a new pace wake, so none of them waits out an iteration's slot.
    void SetPace(double iterationsPerSecond) {
        m_pace.store(iterationsPerSecond);
        Wake();
    }
    // Wakes a paced loop, or the teardown would wait out its slot (the session calls it).
    void Wake();

public slots:
    // Builds the trainer (this may take a while for large data, so it runs on the worker thread).
    void Prepare();
    // Iterate until paused, stopped, diverged or out of budget, or for one iteration. The session
    // calls them by name, with no arguments, through Qt's queue: see TrainingSession::Post.
    void RunToEnd();
    void RunOneStep();

signals:
    // (iteration index, cost before that iteration's update) of every iteration, in order.
    void costsReady(const QVector<QPointF>& costs);
    void snapshotReady(const layerlab::SnapshotPtr& snapshot);

private:
    // steps >= 0 runs at most that many iterations; -1 runs to the end.
    void Run(qint64 steps);
    // Publishes Stopped unless the run has ended (the loop ends itself when it sees the request).
    void EndIfIdle();
    bool Interrupted() const;
    void Publish(TrainingState state, const QString& status = {});
    // The weights now, measured: train cost and accuracy (on the strided subset of a large set)
    // and the test set's; testP receives the test probabilities.
    EvaluationPoint Measure(arma::mat& testP) const;
    // Records an evaluation at the current iteration for the next snapshot.
    void RecordEvaluation(const EvaluationPoint& e);
    // Keeps a measurement for the snapshots to come.
    void Remember(const EvaluationPoint& e, arma::mat testP);
    void Fail(const QString& message);
    // Waits out the paced iteration's slot; returns early when woken.
    void WaitForPace(double pace);
    double Elapsed() const;
    // Iterations the run may do: the epoch budget in mini-batch runs that have one.
    size_t Budget() const;

    std::shared_ptr<const DataSplit> m_data;
    Parameters m_initial;
    SessionOptions m_options;
    std::atomic<bool> m_pause{true};
    std::atomic<bool> m_stop{false};
    std::atomic<double> m_learningRate;
    std::atomic<size_t> m_iterations;
    std::atomic<size_t> m_epochs;
    std::atomic<double> m_pace{0.0};
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    std::chrono::steady_clock::time_point m_due;  // when the next paced iteration may start

    std::unique_ptr<Trainer> m_trainer;
    // The training examples accuracy is measured on (a stride of a large set), empty for all.
    arma::uvec m_trainEvalColumns;
    arma::Row<arma::uword> m_trainEvalY;
    TrainingState m_state = TrainingState::Preparing;
    QVector<QPointF> m_pendingCosts;
    QVector<EpochPoint> m_pendingEpochs;
    QVector<EvaluationPoint> m_pendingEvaluations;
    size_t m_evaluationInterval = 1;  // SessionOptions::EvaluationInterval, fixed at Prepare
    double m_lastEvaluated = -1;      // the iteration of the last recorded evaluation
    // The last measurement and its test probabilities and predictions, which full-speed snapshots
    // carry until the next evaluation (see TrainingSnapshot::measuredIteration).
    std::shared_ptr<const TrainingSnapshot> m_lastMeasured;
    QElapsedTimer m_sinceSnapshot;
    std::shared_ptr<const Parameters> m_lastParameters;  // the latest snapshot's weights
    size_t m_lastParametersIteration = 0;
    QElapsedTimer m_sinceParameters;  // since m_lastParameters was copied
    qint64 m_publishCostMs = 0;       // how long the last snapshot took to compute
    QElapsedTimer m_segment;          // runs while the loop iterates
    double m_elapsedBefore = 0.0;
    size_t m_rateIteration = 0;
    double m_rateTime = 0.0;
    double m_iterationsPerSecond = 0.0;
    size_t m_divergedIteration = 0;
    bool m_diverged = false;
    bool m_earlyStopped = false;
};

}  // namespace layerlab
