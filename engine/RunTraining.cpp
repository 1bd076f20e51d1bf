#include "RunTraining.h"

#include <algorithm>
#include <cstdio>

#include "EngineError.h"

namespace layerlab {

std::string EarlyStopMessage(const StepResult& step) {
    return "stopped early after epoch " + std::to_string(step.epoch + 1) +
           ": the validation cost was lowest after epoch " + std::to_string(step.bestEpoch + 1) +
           ", whose weights are kept";
}

RunResult RunTraining(Trainer& trainer, size_t iterations,
                      const std::function<bool(const StepResult&)>& observer,
                      const std::atomic<bool>* stop) {
    if (iterations == 0) throw EngineError("0 iterations refused: train for at least 1 iteration");
    RunResult result;
    const size_t start = trainer.Iteration();
    for (size_t i = 0; i < iterations; ++i) {
        if (stop && stop->load(std::memory_order_relaxed)) {
            result.status = RunResult::Status::Stopped;
            return result;
        }
        const StepResult step = trainer.Step();
        if (step.diverged) {
            result.status = RunResult::Status::Diverged;
            result.message = trainer.DivergenceReason(step);
            result.iterations = trainer.Iteration() - start;  // an epoch's updates count
            if (observer) observer(step);
            return result;
        }
        ++result.iterations;
        if (observer && !observer(step)) {
            result.status = RunResult::Status::Stopped;
            return result;
        }
        if (step.earlyStopped) {
            result.status = RunResult::Status::EarlyStopped;
            result.message = EarlyStopMessage(step);
            return result;
        }
    }
    return result;
}

}  // namespace layerlab
