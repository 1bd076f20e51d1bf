#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "DecayKind.h"
#include "Precision.h"
#include "optimizers/OptimizerKind.h"

namespace layerlab {

// How a network trains. The defaults are the notebook's: full-batch gradient descent, no
// regularisation, no decay, no early stopping.
struct TrainOptions {
    double learningRate = 0.0075;  // α0: the rate of epoch 0, before any decay
    Precision precision = Precision::Double;

    OptimizerKind optimizer = OptimizerKind::GradientDescent;
    double beta1 = 0.9;     // momentum's β and Adam's β1
    double beta2 = 0.999;   // RMSprop's β and Adam's β2
    double epsilon = 1e-8;  // RMSprop and Adam

    // Examples per update; 0 (or ≥ m) is the whole training set in its own order, unshuffled.
    size_t batchSize = 0;
    // Seeds the mini-batch order, the dropout masks and the validation split.
    std::uint64_t seed = 1;

    double l2 = 0.0;  // λ; the penalty divides by the training-set size m, whatever the batch
    // Keep probability per layer 1..L (the output's must be 1); empty = no dropout.
    // ({} lets a designated initialiser leave it out without -Wmissing-field-initializers.)
    std::vector<double> keepProbabilities{};

    DecayKind decay = DecayKind::None;
    double decayRate = 1.0;
    size_t decayInterval = 1000;  // epochs between the steps of DecayKind::Step (the course's)

    // Early stopping: 0 = off; otherwise stop when the validation cost has not improved for this
    // many epochs and restore the best epoch's weights. The validation split is held out of
    // training: validationFraction of the training set, drawn with seed.
    size_t earlyStopPatience = 0;
    double validationFraction = 0.1;

    // Threads sharing each direct step (parallel/SharedStep says how the work is cut): 0 lets the
    // trainer choose (the machine's cores, up to 4, once a step's products are big enough).
    size_t threads = 0;
    static constexpr size_t kMaxThreads = 64;

    // Lets TrainerFactory pick the Gram-matrix path (GramTrainer) where it applies; tests turn it
    // off to compare it with the direct path.
    bool allowGramPath = true;

    // Updates per epoch for trainCount examples: ⌈(m − held out) / batch⌉, 1 for the full batch.
    size_t StepsPerEpoch(size_t trainCount) const;

    // True while every option is the notebook's: full batch, plain gradient descent, nothing that
    // makes an update other than -lr·dW. Only then can the Gram path stand in for the direct one.
    bool IsPlainFullBatchGradientDescent() const;
    // Throws EngineError naming the first refused value, for a network of L layers trained on
    // trainCount examples.
    void Validate(size_t L, size_t trainCount) const;
    // Examples held out for early stopping's validation (0 when it is off).
    size_t ValidationCount(size_t trainCount) const;

    bool operator==(const TrainOptions&) const = default;
};

// Throws EngineError unless 0 < lr < inf: the one learning-rate rule.
void CheckLearningRate(double lr);
// Throws EngineError unless keep is empty (no dropout) or holds one probability per layer 1..L,
// each above 0 and at most 1, the output layer's 1: the one dropout rule.
void CheckKeepProbabilities(const std::vector<double>& keep, size_t L);
// Throws EngineError unless 0 <= λ < inf: the one L2 rule.
void CheckL2(double lambda);

}  // namespace layerlab
