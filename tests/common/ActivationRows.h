#pragma once

#include <utility>

#include "Activation.h"

// The activations the engine tests sweep: every hidden-layer activation, and each output kind
// (one sigmoid unit, several sigmoid units, softmax).
inline constexpr std::pair<const char*, layerlab::Activation> kHiddenActivations[] = {
    {"relu", layerlab::Activation::ReLU},
    {"leaky_relu", layerlab::Activation::LeakyReLU},
    {"tanh", layerlab::Activation::Tanh},
    {"sigmoid", layerlab::Activation::Sigmoid}};

struct OutputRow {
    const char* name;
    layerlab::Activation activation;
    int units;
};
inline constexpr OutputRow kOutputRows[] = {{"sigmoid1", layerlab::Activation::Sigmoid, 1},
                                            {"sigmoid3", layerlab::Activation::Sigmoid, 3},
                                            {"softmax3", layerlab::Activation::Softmax, 3}};
