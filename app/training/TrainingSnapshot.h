#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>
#include <armadillo>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "Parameters.h"
#include "Prediction.h"
#include "TestResults.h"

namespace layerlab {

// Where a training run is. Preparing: the worker is building the trainer; Ready: built, no
// iteration yet; Finished: the iteration budget is spent (raising it lets the run continue).
enum class TrainingState { Preparing, Ready, Running, Paused, Finished, Stopped, Diverged, Failed };

// True once the run is over for good (stopped, diverged or failed): it can no longer iterate.
// Every other state, Finished included, can go on (a raised budget resumes a finished run).
bool IsEnded(TrainingState s);
QString ToDisplayString(TrainingState s);

// One finished epoch of a mini-batch run: its mini-batch costs averaged per example (the strong
// train line of the chart) and the test cost with the weights at its end.
struct EpochPoint {
    double iteration = 0;  // iterations done at the epoch's end
    double epoch = 0;      // epochs done (1 for the first)
    double trainCost = 0;
    double testCost = 0;  // NaN without a test set
    double trainAccuracy = 0;
};

// The test cost and both accuracies of the weights after `iteration` iterations, measured on the
// worker at iterations fixed by the settings (SessionOptions::EvaluationInterval), so that the
// same settings draw the same curves whatever the machine's speed.
struct EvaluationPoint {
    double iteration = 0;
    double trainCost = 0, testCost = 0, trainAccuracy = 0, testAccuracy = 0;  // NaN: no test set
};

// A run's progress, made once on the worker thread and shared read-only (SnapshotPtr) with
// everything that shows it: the UI never reads engine state directly, and never copies the
// test set's probabilities.
struct TrainingSnapshot {
    size_t iteration = 0;         // iterations done; the costs below are of the weights after them
    std::optional<double> epoch;  // for mini-batch runs; empty for full-batch gradient descent
    size_t stepsPerEpoch = 1;     // iterations per epoch (1 in full-batch training)
    size_t iterationBudget = 0;   // iterations the run will do unless stopped earlier
    QVector<EpochPoint> newEpochs;  // epochs finished since the previous snapshot
    // Evaluations at their fixed iterations since the previous snapshot, and one at `iteration`
    // whenever the run stops iterating (Ready, Paused, Finished, Stopped).
    QVector<EvaluationPoint> newEvaluations;
    // The live read-outs (not the chart's curves): the weights measured at measuredIteration.
    // That is `iteration` where the run rests or crawls in slow motion; at full speed it is the
    // last fixed-interval evaluation, as measuring 15000 examples for every snapshot (30 a
    // second) cost the window a third of its speed.
    size_t measuredIteration = 0;
    double trainCost = 0.0;
    double testCost = 0.0;  // NaN without a test set
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;  // NaN without a test set
    // The test set's probabilities and predictions at measuredIteration: what the gallery and
    // the confusion matrix show. Shared, not copied, between the snapshots of one measurement
    // (copying 10000 examples' results into 30 snapshots a second, and redrawing views for
    // numbers that had not changed, cost the window a quarter of its training speed).
    std::shared_ptr<const TestResults> testResults;
    double iterationsPerSecond = 0.0;
    double elapsedSeconds = 0.0;  // time spent iterating, pauses excluded
    double learningRate = 0.0;
    TrainingState state = TrainingState::Preparing;
    QString statusText;
    bool diverged = false;
    size_t divergedIteration = 0;  // 0-based index of the iteration whose cost was NaN/Inf
    // Early stopping ended the run (Finished, with the best epoch's weights back).
    bool earlyStopped = false;
    // The weights after parametersIteration iterations: `iteration` wherever the run rests or
    // crawls; at full speed they are copied at most a few times a second (kParametersIntervalMs)
    // and shared by the snapshots between, so a view that redraws from them does so only when
    // the pointer changes.
    std::shared_ptr<const Parameters> parameters;
    size_t parametersIteration = 0;
    static constexpr int kParametersIntervalMs = 200;

    bool HasTestSet() const { return TestProbabilities().n_cols > 0; }
    const arma::mat& TestProbabilities() const;  // n[L] × m_test; empty without a test set
    const std::vector<Prediction>& TestPredictions() const;  // one per test example, or none
    // Every class's probability for test example i: {1 − p, p} for a sigmoid output.
    std::vector<double> TestClassProbabilities(arma::uword i) const;
};

using SnapshotPtr = std::shared_ptr<const TrainingSnapshot>;

}  // namespace layerlab

Q_DECLARE_METATYPE(layerlab::SnapshotPtr)
Q_DECLARE_METATYPE(layerlab::TrainingState)
