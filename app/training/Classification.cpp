#include "Classification.h"

namespace layerlab {

Classification::Classification(arma::mat p)
    : probabilities(std::move(p)), predictions(Predict(probabilities)) {}

std::vector<double> Classification::ClassProbabilities(arma::uword i) const {
    return layerlab::ClassProbabilities(probabilities, i);
}

std::vector<Prediction> Classification::Predict(const arma::mat& probabilities) {
    std::vector<Prediction> out;
    out.reserve(probabilities.n_cols);
    for (arma::uword c = 0; c < probabilities.n_cols; ++c)
        out.push_back(PredictColumn(probabilities, c));
    return out;
}

}  // namespace layerlab
