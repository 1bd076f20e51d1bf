#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "DataSet.h"
#include "Parameters.h"

namespace layerlab {

enum class Precision { Double, Float };
std::string ToString(Precision p);
std::optional<Precision> ParsePrecision(std::string_view name);

struct TrainOptions {
    double learningRate = 0.0075;
    Precision precision = Precision::Double;
    // Lets Create pick the Gram-matrix path (GramTrainer) where it applies; tests turn it off to
    // compare it with the direct path.
    bool allowFastPath = true;

    // True while every option is the notebook's: full batch, plain gradient descent, nothing that
    // makes an update other than -lr·dW. Only then can the Gram path stand in for the direct one.
    bool IsPlainFullBatchGradientDescent() const { return true; }
};

// What one iteration did: the cost before its update (the notebook's costs[i]).
struct StepResult {
    size_t iteration = 0;  // 0-based index of the iteration just done
    double cost = 0.0;
    bool diverged = false;  // the cost was NaN or Inf: the update was not applied
};

// Trains a network on one data set, one iteration at a time, in the precision chosen at run time.
// The app drives it from its worker thread; the command line through RunTraining.
class Trainer {
public:
    // Refuses (EngineError) a learning rate <= 0, an input size that does not match the data and
    // labels without an output unit. test may be null; it is kept by pointer and must outlive this.
    static std::unique_ptr<Trainer> Create(const Parameters& initial, const DataSet& train,
                                           const DataSet* test, const TrainOptions& options);
    virtual ~Trainer() = default;

    virtual StepResult Step() = 0;
    virtual size_t Iteration() const = 0;  // iterations done so far
    virtual void SetLearningRate(double learningRate) = 0;
    virtual double LearningRate() const = 0;
    virtual Precision GetPrecision() const = 0;

    // Probabilities (n[L] × m) with the current weights.
    virtual arma::mat Predict(const arma::mat& X) const = 0;
    virtual arma::mat TrainProbabilities() const = 0;
    virtual arma::mat TestProbabilities() const = 0;  // empty without a test set
    virtual Parameters CurrentParameters() const = 0;
};

struct RunResult {
    enum class Status { Finished, Stopped, Diverged };
    Status status = Status::Finished;
    size_t iterations = 0;  // iterations completed
    std::string
        message;  // for Diverged: "cost diverged at iteration N — try a smaller learning rate"
};

// Runs `iterations` steps, calling observer after each (return false to stop), and checking stop
// (may be null) before each. Refuses zero iterations.
RunResult RunTraining(Trainer& trainer, size_t iterations,
                      const std::function<bool(const StepResult&)>& observer,
                      const std::atomic<bool>* stop = nullptr);

std::string DivergenceMessage(size_t iteration);
// Throws EngineError unless 0 < lr < inf.
void CheckLearningRate(double lr);

}  // namespace layerlab
