#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "NetworkSpec.h"
#include "TrainOptions.h"

namespace layerlab {

// What a training run holds at once, estimated from the shapes and options alone, so that a run
// that cannot fit is refused before its first weight is drawn: `--layers 12288,150000,1` used to
// build 15 GB of W[1] and then run out while making its gradient. Every size is multiplied with
// MemoryBudget's saturating arithmetic, so a product that would wrap is refused like any other.
// One part of TrainingMemory's estimate: what it is, its bytes and how to make it smaller.
// (Outside the class, so that its initialisers can serve the default arguments below.)
struct TrainingMemoryPart {
    std::string name;
    std::uint64_t bytes = 0;
    std::string fix;
};

class TrainingMemory {
public:
    using Part = TrainingMemoryPart;

    // The run's parts in its precision: the weights (the run's copy, its gradients, the
    // optimiser's state, early stopping's best copy, and the initial and latest weights in
    // double), a batch's activations and caches (the whole training set for full-batch runs),
    // and the data's copy for the run.
    static std::vector<Part> Parts(const NetworkSpec& spec, size_t trainCount, size_t testCount,
                                   const TrainOptions& options);
    // Throws EngineError through MemoryBudget::Check when the parts and extra (e.g. the cost
    // history a caller keeps) exceed the budget. The message names every part, largest first,
    // and gives the largest one's fix.
    static void Check(const NetworkSpec& spec, size_t trainCount, size_t testCount,
                      const TrainOptions& options, const Part& extra = {});
    // The total of parts, saturating.
    static std::uint64_t Total(const std::vector<Part>& parts);
};

}  // namespace layerlab
