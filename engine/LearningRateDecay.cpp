#include "LearningRateDecay.h"

#include <cmath>

#include "EngineError.h"

namespace layerlab {

double DecayedLearningRate(DecayKind kind, double initial, double rate, size_t interval,
                           size_t epoch) {
    const double e = static_cast<double>(epoch);
    switch (kind) {
        case DecayKind::None:
            return initial;
        case DecayKind::Inverse:
            return initial / (1.0 + rate * e);
        case DecayKind::Exponential:
            return initial * std::pow(rate, e);
        case DecayKind::Step:
            return initial / (1.0 + rate * static_cast<double>(epoch / (interval ? interval : 1)));
    }
    return initial;
}

void CheckDecay(DecayKind kind, double rate, size_t interval) {
    if (!std::isfinite(rate))
        throw EngineError("decay rate " + std::to_string(rate) + " refused: give a finite number");
    if (kind == DecayKind::Exponential && !(rate > 0.0 && rate <= 1.0))
        throw EngineError(
            "exponential decay rate " + std::to_string(rate) +
            " refused: it must be above 0 and at most 1 (e.g. 0.95 keeps 95% per epoch)");
    if ((kind == DecayKind::Inverse || kind == DecayKind::Step) && rate < 0.0)
        throw EngineError("decay rate " + std::to_string(rate) +
                          " refused: it must be at least 0 (e.g. 1)");
    if (kind == DecayKind::Step && interval == 0)
        throw EngineError(
            "step decay interval 0 refused: give the number of epochs between steps (e.g. 10)");
}

}  // namespace layerlab
