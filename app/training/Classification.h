#pragma once

#include <armadillo>
#include <vector>

#include "Prediction.h"

namespace layerlab {

// What a network makes of some examples: the probabilities it gives and, by engine/Prediction.h's
// rule, each example's predicted class and confidence, worked out once in the app layer so that
// views only show them.
struct Classification {
    arma::mat probabilities;              // n[L] × m; one row is a sigmoid's class-1 probability
    std::vector<Prediction> predictions;  // one per column

    Classification() = default;
    explicit Classification(arma::mat p);

    arma::uword Count() const { return probabilities.n_cols; }
    // Every class's probability for example i: {1 − p, p} for a sigmoid output.
    std::vector<double> ClassProbabilities(arma::uword i) const;
    // Each column's prediction.
    static std::vector<Prediction> Predict(const arma::mat& probabilities);
};

}  // namespace layerlab
