#pragma once

#include <armadillo>

namespace layerlab {

// Cross-entropy of probabilities (n[L] × m) against labels y, for display: binary for one sigmoid
// unit, categorical otherwise. Probabilities are clamped away from 0 and 1 so a saturated network
// shows a large finite cost rather than Inf. NaN when y is empty.
double DisplayCost(const arma::mat& probabilities, const arma::Row<arma::uword>& y);

}  // namespace layerlab
