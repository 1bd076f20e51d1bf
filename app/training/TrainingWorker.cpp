#include "TrainingWorker.h"

#include <QCoreApplication>
#include <QThread>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif
#include <algorithm>
#include <exception>
#include <limits>

#include "Classification.h"
#include "Prediction.h"
#include "RunTraining.h"
#include "TrainerFactory.h"
#include "losses/CrossEntropy.h"

namespace layerlab {
namespace {

// Above this many training examples, accuracy and cost are measured on an evenly strided subset
// so that snapshots stay cheap next to an iteration.
constexpr arma::uword kMaxTrainEvalExamples = 5000;

// At or below this pace (iterations a second) every iteration publishes a snapshot.
constexpr double kEveryIterationPace = 30.0;

}  // namespace

TrainingWorker::TrainingWorker(std::shared_ptr<const DataSplit> data, Parameters initial,
                               SessionOptions options)
    : m_data(std::move(data)),
      m_initial(std::move(initial)),
      m_options(options),
      m_learningRate(options.train.learningRate),
      m_iterations(options.iterations),
      m_epochs(options.epochs) {}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::Prepare() {
#ifdef Q_OS_LINUX
    // A nicer training thread lets the UI thread have a core the moment it needs one; on Linux
    // nice applies per thread, and QThread::LowPriority has no effect under SCHED_OTHER.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 5);
#endif
    if (Interrupted()) return;  // torn down before it began
    try {
        const DataSet* test = m_data->test.Count() > 0 ? &m_data->test : nullptr;
        m_trainer = TrainerFactory::Create(m_initial, m_data->train, test, m_options.train);
        const arma::uword m = m_data->train.Count();
        if (m > kMaxTrainEvalExamples) {
            const arma::uvec cols = arma::regspace<arma::uvec>(
                0, (m + kMaxTrainEvalExamples - 1) / kMaxTrainEvalExamples, m - 1);
            m_trainEvalColumns = cols;
            m_trainEvalY = m_data->train.y.cols(cols);
        }
        const size_t evalExamples =
            (m_trainEvalColumns.n_elem > 0 ? m_trainEvalColumns.n_elem : m) + m_data->test.Count();
        const size_t batch = m_options.train.batchSize > 0
                                 ? std::min<size_t>(m_options.train.batchSize, m)
                                 : static_cast<size_t>(m);
        m_evaluationInterval = SessionOptions::EvaluationInterval(Budget(), evalExamples, batch);
    } catch (const std::exception& e) {
        Fail(QString::fromStdString(e.what()));
        return;
    }
    m_initial = Parameters{};  // the trainer holds its own copy
    Publish(TrainingState::Ready);
}

void TrainingWorker::RunToEnd() {
    Run(-1);
}

void TrainingWorker::RunOneStep() {
    Run(1);
}

void TrainingWorker::Run(qint64 steps) {
    if (!m_trainer || IsEnded(m_state) || Interrupted()) return;
    if (m_stop.load()) {
        EndIfIdle();
        return;
    }
    if (steps < 0 && m_pause.load()) return;  // a resume overtaken by a later pause
    if (m_trainer->Iteration() >= Budget()) {
        if (m_state != TrainingState::Finished) Publish(TrainingState::Finished);
        return;
    }
    m_segment.start();
    m_sinceSnapshot.start();
    m_due = std::chrono::steady_clock::now();  // slow motion's first slot starts now
    m_rateIteration = m_trainer->Iteration();
    m_rateTime = Elapsed();
    if (steps < 0) Publish(TrainingState::Running);

    TrainingState final = TrainingState::Paused;
    QString status;
    try {
        for (qint64 done = 0;; ++done) {
            if (m_stop.load() || Interrupted()) {
                final = TrainingState::Stopped;
                break;
            }
            if (steps < 0 ? m_pause.load() : done >= steps) break;
            if (m_trainer->Iteration() >= Budget()) {
                final = TrainingState::Finished;
                break;
            }
            const double lr = m_learningRate.load();
            if (lr != m_trainer->LearningRate()) m_trainer->SetLearningRate(lr);
            const StepResult r = m_trainer->Step();
            if (r.diverged) {
                final = TrainingState::Diverged;
                m_diverged = true;
                m_divergedIteration = r.iteration;
                status = QString::fromStdString(m_trainer->DivergenceReason(r));
                break;
            }
            m_pendingCosts.append(QPointF(static_cast<double>(r.iteration), r.cost));
            if ((r.iteration + 1) % m_evaluationInterval == 0) {
                arma::mat testP;
                const EvaluationPoint e = Measure(testP);
                RecordEvaluation(e);
                Remember(e, std::move(testP));
            }
            if (r.epochEnded && m_trainer->StepsPerEpoch() > 1) {
                // The chart's strong lines: one point per epoch, the test cost measured now.
                const arma::mat testP = m_trainer->TestProbabilities();
                m_pendingEpochs.append({static_cast<double>(r.iteration + 1),
                                        static_cast<double>(r.epoch + 1), r.epochCost,
                                        testP.n_cols > 0 ? CrossEntropy::Mean(testP, m_data->test.y)
                                                         : std::numeric_limits<double>::quiet_NaN(),
                                        r.epochAccuracy});
            }
            if (r.earlyStopped) {
                // The best epoch's weights are back: the run is over, not to be resumed.
                m_iterations.store(m_trainer->Iteration());
                m_epochs.store(0);
                m_earlyStopped = true;
                final = TrainingState::Finished;
                status = QString::fromStdString(EarlyStopMessage(r));
                break;
            }
            // Full speed reads one atomic here; only slow motion pays for pacing and snapshots.
            const qint64 due = std::max<qint64>(m_options.snapshotIntervalMs, 4 * m_publishCostMs);
            if (const double pace = m_pace.load(std::memory_order_relaxed); pace > 0 && steps < 0) {
                // Slow enough to watch each step: a snapshot after every one. Faster paces keep
                // the usual rate, as a snapshot costs more than a small network's iteration.
                if (pace <= kEveryIterationPace || m_sinceSnapshot.elapsed() >= due)
                    Publish(TrainingState::Running);
                WaitForPace(pace);
                continue;
            }
            if (m_sinceSnapshot.elapsed() >= due) Publish(TrainingState::Running);
        }
    } catch (const std::exception& e) {
        m_elapsedBefore = Elapsed();
        m_segment.invalidate();
        Fail(QString::fromStdString(e.what()));
        return;
    }
    m_elapsedBefore = Elapsed();
    m_segment.invalidate();
    Publish(final, status);
}

void TrainingWorker::Wake() {
    // Under the mutex, so a waiter between its check and its wait cannot miss it.
    const std::lock_guard<std::mutex> lock(m_wakeMutex);
    m_wake.notify_all();
}

void TrainingWorker::WaitForPace(double pace) {
    using Clock = std::chrono::steady_clock;
    const auto slot =
        std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / pace));
    // From the last slot's end, so each iteration's own time is inside its slot. A late one
    // (a slow step, the first after a pause) goes at once rather than racing to catch up; one
    // woken early (a new pace) waits no more than a slot of the new pace.
    const Clock::time_point now = Clock::now();
    m_due = std::clamp(m_due + slot, now, now + slot);
    std::unique_lock<std::mutex> lock(m_wakeMutex);
    m_wake.wait_until(lock, m_due, [&] {
        return m_stop.load() || m_pause.load() || Interrupted() || m_pace.load() != pace;
    });
}

void TrainingWorker::Stop() {
    m_stop.store(true);
    Wake();
    QMetaObject::invokeMethod(this, &TrainingWorker::EndIfIdle, Qt::QueuedConnection);
}

void TrainingWorker::EndIfIdle() {
    if (!m_trainer || IsEnded(m_state) || Interrupted()) return;
    Publish(TrainingState::Stopped);
}

bool TrainingWorker::Interrupted() const {
    return thread()->isInterruptionRequested();
}

size_t TrainingWorker::Budget() const {
    return SessionOptions::Budget(m_iterations.load(), m_epochs.load(),
                                  m_trainer ? m_trainer->StepsPerEpoch() : 1);
}

double TrainingWorker::Elapsed() const {
    return m_elapsedBefore + (m_segment.isValid() ? m_segment.nsecsElapsed() * 1e-9 : 0.0);
}

void TrainingWorker::Fail(const QString& message) {
    m_trainer.reset();
    m_state = TrainingState::Failed;
    auto s = std::make_shared<TrainingSnapshot>();
    s->state = m_state;
    s->statusText = message;
    s->testCost = s->testAccuracy = std::numeric_limits<double>::quiet_NaN();
    m_pendingCosts.clear();
    m_pendingEpochs.clear();
    emit snapshotReady(s);
}

EvaluationPoint TrainingWorker::Measure(arma::mat& testP) const {
    EvaluationPoint e;
    e.iteration = static_cast<double>(m_trainer->Iteration());
    const bool strided = m_trainEvalColumns.n_elem > 0;
    const arma::mat trainP = strided ? m_trainer->TrainProbabilities(m_trainEvalColumns)
                                     : m_trainer->TrainProbabilities();
    const arma::Row<arma::uword>& trainY = strided ? m_trainEvalY : m_data->train.y;
    e.trainCost = CrossEntropy::Mean(trainP, trainY);
    e.trainAccuracy = Accuracy(trainP, trainY);
    testP = m_trainer->TestProbabilities();
    if (testP.n_cols > 0) {
        e.testCost = CrossEntropy::Mean(testP, m_data->test.y);
        e.testAccuracy = Accuracy(testP, m_data->test.y);
    } else {
        e.testCost = e.testAccuracy = std::numeric_limits<double>::quiet_NaN();
    }
    return e;
}

void TrainingWorker::RecordEvaluation(const EvaluationPoint& e) {
    if (e.iteration == m_lastEvaluated) return;
    m_pendingEvaluations.append(e);
    m_lastEvaluated = e.iteration;
}

void TrainingWorker::Remember(const EvaluationPoint& e, arma::mat testP) {
    auto m = std::make_shared<TrainingSnapshot>();
    m->measuredIteration = static_cast<size_t>(e.iteration);
    m->trainCost = e.trainCost;
    m->trainAccuracy = e.trainAccuracy;
    m->testCost = e.testCost;
    m->testAccuracy = e.testAccuracy;
    auto results = std::make_shared<TestResults>();
    results->predictions = Classification::Predict(testP);
    results->probabilities = std::move(testP);
    m->testResults = std::move(results);
    m_lastMeasured = std::move(m);
}

void TrainingWorker::Publish(TrainingState state, const QString& status) {
    QElapsedTimer cost;
    cost.start();
    m_state = state;
    if (!m_pendingCosts.isEmpty()) {
        emit costsReady(m_pendingCosts);
        m_pendingCosts.clear();
    }
    auto s = std::make_shared<TrainingSnapshot>();
    s->iteration = m_trainer->Iteration();
    s->stepsPerEpoch = m_trainer->StepsPerEpoch();
    if (s->stepsPerEpoch > 1)
        s->epoch = static_cast<double>(s->iteration) / static_cast<double>(s->stepsPerEpoch);
    s->iterationBudget = Budget();
    s->newEpochs = m_pendingEpochs;
    m_pendingEpochs.clear();
    s->state = state;
    s->learningRate = m_trainer->LearningRate();
    s->elapsedSeconds = Elapsed();
    if (state == TrainingState::Running && s->elapsedSeconds > m_rateTime &&
        s->iteration > m_rateIteration) {
        // A rate over the last second or so: steady to read, quick to follow a change.
        double rate = (s->iteration - m_rateIteration) / (s->elapsedSeconds - m_rateTime);
        // In slow motion an iteration's own milliseconds are no rate: the pace bounds it.
        if (const double pace = m_pace.load(); pace > 0) rate = std::min(rate, pace);
        m_iterationsPerSecond =
            m_iterationsPerSecond > 0 ? 0.8 * m_iterationsPerSecond + 0.2 * rate : rate;
        m_rateIteration = s->iteration;
        m_rateTime = s->elapsedSeconds;
    }
    s->iterationsPerSecond = m_iterationsPerSecond;
    s->diverged = m_diverged;
    s->earlyStopped = m_earlyStopped;
    s->divergedIteration = m_divergedIteration;
    s->statusText = status.isEmpty() ? ToDisplayString(state) : status;

    // At full speed the read-outs are those of the last evaluation, at a fixed iteration; where
    // the run rests or is watched step by step they are measured now.
    const bool fullSpeed = state == TrainingState::Running && m_pace.load() <= 0;
    if (!fullSpeed || !m_lastMeasured) {
        arma::mat testP;
        const EvaluationPoint now = Measure(testP);
        // Where the run rests, its point is on the curve too: the start, a pause, the end.
        if (state != TrainingState::Running) RecordEvaluation(now);
        Remember(now, std::move(testP));
    }
    const TrainingSnapshot& measured = *m_lastMeasured;
    s->measuredIteration = measured.measuredIteration;
    s->trainCost = measured.trainCost;
    s->trainAccuracy = measured.trainAccuracy;
    s->testCost = measured.testCost;
    s->testAccuracy = measured.testAccuracy;
    s->testResults = measured.testResults;
    s->newEvaluations = m_pendingEvaluations;
    m_pendingEvaluations.clear();
    // The weights: copied (and converted to double) for every snapshot where the run rests or is
    // watched step by step, at a bounded rate at full speed.
    if (!fullSpeed || !m_lastParameters || !m_sinceParameters.isValid() ||
        m_sinceParameters.elapsed() >= TrainingSnapshot::kParametersIntervalMs) {
        m_lastParameters = std::make_shared<const Parameters>(m_trainer->CurrentParameters());
        m_lastParametersIteration = s->iteration;
        m_sinceParameters.start();
    }
    s->parameters = m_lastParameters;
    s->parametersIteration = m_lastParametersIteration;
    emit snapshotReady(s);
    m_publishCostMs = cost.elapsed();
    m_sinceSnapshot.start();
}

}  // namespace layerlab
