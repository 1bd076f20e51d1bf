#pragma once

#include <vector>

#include "DataSet.h"
#include "NetworkSpec.h"
#include "Parameters.h"

namespace layerlab {

// A run's final weights as the run history keeps them (RunRecord::weights): W[1], b[1], ...,
// W[L], b[L], each column by column, in one list of doubles. The network's shape is in the run's
// settings, so the list alone is refused unless its length is exactly what that shape needs.
class RunWeights {
public:
    // Networks up to this many parameters keep their final weights in the history (8 MB): the
    // course's 12288-20-7-5-1 has 246,091, a 784-256-128-10 Fashion net 235,146.
    static constexpr size_t kMaxKept = 1'000'000;

    static std::vector<double> Flatten(const Parameters& p);
    // The weights for spec, with the data's class names and image shape. Throws EngineError when
    // the list does not hold exactly spec's parameters.
    static Parameters Rebuild(const std::vector<double>& weights, const NetworkSpec& spec,
                              const DataSet& data);
};

}  // namespace layerlab
