#pragma once

#include <armadillo>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "DataSet.h"
#include "Network.h"
#include "Parameters.h"

namespace layerlab {

// Compares backprop's gradients with central differences (J(θ+ε) - J(θ-ε)) / 2ε over every
// parameter, in precision eT, and returns the course's relative difference
// ‖grad - approx‖ / (‖grad‖ + ‖approx‖). Below ~1e-7 in double means backprop is right.
// l2 > 0 checks the regularised cost and gradient too (λ/(2m) Σ‖W‖², m = X's columns).
template <typename eT>
double GradientCheck(const Parameters& p, const arma::mat& X, const arma::mat& Y, double epsilon,
                     double l2 = 0.0);

// The course's verdict on a relative difference: below 1e-7 backprop is right, above 1e-5 it
// very likely has a bug, in between it is probably right but worth a second look.
enum class GradientVerdict { Good, Acceptable, Suspicious };
inline constexpr double kGradientGoodBelow = 1e-7;
inline constexpr double kGradientSuspiciousAbove = 1e-5;
GradientVerdict VerdictOf(double difference);

// One tensor's share of a check (W[l] or b[l]): how many of its elements were perturbed, and
// the relative difference over those alone.
struct GradientCheckPart {
    arma::uword checked = 0;
    arma::uword total = 0;
    double difference = 0.0;
};

struct GradientCheckLayer {
    size_t layer = 0;  // 1..L
    GradientCheckPart W, b;
};

struct GradientCheckReport {
    std::vector<GradientCheckLayer> layers;
    double difference = 0.0;  // over every checked element of every layer
    arma::uword checked = 0;
    arma::uword total = 0;
};

template <typename eT>
struct GradientCheckOptions {
    double epsilon = 1e-7;
    double l2 = 0.0;
    // At most this many elements of each W[l] and of each b[l] are perturbed, drawn without
    // replacement from sampleSeed (0 = every element). Central differences cost two forward
    // passes per element: every weight of a 12288-input network is hours of work, a sample of
    // a few hundred per tensor a second, and a wrong derivative spoils every element of a
    // layer, so a sample still finds it.
    arma::uword samplePerTensor = 0;
    std::uint64_t sampleSeed = 1;
    // The mutation tests' seam: called once on the network after Backward and before its
    // gradients are compared, so a test can replace them with a deliberately wrong backward pass
    // and see the check fail. Empty in every real use.
    std::function<void(Network<eT>&, const arma::Mat<eT>& Y)> afterBackward;
};

// The same check as GradientCheck, reported per layer and optionally on a sample.
template <typename eT>
GradientCheckReport GradientCheckLayers(const Parameters& p, const arma::mat& X, const arma::mat& Y,
                                        const GradientCheckOptions<eT>& options);

// The elements of a tensor of n elements that a check with samplePerTensor perturbs, in
// ascending order: all of them, or a seeded sample.
std::vector<arma::uword> SampledElements(arma::uword n, arma::uword samplePerTensor,
                                         std::uint64_t seed);

}  // namespace layerlab
