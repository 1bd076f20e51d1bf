#pragma once

#include <cstdint>
#include <vector>

#include "InitializeParameters.h"
#include "Parameters.h"

// A seeded He-initialised net whose biases are not zero (biasStep × (i + 1), the sign alternating
// by layer), so a sum or a gradient that forgot b would show.
inline layerlab::Parameters BiasedNet(const std::vector<arma::uword>& sizes,
                                      const std::vector<layerlab::Activation>& activations,
                                      std::uint64_t seed, double biasStep) {
    using namespace layerlab;
    Parameters p = InitializeParameters(NetworkSpec{sizes, activations}, Initializer::He, seed);
    for (size_t l = 1; l <= p.L(); ++l)
        for (arma::uword i = 0; i < p.b[l].n_rows; ++i)
            p.b[l](i, 0) = biasStep * static_cast<double>(i + 1) * (l % 2 == 0 ? -1.0 : 1.0);
    return p;
}
