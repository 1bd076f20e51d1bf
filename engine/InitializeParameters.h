#pragma once

#include <cstdint>

#include "Initializer.h"
#include "Parameters.h"

namespace layerlab {

// Fresh parameters for spec, reproducible from seed.
Parameters InitializeParameters(const NetworkSpec& spec, Initializer kind, std::uint64_t seed);

}  // namespace layerlab
