#pragma once

#include <array>
#include <string_view>
#include <utility>

#include "EnumNames.h"

namespace layerlab {

// The update rules of the course's "Optimization methods" week.
enum class OptimizerKind { GradientDescent, Momentum, RMSprop, Adam };

template <>
struct EnumNames<OptimizerKind> {
    static constexpr std::array<std::pair<OptimizerKind, std::string_view>, 6> kTable{{
        {OptimizerKind::GradientDescent, "gd"},
        {OptimizerKind::GradientDescent, "sgd"},
        {OptimizerKind::GradientDescent, "gradient_descent"},
        {OptimizerKind::Momentum, "momentum"},
        {OptimizerKind::RMSprop, "rmsprop"},
        {OptimizerKind::Adam, "adam"},
    }};
};

}  // namespace layerlab
