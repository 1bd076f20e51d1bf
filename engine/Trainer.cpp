#include "Trainer.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "DirectTrainer.h"
#include "EngineError.h"
#include "GramTrainer.h"

namespace layerlab {

std::string ToString(Precision p) {
    return p == Precision::Float ? "float" : "double";
}

std::optional<Precision> ParsePrecision(std::string_view name) {
    if (name == "double" || name == "float64" || name == "f64") return Precision::Double;
    if (name == "float" || name == "float32" || name == "f32") return Precision::Float;
    return std::nullopt;
}

void CheckLearningRate(double lr) {
    if (!(lr > 0.0) || !std::isfinite(lr)) {
        std::ostringstream text;  // "0", "-0.5", "inf": to_string's "0.000000" hides small rates
        text << lr;
        throw EngineError("learning rate " + text.str() +
                          " refused: it must be greater than 0 (e.g. 0.0075)");
    }
}

std::string DivergenceMessage(size_t iteration) {
    return "cost diverged at iteration " + std::to_string(iteration) +
           " — try a smaller learning rate";
}

bool TrainOptions::IsPlainFullBatchGradientDescent() const {
    const bool everyKeepIsOne = std::all_of(keepProbabilities.begin(), keepProbabilities.end(),
                                            [](double k) { return k == 1.0; });
    return optimizer == OptimizerKind::GradientDescent && batchSize == 0 && l2 == 0.0 &&
           everyKeepIsOne && decay == DecayKind::None && earlyStopPatience == 0;
}

void TrainOptions::Validate(size_t L, size_t trainCount) const {
    CheckLearningRate(learningRate);
    CheckOptimizerSettings(beta1, beta2, epsilon);
    CheckDecay(decay, decayRate, decayInterval);
    if (!(l2 >= 0.0) || !std::isfinite(l2))
        throw EngineError("L2 lambda " + std::to_string(l2) +
                          " refused: it must be at least 0 (e.g. 0.7)");
    if (!keepProbabilities.empty() && keepProbabilities.size() != L)
        throw EngineError(std::to_string(keepProbabilities.size()) +
                          " dropout keep probabilities given for " + std::to_string(L) +
                          " layers: give one per layer after the input, the last 1");
    if (threads > kMaxThreads)
        throw EngineError(std::to_string(threads) + " training threads refused: give at most " +
                          std::to_string(kMaxThreads) + ", or 0 to let LayerLab choose");
    if (earlyStopPatience > 0) {
        if (!(validationFraction > 0.0 && validationFraction < 1.0))
            throw EngineError("validation fraction " + std::to_string(validationFraction) +
                              " refused: early stopping needs a share between 0 and 1 (e.g. 0.1)");
        const size_t held = ValidationCount(trainCount);
        if (held == 0 || held >= trainCount)
            throw EngineError(
                "early stopping needs examples both to train on and to validate on; " +
                std::to_string(trainCount) + " training examples are too few");
    }
}

size_t TrainOptions::ValidationCount(size_t trainCount) const {
    if (earlyStopPatience == 0) return 0;
    return static_cast<size_t>(std::llround(validationFraction * static_cast<double>(trainCount)));
}

std::string EarlyStopMessage(const StepResult& step) {
    return "stopped early after epoch " + std::to_string(step.epoch + 1) +
           ": the validation cost was lowest after epoch " + std::to_string(step.bestEpoch + 1) +
           ", whose weights are kept";
}

namespace {

// The Gram path where it applies (the notebook's run), the direct path everywhere else.
template <typename eT>
std::unique_ptr<Trainer> CreateIn(const Parameters& initial, const DataSet& train,
                                  const DataSet* test, const TrainOptions& options) {
    if (GramTrainer<eT>::Applies(initial.spec, train.Count(), options))
        return std::make_unique<GramTrainer<eT>>(initial, train, test, options);
    return std::make_unique<DirectTrainer<eT>>(initial, train, test, options);
}

}  // namespace

std::unique_ptr<Trainer> Trainer::Create(const Parameters& initial, const DataSet& train,
                                         const DataSet* test, const TrainOptions& options) {
    initial.Validate();
    train.Validate();
    options.Validate(initial.L(), train.Count());
    if (train.Features() != initial.spec.sizes[0])
        throw EngineError("the network's input size is " + std::to_string(initial.spec.sizes[0]) +
                          " but the data's examples have " + std::to_string(train.Features()) +
                          " values: make the first layer size " + std::to_string(train.Features()));
    if (test && test->Count() > 0) {
        test->Validate();
        if (test->Features() != train.Features())
            throw EngineError(
                test->source + ": the test examples have " + std::to_string(test->Features()) +
                " values but the training examples have " + std::to_string(train.Features()));
        (void)test->Targets<double>(initial.spec.sizes.back());  // refuse labels without a unit
    }
    std::unique_ptr<Trainer> trainer = options.precision == Precision::Float
                                           ? CreateIn<float>(initial, train, test, options)
                                           : CreateIn<double>(initial, train, test, options);
    trainer->m_classNames = initial.classNames.empty() ? train.classNames : initial.classNames;
    trainer->m_imageShape = train.imageShape;
    return trainer;
}

Parameters Trainer::CurrentParameters() const {
    Parameters p = CurrentWeights();
    p.classNames = m_classNames;
    p.imageShape = m_imageShape;
    return p;
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
            result.message = DivergenceMessage(step.iteration);
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
