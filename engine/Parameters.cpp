#include "Parameters.h"

#include <cmath>
#include <utility>

#include "EngineError.h"
#include "PredictionPass.h"

namespace layerlab {

void Parameters::Validate() const {
    spec.Validate();
    if (W.size() != L() + 1 || b.size() != L() + 1)
        throw EngineError("the parameters hold " + std::to_string(W.size() ? W.size() - 1 : 0) +
                          " layers but the network has " + std::to_string(L()));
    for (size_t l = 1; l <= L(); ++l) {
        if (W[l].n_rows != spec.sizes[l] || W[l].n_cols != spec.sizes[l - 1])
            throw EngineError("W" + std::to_string(l) + " is " + std::to_string(W[l].n_rows) +
                              " × " + std::to_string(W[l].n_cols) + " but layer " +
                              std::to_string(l) + " needs " + std::to_string(spec.sizes[l]) +
                              " × " + std::to_string(spec.sizes[l - 1]));
        if (b[l].n_rows != spec.sizes[l] || b[l].n_cols != 1)
            throw EngineError("b" + std::to_string(l) + " is " + std::to_string(b[l].n_rows) +
                              " × " + std::to_string(b[l].n_cols) + " but layer " +
                              std::to_string(l) + " needs " + std::to_string(spec.sizes[l]) +
                              " × 1");
    }
    // NaN or Inf weights predict nonsense with full confidence: refuse them by name.
    for (size_t l = 1; l <= L(); ++l)
        for (const auto& [kind, m] : {std::pair{'W', &W[l]}, std::pair{'b', &b[l]}}) {
            const arma::uvec bad = arma::find_nonfinite(*m);
            if (bad.is_empty()) continue;
            const arma::uword row = bad[0] % m->n_rows, col = bad[0] / m->n_rows;
            const double v = (*m)(row, col);
            throw EngineError(std::string(1, kind) + std::to_string(l) + " holds " +
                              (std::isnan(v) ? "NaN"
                               : v > 0       ? "Inf"
                                             : "-Inf") +
                              " at row " + std::to_string(row + 1) + ", column " +
                              std::to_string(col + 1) + " (" + std::to_string(bad.n_elem) +
                              " of its " + std::to_string(m->n_elem) +
                              " values are NaN or Inf); the weights are damaged or their "
                              "training diverged: retrain them");
        }
}

arma::mat Parameters::Predict(const arma::mat& X) const {
    return PredictionPass(spec, W, b, X);
}

}  // namespace layerlab
