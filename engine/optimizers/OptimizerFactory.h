#pragma once

#include <memory>

#include "Optimizer.h"
#include "OptimizerKind.h"

namespace layerlab {

// beta1: momentum's β and Adam's β1; beta2: RMSprop's β and Adam's β2; epsilon keeps RMSprop's and
// Adam's division finite. Throws EngineError when a value is out of range.
template <typename eT>
std::unique_ptr<Optimizer<eT>> MakeOptimizer(OptimizerKind kind, double beta1, double beta2,
                                             double epsilon);

// Throws EngineError naming the value and its allowed range.
void CheckOptimizerSettings(double beta1, double beta2, double epsilon);

}  // namespace layerlab
