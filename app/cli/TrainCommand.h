#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

#include "Initializer.h"
#include "Parameters.h"
#include "Precision.h"
#include "RunDescription.h"
#include "StepResult.h"
#include "TrainOptions.h"
#include "cli/CliCommand.h"
#include "datasets/LoadedData.h"
#include "persistence/RunRecord.h"

namespace layerlab {

// `layerlab train`: builds or loads a network, trains it on a data set and prints its progress,
// then the train and test accuracy; optionally writes every cost and the trained weights.
class TrainCommand : public CliCommand {
public:
    LAYERLAB_CLI_COMMAND_ENTRY_POINTS;

    // Every option of train but the data options and --summary, in the order --help lists them:
    // `layerlab sweep` takes the ones it shares from here.
    static QList<QCommandLineOption> Options();
    static QCommandLineOption SummaryOption();

    // --data (and --test beside it) with the data options, the summary printed when asked for.
    static LoadedData LoadTrainingData(const QCommandLineParser& parser);

    // The pieces of Run that decide what is trained and printed, for the tests.
    // The second course's options, on top of the notebook's learning rate; the precision is
    // read after the data loads.
    static TrainOptions ReadTrainOptions(const QCommandLineParser& parser);
    // The options a sweep shares between its runs: β1, β2, ε, the decay and early stopping.
    static TrainOptions ReadSharedTrainOptions(const QCommandLineParser& parser);
    static Initializer ReadInitializer(const QString& name);
    static Precision ReadPrecision(const QCommandLineParser& parser);
    // --iterations, or --epochs × stepsPerEpoch, refused when the product cannot be counted.
    static std::uint64_t IterationCount(const QCommandLineParser& parser,
                                        std::uint64_t stepsPerEpoch);
    // The run's settings as the run history keeps them, named as the options are.
    static QJsonObject Settings(const QCommandLineParser& parser, const NetworkSpec& spec,
                                const TrainOptions& options);
    // What of them a sweep's runs share: the budget (iterations or epochs) and the data options.
    static void AddSharedSettings(const QCommandLineParser& parser, QJsonObject& settings);
    // Every printEvery-th iteration and the last one; none for printEvery 0.
    static bool PrintsIteration(std::uint64_t iteration, std::uint64_t printEvery,
                                std::uint64_t iterations);
    static QString IterationLine(const StepResult& step);
    // The test accuracy and the validation cost are shown when there are some.
    static QString EpochLine(const StepResult& step, std::uint64_t epochs,
                             std::optional<double> testAccuracy, bool showValidationCost,
                             double seconds);
    static QString SummaryLine(double trainAccuracy, double testAccuracy, double seconds);

private:
    // The --init-weights file's weights, else only the --layers network (weights drawn once the
    // run is checked); either with --activations applied.
    static Parameters InitialWeightsOrSpec(const QCommandLineParser& parser);
    static void WriteCosts(const QString& path, const std::vector<double>& costs);
    // Adds run to the run history (--runs-db, else the user's) unless --no-record; a history
    // that cannot take it is a warning, not a failure. Returns the run's id, 0 when not recorded.
    static qint64 Record(const QCommandLineParser& parser, const RunRecord& run);
    // What a model saved by --save records of run: its settings, data, the standardisation its
    // inputs had, and runId (0 when the run was not recorded).
    static RunDescription Describe(const RunRecord& run, const FeatureStandardiser& standardiser,
                                   qint64 runId);
};

}  // namespace layerlab
