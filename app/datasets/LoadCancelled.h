#pragma once

#include "EngineError.h"

namespace layerlab {

// Thrown when the user cancels a load through LoadOptions::cancel: not a failure to report,
// just nothing loaded.
class LoadCancelled : public EngineError {
public:
    LoadCancelled() : EngineError("loading cancelled") {}
};

}  // namespace layerlab
