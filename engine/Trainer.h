#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "DataSet.h"
#include "LearningRateDecay.h"
#include "Parameters.h"
#include "optimizers/Optimizer.h"

namespace layerlab {

enum class Precision { Double, Float };
std::string ToString(Precision p);
std::optional<Precision> ParsePrecision(std::string_view name);

// How a network trains. The defaults are the notebook's: full-batch gradient descent, no
// regularisation, no decay, no early stopping.
struct TrainOptions {
    double learningRate = 0.0075;  // α0: the rate of epoch 0, before any decay
    Precision precision = Precision::Double;

    OptimizerKind optimizer = OptimizerKind::GradientDescent;
    double beta1 = 0.9;     // momentum's β and Adam's β1
    double beta2 = 0.999;   // RMSprop's β and Adam's β2
    double epsilon = 1e-8;  // RMSprop and Adam

    // Examples per update; 0 (or ≥ m) is the whole training set in its own order, unshuffled.
    size_t batchSize = 0;
    // Seeds the mini-batch order, the dropout masks and the validation split.
    std::uint64_t seed = 1;

    double l2 = 0.0;  // λ; the penalty divides by the training-set size m, whatever the batch
    // Keep probability per layer 1..L (the output's must be 1); empty = no dropout.
    std::vector<double> keepProbabilities;

    DecayKind decay = DecayKind::None;
    double decayRate = 1.0;
    size_t decayInterval = 1000;  // epochs between the steps of DecayKind::Step (the course's)

    // Early stopping: 0 = off; otherwise stop when the validation cost has not improved for this
    // many epochs and restore the best epoch's weights. The validation split is held out of
    // training: validationFraction of the training set, drawn with seed.
    size_t earlyStopPatience = 0;
    double validationFraction = 0.1;

    // Threads sharing each direct step, by columns of the batch: 0 lets the trainer choose (the
    // machine's cores, up to 4, once a step's products are big enough to gain from them).
    size_t threads = 0;
    static constexpr size_t kMaxThreads = 64;

    // Lets Create pick the Gram-matrix path (GramTrainer) where it applies; tests turn it off to
    // compare it with the direct path.
    bool allowFastPath = true;

    // True while every option is the notebook's: full batch, plain gradient descent, nothing that
    // makes an update other than -lr·dW. Only then can the Gram path stand in for the direct one.
    bool IsPlainFullBatchGradientDescent() const;
    // Throws EngineError naming the first refused value, for a network of L layers trained on
    // trainCount examples.
    void Validate(size_t L, size_t trainCount) const;
    // Examples held out for early stopping's validation (0 when it is off).
    size_t ValidationCount(size_t trainCount) const;

    bool operator==(const TrainOptions&) const = default;
};

// What one update did. A Step() is one update on one mini-batch; in full-batch training every
// step is also a whole epoch.
struct StepResult {
    size_t iteration = 0;       // 0-based index of the update just done
    double cost = 0.0;          // the mini-batch's cost before the update (the notebook's costs[i])
    bool diverged = false;      // the cost was NaN or Inf: the update was not applied
    size_t epoch = 0;           // 0-based epoch this update belongs to
    size_t batch = 0;           // 0-based mini-batch within the epoch
    double learningRate = 0.0;  // the rate this update used, after decay

    // Filled when epochEnded: this update was the epoch's last mini-batch.
    bool epochEnded = false;
    double epochCost = 0.0;       // the epoch's mini-batch costs averaged per example
    double epochAccuracy = 0.0;   // train accuracy on the epoch's mini-batches as they were seen
    double validationCost = 0.0;  // with early stopping: the validation set's cost after the epoch
    // Early stopping's patience ran out: the weights of bestEpoch are back in place.
    bool earlyStopped = false;
    size_t bestEpoch = 0;
};

// Trains a network on one data set, one iteration at a time, in the precision chosen at run time.
// The app drives it from its worker thread; the command line through RunTraining. Call it from one
// thread at a time, const methods included: a trainer may share its steps and predictions with
// threads of its own (DirectTrainer's ThreadTeam), which serve one call at a time.
class Trainer {
public:
    // Refuses (EngineError) a learning rate <= 0, an input size that does not match the data and
    // labels without an output unit. test may be null; it is kept by pointer and must outlive this.
    static std::unique_ptr<Trainer> Create(const Parameters& initial, const DataSet& train,
                                           const DataSet* test, const TrainOptions& options);
    virtual ~Trainer() = default;

    virtual StepResult Step() = 0;
    virtual size_t Iteration() const = 0;  // iterations (updates) done so far
    // Updates per epoch: 1 in full-batch training.
    virtual size_t StepsPerEpoch() const { return 1; }
    // Epochs completed so far.
    virtual size_t Epoch() const { return Iteration() / StepsPerEpoch(); }
    // Sets α0, the rate before decay; the next update uses it.
    virtual void SetLearningRate(double learningRate) = 0;
    virtual double LearningRate() const = 0;
    virtual Precision GetPrecision() const = 0;

    // Probabilities (n[L] × m) with the current weights.
    virtual arma::mat Predict(const arma::mat& X) const = 0;
    // Every training example in its given order, early stopping's validation split included.
    virtual arma::mat TrainProbabilities() const = 0;
    virtual arma::mat TestProbabilities() const = 0;  // empty without a test set
    // The current weights, labelled with the class names and image shape they learned from.
    Parameters CurrentParameters() const;

protected:
    // The current weights alone: what differs between training paths.
    virtual Parameters CurrentWeights() const = 0;

private:
    // What the model describes, the same whichever path trains it; set once by Create.
    std::vector<std::string> m_classNames;
    std::array<arma::uword, 3> m_imageShape{0, 0, 0};
};

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
std::string EarlyStopMessage(const StepResult& step);
// Throws EngineError unless 0 < lr < inf.
void CheckLearningRate(double lr);

}  // namespace layerlab
