#pragma once

#include "EnumNames.h"

namespace layerlab {

// The update rules of the course's "Optimization methods" week.
enum class OptimizerKind { GradientDescent, Momentum, RMSprop, Adam };

template <>
struct EnumNames<OptimizerKind> {
    static constexpr std::string_view kNames = "gd|sgd|gradient_descent;momentum;rmsprop;adam";
};

}  // namespace layerlab
