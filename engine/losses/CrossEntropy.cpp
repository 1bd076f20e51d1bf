#include "CrossEntropy.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "EngineError.h"

namespace layerlab {

template <typename eT>
double CrossEntropy::SumFromLogits(Activation output, const arma::Mat<eT>& Z,
                                   const arma::Mat<eT>& Y, arma::uword first, arma::uword count) {
    const arma::uword rows = Z.n_rows;
    double total = 0.0;  // accumulate in double: the float cost stays accurate over many examples
    if (output == Activation::Softmax) {
        for (arma::uword c = first; c < first + count; ++c) {
            const eT* z = Z.colptr(c);
            const eT* y = Y.colptr(c);
            double mx = z[0];
            for (arma::uword r = 1; r < rows; ++r) mx = std::max(mx, double(z[r]));
            double sum = 0;
            for (arma::uword r = 0; r < rows; ++r) sum += std::exp(double(z[r]) - mx);
            const double logSum = mx + std::log(sum);
            for (arma::uword r = 0; r < rows; ++r)
                if (y[r] != eT(0)) total -= double(y[r]) * (double(z[r]) - logSum);
        }
        return total;
    }
    const eT* z = Z.colptr(first);
    const eT* y = Y.colptr(first);
    for (arma::uword i = 0; i < rows * count; ++i) {
        const double zi = z[i];
        total += std::max(zi, 0.0) - zi * double(y[i]) + std::log1p(std::exp(-std::abs(zi)));
    }
    return total;
}

double CrossEntropy::Mean(const arma::mat& probabilities, const arma::Row<arma::uword>& y) {
    if (y.n_elem == 0) return std::numeric_limits<double>::quiet_NaN();
    if (probabilities.n_cols != y.n_elem)
        throw EngineError("CrossEntropy::Mean(): " + std::to_string(probabilities.n_cols) +
                          " predictions for " + std::to_string(y.n_elem) + " labels");
    double total = 0.0;
    for (arma::uword c = 0; c < y.n_elem; ++c) {
        if (probabilities.n_rows > 1 && y[c] >= probabilities.n_rows)
            throw EngineError("CrossEntropy::Mean(): label " + std::to_string(y[c]) +
                              " has no output unit among " + std::to_string(probabilities.n_rows));
        const double p = probabilities.n_rows == 1
                             ? (y[c] == 1 ? probabilities(0, c) : 1.0 - probabilities(0, c))
                             : probabilities(y[c], c);
        total -= std::log(std::max(p, kTiny));
    }
    return total / static_cast<double>(y.n_elem);
}

template double CrossEntropy::SumFromLogits<double>(Activation, const arma::mat&, const arma::mat&,
                                                    arma::uword, arma::uword);
template double CrossEntropy::SumFromLogits<float>(Activation, const arma::fmat&, const arma::fmat&,
                                                   arma::uword, arma::uword);

}  // namespace layerlab
