#include "Prediction.h"

#include <limits>

#include "EngineError.h"

namespace layerlab {

Prediction PredictColumn(const arma::mat& probabilities, arma::uword c) {
    const arma::uword cls = PredictedClass(probabilities.colptr(c), probabilities.n_rows);
    const double p = probabilities.n_rows == 1
                         ? (cls == 1 ? probabilities(0, c) : 1.0 - probabilities(0, c))
                         : probabilities(cls, c);
    return {cls, p};
}

std::vector<double> ClassProbabilities(const arma::mat& probabilities, arma::uword c) {
    if (probabilities.n_rows == 1) return {1.0 - probabilities(0, c), probabilities(0, c)};
    const double* p = probabilities.colptr(c);
    return std::vector<double>(p, p + probabilities.n_rows);
}

arma::Row<arma::uword> PredictedClasses(const arma::mat& probabilities) {
    arma::Row<arma::uword> out(probabilities.n_cols);
    for (arma::uword c = 0; c < probabilities.n_cols; ++c)
        out[c] = PredictedClass(probabilities.colptr(c), probabilities.n_rows);
    return out;
}

double Accuracy(const arma::mat& probabilities, const arma::Row<arma::uword>& y) {
    if (y.n_elem == 0) return std::numeric_limits<double>::quiet_NaN();
    if (probabilities.n_cols != y.n_elem)
        throw EngineError("Accuracy(): " + std::to_string(probabilities.n_cols) +
                          " predictions for " + std::to_string(y.n_elem) + " labels");
    arma::uword correct = 0;
    for (arma::uword c = 0; c < y.n_elem; ++c)
        correct += PredictedClass(probabilities.colptr(c), probabilities.n_rows) == y[c];
    return static_cast<double>(correct) / static_cast<double>(y.n_elem);
}

}  // namespace layerlab
