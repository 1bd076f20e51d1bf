#include "PredictionPass.h"

#include <string>

#include "ActivationFunctions.h"
#include "EngineError.h"
#include "parallel/BlockProducts.h"

namespace layerlab {

template <typename eT>
arma::Mat<eT> PredictionPass(const NetworkSpec& spec, const std::vector<arma::Mat<eT>>& W,
                             const std::vector<arma::Mat<eT>>& b, const arma::Mat<eT>& X) {
    if (X.n_rows != spec.sizes[0])
        throw EngineError("the input has " + std::to_string(X.n_rows) +
                          " features but the network expects " + std::to_string(spec.sizes[0]));
    arma::Mat<eT> Z1(W[1].n_rows, X.n_cols);
    ProductColumns(W[1], X, 0, X.n_cols, Z1);
    return PredictionPassFromProduct(spec, W, b, std::move(Z1));
}

template <typename eT>
arma::Mat<eT> PredictionPassFromProduct(const NetworkSpec& spec,
                                        const std::vector<arma::Mat<eT>>& W,
                                        const std::vector<arma::Mat<eT>>& b, arma::Mat<eT> Z) {
    arma::Mat<eT> A;
    for (size_t l = 1; l <= spec.L(); ++l) {
        if (l > 1) {
            Z.set_size(W[l].n_rows, A.n_cols);
            ProductColumns(W[l], A, 0, A.n_cols, Z);
        }
        AddBiasAndActivate(spec.activations[l - 1], b[l], Z, A);
    }
    return A;
}

template arma::mat PredictionPass<double>(const NetworkSpec&, const std::vector<arma::mat>&,
                                          const std::vector<arma::mat>&, const arma::mat&);
template arma::fmat PredictionPass<float>(const NetworkSpec&, const std::vector<arma::fmat>&,
                                          const std::vector<arma::fmat>&, const arma::fmat&);
template arma::mat PredictionPassFromProduct<double>(const NetworkSpec&,
                                                     const std::vector<arma::mat>&,
                                                     const std::vector<arma::mat>&, arma::mat);
template arma::fmat PredictionPassFromProduct<float>(const NetworkSpec&,
                                                     const std::vector<arma::fmat>&,
                                                     const std::vector<arma::fmat>&, arma::fmat);

}  // namespace layerlab
