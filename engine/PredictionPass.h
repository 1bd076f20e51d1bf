#pragma once

#include <armadillo>
#include <vector>

#include "NetworkSpec.h"

namespace layerlab {

// The forward pass of prediction, written once for everything that predicts (Parameters,
// Network, both trainers): Z[l] = W[l]·A[l-1] + b[l], A[l] = g(Z[l]) for every layer, with no
// dropout and no training caches. W and b are indexed 1..L. Its products and element-wise steps
// are SharedStep's, so a trainer's prediction equals its training pass's output bit for bit.
// Returns A[L] (n[L] × m).
template <typename eT>
arma::Mat<eT> PredictionPass(const NetworkSpec& spec, const std::vector<arma::Mat<eT>>& W,
                             const std::vector<arma::Mat<eT>>& b, const arma::Mat<eT>& X);

// The same pass from layer 1's product Z1 = W[1]·X, which the Gram path keeps without W[1].
template <typename eT>
arma::Mat<eT> PredictionPassFromProduct(const NetworkSpec& spec,
                                        const std::vector<arma::Mat<eT>>& W,
                                        const std::vector<arma::Mat<eT>>& b, arma::Mat<eT> Z1);

}  // namespace layerlab
