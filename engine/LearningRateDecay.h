#pragma once

#include <cstddef>

#include "DecayKind.h"

namespace layerlab {

// The rate an update in this epoch uses. Epoch 0 always trains at α0.
double DecayedLearningRate(DecayKind kind, double initial, double rate, size_t interval,
                           size_t epoch);
// Throws EngineError unless the rate and interval make sense for kind.
void CheckDecay(DecayKind kind, double rate, size_t interval);

}  // namespace layerlab
