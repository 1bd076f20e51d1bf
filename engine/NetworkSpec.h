#pragma once

#include <armadillo>
#include <string>
#include <vector>

#include "Activation.h"

namespace layerlab {

// The architecture: sizes n[0..L] and one activation per layer 1..L (activations[l-1] is layer l).
struct NetworkSpec {
    std::vector<arma::uword> sizes;
    std::vector<Activation> activations;

    size_t L() const { return sizes.empty() ? 0 : sizes.size() - 1; }
    Activation OutputActivation() const { return activations.back(); }
    arma::uword ParameterCount() const;

    // The course's default: ReLU on every hidden layer, sigmoid on one output unit, softmax on
    // more.
    static NetworkSpec WithDefaultActivations(std::vector<arma::uword> sizes);

    // Throws EngineError naming the problem ("layer 2 has 0 units: ...").
    void Validate() const;

    bool operator==(const NetworkSpec&) const = default;
};

// Parses "12288,20,7,5,1"; throws EngineError on anything else.
std::vector<arma::uword> ParseLayerSizes(const std::string& text);
// Parses "relu,relu,sigmoid"; throws EngineError on an unknown name.
std::vector<Activation> ParseActivations(const std::string& text);

}  // namespace layerlab
