#include "Parameters.h"

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
}

arma::mat Parameters::Predict(const arma::mat& X) const {
    return PredictionPass(spec, W, b, X);
}

}  // namespace layerlab
