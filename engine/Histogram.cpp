#include "Histogram.h"

#include <algorithm>
#include <cmath>

namespace layerlab {

Histogram Histogram::Of(const arma::mat& values, size_t bins) {
    Histogram h;
    h.counts.assign(std::max<size_t>(bins, 1), 0);
    bool any = false;
    for (const double v : values) {
        if (!std::isfinite(v)) continue;
        if (!any) h.lo = h.hi = v;
        h.lo = std::min(h.lo, v);
        h.hi = std::max(h.hi, v);
        any = true;
    }
    if (!any) return h;
    const double width = (h.hi - h.lo) / double(h.counts.size());
    const size_t last = h.counts.size() - 1;
    for (const double v : values) {
        if (!std::isfinite(v)) continue;
        // Equal values (width 0) all fall in the middle bin, so a constant layer draws one bar.
        const size_t bin =
            width > 0.0 ? std::min(last, size_t((v - h.lo) / width)) : h.counts.size() / 2;
        ++h.counts[bin];
        ++h.total;
    }
    return h;
}

arma::uword Histogram::Largest() const {
    return counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
}

}  // namespace layerlab
