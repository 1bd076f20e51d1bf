#include "TrainingRun.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "InitializeParameters.h"
#include "Prediction.h"
#include "TrainerFactory.h"

namespace layerlab {

Parameters TrainingRun::DrawWeights(const NetworkSpec& spec, Initializer init, std::uint64_t seed,
                                    const DataSet& train) {
    Parameters weights = InitializeParameters(spec, init, seed);
    Label(weights, train);
    return weights;
}

void TrainingRun::Label(Parameters& weights, const DataSet& train) {
    weights.classNames = train.classNames;
    weights.imageShape = train.imageShape;
    weights.Validate();
}

RunRecord TrainingRun::Header(const QString& dataSpec, const QString& dataHash,
                              const QJsonObject& settings) {
    RunRecord run;
    run.source = QStringLiteral("cli");
    run.version = QCoreApplication::applicationVersion();
    run.data = QFileInfo::exists(dataSpec) ? QFileInfo(dataSpec).absoluteFilePath() : dataSpec;
    run.dataHash = dataHash;
    run.settings = settings;
    return run;
}

TrainingRun::TrainingRun(const Parameters& initial, const DataSet& train, const DataSet* test,
                         const TrainOptions& options, std::uint64_t iterations, bool keepCurve)
    : m_trainer(TrainerFactory::Create(initial, train, test, options)),
      m_iterations(iterations),
      m_keepCurve(keepCurve) {
    if (m_keepCurve) m_costs.reserve(iterations);
}

RunResult TrainingRun::Train(const std::function<bool(const StepResult&)>& observer,
                             const std::atomic<bool>* stop) {
    using Clock = std::chrono::steady_clock;
    m_started = QDateTime::currentDateTimeUtc();
    const auto start = Clock::now();
    const RunResult result = RunTraining(
        *m_trainer, m_iterations,
        [&](const StepResult& s) {
            if (m_keepCurve) m_costs.push_back(s.cost);
            m_lastCost = s.cost;
            return observer ? observer(s) : true;
        },
        stop);
    m_seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

RunRecord TrainingRun::Finish(RunRecord run, const RunResult& result,
                              const arma::Row<arma::uword>& trainLabels,
                              const arma::Row<arma::uword>* testLabels) const {
    run.started = m_started;
    run.seconds = m_seconds;
    run.finalCost = m_lastCost;
    if (m_keepCurve && m_iterations <= kRecordedCosts) run.costs = m_costs;
    switch (result.status) {
        case RunResult::Status::Diverged:
            // The weights are not numbers any more: nothing to measure.
            run.state = QStringLiteral("diverged");
            run.trainAccuracy = 0;
            return run;
        case RunResult::Status::EarlyStopped:
            run.state = QStringLiteral("early-stopped");
            break;
        case RunResult::Status::Stopped:
            run.state = QStringLiteral("stopped");
            break;
        case RunResult::Status::Finished:
            run.state = QStringLiteral("finished");
            break;
    }
    run.trainAccuracy = Accuracy(m_trainer->TrainProbabilities(), trainLabels);
    run.testAccuracy = testLabels ? Accuracy(m_trainer->TestProbabilities(), *testLabels) : -1.0;
    return run;
}

}  // namespace layerlab
