#pragma once

#include <armadillo>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace layerlab {

// A labelled set of images: one example per column (features in row, column, channel order, as
// NumPy's reshape flattens them), the class index of each in y.
//
// The examples are held in one of two forms. Pictures keep their 8-bit codes, each feature
// FromCode(code) = code / 255 as the course computes it: a quarter of a float's room and an eighth
// of a double's, and a trainer converts them once into its own precision, so the images never sit
// in memory in two precisions (Fashion-MNIST: 47 MB of codes instead of 376 MB of doubles beside
// the trainer's 188 MB of floats). Computed features (standardised, or made by a test) are doubles
// in X. Exactly one of X and codes holds the examples; the other is empty.
struct DataSet {
    arma::mat X;
    arma::Mat<std::uint8_t> codes;
    arma::Row<arma::uword> y;
    std::vector<std::string> classNames;
    std::array<arma::uword, 3> imageShape{0, 0, 0};  // height, width, channels
    std::string source;                              // file or folder it came from
    // How the data was read where the user may want to know (the scale assumed for float
    // pixels); never fatal. Loaders pass them on as their warnings.
    std::vector<std::string> warnings;

    bool HoldsCodes() const { return !codes.is_empty(); }
    arma::uword Count() const { return HoldsCodes() ? codes.n_cols : X.n_cols; }
    arma::uword Features() const { return HoldsCodes() ? codes.n_rows : X.n_rows; }
    // The one rule from a pixel's code to its feature, exactly x / 255 in float64 as NumPy does.
    static double FromCode(std::uint8_t code) { return code / 255.0; }
    // FromCode of count codes into eT, as a loop the compiler vectorises (a training batch is
    // converted every step). In float, code / 255.0f is float(code / 255.0) for every one of the
    // 256 codes (tst_training checks all), so both precisions see the values NumPy computes.
    template <typename eT>
    static void ConvertCodes(const std::uint8_t* codes, eT* out, size_t count) {
        for (size_t i = 0; i < count; ++i)
            out[i] = static_cast<eT>(codes[i]) / static_cast<eT>(255);
    }
    // All examples in the precision eT (a copy): what a trainer trains on.
    template <typename eT>
    arma::Mat<eT> Values() const;
    // Example i's features as doubles.
    arma::vec Column(arma::uword i) const;
    // The examples at cols (labels too, names and shape kept), in the same form as this set.
    DataSet Columns(const arma::uvec& cols) const;
    // X for code that changes features in place (the standardiser): codes become doubles first.
    arma::mat& Doubles();
    // Frees the examples once a trainer holds its own copy; the labels stay.
    void ReleaseExamples();
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
