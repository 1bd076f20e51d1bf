#include "InitializeParameters.h"

#include <cmath>
#include <random>

namespace layerlab {

Parameters InitializeParameters(const NetworkSpec& spec, Initializer kind, std::uint64_t seed) {
    spec.Validate();
    Parameters p;
    p.spec = spec;
    p.W.resize(spec.L() + 1);
    p.b.resize(spec.L() + 1);
    // Our own generator, not Armadillo's global one, so runs are reproducible on every platform
    // and independent of anything else drawing random numbers.
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (size_t l = 1; l <= spec.L(); ++l) {
        const double fanIn = static_cast<double>(spec.sizes[l - 1]);
        const double fanOut = static_cast<double>(spec.sizes[l]);
        double scale = 1.0;
        switch (kind) {
            case Initializer::Notebook:
                scale = 1.0 / std::sqrt(fanIn);
                break;
            case Initializer::Small:
                scale = 0.01;
                break;
            case Initializer::He:
                scale = std::sqrt(2.0 / fanIn);
                break;
            case Initializer::Xavier:
                scale = std::sqrt(2.0 / (fanIn + fanOut));
                break;
        }
        p.W[l].set_size(spec.sizes[l], spec.sizes[l - 1]);
        // Row-major draw order, as NumPy fills randn(n[l], n[l-1]).
        for (arma::uword r = 0; r < p.W[l].n_rows; ++r)
            for (arma::uword c = 0; c < p.W[l].n_cols; ++c) p.W[l](r, c) = normal(rng) * scale;
        p.b[l].zeros(spec.sizes[l], 1);
    }
    return p;
}

}  // namespace layerlab
