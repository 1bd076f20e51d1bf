#pragma once

#include <armadillo>

#include "Activation.h"

namespace layerlab {

// The course's cost, written once: binary cross-entropy for one sigmoid output unit,
// categorical for a softmax output,
//   J = −(1/m) Σ [y log a + (1 − y) log(1 − a)]   or   J = −(1/m) Σ Σ_k y_k log a_k.
class CrossEntropy {
public:
    // Σ over columns [first, first + count) of the loss, from the output layer's Z[L] and the
    // targets Y (0/1, one-hot for softmax), in double whatever eT is. Computed from Z, so a
    // saturated output never takes log(0):
    //   sigmoid: −[y log σ(z) + (1−y) log(1−σ(z))] = max(z, 0) − z·y + log(1 + e^−|z|)
    //   softmax: −Σ y_k (z_k − log Σ_j e^z_j), with the maximum subtracted before exp.
    template <typename eT>
    static double SumFromLogits(Activation output, const arma::Mat<eT>& Z, const arma::Mat<eT>& Y,
                                arma::uword first, arma::uword count);

    // The mean cost of probabilities (n[L] × m) against class labels y, for what a model reports
    // (snapshots, validation, evaluation). Probabilities are clamped to at least kTiny, so a
    // confident mistake costs a large finite amount (−log 1e-15 ≈ 34.5). NaN without examples.
    static double Mean(const arma::mat& probabilities, const arma::Row<arma::uword>& y);
    static constexpr double kTiny = 1e-15;
};

}  // namespace layerlab
