#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace layerlab {

// One training run as the run history keeps it: what it trained on, with which settings, and
// how it went. The settings are named as the command line names them ("lr", "layers", ...), so
// `layerlab runs diff` can say "lr 0.0075 → 0.03" whichever program made the run.
struct RunRecord {
    qint64 id = 0;    // given by the database
    QString source;   // "cli" or "window"
    QString version;  // LayerLab's version
    QDateTime started;
    double seconds = 0;
    QString state;  // "finished", "diverged", "stopped", "early-stopped"

    QString data;          // the data set: path or builtin name
    QString dataHash;      // of the training images and labels, so a changed file is a new set
    QJsonObject settings;  // layers, activations, lr, iterations, optimiser, seed, ...

    double finalCost = 0;
    double trainAccuracy = 0;
    double testAccuracy = -1;   // -1: no test set
    std::vector<double> costs;  // every iteration's training cost
    QString note;
};

}  // namespace layerlab
