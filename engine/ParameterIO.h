#pragma once

#include <string>

#include "Parameters.h"

namespace layerlab {

// Parameters as HDF5 datasets W1, b1, ... WL, bL shaped like the notebook's `parameters` dict
// (h5py reads them directly), plus file attributes `activations` ("relu,relu,sigmoid"),
// `class_names` (newline separated) and `image_shape` so a saved model describes itself.
class ParameterIO {
public:
    // Writes through OutputFile: a file is replaced atomically (a crash or a full disk never
    // leaves half a model), a link's target is replaced and the link kept, a stream such as
    // /dev/stdout is written directly.
    static void Save(const std::string& path, const Parameters& p);
    // Reads a model saved by Save, or the notebook's bare W1..bL (then ReLU hidden layers and a
    // sigmoid/softmax output are assumed).
    static Parameters Load(const std::string& path);
};

}  // namespace layerlab
