#include "CommandLine.h"

#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <chrono>
#include <cstdio>
#include <cstring>

#include "EngineError.h"
#include "InitializeParameters.h"
#include "LearningRateDecay.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "RunTraining.h"
#include "TrainerFactory.h"
#include "datasets/DataSetLoader.h"
#include "datasets/ImageEncoder.h"

namespace layerlab {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CommandLine", text);
}

// A refusal the user can act on: printed as one line, exit code 1.
struct UsageError {
    QString message;
};

void Out(const QString& line) {
    std::fputs(qPrintable(line + '\n'), stdout);
}

std::uint64_t ParseCount(const QCommandLineParser& p, const QString& name, std::uint64_t fallback) {
    if (!p.isSet(name)) return fallback;
    bool ok = false;
    const qlonglong v = p.value(name).toLongLong(&ok);
    if (!ok || v < 0)
        throw UsageError{tr("--%1 '%2' is not a whole number ≥ 0").arg(name, p.value(name))};
    return static_cast<std::uint64_t>(v);
}

double ParseReal(const QCommandLineParser& p, const QString& name, double fallback) {
    if (!p.isSet(name)) return fallback;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok) throw UsageError{tr("--%1 '%2' is not a number").arg(name, p.value(name))};
    return v;
}

void ParseOrFail(QCommandLineParser& parser, const QStringList& arguments) {
    if (!parser.parse(arguments)) throw UsageError{parser.errorText()};
    if (parser.isSet("help")) {
        Out(parser.helpText());
        throw 0;
    }
}

// "1,0.8,0.8,1" -> keep probabilities; range checks are the engine's.
std::vector<double> ParseRealList(const QCommandLineParser& p, const QString& name) {
    std::vector<double> values;
    if (!p.isSet(name)) return values;
    for (const QString& item : p.value(name).split(',')) {
        bool ok = false;
        values.push_back(item.trimmed().toDouble(&ok));
        if (!ok)
            throw UsageError{
                tr("--%1: '%2' is not a number (write e.g. 1,0.8,0.8,1)").arg(name, item)};
    }
    return values;
}

// The second course's options, on top of the notebook's learning rate and precision.
TrainOptions ParseTrainOptions(const QCommandLineParser& p) {
    TrainOptions o;
    o.learningRate = ParseReal(p, "lr", o.learningRate);
    const auto optimizer = Parse<OptimizerKind>(p.value("optimizer").toStdString());
    if (!optimizer)
        throw UsageError{tr("unknown --optimizer '%1': use gd, momentum, rmsprop or adam")
                             .arg(p.value("optimizer"))};
    o.optimizer = *optimizer;
    o.beta1 = ParseReal(p, "beta1", o.beta1);
    o.beta2 = ParseReal(p, "beta2", o.beta2);
    o.epsilon = ParseReal(p, "epsilon", o.epsilon);
    o.batchSize = ParseCount(p, "batch-size", 0);
    o.seed = ParseCount(p, "seed", 1);
    o.l2 = ParseReal(p, "l2", 0.0);
    o.keepProbabilities = ParseRealList(p, "dropout");
    const auto decay = Parse<DecayKind>(p.value("decay").toStdString());
    if (!decay)
        throw UsageError{
            tr("unknown --decay '%1': use none, inverse, exp or step").arg(p.value("decay"))};
    o.decay = *decay;
    o.decayRate = ParseReal(p, "decay-rate", o.decayRate);
    o.decayInterval = ParseCount(p, "decay-interval", o.decayInterval);
    o.earlyStopPatience = ParseCount(p, "early-stop", 0);
    o.validationFraction = ParseReal(p, "validation", o.validationFraction);
    o.threads = ParseCount(p, "threads", 0);
    return o;
}

// Refuses an output file that could not be written, before a long run rather than after it.
void CheckWritable(const QCommandLineParser& p, const QString& name) {
    if (!p.isSet(name)) return;
    const QFileInfo target(p.value(name));
    if (target.isDir())
        throw UsageError{tr("--%1 %2 is a folder: give a file name").arg(name, p.value(name))};
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        throw UsageError{tr("--%1 %2: the folder %3 does not exist or is not writable")
                             .arg(name, p.value(name), folder.filePath())};
}

// Decodes an image with stderr held back: libpng prints "libpng error: ..." itself before Qt
// reports the failure, which would make a refusal two lines. Kept output is passed on when the
// image decodes (a decoder's warning about a usable picture stays visible).
arma::vec EncodeImage(const QString& path, const std::array<arma::uword, 3>& shape) {
    std::fflush(stderr);
    std::FILE* held = std::tmpfile();
    const int saved = held ? ::dup(STDERR_FILENO) : -1;
    if (saved < 0 || ::dup2(::fileno(held), STDERR_FILENO) < 0) {
        if (held) std::fclose(held);
        if (saved >= 0) ::close(saved);
        return ImageEncoder::EncodeFile(path, shape);
    }
    auto restore = [&](bool passOn) {
        std::fflush(stderr);
        ::dup2(saved, STDERR_FILENO);
        ::close(saved);
        if (passOn) {
            std::rewind(held);
            char buffer[4096];
            for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, held)) > 0;)
                std::fwrite(buffer, 1, n, stderr);
        }
        std::fclose(held);
    };
    try {
        arma::vec x = ImageEncoder::EncodeFile(path, shape);
        restore(true);
        return x;
    } catch (...) {
        restore(false);
        throw;
    }
}

QString Require(const QCommandLineParser& p, const QString& name) {
    if (!p.isSet(name)) throw UsageError{tr("--%1 is required (see --help)").arg(name)};
    return p.value(name);
}

// The options every command that reads a data set shares.
void AddDataOptions(QCommandLineParser& p) {
    p.addOptions({
        {"classes",
         tr("Keep only these classes, by index or name, e.g. 7,9 (relabelled 0, 1 in that order)."),
         "LIST"},
        {"image-size",
         tr("Resize pictures from image folders to WIDTHxHEIGHT (default 64x64; shapes 32x32)."),
         "WxH"},
        {"grayscale", tr("Read pictures as grayscale instead of RGB.")},
        {"standardise",
         tr("Standardise each feature with the training mean and deviation (after ÷255).")},
        {"test-fraction",
         tr("Share of each class kept for testing when a folder has no train/ and test/ "
            "(default 0.2)."),
         "F", "0.2"},
        {"data-seed", tr("Seed of the built-in shapes and of the train/test split (default 1)."),
         "N", "1"},
    });
}

LoadOptions DataOptions(const QCommandLineParser& p) {
    LoadOptions o;
    if (p.isSet("classes")) o.classes = p.value("classes").split(',', Qt::SkipEmptyParts);
    if (p.isSet("image-size")) {
        const QStringList wh = p.value("image-size").toLower().split('x');
        bool okW = false, okH = false;
        const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0,
                  h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 1 || h < 1)
            throw UsageError{
                tr("--image-size '%1' is not WIDTHxHEIGHT, e.g. 64x64").arg(p.value("image-size"))};
        o.imageSize = QSize(w, h);
    }
    o.grayscale = p.isSet("grayscale");
    o.standardise = p.isSet("standardise");
    o.testFraction = ParseReal(p, "test-fraction", 0.2);
    o.seed = ParseCount(p, "data-seed", 1);
    return o;
}

LoadedData LoadData(const QString& spec, const LoadOptions& options) {
    LoadedData data = DataSetLoader::Load(spec, options);
    for (const QString& w : data.warnings)
        std::fprintf(stderr, "layerlab: warning: %s\n", qPrintable(w));
    return data;
}

}  // namespace

bool CommandLine::IsCommand(const QStringList& arguments) {
    if (arguments.size() < 2) return false;
    const QString& c = arguments.at(1);
    return c == "train" || c == "predict" || c == "eval";
}

bool CommandLine::AsksForHelpOrVersion(const QStringList& arguments) {
    static const QStringList info{"-h", "-?", "--help", "--help-all", "-v", "--version"};
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (info.contains(arguments.at(i))) return true;
    return false;
}

int CommandLine::Run(const QStringList& arguments) {
    try {
        const QString command = arguments.at(1);
        QStringList rest = arguments;
        rest.removeAt(1);
        if (command == "train") return Train(rest);
        if (command == "predict") return Predict(rest);
        return Eval(rest);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "layerlab: %s\n", qPrintable(e.message));
    } catch (const EngineError& e) {
        std::fprintf(stderr, "layerlab: %s\n", e.what());
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "layerlab: %s\n",
                     qPrintable(tr("out of memory: use a smaller network or data set")));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "layerlab: %s\n", e.what());
    } catch (int code) {
        return code;
    }
    return 1;
}

int CommandLine::Train(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(tr("Train an L-layer network and report its cost and accuracy."));
    p.addHelpOption();
    p.addOptions({
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
    });
    AddDataOptions(p);
    p.addOption(
        {"summary", tr("Print the data set's size, image shape and examples per class first.")});
    ParseOrFail(p, arguments);
    CheckWritable(p, "costs");
    CheckWritable(p, "save");
    // Options first: a typo is refused before a large data set loads.
    TrainOptions options = ParseTrainOptions(p);
    if (p.isSet("epochs") && p.isSet("iterations"))
        throw UsageError{tr("give --epochs or --iterations, not both")};
    const bool byEpoch = p.isSet("epochs");
    const std::uint64_t epochs = ParseCount(p, "epochs", 0);
    if (byEpoch && epochs == 0)
        throw UsageError{tr("--epochs 0 refused: train for at least 1 epoch")};
    const std::uint64_t printEvery = ParseCount(p, "print-every", 100);

    const LoadOptions dataOptions = DataOptions(p);
    LoadedData data = LoadData(Require(p, "data"), dataOptions);
    if (p.isSet("test")) {
        if (dataOptions.standardise)
            throw UsageError{
                tr("--test with --standardise is not supported: put the test data beside the "
                   "training data")};
        data.test = LoadData(p.value("test"), dataOptions).train;
    }
    if (p.isSet("summary")) Out(data.Summary());

    const auto init = Parse<Initializer>(p.value("init").toStdString());
    if (!init)
        throw UsageError{
            tr("unknown --init '%1': use notebook, small, he or xavier").arg(p.value("init"))};
    const auto precision = Parse<Precision>(p.value("precision").toStdString());
    if (!precision)
        throw UsageError{
            tr("unknown --precision '%1': use double or float").arg(p.value("precision"))};

    Parameters initial;
    if (p.isSet("init-weights")) {
        initial = ParameterIO::Load(p.value("init-weights").toStdString());
        if (p.isSet("layers") &&
            ParseLayerSizes(p.value("layers").toStdString()) != initial.spec.sizes)
            throw UsageError{tr("--layers %1 does not match the shapes in %2")
                                 .arg(p.value("layers"), p.value("init-weights"))};
        if (p.isSet("activations"))
            initial.spec.activations = ParseActivations(p.value("activations").toStdString());
    } else {
        NetworkSpec spec = NetworkSpec::WithDefaultActivations(
            ParseLayerSizes(Require(p, "layers").toStdString()));
        if (p.isSet("activations"))
            spec.activations = ParseActivations(p.value("activations").toStdString());
        initial = InitializeParameters(spec, *init, ParseCount(p, "seed", 1));
    }
    initial.classNames = data.train.classNames;
    initial.imageShape = data.train.imageShape;
    initial.Validate();

    options.precision = *precision;

    auto trainer = TrainerFactory::Create(initial, data.train,
                                          data.test.Count() ? &data.test : nullptr, options);
    const std::uint64_t iterations =
        byEpoch ? epochs * trainer->StepsPerEpoch() : ParseCount(p, "iterations", 2500);
    if (iterations == 0)
        throw UsageError{tr("--iterations 0 refused: train for at least 1 iteration")};
    std::vector<double> costs;
    costs.reserve(iterations);
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto epochStart = start;
    const RunResult result = RunTraining(*trainer, iterations, [&](const StepResult& s) {
        costs.push_back(s.cost);
        if (!byEpoch) {
            if (printEvery && (s.iteration % printEvery == 0 || s.iteration + 1 == iterations))
                Out(QStringLiteral("iteration %1 cost %2")
                        .arg(s.iteration)
                        .arg(s.cost, 0, 'g', 10));
            return true;
        }
        if (!s.epochEnded) return true;
        // The epoch's seconds are its training alone; the test evaluation below is not counted.
        const double epochSeconds =
            std::chrono::duration<double>(Clock::now() - epochStart).count();
        QString line = QStringLiteral("epoch %1/%2 cost=%3 train_accuracy=%4")
                           .arg(s.epoch + 1)
                           .arg(epochs)
                           .arg(s.epochCost, 0, 'f', 6)
                           .arg(s.epochAccuracy, 0, 'f', 6);
        if (data.test.Count())
            line += QStringLiteral(" test_accuracy=%1")
                        .arg(Accuracy(trainer->TestProbabilities(), data.test.y), 0, 'f', 6);
        if (options.earlyStopPatience)
            line += QStringLiteral(" validation_cost=%1").arg(s.validationCost, 0, 'f', 6);
        Out(line + QStringLiteral(" seconds=%1").arg(epochSeconds, 0, 'f', 3));
        epochStart = Clock::now();
        return true;
    });
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (result.status == RunResult::Status::EarlyStopped)
        Out(QString::fromStdString(result.message));

    if (p.isSet("costs")) {
        QSaveFile file(p.value("costs"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            throw UsageError{tr("%1: cannot write (%2)").arg(p.value("costs"), file.errorString())};
        QByteArray text;
        char line[64];
        for (size_t i = 0; i < costs.size(); ++i) {
            std::snprintf(line, sizeof line, "%zu %.17g\n", i, costs[i]);
            text += line;
        }
        file.write(text);
        if (!file.commit())
            throw UsageError{tr("%1: cannot write (%2)").arg(p.value("costs"), file.errorString())};
    }
    if (result.status == RunResult::Status::Diverged) {
        std::fprintf(stderr, "layerlab: %s\n", result.message.c_str());
        return 1;
    }
    if (p.isSet("save")) {
        Parameters trained = trainer->CurrentParameters();
        ParameterIO::Save(p.value("save").toStdString(), trained);
    }
    const double trainAcc = Accuracy(trainer->TrainProbabilities(), data.train.y);
    const double testAcc =
        data.test.Count() ? Accuracy(trainer->TestProbabilities(), data.test.y) : 0.0;
    Out(QStringLiteral("train_accuracy=%1 test_accuracy=%2 seconds=%3")
            .arg(trainAcc, 0, 'f', 6)
            .arg(testAcc, 0, 'f', 6)
            .arg(seconds, 0, 'f', 3));
    return 0;
}

int CommandLine::Predict(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(tr("Classify images with a saved model."));
    p.addHelpOption();
    p.addOption({"model", tr("The model: an HDF5 file saved by LayerLab."), "FILE"});
    p.addPositionalArgument("INPUT", tr("Image files to classify."), "INPUT...");
    ParseOrFail(p, arguments);
    const Parameters model = ParameterIO::Load(Require(p, "model").toStdString());
    if (p.positionalArguments().isEmpty())
        throw UsageError{tr("give at least one image to classify")};
    std::array<arma::uword, 3> shape = model.imageShape;
    if (shape[0] * shape[1] * shape[2] != model.spec.sizes[0])
        throw UsageError{
            tr("%1 does not say which image size it was trained on; it cannot classify images")
                .arg(p.value("model"))};
    for (const QString& input : p.positionalArguments()) {
        const arma::vec x = EncodeImage(input, shape);
        const arma::mat probs = model.Predict(arma::mat(x));
        const arma::uword cls = PredictedClasses(probs)[0];
        const double prob =
            probs.n_rows == 1 ? (cls == 1 ? probs(0, 0) : 1.0 - probs(0, 0)) : probs(cls, 0);
        const QString name = cls < model.classNames.size()
                                 ? QString::fromStdString(model.classNames[cls])
                                 : QString::number(cls);
        Out(QStringLiteral("%1\t%2\t%3").arg(input, name).arg(prob, 0, 'f', 6));
    }
    return 0;
}

int CommandLine::Eval(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(tr("Measure a saved model's accuracy on a data set."));
    p.addHelpOption();
    p.addOption({"model", tr("The model: an HDF5 file saved by LayerLab."), "FILE"});
    p.addOption({"data", tr("The data: any source train --data reads."), "PATH"});
    AddDataOptions(p);
    ParseOrFail(p, arguments);
    const Parameters model = ParameterIO::Load(Require(p, "model").toStdString());
    LoadOptions options = DataOptions(p);
    // Pictures are encoded the way the model was trained unless told otherwise.
    if (!p.isSet("image-size") && model.imageShape[0] && model.imageShape[1])
        options.imageSize =
            QSize(static_cast<int>(model.imageShape[1]), static_cast<int>(model.imageShape[0]));
    if (!p.isSet("grayscale")) options.grayscale = model.imageShape[2] == 1;
    const DataSplit data = LoadData(Require(p, "data"), options);
    auto report = [&](const char* label, const DataSet& d) {
        if (d.Features() != model.spec.sizes[0])
            throw UsageError{tr("%1 has %2 values per example but the model expects %3")
                                 .arg(QString::fromStdString(d.source))
                                 .arg(d.Features())
                                 .arg(model.spec.sizes[0])};
        return QStringLiteral("%1=%2").arg(label).arg(Accuracy(model.Predict(d.X), d.y), 0, 'f', 6);
    };
    QString line = report("train_accuracy", data.train);
    if (data.test.Count()) line += ' ' + report("test_accuracy", data.test);
    Out(line);
    return 0;
}

}  // namespace layerlab
