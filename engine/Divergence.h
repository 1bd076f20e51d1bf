#pragma once

#include <optional>
#include <string>

#include "StepResult.h"
#include "TrainOptions.h"

namespace layerlab {

// When a run has diverged, decided here once for every trainer, so the window and the command
// line end the same runs. A cost that is NaN or Inf has diverged; so has a cost over the whole
// training set (a full-batch step's, or a mini-batch epoch's) more than kGrowth times the run's
// first cost. The reference is at least 1 (a guess costs ln 2 for two classes, ln 10 for ten),
// so a model that starts already trained, at 0.001, may bump to 2. A mean cross-entropy of 10
// means the network gives the right class a probability of about 5e-5 on average: no learning
// run gets there, while a rate far too large does at once (the course network at rate 100 goes
// from 0.77 to 14 in one step, then bounces between 1 and 19 with its ReLUs dead). A single
// mini-batch's cost is never judged by size: a batch of one confidently wrong example may cost
// 10 in a healthy run.
class Divergence {
public:
    static constexpr double kGrowth = 10.0;

    // Whether a cost over the whole training set ends the run; the first cost seen (here or in
    // CheckBatch) is the reference for the rest.
    bool Check(double cost);
    // Whether a mini-batch's cost ends the run: only when it is NaN or Inf.
    bool CheckBatch(double cost);
    // The first cost seen; NaN before any.
    double FirstCost() const;

private:
    std::optional<double> m_first;
};

// What happened and what to try, for a step that diverged at learning rate α0 learningRate:
// "cost diverged at iteration 12: it grew from 0.69 to 2.1e+07; the learning rate 100 is too
// large, try 1".
std::string DivergenceMessage(const StepResult& step, double learningRate);
// When λ, not the learning rate, made a run of options on `examples` training examples diverge:
// with L2 and a plain gradient step (gradient descent, momentum) every update scales the weights
// by 1 − α·λ/m, which makes them grow once α·λ/m reaches 2, whatever the learning rate's own
// size. Empty otherwise.
std::optional<std::string> L2DivergenceMessage(size_t iteration, const TrainOptions& options,
                                               size_t examples);

}  // namespace layerlab
