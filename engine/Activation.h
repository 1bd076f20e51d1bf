#pragma once

#include "EnumNames.h"

namespace layerlab {

// One activation per layer, as the course names them. Softmax is only allowed on the output layer.
enum class Activation { ReLU, LeakyReLU, Tanh, Sigmoid, Softmax };

template <>
struct EnumNames<Activation> {
    static constexpr std::string_view kNames =
        "relu;leaky_relu|leakyrelu|leaky;tanh;sigmoid;softmax";
};

}  // namespace layerlab
