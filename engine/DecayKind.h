#pragma once

#include "EnumNames.h"

namespace layerlab {

// The course's learning-rate decay schedules, evaluated per epoch (0-based).
enum class DecayKind {
    None,         // α = α0
    Inverse,      // α = α0 / (1 + rate · epoch)
    Exponential,  // α = α0 · rate^epoch
    Step,         // α = α0 / (1 + rate · ⌊epoch / interval⌋), the course's schedule_lr_decay
};

template <>
struct EnumNames<DecayKind> {
    static constexpr std::string_view kNames = "none;inverse;exp|exponential;step";
};

}  // namespace layerlab
