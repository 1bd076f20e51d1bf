#pragma once

#include <array>
#include <string_view>
#include <utility>

#include "EnumNames.h"

namespace layerlab {

// The arithmetic a network trains in, chosen at run time.
enum class Precision { Double, Float };

template <>
struct EnumNames<Precision> {
    static constexpr std::array<std::pair<Precision, std::string_view>, 6> kTable{{
        {Precision::Double, "double"},
        {Precision::Double, "float64"},
        {Precision::Double, "f64"},
        {Precision::Float, "float"},
        {Precision::Float, "float32"},
        {Precision::Float, "f32"},
    }};
};

}  // namespace layerlab
