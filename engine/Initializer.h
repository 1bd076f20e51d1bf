#pragma once

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
    static constexpr std::string_view kNames = "notebook;small;he;xavier|glorot";
};

}  // namespace layerlab
