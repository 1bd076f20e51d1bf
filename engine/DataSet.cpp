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

void DataSet::RequireOutputsFit(arma::uword outputUnits, size_t classCount) {
    if (outputUnits == 1) {
        if (classCount > 2)
            throw EngineError(
                "one sigmoid output unit can tell 2 classes apart, the data has " +
                std::to_string(classCount) +
                ": give the output layer one unit per class with softmax, or pick 2 classes");
        return;
    }
    if (outputUnits != classCount)
        throw EngineError("the output layer has " + std::to_string(outputUnits) +
                          " units but the data has " + std::to_string(classCount) +
                          " classes: make the last layer size " + std::to_string(classCount));
}

template <typename eT>
arma::Mat<eT> DataSet::Targets(arma::uword outputUnits) const {
    RequireOutputsFit(outputUnits, classNames.size());
    if (outputUnits == 1) {
        arma::Mat<eT> Y(1, y.n_elem);
        for (arma::uword i = 0; i < y.n_elem; ++i) Y(0, i) = y[i] == 1 ? eT(1) : eT(0);
        return Y;
    }
    arma::Mat<eT> Y(outputUnits, y.n_elem, arma::fill::zeros);
    for (arma::uword i = 0; i < y.n_elem; ++i) Y(y[i], i) = eT(1);
    return Y;
}

template arma::Mat<double> DataSet::Targets<double>(arma::uword) const;
template arma::Mat<float> DataSet::Targets<float>(arma::uword) const;

}  // namespace layerlab
