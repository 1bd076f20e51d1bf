#pragma once

#include "EnumNames.h"

namespace layerlab {

// The arithmetic a network trains in, chosen at run time.
enum class Precision { Double, Float };

template <>
struct EnumNames<Precision> {
    static constexpr std::string_view kNames = "double|float64|f64;float|float32|f32";
};

}  // namespace layerlab
