#pragma once

#include <string>

#include "Parameters.h"
#include "RunDescription.h"

namespace layerlab {

// Parameters as HDF5 datasets W1, b1, ... WL, bL shaped like the notebook's `parameters` dict
// (h5py reads them directly), plus file attributes `activations` ("relu,relu,sigmoid"),
// `class_names` (newline separated) and `image_shape` so a saved model describes itself; and,
// when known, its run (RunDescription): attributes `hyperparameters` (JSON), `data`,
// `data_hash` and `run_id`, and for a standardised model the float64 datasets
// `standardisation/mean` and `standardisation/deviation`, one value per input. They sit in a
// group so that the file's top level stays W1..bL and one more name, and a plain model's stays
// W1..bL alone.
class ParameterIO {
public:
    // Writes through OutputFile: a file is replaced atomically (a crash or a full disk never
    // leaves half a model), a link's target is replaced and the link kept, a stream such as
    // /dev/stdout is written directly. Throws EngineError when run does not Validate.
    static void Save(const std::string& path, const Parameters& p, const RunDescription& run = {});
    // Reads a model saved by Save, or the notebook's bare W1..bL (then ReLU hidden layers and a
    // sigmoid/softmax output are assumed). What the file records of its run goes to run (empty
    // fields for a file from before they were written); a standardisation that does not fit the
    // model (another length, NaN, a deviation of 0) is refused, whether run is asked for or not.
    static Parameters Load(const std::string& path, RunDescription* run = nullptr);
};

}  // namespace layerlab
