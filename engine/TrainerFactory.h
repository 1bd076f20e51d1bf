#pragma once

#include <memory>

#include "DataSet.h"
#include "Parameters.h"
#include "TrainOptions.h"
#include "Trainer.h"
#include "TrainingMemory.h"

namespace layerlab {

// Builds the trainer for a run: the Gram-matrix path where it stands in exactly for the direct
// one (the notebook's full-batch run with fewer images than pixels), the direct path everywhere
// else, in the precision the options ask for.
class TrainerFactory {
public:
    // What Create refuses, from the shapes alone, before any weight exists: the network, the
    // options, the input size against the data, the outputs against the classes, then the
    // run's memory (TrainingMemory) with extra (e.g. the cost history the caller keeps).
    static void Check(const NetworkSpec& spec, const DataSet& train, const DataSet* test,
                      const TrainOptions& options, const TrainingMemory::Part& extra = {});
    // Refuses (EngineError) invalid options, an input size that does not match the data and
    // labels without an output unit. test may be null; it is kept by pointer and must outlive
    // the trainer.
    static std::unique_ptr<Trainer> Create(const Parameters& initial, const DataSet& train,
                                           const DataSet* test, const TrainOptions& options);
};

}  // namespace layerlab
