#include "TrainOptions.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "EngineError.h"
#include "LearningRateDecay.h"
#include "optimizers/OptimizerFactory.h"

namespace layerlab {

void CheckLearningRate(double lr) {
    if (!(lr > 0.0) || !std::isfinite(lr)) {
        std::ostringstream text;  // "0", "-0.5", "inf": to_string's "0.000000" hides small rates
        text << lr;
        throw EngineError("learning rate " + text.str() +
                          " refused: it must be greater than 0 (e.g. 0.0075)");
    }
}

void CheckKeepProbabilities(const std::vector<double>& keep, size_t L) {
    if (keep.empty()) return;
    if (keep.size() != L)
        throw EngineError(std::to_string(keep.size()) + " dropout keep probabilities given for " +
                          std::to_string(L) +
                          " layers: give one per layer after the input, the last 1");
    for (size_t l = 1; l <= L; ++l) {
        const double k = keep[l - 1];
        if (!(k > 0.0 && k <= 1.0))
            throw EngineError("keep probability " + std::to_string(k) + " of layer " +
                              std::to_string(l) +
                              " refused: it must be above 0 and at most 1 (e.g. 0.8)");
    }
    if (keep.back() != 1.0)
        throw EngineError(
            "the output layer's keep probability must be 1: dropout belongs on hidden layers");
}

void CheckL2(double lambda) {
    if (!(lambda >= 0.0) || !std::isfinite(lambda))
        throw EngineError("L2 lambda " + std::to_string(lambda) +
                          " refused: it must be at least 0 (e.g. 0.7)");
}

bool TrainOptions::IsPlainFullBatchGradientDescent() const {
    const bool everyKeepIsOne = std::all_of(keepProbabilities.begin(), keepProbabilities.end(),
                                            [](double k) { return k == 1.0; });
    return optimizer == OptimizerKind::GradientDescent && batchSize == 0 && l2 == 0.0 &&
           everyKeepIsOne && decay == DecayKind::None && earlyStopPatience == 0;
}

void TrainOptions::Validate(size_t L, size_t trainCount) const {
    CheckLearningRate(learningRate);
    CheckOptimizerSettings(beta1, beta2, epsilon);
    CheckDecay(decay, decayRate, decayInterval);
    CheckL2(l2);
    CheckKeepProbabilities(keepProbabilities, L);
    if (threads > kMaxThreads)
        throw EngineError(std::to_string(threads) + " training threads refused: give at most " +
                          std::to_string(kMaxThreads) + ", or 0 to let LayerLab choose");
    if (earlyStopPatience > 0) {
        if (!(validationFraction > 0.0 && validationFraction < 1.0))
            throw EngineError("validation fraction " + std::to_string(validationFraction) +
                              " refused: early stopping needs a share between 0 and 1 (e.g. 0.1)");
        const size_t held = ValidationCount(trainCount);
        if (held == 0 || held >= trainCount)
            throw EngineError(
                "early stopping needs examples both to train on and to validate on; " +
                std::to_string(trainCount) + " training examples are too few");
    }
}

size_t TrainOptions::ValidationCount(size_t trainCount) const {
    if (earlyStopPatience == 0) return 0;
    return static_cast<size_t>(std::llround(validationFraction * static_cast<double>(trainCount)));
}

size_t TrainOptions::StepsPerEpoch(size_t trainCount) const {
    const size_t m = trainCount - ValidationCount(trainCount);
    if (batchSize == 0 || batchSize >= m) return 1;
    return (m + batchSize - 1) / batchSize;
}

}  // namespace layerlab
