#pragma once

#include <QJsonObject>
#include <QString>
#include <armadillo>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "DataSet.h"
#include "Initializer.h"
#include "Parameters.h"
#include "RunTraining.h"
#include "StepResult.h"
#include "TrainOptions.h"
#include "Trainer.h"
#include "persistence/RunRecord.h"

namespace layerlab {

// One run as the command line makes it, from its first weights to its run-history record: what
// `layerlab train` does once its options are read, and what every run of a sweep does, so that a
// sweep's run is the train command's run, cost for cost.
class TrainingRun {
public:
    // The run history keeps the whole curve up to this many iterations (8 MB), none beyond.
    static constexpr std::uint64_t kRecordedCosts = 1'000'000;

    // The first weights of spec, drawn by init from seed, labelled for train.
    static Parameters DrawWeights(const NetworkSpec& spec, Initializer init, std::uint64_t seed,
                                  const DataSet& train);
    // Labels weights with train's class names and image shape (what a saved model describes),
    // then checks them.
    static void Label(Parameters& weights, const DataSet& train);
    // What every record starts with: made by the command line, this version, the data set by its
    // absolute path when it is a file or folder (else its builtin name), its hash, the settings.
    static RunRecord Header(const QString& dataSpec, const QString& dataHash,
                            const QJsonObject& settings);

    // Builds the trainer (TrainerFactory::Create; test may be null and must outlive the run).
    // keepCurve keeps every iteration's cost (Costs()).
    TrainingRun(const Parameters& initial, const DataSet& train, const DataSet* test,
                const TrainOptions& options, std::uint64_t iterations, bool keepCurve);

    Trainer& GetTrainer() { return *m_trainer; }

    // Runs the iterations (RunTraining), starting the clock; each step's cost is kept before
    // observer (may be empty; false stops) sees it. stop (may be null) stops at the next
    // iteration.
    RunResult Train(const std::function<bool(const StepResult&)>& observer,
                    const std::atomic<bool>* stop = nullptr);
    // Training's wall-clock seconds, up to the end of Train.
    double Seconds() const { return m_seconds; }
    const std::vector<double>& Costs() const { return m_costs; }

    // header completed with how the run went: its state, seconds, final cost and accuracies on
    // trainLabels and testLabels (null: no test set), and its curve when kept and short enough.
    RunRecord Finish(RunRecord header, const RunResult& result,
                     const arma::Row<arma::uword>& trainLabels,
                     const arma::Row<arma::uword>* testLabels) const;

private:
    std::unique_ptr<Trainer> m_trainer;
    std::uint64_t m_iterations;
    bool m_keepCurve;
    std::vector<double> m_costs;
    double m_lastCost = 0;
    double m_seconds = 0;
    QDateTime m_started;
};

}  // namespace layerlab
