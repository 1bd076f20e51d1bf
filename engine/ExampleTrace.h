#pragma once

#include <armadillo>
#include <vector>

#include "Parameters.h"

namespace layerlab {

// One example followed all the way through the network, in the course's notation: Z[l], A[l] of
// its forward pass and dZ[l], dW[l], db[l] of its backward pass against its target column y, the
// per-example gradient (m = 1). Vectors are indexed 1..L; A[0] is the example x itself. The
// numbers come from Network's own Forward and Backward, so the views show what training computes.
struct ExampleTrace {
    std::vector<arma::mat> Z, A, dZ, dW, db;

    // x is one column of n[0] features, y the column of targets Backward takes for it (1 × 1 of
    // 0/1 for a sigmoid output, one-hot otherwise). Throws EngineError on mismatched shapes.
    static ExampleTrace Capture(const Parameters& p, const arma::vec& x, const arma::vec& y);
};

}  // namespace layerlab
