#pragma once

#include <armadillo>

#include "Activation.h"

namespace layerlab {

// Slope of leaky ReLU for negative inputs (the course's choice).
inline constexpr double kLeakySlope = 0.01;

// Z += b in every column, then A = g(Z), element by element (softmax: column by column), in
// one pass over Z instead of two (the mini-batch step is short enough for the second pass to show).
template <typename eT>
void AddBiasAndActivate(Activation a, const arma::Mat<eT>& b, arma::Mat<eT>& Z, arma::Mat<eT>& A);

// dZ = dA * g'(Z) for the element-wise activations; A is g(Z) from the forward pass.
// Softmax uses its full Jacobian per column.
template <typename eT>
void ActivationBackward(Activation a, const arma::Mat<eT>& dA, const arma::Mat<eT>& Z,
                        const arma::Mat<eT>& A, arma::Mat<eT>& dZ);

}  // namespace layerlab
