#include "DataSet.h"

#include <algorithm>
#include <cmath>

#include "EngineError.h"

namespace layerlab {

std::vector<arma::uword> DataSet::CountPerClass() const {
    std::vector<arma::uword> counts(classNames.size(), 0);
    for (arma::uword label : y)
        if (label < counts.size()) ++counts[label];
    return counts;
}

void DataSet::Validate() const {
    if (y.n_elem != X.n_cols)
        throw EngineError(source + ": " + std::to_string(X.n_cols) + " examples but " +
                          std::to_string(y.n_elem) + " labels");
    if (classNames.size() < 2)
        throw EngineError(source + ": a data set needs at least 2 classes, it has " +
                          std::to_string(classNames.size()));
    for (arma::uword i = 0; i < y.n_elem; ++i)
        if (y[i] >= classNames.size())
            throw EngineError(source + ": label " + std::to_string(y[i]) + " of example " +
                              std::to_string(i) + " is outside the " +
                              std::to_string(classNames.size()) + " classes");
}

template <typename eT>
arma::Mat<eT> DataSet::Targets(arma::uword outputUnits) const {
    if (outputUnits == 1) {
        if (classNames.size() > 2)
            throw EngineError(
                "one sigmoid output unit can tell 2 classes apart, the data has " +
                std::to_string(classNames.size()) +
                ": give the output layer one unit per class with softmax, or pick 2 classes");
        arma::Mat<eT> Y(1, y.n_elem);
        for (arma::uword i = 0; i < y.n_elem; ++i) Y(0, i) = y[i] == 1 ? eT(1) : eT(0);
        return Y;
    }
    if (outputUnits != classNames.size())
        throw EngineError("the output layer has " + std::to_string(outputUnits) +
                          " units but the data has " + std::to_string(classNames.size()) +
                          " classes: make the last layer size " +
                          std::to_string(classNames.size()));
    arma::Mat<eT> Y(outputUnits, y.n_elem, arma::fill::zeros);
    for (arma::uword i = 0; i < y.n_elem; ++i) Y(y[i], i) = eT(1);
    return Y;
}

template arma::Mat<double> DataSet::Targets<double>(arma::uword) const;
template arma::Mat<float> DataSet::Targets<float>(arma::uword) const;

arma::Row<arma::uword> PredictedClasses(const arma::mat& probabilities) {
    arma::Row<arma::uword> out(probabilities.n_cols);
    for (arma::uword c = 0; c < probabilities.n_cols; ++c)
        out[c] = probabilities.n_rows == 1 ? (probabilities(0, c) > 0.5 ? 1 : 0)
                                           : probabilities.col(c).index_max();
    return out;
}

double CrossEntropy(const arma::mat& probabilities, const arma::Row<arma::uword>& y) {
    if (y.n_elem == 0) return 0.0;
    constexpr double tiny = 1e-15;
    double total = 0.0;
    for (arma::uword c = 0; c < y.n_elem; ++c) {
        double p = probabilities.n_rows == 1
                       ? (y[c] == 1 ? probabilities(0, c) : 1.0 - probabilities(0, c))
                       : probabilities(y[c], c);
        total -= std::log(std::clamp(p, tiny, 1.0));
    }
    return total / static_cast<double>(y.n_elem);
}

double Accuracy(const arma::mat& probabilities, const arma::Row<arma::uword>& y) {
    if (y.n_elem == 0) return 0.0;
    const arma::Row<arma::uword> predicted = PredictedClasses(probabilities);
    return static_cast<double>(arma::accu(predicted == y)) / static_cast<double>(y.n_elem);
}

}  // namespace layerlab
