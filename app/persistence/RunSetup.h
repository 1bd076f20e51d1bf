#pragma once

#include <QString>
#include <cstdint>

#include "Initializer.h"
#include "NetworkSpec.h"
#include "training/SessionOptions.h"

namespace layerlab {

// A run's set-up read back from its recorded settings (RunSettings::Read): what the window needs
// to make the same run again. Where the weights came from is one of three: drawn by `initializer`
// from the seed, the model file `initWeights`, or another run's final weights (`branchOf`).
struct RunSetup {
    NetworkSpec spec;
    SessionOptions options;
    Initializer initializer = Initializer::Notebook;
    QString initWeights;  // absolute path, or empty
    qint64 branchOf = 0;  // the run whose final weights it continued from, or 0
};

}  // namespace layerlab
