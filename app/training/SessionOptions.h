#pragma once

#include <cstddef>

#include "Trainer.h"

namespace layerlab {

// How a training session runs; the learning rate and the iteration budget may change mid-run.
struct SessionOptions {
    double learningRate = 0.0075;
    Precision precision = Precision::Double;
    size_t iterations = 2500;
    // Snapshots are published at most once per interval (≈30 per second by default), and never
    // so often that computing them takes more than a fifth of the worker's time.
    int snapshotIntervalMs = 33;
};

}  // namespace layerlab
