#pragma once

#include <array>
#include <string_view>
#include <utility>

#include "EnumNames.h"

namespace layerlab {

// How W[l] is drawn; b[l] always starts at 0.
enum class Initializer {
    Notebook,  // randn / sqrt(n[l-1]), the course's deep-network notebook
    Small,     // randn * 0.01, the course's first notebooks
    He,        // randn * sqrt(2 / n[l-1]) (He et al. 2015)
    Xavier,    // randn * sqrt(2 / (n[l-1] + n[l])) (Glorot & Bengio 2010)
};

template <>
struct EnumNames<Initializer> {
    static constexpr std::array<std::pair<Initializer, std::string_view>, 5> kTable{{
        {Initializer::Notebook, "notebook"},
        {Initializer::Small, "small"},
        {Initializer::He, "he"},
        {Initializer::Xavier, "xavier"},
        {Initializer::Xavier, "glorot"},
    }};
};

}  // namespace layerlab
