#pragma once

#include <array>
#include <string_view>
#include <utility>

#include "EnumNames.h"

namespace layerlab {

// One activation per layer, as the course names them. Softmax is only allowed on the output layer.
enum class Activation { ReLU, LeakyReLU, Tanh, Sigmoid, Softmax };

template <>
struct EnumNames<Activation> {
    static constexpr std::array<std::pair<Activation, std::string_view>, 7> kTable{{
        {Activation::ReLU, "relu"},
        {Activation::LeakyReLU, "leaky_relu"},
        {Activation::LeakyReLU, "leakyrelu"},
        {Activation::LeakyReLU, "leaky"},
        {Activation::Tanh, "tanh"},
        {Activation::Sigmoid, "sigmoid"},
        {Activation::Softmax, "softmax"},
    }};
};

}  // namespace layerlab
