#pragma once

#include <QJsonObject>
#include <QString>

#include "DataSet.h"
#include "NetworkSpec.h"
#include "RunSetup.h"
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
    // The inverse, for re-running a recorded run: Of's keys plus "init", "init-weights",
    // "branch-of", "iterations" and "epochs". A key that is absent keeps TrainOptions' default;
    // one that is present but wrong throws EngineError naming the key, its value and what it
    // accepts. The result is validated as the window validates what it trains.
    static RunSetup Read(const QJsonObject& settings);
    // A fingerprint of the training images, labels and class names (BLAKE2b-256, hex), so that a
    // changed file under the same name is a different data set.
    static QString DataHash(const DataSet& data);
    // The data set's name in the history, the one rule for the window, train and sweep: what its
    // reader read (the course's train_*.h5, an image or IDX folder), as an absolute path, or a
    // built-in set's name. Opened as a folder or as its file, the course's set is one name.
    static QString DataName(const DataSet& train);
};

}  // namespace layerlab
