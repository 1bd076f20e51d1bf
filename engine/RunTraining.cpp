#include "RunTraining.h"

#include <algorithm>
#include <cstdio>

#include "EngineError.h"

namespace layerlab {

std::string DivergenceMessage(size_t iteration) {
    return "cost diverged at iteration " + std::to_string(iteration) +
           " — try a smaller learning rate";
}

std::string DivergenceMessage(size_t iteration, const TrainOptions& options, size_t examples) {
    const bool plainStep = options.optimizer == OptimizerKind::GradientDescent ||
                           options.optimizer == OptimizerKind::Momentum;
    const double shrink = options.learningRate * options.l2 / double(std::max<size_t>(1, examples));
    if (options.l2 <= 0.0 || !plainStep || shrink < 2.0) return DivergenceMessage(iteration);
    char text[320];
    std::snprintf(text, sizeof text,
                  "cost diverged at iteration %zu — L2 λ %g is too large: with learning rate "
                  "%g and %zu training examples each update scales the weights by 1 − α·λ/m = "
                  "%.3g; give a λ below %.3g (2m/α)",
                  iteration, options.l2, options.learningRate, examples, 1.0 - shrink,
                  2.0 * double(examples) / options.learningRate);
    return text;
}

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
    for (size_t i = 0; i < iterations; ++i) {
        if (stop && stop->load(std::memory_order_relaxed)) {
            result.status = RunResult::Status::Stopped;
            return result;
        }
        const StepResult step = trainer.Step();
        if (step.diverged) {
            result.status = RunResult::Status::Diverged;
            result.message = trainer.DivergenceReason(step.iteration);
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
