#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>

#include "StepResult.h"
#include "TrainOptions.h"
#include "Trainer.h"

namespace layerlab {

struct RunResult {
    enum class Status { Finished, Stopped, Diverged, EarlyStopped };
    Status status = Status::Finished;
    size_t iterations = 0;  // iterations completed
    // For Diverged: "cost diverged at iteration N — try a smaller learning rate"; for
    // EarlyStopped: which epoch's weights were kept and why.
    std::string message;
};

// Runs `iterations` steps, calling observer after each (return false to stop), and checking stop
// (may be null) before each. Refuses zero iterations.
RunResult RunTraining(Trainer& trainer, size_t iterations,
                      const std::function<bool(const StepResult&)>& observer,
                      const std::atomic<bool>* stop = nullptr);

std::string DivergenceMessage(size_t iteration);
// The same for a run with options on `examples` training examples: with L2 and a plain gradient
// step (gradient descent, momentum) every update scales the weights by 1 − α·λ/m, which makes
// them grow once α·λ/m reaches 2, whatever the learning rate's own size; then λ is named.
std::string DivergenceMessage(size_t iteration, const TrainOptions& options, size_t examples);
std::string EarlyStopMessage(const StepResult& step);

}  // namespace layerlab
