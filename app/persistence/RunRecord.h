#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <vector>

#include "training/TrainingSnapshot.h"

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
    // The test cost and accuracies where the run measured them (the window's runs; schema 2).
    std::vector<EvaluationPoint> evaluations;
    // The final weights W[1], b[1], ..., W[L], b[L], each column by column, when kept (schema 2);
    // RunWeights turns them back into Parameters. List leaves them out but sets hasWeights.
    std::vector<double> weights;
    bool hasWeights = false;
    QString note;
};

}  // namespace layerlab
