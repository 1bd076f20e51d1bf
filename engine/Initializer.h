#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "Parameters.h"

namespace layerlab {

// How W[l] is drawn; b[l] always starts at 0.
enum class Initializer {
    Notebook,  // randn / sqrt(n[l-1]), the course's deep-network notebook
    Small,     // randn * 0.01, the course's first notebooks
    He,        // randn * sqrt(2 / n[l-1]) (He et al. 2015)
    Xavier,    // randn * sqrt(2 / (n[l-1] + n[l])) (Glorot & Bengio 2010)
};

std::string ToString(Initializer i);
std::optional<Initializer> ParseInitializer(std::string_view name);

// Fresh parameters for spec, reproducible from seed.
Parameters InitializeParameters(const NetworkSpec& spec, Initializer kind, std::uint64_t seed);

}  // namespace layerlab
