#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <vector>

#include "cli/CliCommand.h"
#include "experiments/SweepPlan.h"
#include "experiments/SweepRunner.h"

namespace layerlab {

// `layerlab sweep`: trains a grid (or a seeded sample of one) of runs side by side, one per core,
// printing a line as each run ends and a table of them all at the end, best first. Every run is
// recorded in the run history as `layerlab train` records it. Ctrl+C cancels: no new run starts,
// the running ones stop and are recorded as stopped, and the table shows what ended.
// Exit code 0 when every run was made (a diverged run is one of the sweep's findings), 1 when a
// run could not be made, 130 when cancelled.
class SweepCommand : public CliCommand {
public:
    LAYERLAB_CLI_COMMAND_ENTRY_POINTS;

    // The plan the options describe, before any data is read (for the tests too).
    static SweepPlan ReadPlan(const QCommandLineParser& parser);
    // Each point as a run ready to train on data, with the settings its record keeps (named as
    // train names them); every run is checked from its shapes first, so that the last run's
    // mistake is not found an hour in.
    static std::vector<SweepRunner::Job> Jobs(const QCommandLineParser& parser,
                                              const std::vector<SweepPoint>& points,
                                              const DataSplit& data);
    // "run 3/12 lr=0.01 hidden=20,7,5 finished cost=… train_accuracy=… test_accuracy=… seconds=…
    // id=…": the settings named are those that vary (axes).
    static QString RunLine(const SweepRunner::Report& report, size_t runs, const QStringList& axes);
    // Every report, best first: by test accuracy, else (no test set) by final cost; runs that
    // diverged or failed last. Columns for the axes only.
    static QStringList SummaryTable(std::vector<SweepRunner::Report> reports,
                                    const QStringList& axes, bool hasTest);
};

}  // namespace layerlab
