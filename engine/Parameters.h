#pragma once

#include <armadillo>
#include <array>
#include <string>
#include <vector>

#include "NetworkSpec.h"

namespace layerlab {

// The weights of a network in float64, the notebook's `parameters` dict: W[l] is n[l] × n[l-1],
// b[l] is n[l] × 1, for l = 1..L (index 0 is unused, as in the course's notation).
// This is the value type that crosses module and thread boundaries and is saved to HDF5.
struct Parameters {
    NetworkSpec spec;
    std::vector<arma::mat> W;
    std::vector<arma::mat> b;
    std::vector<std::string> classNames;
    std::array<arma::uword, 3> imageShape{0, 0, 0};  // height, width, channels; 0 when unknown

    size_t L() const { return spec.L(); }
    // Throws EngineError when the shapes disagree with the spec.
    void Validate() const;
    // Class probabilities, one column per example (n[L] × m), with no training caches.
    arma::mat Predict(const arma::mat& X) const;
};

}  // namespace layerlab
