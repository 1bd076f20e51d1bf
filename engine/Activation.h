#pragma once

#include <armadillo>
#include <optional>
#include <string>
#include <string_view>

namespace layerlab {

// One activation per layer, as the course names them. Softmax is only allowed on the output layer.
enum class Activation { ReLU, LeakyReLU, Tanh, Sigmoid, Softmax };

std::string ToString(Activation a);
std::optional<Activation> ParseActivation(std::string_view name);

// Slope of leaky ReLU for negative inputs (the course's choice).
inline constexpr double kLeakySlope = 0.01;

// A = g(Z), element-wise (column-wise for softmax). A is resized when needed.
template <typename eT>
void ActivationForward(Activation a, const arma::Mat<eT>& Z, arma::Mat<eT>& A);

// Z += b in every column, then A = g(Z): ActivationForward after each_col() += b, bit for bit, in
// one pass over Z instead of two (the mini-batch step is short enough for the second pass to show).
template <typename eT>
void AddBiasAndActivate(Activation a, const arma::Mat<eT>& b, arma::Mat<eT>& Z, arma::Mat<eT>& A);

// dZ = dA * g'(Z) for the element-wise activations; A is g(Z) from the forward pass.
// Softmax uses its full Jacobian per column.
template <typename eT>
void ActivationBackward(Activation a, const arma::Mat<eT>& dA, const arma::Mat<eT>& Z,
                        const arma::Mat<eT>& A, arma::Mat<eT>& dZ);

}  // namespace layerlab
