#pragma once

#include <algorithm>
#include <cstddef>

#include "MemoryBudget.h"
#include "TrainOptions.h"

namespace layerlab {

// How a training session runs: the engine's full TrainOptions (optimiser, mini-batches,
// regularisation, decay, early stopping) plus how long. The learning rate and the budget may
// change mid-run.
struct SessionOptions {
    TrainOptions train;
    // The budget of a full-batch run (one iteration per epoch).
    size_t iterations = 2500;
    // The budget of a mini-batch run, in passes over the training set: epochs × the trainer's
    // steps per epoch, known once it is built. 0 keeps `iterations` for mini-batch runs too.
    size_t epochs = 0;
    // Snapshots are published at most once per interval (4 a second by default), and never so
    // often that computing them takes more than a fifth of the worker's time. Each one redraws
    // the chart and the read-outs on the UI thread, whose core the training shares; while the UI
    // thread holds one core the trainer's other thread waits for it at every shared product, so
    // a redraw costs the training twice its time. Measured with bench/ui_stall --versus-cli on
    // 2 cores: 10 a second gave 0.77-0.79 of the command line's speed, 4 a second 0.89-0.95.
    // Slow motion's slowest paces publish every iteration anyway.
    int snapshotIntervalMs = 250;

    // The one budget rule: a run with an epoch budget whose trainer makes several updates an
    // epoch lasts epochs × stepsPerEpoch iterations (saturating, never wrapping to a short run);
    // any other run lasts `iterations`.
    static size_t Budget(size_t iterations, size_t epochs, size_t stepsPerEpoch) {
        return epochs > 0 && stepsPerEpoch > 1 ? MemoryBudget::Multiply({epochs, stepsPerEpoch})
                                               : iterations;
    }
    // The one rule for where the chart's test cost and accuracies are measured: every
    // interval-th iteration, about 200 points a run, and never so often that measuring costs more
    // than about a twentieth of training (an evaluation forwards evalExamples; a step forwards and
    // backwards batchExamples, some three forward passes of work). Settings alone decide it.
    static size_t EvaluationInterval(size_t budget, size_t evalExamples, size_t batchExamples) {
        const size_t byBudget = std::max<size_t>(1, budget / 200);
        const size_t byCost = 20 * evalExamples / std::max<size_t>(1, 3 * batchExamples);
        return std::max(byBudget, byCost);
    }
};

}  // namespace layerlab
