#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace layerlab {

// The course's learning-rate decay schedules, evaluated per epoch (0-based).
enum class DecayKind {
    None,         // α = α0
    Inverse,      // α = α0 / (1 + rate · epoch)
    Exponential,  // α = α0 · rate^epoch
    Step,         // α = α0 / (1 + rate · ⌊epoch / interval⌋), the course's schedule_lr_decay
};

std::string ToString(DecayKind kind);
std::optional<DecayKind> ParseDecay(std::string_view name);

// The rate an update in this epoch uses. Epoch 0 always trains at α0.
double DecayedLearningRate(DecayKind kind, double initial, double rate, size_t interval,
                           size_t epoch);
// Throws EngineError unless the rate and interval make sense for kind.
void CheckDecay(DecayKind kind, double rate, size_t interval);

}  // namespace layerlab
