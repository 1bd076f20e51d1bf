#pragma once

#include <armadillo>
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "Parameters.h"
#include "Precision.h"
#include "StepResult.h"

namespace layerlab {

// Trains a network on one data set, one iteration at a time, in the precision chosen at run time.
// The app drives it from its worker thread; the command line through RunTraining; TrainerFactory
// builds it. Call it from one thread at a time, const methods included: a trainer may share its
// steps and predictions with threads of its own (DirectTrainer's ThreadTeam), which serve one call
// at a time.
class Trainer {
public:
    virtual ~Trainer() = default;

    virtual StepResult Step() = 0;
    virtual size_t Iteration() const = 0;  // iterations (updates) done so far
    // Updates per epoch: 1 in full-batch training.
    virtual size_t StepsPerEpoch() const { return 1; }
    // Epochs completed so far.
    virtual size_t Epoch() const { return Iteration() / StepsPerEpoch(); }
    // Sets α0, the rate before decay; the next update uses it. Refuses what CheckLearningRate
    // refuses.
    void SetLearningRate(double learningRate);
    virtual double LearningRate() const = 0;
    virtual Precision GetPrecision() const = 0;

    // Probabilities (n[L] × m) with the current weights.
    virtual arma::mat Predict(const arma::mat& X) const = 0;
    // Every training example in its given order, early stopping's validation split included.
    virtual arma::mat TrainProbabilities() const = 0;
    // The training examples at columns only (a stride of a large set), from the trainer's own
    // copy of them: no second copy of the images is needed to measure on a part.
    virtual arma::mat TrainProbabilities(const arma::uvec& columns) const {
        return TrainProbabilities().cols(columns);
    }
    virtual arma::mat TestProbabilities() const = 0;  // empty without a test set
    // The current weights, labelled with the class names and image shape they learned from.
    Parameters CurrentParameters() const;
    // Why the cost diverged at step, and what to change: DivergenceMessage's text, or the
    // trainer's own reading of its options (an L2 λ too large for them).
    virtual std::string DivergenceReason(const StepResult& step) const;

protected:
    // The current weights alone: what differs between training paths.
    virtual Parameters CurrentWeights() const = 0;
    virtual void ApplyLearningRate(double learningRate) = 0;

private:
    friend class TrainerFactory;
    // What the model describes, the same whichever path trains it; set once by TrainerFactory.
    std::vector<std::string> m_classNames;
    std::array<arma::uword, 3> m_imageShape{0, 0, 0};
};

}  // namespace layerlab
