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

template <typename eT>
arma::Mat<eT> DataSet::Values() const {
    if (!HoldsCodes()) return arma::conv_to<arma::Mat<eT>>::from(X);
    arma::Mat<eT> out(codes.n_rows, codes.n_cols);
    ConvertCodes(codes.memptr(), out.memptr(), codes.n_elem);
    return out;
}

template arma::Mat<double> DataSet::Values<double>() const;
template arma::Mat<float> DataSet::Values<float>() const;

arma::vec DataSet::Column(arma::uword i) const {
    if (i >= Count())
        throw EngineError(source + ": there is no example " + std::to_string(i) + " of " +
                          std::to_string(Count()));
    if (!HoldsCodes()) return X.col(i);
    arma::vec out(codes.n_rows);
    ConvertCodes(codes.colptr(i), out.memptr(), codes.n_rows);
    return out;
}

DataSet DataSet::Columns(const arma::uvec& cols) const {
    DataSet out;
    if (HoldsCodes())
        out.codes = codes.cols(cols);
    else
        out.X = X.cols(cols);
    out.y = y.cols(cols);
    out.classNames = classNames;
    out.imageShape = imageShape;
    out.source = source;
    out.warnings = warnings;
    return out;
}

arma::mat& DataSet::Doubles() {
    if (HoldsCodes()) {
        X = Values<double>();
        codes.reset();
    }
    return X;
}

void DataSet::ReleaseExamples() {
    X.reset();
    codes.reset();
}

void DataSet::Validate() const {
    if (HoldsCodes() && !X.is_empty())
        throw EngineError(source + ": holds its examples both as codes and as doubles");
    if (y.n_elem != Count())
        throw EngineError(source + ": " + std::to_string(Count()) + " examples but " +
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
