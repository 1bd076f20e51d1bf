#pragma once

#include <armadillo>
#include <vector>

namespace layerlab {

// The predicted class and the network's confidence in it: the one rule everything that shows or
// counts a prediction uses. A single (sigmoid) output unit is class 1's probability, thresholded
// at 0.5; several units are one probability per class, and the largest wins (the first on ties).
struct Prediction {
    arma::uword predictedClass = 0;
    double confidence = 0.0;  // the probability of predictedClass
};

// The rule on one column of n output probabilities (n = 1 for a sigmoid output).
template <typename eT>
inline arma::uword PredictedClass(const eT* probabilities, arma::uword n) {
    if (n == 1) return probabilities[0] > eT(0.5) ? 1 : 0;
    arma::uword best = 0;
    for (arma::uword r = 1; r < n; ++r)
        if (probabilities[r] > probabilities[best]) best = r;
    return best;
}

// How many of columns [first, first + count) of probabilities predict the class their targets Y
// mark (one row of 0/1 for a sigmoid unit, one-hot columns otherwise): a training pass's accuracy.
template <typename eT>
inline arma::uword CorrectPredictions(const arma::Mat<eT>& probabilities, const arma::Mat<eT>& Y,
                                      arma::uword first, arma::uword count) {
    arma::uword correct = 0;
    for (arma::uword c = first; c < first + count; ++c) {
        const arma::uword predicted = PredictedClass(probabilities.colptr(c), probabilities.n_rows);
        correct += probabilities.n_rows == 1 ? predicted == (Y(0, c) > eT(0.5) ? 1u : 0u)
                                             : Y(predicted, c) > eT(0.5);
    }
    return correct;
}

// Column c of probabilities (n[L] × m).
Prediction PredictColumn(const arma::mat& probabilities, arma::uword c);
// Every class's probability for column c: {1 − p, p} for a sigmoid output.
std::vector<double> ClassProbabilities(const arma::mat& probabilities, arma::uword c);
// The predicted class of every column.
arma::Row<arma::uword> PredictedClasses(const arma::mat& probabilities);
// Share of columns whose predicted class equals y; NaN without examples.
double Accuracy(const arma::mat& probabilities, const arma::Row<arma::uword>& y);

}  // namespace layerlab
