#pragma once

#include <QJsonObject>
#include <QString>

#include "DataSet.h"
#include "NetworkSpec.h"
#include "TrainOptions.h"

namespace layerlab {

// What the run history keeps of a run's set-up, the one rule for the window and the command
// line, so that `layerlab runs diff` compares their runs key by key.
class RunSettings {
public:
    // The network and every training option, named as the command line names them ("layers",
    // "lr", "batch-size", ...); an option that matters only beside another (β2 with Adam, the
    // decay rate with a decay) is kept only with it.
    static QJsonObject Of(const NetworkSpec& spec, const TrainOptions& options);
    // A fingerprint of the training images, labels and class names (BLAKE2b-256, hex), so that a
    // changed file under the same name is a different data set.
    static QString DataHash(const DataSet& data);
};

}  // namespace layerlab
