#pragma once

#include <armadillo>
#include <vector>

namespace layerlab {

// How a matrix's values are spread: bins of equal width from its smallest to its largest value,
// what the layer-health view draws for weights, activations and gradients. The edges follow the
// values (not a fixed range) so a layer whose weights shrink to 10⁻⁴ still shows its shape.
struct Histogram {
    double lo = 0.0, hi = 0.0;        // the first bin's left edge, the last bin's right edge
    std::vector<arma::uword> counts;  // bins in order; the largest value counts in the last
    arma::uword total = 0;            // values counted (non-finite ones are left out)

    // bins > 0 bins over values' finite elements. All equal values (or none) give one filled
    // bin centred on the value with lo == hi; an empty or all-NaN matrix gives zero counts.
    static Histogram Of(const arma::mat& values, size_t bins);
    double BinWidth() const { return counts.empty() ? 0.0 : (hi - lo) / double(counts.size()); }
    arma::uword Largest() const;  // the fullest bin's count (0 when empty)
};

}  // namespace layerlab
