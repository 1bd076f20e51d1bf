#pragma once

#include <armadillo>

#include "Activation.h"

namespace layerlab {

// Slope of leaky ReLU for negative inputs (the course's choice).
inline constexpr double kLeakySlope = 0.01;

// A = g(Z), element by element (softmax: column by column, shifted by the column's maximum so
// exp never overflows).
template <typename eT>
void Activate(Activation a, const arma::Mat<eT>& Z, arma::Mat<eT>& A);

// Z.each_col() += b, then A = g(Z), with the same arithmetic as Activate but in one pass over Z
// instead of two (the mini-batch step is short enough for the second pass to show).
template <typename eT>
void AddBiasAndActivate(Activation a, const arma::Mat<eT>& b, arma::Mat<eT>& Z, arma::Mat<eT>& A);

// dZ = dA ∘ g'(Z) for a hidden layer; A is g(Z) from the forward pass. Softmax is refused: it is
// only allowed on the output layer, whose dZ[L] = A[L] − Y comes from the cost, not from here.
template <typename eT>
void ActivationBackward(Activation a, const arma::Mat<eT>& dA, const arma::Mat<eT>& Z,
                        const arma::Mat<eT>& A, arma::Mat<eT>& dZ);

}  // namespace layerlab
