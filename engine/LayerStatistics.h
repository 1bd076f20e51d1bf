#pragma once

#include <armadillo>
#include <vector>

#include "Activation.h"
#include "Histogram.h"
#include "Parameters.h"

namespace layerlab {

// Mean, standard deviation (population), minimum and maximum of a matrix's elements; all 0 for
// an empty one.
struct ValueSummary {
    double mean = 0.0, stddev = 0.0, min = 0.0, max = 0.0;
    static ValueSummary Of(const arma::mat& values);
};

// One layer after one forward and backward pass over a set of examples: what its weights,
// biases, activations and gradients look like, the numbers the health findings read.
struct LayerStatistics {
    size_t layer = 0;  // 1..L
    arma::uword units = 0, inputs = 0;
    Activation activation = Activation::ReLU;
    ValueSummary W, b, A;  // A over every unit and example
    // Share of A's elements that are exactly 0 (a ReLU unit that is off for an example).
    double zeroShare = 0.0;
    // Units whose output is 0 for every example (a dead ReLU: no gradient ever reaches its
    // weights again), and their share of the layer's units. Always 0 for other activations.
    arma::uword deadUnits = 0;
    double deadShare = 0.0;
    double normW = 0.0, normDW = 0.0, normDb = 0.0;
    // ‖dW[l]‖ / ‖W[l]‖: how far one step of size α moves the layer's weights, relative to
    // their size (0 when W[l] is all zeros).
    double relativeGradient = 0.0;
    // The spread of W[l], of A[l] over every unit and example, and of dW[l] (kHistogramBins
    // bins each): what the layer-health view draws.
    Histogram histW, histA, histDW;
};

inline constexpr size_t kHistogramBins = 24;

struct NetworkStatistics {
    std::vector<LayerStatistics> layers;  // layers[l-1] is layer l
    arma::uword examples = 0;
    double cost = 0.0;
    // A single sigmoid output unit: the share of examples whose output a[L] is below
    // kSaturatedBelow or above 1 − kSaturatedBelow. 0 for other outputs (hasSigmoidOutput).
    bool hasSigmoidOutput = false;
    double saturatedShare = 0.0;
};

// Where the output sigmoid counts as saturated: a < 0.001 or a > 0.999, i.e. |z| > 6.9, where
// σ'(z) < 0.001 and the unit is so sure that being wrong costs at least −log(0.001) ≈ 6.9.
inline constexpr double kSaturatedBelow = 0.001;

// One forward and backward pass (in double, without dropout or L2) of p on X with targets Y.
NetworkStatistics MeasureLayers(const Parameters& p, const arma::mat& X, const arma::mat& Y);

// A[1..L] of p for the examples in x's columns (index 0 unused), from one forward pass.
std::vector<arma::mat> LayerActivations(const Parameters& p, const arma::mat& x);

}  // namespace layerlab
