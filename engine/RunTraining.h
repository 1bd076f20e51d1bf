#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>

#include "Divergence.h"
#include "StepResult.h"
#include "TrainOptions.h"
#include "Trainer.h"

namespace layerlab {

struct RunResult {
    enum class Status { Finished, Stopped, Diverged, EarlyStopped };
    Status status = Status::Finished;
    size_t iterations = 0;  // iterations completed
    // For Diverged: what grew to what, and the learning rate to try (DivergenceMessage); for
    // EarlyStopped: which epoch's weights were kept and why.
    std::string message;
};

// Runs `iterations` steps, calling observer after each (return false to stop), and checking stop
// (may be null) before each. Refuses zero iterations.
RunResult RunTraining(Trainer& trainer, size_t iterations,
                      const std::function<bool(const StepResult&)>& observer,
                      const std::atomic<bool>* stop = nullptr);

std::string EarlyStopMessage(const StepResult& step);

}  // namespace layerlab
