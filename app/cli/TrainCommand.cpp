#include "TrainCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <chrono>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>

#include "CliOptions.h"
#include "EngineError.h"
#include "InitializeParameters.h"
#include "MemoryBudget.h"
#include "OutputFile.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "RunTraining.h"
#include "Terminal.h"
#include "TrainerFactory.h"
#include "UsageError.h"
#include "datasets/DataSetLoader.h"
#include "persistence/RunDatabase.h"
#include "persistence/RunSettings.h"
#include "training/TrainingRun.h"

namespace layerlab {

void TrainCommand::AddOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        tr("Train an L-layer network and report its cost and accuracy."));
    parser.addHelpOption();
    parser.addOptions(Options());
    CliOptions::AddDataOptions(parser);
    parser.addOption(SummaryOption());
}

QList<QCommandLineOption> TrainCommand::Options() {
    return {
        {"data",
         tr("Training data: builtin:shapes[2-5], a course .h5 file or folder, an image folder "
            "ROOT/<class>/* (or ROOT/train/<class> and ROOT/test/<class>), or an IDX folder."),
         "PATH"},
        {"test", tr("Test data, when not beside the training data."), "PATH"},
        {"layers", tr("Layer sizes from input to output, e.g. 12288,20,7,5,1."), "SIZES"},
        {"activations", tr("One activation per layer: relu, leaky_relu, tanh, sigmoid, softmax."),
         "LIST"},
        {"init", tr("Initialiser: notebook (default), small, he or xavier."), "NAME", "notebook"},
        {"init-weights", tr("Start from the weights in this HDF5 file (W1, b1, ...)."), "FILE"},
        {"seed",
         tr("Seed of the initialiser, the mini-batch order, the dropout masks and the "
            "validation split (default 1)."),
         "N", "1"},
        {"lr", tr("Learning rate (default 0.0075)."), "RATE", "0.0075"},
        {"iterations", tr("Updates to run (default 2500): the notebook's full-batch iterations."),
         "N", "2500"},
        {"epochs",
         tr("Train for N passes over the training set instead, printing one line per epoch "
            "(cost and train accuracy over the epoch's mini-batches, test accuracy after it, "
            "seconds of training)."),
         "N"},
        {"batch-size",
         tr("Examples per update (default: all of them, the notebook's full batch); "
            "mini-batches are reshuffled every epoch with --seed."),
         "B"},
        {"optimizer", tr("gd (default), momentum, rmsprop or adam."), "NAME", "gd"},
        {"beta1", tr("Momentum's β and Adam's β1 (default 0.9)."), "B1"},
        {"beta2", tr("RMSprop's β and Adam's β2 (default 0.999)."), "B2"},
        {"epsilon", tr("RMSprop's and Adam's ε (default 1e-8)."), "EPS"},
        {"l2", tr("L2 regularisation λ (default 0): adds λ/(2m)·Σ‖W‖² to the cost."), "LAMBDA"},
        {"dropout",
         tr("Keep probability per layer after the input, e.g. 1,0.8,0.8,1 (the output's must be "
            "1)."),
         "LIST"},
        {"decay",
         tr("Learning-rate decay per epoch: none (default), inverse (α0/(1+r·epoch)), "
            "exp (α0·r^epoch) or step (α0/(1+r·⌊epoch/interval⌋))."),
         "KIND", "none"},
        {"decay-rate", tr("The decay's r (default 1)."), "R"},
        {"decay-interval", tr("Epochs between the steps of --decay step (default 1000)."), "N"},
        {"early-stop",
         tr("Stop when the validation cost has not improved for N epochs and keep the "
            "best weights (default 0 = off)."),
         "N"},
        {"validation", tr("Share of the training set held out for --early-stop (default 0.1)."),
         "FRACTION"},
        {"precision", tr("double (default) or float."), "TYPE", "double"},
        {"threads",
         tr("Threads sharing each training step (default 0: the cores, up to 4, once the "
            "network is big enough to gain from them)."),
         "N", "0"},
        {"print-every", tr("Print the cost every N iterations (default 100, 0 = never)."), "N",
         "100"},
        {"costs", tr("Write every iteration's cost to this file."), "FILE"},
        {"save", tr("Save the trained parameters to this HDF5 file."), "FILE"},
        {"runs-db",
         tr("Record the run in this run database (default: %1; see layerlab runs).")
             .arg(RunDatabase::DefaultPath()),
         "FILE"},
        {"no-record", tr("Do not record the run in the run history.")},
    };
}

QCommandLineOption TrainCommand::SummaryOption() {
    return {"summary", tr("Print the data set's size, image shape and examples per class first.")};
}

LoadedData TrainCommand::LoadTrainingData(const QCommandLineParser& p) {
    const LoadOptions dataOptions = CliOptions::DataOptions(p);
    LoadedData data = CliOptions::LoadData(CliOptions::Require(p, "data"), dataOptions);
    if (p.isSet("test")) {
        if (dataOptions.standardise)
            throw UsageError(
                tr("--test with --standardise is not supported: put the test data beside the "
                   "training data"));
        // A course folder holds both sets: its test set is its test_*.h5, not its train_*.h5.
        LoadedData test = CliOptions::LoadData(p.value("test"), dataOptions);
        data.test = DataSetLoader::Identify(p.value("test")) == DataSetLoader::Kind::Course &&
                            QFileInfo(p.value("test")).isDir() && test.test.Count()
                        ? test.test
                        : test.train;
    }
    if (p.isSet("summary")) Terminal::Out(data.Summary());
    return data;
}

TrainOptions TrainCommand::ReadTrainOptions(const QCommandLineParser& parser) {
    TrainOptions o = ReadSharedTrainOptions(parser);
    o.learningRate = CliOptions::Real(parser, "lr", o.learningRate);
    const auto optimizer = Parse<OptimizerKind>(parser.value("optimizer").toStdString());
    if (!optimizer)
        throw UsageError(tr("unknown --optimizer '%1': use gd, momentum, rmsprop or adam")
                             .arg(parser.value("optimizer")));
    o.optimizer = *optimizer;
    o.batchSize = CliOptions::Count(parser, "batch-size", 0);
    o.seed = CliOptions::Count(parser, "seed", 1);
    o.l2 = CliOptions::Real(parser, "l2", 0.0);
    o.keepProbabilities = CliOptions::RealList(parser, "dropout");
    o.threads = CliOptions::Count(parser, "threads", 0);
    return o;
}

TrainOptions TrainCommand::ReadSharedTrainOptions(const QCommandLineParser& parser) {
    TrainOptions o;
    o.beta1 = CliOptions::Real(parser, "beta1", o.beta1);
    o.beta2 = CliOptions::Real(parser, "beta2", o.beta2);
    o.epsilon = CliOptions::Real(parser, "epsilon", o.epsilon);
    const auto decay = Parse<DecayKind>(parser.value("decay").toStdString());
    if (!decay)
        throw UsageError(
            tr("unknown --decay '%1': use none, inverse, exp or step").arg(parser.value("decay")));
    o.decay = *decay;
    o.decayRate = CliOptions::Real(parser, "decay-rate", o.decayRate);
    o.decayInterval = CliOptions::Count(parser, "decay-interval", o.decayInterval);
    o.earlyStopPatience = CliOptions::Count(parser, "early-stop", 0);
    o.validationFraction = CliOptions::Real(parser, "validation", o.validationFraction);
    return o;
}

Initializer TrainCommand::ReadInitializer(const QString& name) {
    const auto initializer = Parse<Initializer>(name.toStdString());
    if (!initializer)
        throw UsageError(tr("unknown --init '%1': use notebook, small, he or xavier").arg(name));
    return *initializer;
}

Precision TrainCommand::ReadPrecision(const QCommandLineParser& parser) {
    const auto precision = Parse<Precision>(parser.value("precision").toStdString());
    if (!precision)
        throw UsageError(
            tr("unknown --precision '%1': use double or float").arg(parser.value("precision")));
    return *precision;
}

bool TrainCommand::PrintsIteration(std::uint64_t iteration, std::uint64_t printEvery,
                                   std::uint64_t iterations) {
    return printEvery && (iteration % printEvery == 0 || iteration + 1 == iterations);
}

QString TrainCommand::IterationLine(const StepResult& step) {
    return QStringLiteral("iteration %1 cost %2").arg(step.iteration).arg(step.cost, 0, 'g', 10);
}

QString TrainCommand::EpochLine(const StepResult& step, std::uint64_t epochs,
                                std::optional<double> testAccuracy, bool showValidationCost,
                                double seconds) {
    QString line = QStringLiteral("epoch %1/%2 cost=%3 train_accuracy=%4")
                       .arg(step.epoch + 1)
                       .arg(epochs)
                       .arg(step.epochCost, 0, 'f', 6)
                       .arg(step.epochAccuracy, 0, 'f', 6);
    if (testAccuracy) line += QStringLiteral(" test_accuracy=%1").arg(*testAccuracy, 0, 'f', 6);
    if (showValidationCost)
        line += QStringLiteral(" validation_cost=%1").arg(step.validationCost, 0, 'f', 6);
    return line + QStringLiteral(" seconds=%1").arg(seconds, 0, 'f', 3);
}

QString TrainCommand::SummaryLine(double trainAccuracy, double testAccuracy, double seconds) {
    return QStringLiteral("train_accuracy=%1 test_accuracy=%2 seconds=%3")
        .arg(trainAccuracy, 0, 'f', 6)
        .arg(testAccuracy, 0, 'f', 6)
        .arg(seconds, 0, 'f', 3);
}

Parameters TrainCommand::InitialWeightsOrSpec(const QCommandLineParser& parser) {
    Parameters initial;
    if (parser.isSet("init-weights")) {
        initial = ParameterIO::Load(parser.value("init-weights").toStdString());
        if (parser.isSet("layers") &&
            ParseLayerSizes(parser.value("layers").toStdString()) != initial.spec.sizes)
            throw UsageError(tr("--layers %1 does not match the shapes in %2")
                                 .arg(parser.value("layers"), parser.value("init-weights")));
    } else {
        initial.spec = NetworkSpec::WithDefaultActivations(
            ParseLayerSizes(CliOptions::Require(parser, "layers").toStdString()));
    }
    if (parser.isSet("activations"))
        initial.spec.activations = ParseActivations(parser.value("activations").toStdString());
    return initial;
}

std::uint64_t TrainCommand::IterationCount(const QCommandLineParser& parser,
                                           std::uint64_t stepsPerEpoch) {
    if (!parser.isSet("epochs")) return CliOptions::Count(parser, "iterations", 2500);
    const std::uint64_t epochs = CliOptions::Count(parser, "epochs", 0);
    // epochs × steps must not wrap: 2^62 epochs of 4 steps made "--iterations 0 refused".
    const std::uint64_t iterations = MemoryBudget::Multiply({epochs, stepsPerEpoch});
    if (iterations == std::numeric_limits<std::uint64_t>::max())
        throw UsageError(tr("--epochs %1 of %2 mini-batches each is more iterations than can be "
                            "counted: give fewer epochs")
                             .arg(epochs)
                             .arg(stepsPerEpoch));
    return iterations;
}

void TrainCommand::WriteCosts(const QString& path, const std::vector<double>& costs) {
    std::string text;
    char line[64];
    for (size_t i = 0; i < costs.size(); ++i) {
        const int n = std::snprintf(line, sizeof line, "%zu %.17g\n", i, costs[i]);
        text.append(line, static_cast<size_t>(n));
    }
    OutputFile::Write(path.toStdString(), text);
}

QJsonObject TrainCommand::Settings(const QCommandLineParser& parser, const NetworkSpec& spec,
                                   const TrainOptions& o) {
    // The network and options as the window records them too; then what only the command line
    // says: where the weights came from, the budget and the data options.
    QJsonObject s = RunSettings::Of(spec, o);
    if (parser.isSet("init-weights"))
        s["init-weights"] = QFileInfo(parser.value("init-weights")).absoluteFilePath();
    else
        s["init"] = parser.value("init");
    AddSharedSettings(parser, s);
    return s;
}

void TrainCommand::AddSharedSettings(const QCommandLineParser& parser, QJsonObject& s) {
    if (parser.isSet("epochs"))
        s["epochs"] = qint64(CliOptions::Count(parser, "epochs", 0));
    else
        s["iterations"] = qint64(CliOptions::Count(parser, "iterations", 2500));
    for (const char* name : {"test", "classes", "image-size", "test-fraction", "data-seed"})
        if (parser.isSet(name)) s[name] = parser.value(name);
    for (const char* name : {"grayscale", "standardise"})
        if (parser.isSet(name)) s[name] = true;
}

qint64 TrainCommand::Record(const QCommandLineParser& parser, const RunRecord& run) {
    if (parser.isSet("no-record")) return 0;
    const QString path =
        parser.isSet("runs-db") ? parser.value("runs-db") : RunDatabase::DefaultPath();
    // The run is done and its outputs written: a history that cannot take it costs a warning,
    // never the run.
    try {
        RunDatabase db(path);
        return db.Add(run);
    } catch (const EngineError& e) {
        Terminal::Warning(tr("the run was not recorded: %1").arg(QString::fromUtf8(e.what())));
    }
    return 0;
}

RunDescription TrainCommand::Describe(const RunRecord& run, const FeatureStandardiser& standardiser,
                                      qint64 runId) {
    RunDescription d;
    d.hyperparameters = QJsonDocument(run.settings).toJson(QJsonDocument::Compact).toStdString();
    d.data = run.data.toStdString();
    d.dataHash = run.dataHash.toStdString();
    d.runId = runId;
    standardiser.Describe(d);
    return d;
}

int TrainCommand::Run(const QStringList& arguments) {
    QCommandLineParser p;
    AddOptions(p);
    if (const std::optional<int> answered = CliOptions::Parse(p, arguments)) return *answered;
    CliOptions::CheckWritable(p, "costs");
    CliOptions::CheckWritable(p, "save");
    // Options first: a typo is refused before a large data set loads.
    TrainOptions options = ReadTrainOptions(p);
    if (p.isSet("epochs") && p.isSet("iterations"))
        throw UsageError(tr("give --epochs or --iterations, not both"));
    const bool byEpoch = p.isSet("epochs");
    const std::uint64_t epochs = CliOptions::Count(p, "epochs", 0);
    if (byEpoch && epochs == 0)
        throw UsageError(tr("--epochs 0 refused: train for at least 1 epoch"));
    const std::uint64_t printEvery = CliOptions::Count(p, "print-every", 100);

    LoadedData data = LoadTrainingData(p);

    const Initializer initializer = ReadInitializer(p.value("init"));
    options.precision = ReadPrecision(p);

    // The whole run is checked from its shapes before a weight is drawn: a network that cannot
    // fit is refused in a moment instead of after building W[1].
    Parameters initial = InitialWeightsOrSpec(p);
    const DataSet* test = data.test.Count() ? &data.test : nullptr;
    const std::uint64_t iterations = IterationCount(p, options.StepsPerEpoch(data.train.Count()));
    if (iterations == 0)
        throw UsageError(tr("--iterations 0 refused: train for at least 1 iteration"));
    // Every cost is kept only for --costs: as doubles, then as text lines of up to 40 bytes.
    const bool keepCosts = p.isSet("costs");
    TrainingMemory::Part history;
    if (keepCosts)
        history = {"the cost history of " + std::to_string(iterations) + " iterations for --costs",
                   MemoryBudget::Multiply({iterations, sizeof(double) + 40}),
                   "train for fewer iterations, or leave out --costs"};
    TrainerFactory::Check(initial.spec, data.train, test, options, history);
    if (p.isSet("init-weights"))
        TrainingRun::Label(initial, data.train);
    else
        initial = TrainingRun::DrawWeights(initial.spec, initializer,
                                           CliOptions::Count(p, "seed", 1), data.train);

    // The run history's fingerprint of the images, taken before they are freed below.
    const bool recording = !p.isSet("no-record");
    RunRecord header = TrainingRun::Header(
        RunSettings::DataName(data.train), recording ? RunSettings::DataHash(data.train) : QString(),
        Settings(p, initial.spec, options));
    TrainingRun run(initial, data.train, test, options, iterations,
                    keepCosts || (recording && iterations <= TrainingRun::kRecordedCosts));
    Trainer& trainer = run.GetTrainer();
    // The trainer holds the images in its own precision: the loaded codes would only sit beside
    // them. Only the labels are read below.
    data.train.ReleaseExamples();
    data.test.ReleaseExamples();
    using Clock = std::chrono::steady_clock;
    auto epochStart = Clock::now();
    const RunResult result = run.Train([&](const StepResult& s) {
        if (!byEpoch) {
            if (PrintsIteration(s.iteration, printEvery, iterations))
                Terminal::Out(IterationLine(s));
            return true;
        }
        if (!s.epochEnded) return true;
        // The epoch's seconds are its training alone; the test evaluation below is not counted.
        const double epochSeconds =
            std::chrono::duration<double>(Clock::now() - epochStart).count();
        std::optional<double> testAccuracy;
        if (test) testAccuracy = Accuracy(trainer.TestProbabilities(), data.test.y);
        Terminal::Out(
            EpochLine(s, epochs, testAccuracy, options.earlyStopPatience != 0, epochSeconds));
        epochStart = Clock::now();
        return true;
    });
    if (result.status == RunResult::Status::EarlyStopped)
        Terminal::Out(QString::fromStdString(result.message));

    const RunRecord record =
        run.Finish(std::move(header), result, data.train.y, test ? &data.test.y : nullptr);
    const bool diverged = result.status == RunResult::Status::Diverged;
    // What the saved model records of its run, the run history's id among it: the run is
    // recorded first, which can cost a warning but never the outputs.
    const RunDescription description = Describe(record, data.standardiser, Record(p, record));

    // The model before the costs: a costs file that cannot be written must not cost the trained
    // weights. Each failure is reported, and the other output is still written.
    bool written = true;
    const auto attempt = [&written](const std::function<void()>& write) {
        try {
            write();
        } catch (const EngineError& e) {
            Terminal::Error(e.what());
            written = false;
        }
    };
    if (p.isSet("save") && !diverged)
        attempt([&] {
            ParameterIO::Save(p.value("save").toStdString(), trainer.CurrentParameters(),
                              description);
        });
    if (p.isSet("costs")) attempt([&] { WriteCosts(p.value("costs"), run.Costs()); });
    if (diverged) {
        Terminal::Error(result.message.c_str());
        return 1;
    }
    Terminal::Out(
        SummaryLine(record.trainAccuracy, test ? record.testAccuracy : 0.0, run.Seconds()));
    return written ? 0 : 1;
}

}  // namespace layerlab
