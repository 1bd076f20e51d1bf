#include "InitializeParameters.h"

#include <cmath>
#include <string>

#include "EngineError.h"
#include "NumpyRandomState.h"

namespace layerlab {

Parameters InitializeParameters(const NetworkSpec& spec, Initializer kind, std::uint64_t seed) {
    spec.Validate();
    Parameters p;
    p.spec = spec;
    p.W.resize(spec.L() + 1);
    p.b.resize(spec.L() + 1);
    // NumPy's legacy generator, seeded as the course's np.random.seed(seed), drawn layer after
    // layer in its order: the Notebook initialiser with seed 1 is the notebook's own start.
    if (seed > 0xffffffffu)
        throw EngineError("seed " + std::to_string(seed) +
                          " refused: a seed is a whole number from 0 to 4294967295, as NumPy's");
    NumpyRandomState rng(static_cast<std::uint32_t>(seed));
    for (size_t l = 1; l <= spec.L(); ++l) {
        const double fanIn = static_cast<double>(spec.sizes[l - 1]);
        const double fanOut = static_cast<double>(spec.sizes[l]);
        p.W[l].set_size(spec.sizes[l], spec.sizes[l - 1]);
        // Row-major draw order, as NumPy fills randn(n[l], n[l-1]); each scale written as the
        // course writes it (a division by sqrt for the notebook's), so the doubles are the same.
        const double root = std::sqrt(fanIn);
        for (arma::uword r = 0; r < p.W[l].n_rows; ++r)
            for (arma::uword c = 0; c < p.W[l].n_cols; ++c) {
                const double z = rng.NextGaussian();
                double w = z;
                switch (kind) {
                    case Initializer::Notebook:
                        w = z / root;
                        break;
                    case Initializer::Small:
                        w = z * 0.01;
                        break;
                    case Initializer::He:
                        w = z * std::sqrt(2.0 / fanIn);
                        break;
                    case Initializer::Xavier:
                        w = z * std::sqrt(2.0 / (fanIn + fanOut));
                        break;
                }
                p.W[l](r, c) = w;
            }
        p.b[l].zeros(spec.sizes[l], 1);
    }
    return p;
}

}  // namespace layerlab
