#pragma once

#include <QObject>
#include <QPointF>
#include <QVector>
#include <memory>

#include "DataSet.h"
#include "Parameters.h"
#include "SessionOptions.h"
#include "TrainingSnapshot.h"

class QThread;

namespace layerlab {

class TrainingWorker;

// One training run on its own thread: the UI asks (resume, pause, step, stop, a new learning rate)
// and listens (shared snapshots at a bounded rate, every iteration's cost in batches); it never
// waits on the engine. Requests take effect before the next iteration. Destroying the session
// interrupts the run and joins its thread.
class TrainingSession : public QObject {
    Q_OBJECT
public:
    // Starts the thread and builds the trainer there; the run waits, Ready, for Resume or Step.
    // A trainer that cannot be built (e.g. the network's input size does not match the data)
    // ends the run as Failed with the reason in the snapshot's status text.
    TrainingSession(std::shared_ptr<const DataSplit> data, Parameters initial,
                    SessionOptions options, QObject* parent = nullptr);
    ~TrainingSession() override;

    void Resume();  // start, or continue after a pause or a raised iteration budget
    void Pause();
    void Step();  // one iteration, then paused (pauses first when running)
    void Stop();  // ends the run for good; the last weights stay in Latest()
    // Used from the next iteration on. Throws EngineError unless 0 < lr < inf.
    void SetLearningRate(double lr);
    void SetIterations(size_t iterations);
    // The budget of a mini-batch run in epochs (0: use the iteration budget).
    void SetEpochs(size_t epochs);
    // Slow motion at this many iterations a second, with a snapshot after each; 0: full speed.
    void SetPace(double iterationsPerSecond);

    TrainingState State() const { return m_latest->state; }
    const TrainingSnapshot& Latest() const { return *m_latest; }

signals:
    void costsReady(const QVector<QPointF>& costs);
    void snapshotReady(const layerlab::SnapshotPtr& snapshot);
    void stateChanged(layerlab::TrainingState state);

private:
    // Queues one of the worker's argument-free slots (Prepare, RunToEnd, RunOneStep).
    void Post(const char* slot);

    QThread* m_thread = nullptr;
    TrainingWorker* m_worker = nullptr;
    SnapshotPtr m_latest;
};

}  // namespace layerlab
