#pragma once

#include <armadillo>

#include "DataSet.h"
#include "Parameters.h"

namespace layerlab {

// Compares backprop's gradients with central differences (J(θ+ε) - J(θ-ε)) / 2ε over every
// parameter, in precision eT, and returns the course's relative difference
// ‖grad - approx‖ / (‖grad‖ + ‖approx‖). Below ~1e-7 in double means backprop is right.
// l2 > 0 checks the regularised cost and gradient too (λ/(2m) Σ‖W‖², m = X's columns).
template <typename eT>
double GradientCheck(const Parameters& p, const arma::mat& X, const arma::mat& Y, double epsilon,
                     double l2 = 0.0);

}  // namespace layerlab
