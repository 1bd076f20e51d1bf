#pragma once

#include <armadillo>
#include <vector>

#include "Prediction.h"

namespace layerlab {

// The test set as one set of weights sees it: every example's class probabilities (n[L] × m) and
// its predicted class and confidence by engine/Prediction.h's rule. Made once per measurement on
// the worker and shared, unchanged, by every snapshot until the next measurement: a view that
// keeps the pointer it drew from knows, by comparing pointers, whether there is anything new.
struct TestResults {
    arma::mat probabilities;
    std::vector<Prediction> predictions;
};

}  // namespace layerlab
