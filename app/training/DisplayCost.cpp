#include "DisplayCost.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace layerlab {

double DisplayCost(const arma::mat& probabilities, const arma::Row<arma::uword>& y) {
    const arma::uword m = y.n_elem;
    if (m == 0 || probabilities.n_cols != m) return std::numeric_limits<double>::quiet_NaN();
    static constexpr double eps = 1e-12;
    const auto clampedLog = [](double p) { return std::log(std::clamp(p, eps, 1.0 - eps)); };
    double total = 0.0;
    for (arma::uword i = 0; i < m; ++i) {
        if (probabilities.n_rows == 1) {
            const double p = probabilities(0, i);
            total -= y[i] == 1 ? clampedLog(p) : clampedLog(1.0 - p);
        } else if (y[i] < probabilities.n_rows) {
            total -= clampedLog(probabilities(y[i], i));
        }
    }
    return total / static_cast<double>(m);
}

}  // namespace layerlab
