#pragma once

#include <cstddef>

namespace layerlab {

// What one update did. A Step() is one update on one mini-batch; in full-batch training every
// step is also a whole epoch.
struct StepResult {
    size_t iteration = 0;  // 0-based index of the update just done
    double cost = 0.0;     // the mini-batch's cost before the update (the notebook's costs[i])
    // The cost was NaN or Inf, or grew by an order of magnitude (Divergence): the update was
    // not applied, except when an epoch's cost grew (then cost is the epoch's).
    bool diverged = false;
    double firstCost = 0.0;     // when diverged: the run's first cost, what it grew from
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

}  // namespace layerlab
