#pragma once

#include <armadillo>
#include <array>
#include <string>
#include <vector>

namespace layerlab {

// A labelled set of images: one example per column of X (features in row, column, channel
// order, as NumPy's reshape flattens them), the class index of each in y.
struct DataSet {
    arma::mat X;
    arma::Row<arma::uword> y;
    std::vector<std::string> classNames;
    std::array<arma::uword, 3> imageShape{0, 0, 0};  // height, width, channels
    std::string source;                              // file or folder it came from
    // How the data was read where the user may want to know (the scale assumed for float
    // pixels); never fatal. Loaders pass them on as their warnings.
    std::vector<std::string> warnings;

    arma::uword Count() const { return X.n_cols; }
    arma::uword Features() const { return X.n_rows; }
    size_t ClassCount() const { return classNames.size(); }
    // Examples per class, in class order.
    std::vector<arma::uword> CountPerClass() const;
    // Throws EngineError when X, y and the class names disagree.
    void Validate() const;
    // The targets a network with outputUnits outputs trains on: 1 × m of 0/1 for a single sigmoid
    // unit, one-hot n × m otherwise. Throws when a label has no output unit.
    template <typename eT>
    arma::Mat<eT> Targets(arma::uword outputUnits) const;
    // The one rule for outputs and classes: one sigmoid unit tells 2 classes apart, otherwise
    // there is one unit per class. Throws EngineError saying what to change.
    static void RequireOutputsFit(arma::uword outputUnits, size_t classCount);
};

// Training and test sets, as the course hands them over.
struct DataSplit {
    DataSet train;
    DataSet test;  // may be empty
};

}  // namespace layerlab
