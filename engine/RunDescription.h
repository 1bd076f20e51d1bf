#pragma once

#include <armadillo>
#include <cstdint>
#include <string>

namespace layerlab {

// What a saved model records of the run that made it, beside its weights (ParameterIO writes it
// as file attributes and a `standardisation` group): which settings and data it was trained
// with, which run of the history it was, and the standardisation its inputs went through, so
// that a model reloaded later is fed new inputs the way it was trained.
struct RunDescription {
    std::string hyperparameters;  // the run's settings as compact JSON; empty: not known
    std::string data;             // the data set: its path or builtin name; empty: not known
    std::string dataHash;         // the run history's hash of the training set; empty: not taken
    std::int64_t runId = 0;       // the run history's id; 0: the run was not recorded
    // The training mean and deviation of each input feature; both empty when the inputs were
    // not standardised.
    arma::vec mean, deviation;

    bool Standardised() const { return !mean.is_empty() || !deviation.is_empty(); }
    // Throws EngineError saying what is wrong ("the standardisation mean has 5 values but the
    // model takes 12 inputs, one value each") unless mean and deviation are both empty, or both
    // hold `inputs` finite values with every deviation above 0 (new inputs are divided by it),
    // and the run id is not negative. Callers name the file and the fix.
    void Validate(size_t inputs) const;
};

}  // namespace layerlab
