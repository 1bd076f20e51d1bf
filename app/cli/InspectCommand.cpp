#include "InspectCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <chrono>
#include <numeric>

#include "CliOptions.h"
#include "EnumNames.h"
#include "EvalCommand.h"
#include "ExampleTrace.h"
#include "GlassBoxNeuron.h"
#include "GradcheckCommand.h"
#include "InputFile.h"
#include "MemoryBudget.h"
#include "ModelFile.h"
#include "OutputFile.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "Saliency.h"
#include "Terminal.h"
#include "TrainerFactory.h"
#include "UsageError.h"
#include "inspect/WeightPictures.h"

namespace layerlab {

namespace {

QString Number(double value) {
    return QString::number(value, 'g', 4);
}

QString Summary(const char* name, const ValueSummary& s) {
    return QStringLiteral("  %1 mean=%2 std=%3 min=%4 max=%5")
        .arg(QLatin1String(name), -2)
        .arg(Number(s.mean), Number(s.stddev), Number(s.min), Number(s.max));
}

QString Percent(double share) {
    return QString::number(100.0 * share, 'f', 1) + " %";
}

QString ClassName(const std::vector<std::string>& classNames, arma::uword k) {
    return k < classNames.size() ? QString::fromStdString(classNames[k])
                                 : QStringLiteral("class %1").arg(k);
}

// The first index of the largest value.
arma::uword LargestAt(const arma::vec& values) {
    return arma::uword(std::max_element(values.begin(), values.end()) - values.begin());
}

}  // namespace

void InspectCommand::AddOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        tr("Print a saved model's per-layer statistics on a data set (one forward and backward "
           "pass over its training examples) and its layer-health findings, each with what to "
           "try."));
    parser.addHelpOption();
    parser.addOptions({
        {"model", tr("The model: an HDF5 file saved by LayerLab (train --save)."), "FILE"},
        {"data", tr("The data: any source train --data reads; its training examples are used."),
         "PATH"},
        {"examples", tr("Use only the first N training examples (default: all)."), "N"},
        {"example",
         tr("Also print training example I's activations per layer and its output "
            "probabilities (0 is the first)."),
         "I"},
        {"costs", tr("A cost history written by train --costs, for the rising-cost finding."),
         "FILE"},
        {"weights-png",
         tr("Also write the weights as PNG pictures into folder DIR (made when missing): "
            "unit-0...png, W[1]'s row of each first-layer unit in the image shape (the "
            "model's, else the data's), and W2.png... heat maps (rows = units, columns = "
            "inputs) of the deeper layers. Colours: negative blue, 0 white, positive red, "
            "scaled to the largest |w| of the unit (of the matrix for heat maps); colour "
            "images show their R, G and B weights as three panels side by side. Only files "
            "LayerLab wrote are replaced."),
         "DIR"},
    });
    CliOptions::AddDataOptions(parser);
}

QStringList InspectCommand::StatisticsLines(const NetworkStatistics& stats) {
    QStringList lines;
    for (const LayerStatistics& s : stats.layers) {
        lines << QStringLiteral("layer %1: W[%1] %2 x %3, %4")
                     .arg(s.layer)
                     .arg(s.units)
                     .arg(s.inputs)
                     .arg(QString::fromStdString(ToString(s.activation)));
        lines << Summary("W", s.W) << Summary("b", s.b);
        QString a = Summary("A", s.A);
        if (s.activation == Activation::ReLU)
            a += QStringLiteral("  zero=%1  dead=%2/%3 units")
                     .arg(Percent(s.zeroShare))
                     .arg(s.deadUnits)
                     .arg(s.units);
        lines << a;
        lines << QStringLiteral("  ‖W‖=%1 ‖dW‖=%2 ‖db‖=%3 ‖dW‖/‖W‖=%4")
                     .arg(Number(s.normW), Number(s.normDW), Number(s.normDb),
                          Number(s.relativeGradient));
    }
    if (stats.hasSigmoidOutput)
        lines << QStringLiteral("output: saturated (a < %1 or a > %2) for %3 of the examples")
                     .arg(kSaturatedBelow)
                     .arg(1.0 - kSaturatedBelow)
                     .arg(Percent(stats.saturatedShare));
    return lines;
}

QStringList InspectCommand::FindingLines(const std::vector<HealthFinding>& findings) {
    if (findings.empty()) return {QStringLiteral("findings: none")};
    QStringList lines{QStringLiteral("findings:")};
    for (const HealthFinding& f : findings) {
        lines << QStringLiteral("- ") + QString::fromStdString(f.what);
        lines << QStringLiteral("  try: ") + QString::fromStdString(f.tryThis);
    }
    return lines;
}

QStringList InspectCommand::ExampleLines(const Parameters& model, const arma::mat& x,
                                         const std::vector<std::string>& classNames) {
    QStringList lines;
    const std::vector<arma::mat> A = LayerActivations(model, x);
    for (size_t l = 1; l <= model.L(); ++l) {
        const arma::mat& a = A[l];
        QString line =
            QStringLiteral("  layer %1 (%2, %3 %4): mean=%5 min=%6 max=%7")
                .arg(l)
                .arg(QString::fromStdString(ToString(model.spec.activations[l - 1])))
                .arg(a.n_rows)
                .arg(a.n_rows == 1 ? QStringLiteral("unit") : QStringLiteral("units"))
                .arg(Number(arma::mean(arma::vectorise(a))), Number(a.min()), Number(a.max()));
        if (model.spec.activations[l - 1] == Activation::ReLU)
            line += QStringLiteral(" zero=%1/%2").arg(arma::accu(a == 0.0)).arg(a.n_rows);
        lines << line;
    }
    // One sigmoid unit is the probability of class 1; otherwise one unit per class.
    const arma::vec out = A[model.L()].col(0);
    std::vector<double> probabilities;
    if (out.n_elem == 1)
        probabilities = {1.0 - out(0), out(0)};
    else
        probabilities = arma::conv_to<std::vector<double>>::from(out);
    const auto name = [&](size_t k) {
        return k < classNames.size() ? QString::fromStdString(classNames[k])
                                     : QStringLiteral("class %1").arg(k);
    };
    QStringList parts;
    for (size_t k = 0; k < probabilities.size(); ++k)
        parts << QStringLiteral("%1=%2").arg(name(k)).arg(probabilities[k], 0, 'f', 4);
    const size_t best = size_t(std::max_element(probabilities.begin(), probabilities.end()) -
                               probabilities.begin());
    lines << QStringLiteral("  output: %1 (predicted: %2)").arg(parts.join(' '), name(best));
    return lines;
}

arma::uword InspectCommand::PredictedClass(const Parameters& model, const arma::vec& x) {
    // The one rule every view counts predictions by (engine/Prediction.h).
    const arma::vec out = LayerActivations(model, x).back().col(0);
    return layerlab::PredictedClass(out.memptr(), out.n_elem);
}

QStringList InspectCommand::SaliencyLines(const Parameters& model, const arma::vec& x,
                                          const std::array<arma::uword, 3>& imageShape,
                                          const std::vector<std::string>& classNames) {
    const arma::uword predicted = PredictedClass(model, x);
    const double probability =
        Saliency::ClassProbability(LayerActivations(model, x).back().col(0), predicted);
    const arma::vec gradient = Saliency::Gradient(model, x, predicted);
    const arma::vec magnitude = arma::abs(gradient);
    const arma::uword largest = LargestAt(magnitude);
    QStringList lines;
    lines << tr("  saliency of the predicted class %1 (p=%2):")
                 .arg(ClassName(classNames, predicted))
                 .arg(probability, 0, 'f', 4);
    lines << tr("  gradient dp/dx: L2 norm=%1 largest |value|=%2 (feature %3)")
                 .arg(Number(arma::norm(gradient, 2)), Number(magnitude(largest)))
                 .arg(largest);
    if (!WeightPictures::ShapeFits(imageShape, x.n_elem)) {
        lines << tr("  (not image data: no pixel ranking or occlusion map)");
        return lines;
    }
    if (magnitude(largest) == 0.0)
        // A ranking of zeros would point at the top-left pixels for no reason.
        lines << tr(
            "  no pixel ranking: the gradient is 0 for every pixel (no active unit "
            "passes it back from the output)");
    const arma::uword height = imageShape[0], width = imageShape[1], channels = imageShape[2];
    // |gradient| summed over a pixel's channels, which sit together in the course's flattening.
    arma::vec pixels(height * width, arma::fill::zeros);
    for (arma::uword i = 0; i < magnitude.n_elem; ++i) pixels(i / channels) += magnitude(i);
    std::vector<arma::uword> order(pixels.n_elem);
    std::iota(order.begin(), order.end(), 0);
    const size_t top = std::min<size_t>(5, order.size());
    std::partial_sort(order.begin(), order.begin() + top, order.end(),
                      [&](arma::uword a, arma::uword b) {
                          return pixels(a) > pixels(b) || (pixels(a) == pixels(b) && a < b);
                      });
    QStringList parts;
    for (size_t i = 0; i < top; ++i)
        parts << QStringLiteral("(%1, %2) %3")
                     .arg(order[i] / width)
                     .arg(order[i] % width)
                     .arg(Number(pixels(order[i])));
    if (magnitude(largest) > 0.0)
        lines << tr("  top pixels (row, column) by |dp/dx| summed over channels: %1")
                     .arg(parts.join(QStringLiteral(", ")));
    const arma::uword patch = Saliency::OcclusionPatch(imageShape);
    const double fill = Saliency::kOcclusionFill;
    const arma::vec drops =
        Saliency::Occlusion(model, x, imageShape, predicted, patch, patch, fill);
    const std::array<arma::uword, 2> grid = Saliency::OcclusionGrid(imageShape, patch, patch);
    const arma::uword at = LargestAt(drops);
    const arma::uword row = (at / grid[1]) * patch, column = (at % grid[1]) * patch;
    lines << tr("  occlusion (patch %1 px, stride %1, fill %2): largest probability drop %3 with "
                "rows %4-%5, columns %6-%7 hidden")
                 .arg(patch)
                 .arg(fill)
                 .arg(Number(drops(at)))
                 .arg(row)
                 .arg(row + patch - 1)
                 .arg(column)
                 .arg(column + patch - 1);
    return lines;
}

QStringList InspectCommand::GlassBoxLines(const Parameters& model, const arma::vec& x,
                                          const arma::vec& y,
                                          const std::vector<std::string>& classNames) {
    const ExampleTrace trace = ExampleTrace::Capture(model, x, y);
    const size_t L = model.L();
    const arma::uword predicted = PredictedClass(model, x);
    // One sigmoid unit is the probability of class 1 for both classes.
    const arma::uword outputUnit = model.spec.sizes.back() == 1 ? 0 : predicted;
    QStringList lines;
    const auto add = [&](const GlassBoxNeuron& neuron) {
        for (const std::string& line : neuron.Lines())
            lines << QStringLiteral("    ") + QString::fromStdString(line);
    };
    lines << tr("  glass box of output unit %1 (layer %2, predicted class %3):")
                 .arg(outputUnit)
                 .arg(L)
                 .arg(ClassName(classNames, predicted));
    add(GlassBoxNeuron::Explain(model, trace, L, outputUnit));
    if (L < 2) {
        lines << tr("  (no hidden layer to open up)");
        return lines;
    }
    const arma::uword active = LargestAt(arma::vec(trace.A[1].col(0)));
    lines << tr("  glass box of layer 1's most active unit %1 (a=%2):")
                 .arg(active)
                 .arg(Number(trace.A[1](active, 0)));
    add(GlassBoxNeuron::Explain(model, trace, 1, active));
    return lines;
}

void InspectCommand::RequireFolder(const QString& dir) {
    const QFileInfo folder(dir);
    if (folder.exists() && !folder.isDir())
        throw UsageError(tr("--weights-png %1 refused: it exists and is not a folder; give a "
                            "folder (it is made when missing)")
                             .arg(dir));
}

QStringList InspectCommand::WriteWeightPictures(const Parameters& model,
                                                const std::array<arma::uword, 3>& imageShape,
                                                const QString& dir) {
    RequireFolder(dir);
    const QFileInfo folder(dir);
    struct Picture {
        QString name;
        QImage image;
        QString line;
    };
    std::vector<Picture> pictures;
    QStringList lines;
    const arma::mat& W1 = model.W[1];
    if (WeightPictures::ShapeFits(imageShape, W1.n_cols)) {
        lines << tr("unit pictures: W[1]'s row of each unit as a %1x%2x%3 image, blue < 0 < red, "
                    "each on its own scale ±max |w| of the unit%4")
                     .arg(imageShape[0])
                     .arg(imageShape[1])
                     .arg(imageShape[2])
                     .arg(imageShape[2] == 1 ? QString()
                                             : tr("; the channels side by side (R, G, B)"));
        for (arma::uword j = 0; j < W1.n_rows; ++j) {
            double scale = 0.0;
            Picture picture{WeightPictures::UnitFileName(j, W1.n_rows),
                            WeightPictures::UnitPicture(W1.row(j), imageShape, &scale),
                            {}};
            picture.line = tr("%1: unit %2 of layer 1, %3x%4 px, scale ±%5")
                               .arg(picture.name)
                               .arg(j)
                               .arg(picture.image.width())
                               .arg(picture.image.height())
                               .arg(Number(scale));
            pictures.push_back(std::move(picture));
        }
    } else {
        lines << tr("no unit pictures: the model's inputs (%1) have no image shape; writing only "
                    "the heat maps of W[2] and beyond")
                     .arg(W1.n_cols);
    }
    for (size_t l = 2; l <= model.L(); ++l) {
        double scale = 0.0;
        Picture picture{
            QStringLiteral("W%1.png").arg(l), WeightPictures::HeatMap(model.W[l], &scale), {}};
        picture.line =
            tr("%1: W[%2] %3 x %4 as a heat map (rows = units, columns = inputs), %5x%6 px, scale "
               "±%7")
                .arg(picture.name)
                .arg(l)
                .arg(model.W[l].n_rows)
                .arg(model.W[l].n_cols)
                .arg(picture.image.width())
                .arg(picture.image.height())
                .arg(Number(scale));
        pictures.push_back(std::move(picture));
    }
    // Every refusal before the first write, so a refused run leaves the folder as it was.
    const QDir target(dir);
    for (const Picture& picture : pictures) {
        const QString path = target.filePath(picture.name);
        if (QFileInfo(path).exists() && !WeightPictures::WrittenByLayerLab(path))
            throw UsageError(tr("--weights-png refused: %1 exists and was not written by "
                                "LayerLab; move it away or give another folder (nothing was "
                                "written)")
                                 .arg(path));
    }
    if (!folder.exists() && !QDir().mkpath(dir))
        throw UsageError(tr("--weights-png %1 refused: the folder cannot be made; give a folder "
                            "you may write to")
                             .arg(dir));
    for (const Picture& picture : pictures) {
        const QString path = target.filePath(picture.name);
        const QByteArray png = WeightPictures::Png(picture.image);
        OutputFile::Write(QFile::encodeName(path).toStdString(),
                          std::string_view(png.constData(), static_cast<size_t>(png.size())));
        lines << picture.line;
    }
    return lines;
}

std::vector<double> InspectCommand::ReadCosts(const QString& path) {
    InputFile::RequireRegularFile(path.toStdString(), "give the file train --costs wrote");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw UsageError(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    std::vector<double> costs;
    qsizetype number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty()) continue;
        const QStringList fields = line.split(' ', Qt::SkipEmptyParts);
        bool ok = fields.size() == 2;
        if (ok) fields[0].toULongLong(&ok);
        const double cost = ok ? fields[1].toDouble(&ok) : 0.0;
        if (!ok)
            throw UsageError(tr("%1, line %2: '%3' is not 'iteration cost': give the file "
                                "train --costs wrote")
                                 .arg(path)
                                 .arg(number)
                                 .arg(line.left(40)));
        costs.push_back(cost);
    }
    return costs;
}

int InspectCommand::Run(const QStringList& arguments) {
    QCommandLineParser p;
    AddOptions(p);
    if (const std::optional<int> answered = CliOptions::Parse(p, arguments)) return *answered;
    const QString modelPath = CliOptions::Require(p, "model");
    const QString dataSpec = CliOptions::Require(p, "data");
    const bool limited = p.isSet("examples");
    const std::uint64_t examples = CliOptions::Count(p, "examples", 0);
    if (limited && examples == 0)
        throw UsageError(tr("--examples 0 refused: inspect on at least 1 example"));
    const bool oneExample = p.isSet("example");
    const std::uint64_t example = CliOptions::Count(p, "example", 0);
    const QString weightsDir = p.value("weights-png");
    if (p.isSet("weights-png") && weightsDir.isEmpty())
        throw UsageError(tr("--weights-png refused: give the folder to write the pictures to"));
    // Before the pass over the data, so a mistyped folder is refused at once.
    if (!weightsDir.isEmpty()) RequireFolder(weightsDir);
    const std::vector<double> costs =
        p.isSet("costs") ? ReadCosts(p.value("costs")) : std::vector<double>{};

    const Parameters model = ParameterIO::Load(modelPath.toStdString());
    const LoadedData data = CliOptions::LoadData(dataSpec, EvalCommand::DataOptionsFor(p, model));
    const arma::uword count = data.train.Count();
    if (count == 0) throw UsageError(tr("%1 has no training examples to inspect").arg(dataSpec));
    if (oneExample && example >= count)
        throw UsageError(tr("--example %1 refused: the training set has %2 examples (0 to %3)")
                             .arg(example)
                             .arg(count)
                             .arg(count - 1));
    const arma::uword m = limited ? std::min<arma::uword>(count, examples) : count;
    DataSet subset;
    subset.classNames = data.train.classNames;
    subset.imageShape = data.train.imageShape;
    subset.source = data.train.source;
    // A view-sized copy only when a part is asked for: the whole set is used as it is.
    const DataSet& used = m == count ? data.train : subset;
    if (m < count) {
        subset.X = data.train.Columns(arma::regspace<arma::uvec>(0, m - 1)).Values<double>();
        subset.y = data.train.y.cols(0, m - 1);
    }
    // The input size, the outputs against the classes and the pass's memory, before the pass.
    TrainerFactory::Check(model.spec, used, nullptr, TrainOptions{});
    ModelFile::RequireFits(modelPath.toStdString(), model, used);

    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const NetworkStatistics stats =
        MeasureLayers(model, used.Values<double>(), used.Targets<double>(model.spec.sizes.back()));
    Terminal::Out(tr("inspect of %1: %2 (%3) on %4 training examples of %5: cost %6")
                      .arg(modelPath, GradcheckCommand::SizesText(model.spec),
                           GradcheckCommand::ActivationsText(model.spec))
                      .arg(m)
                      .arg(dataSpec)
                      .arg(Number(stats.cost)));
    for (const QString& line : StatisticsLines(stats)) Terminal::Out(line);
    for (const QString& line : FindingLines(HealthFindings::All(stats, costs))) Terminal::Out(line);
    if (oneExample) {
        const arma::uword label = data.train.y(example);
        Terminal::Out(tr("example %1 of the training set (label: %2):")
                          .arg(example)
                          .arg(label < data.train.classNames.size()
                                   ? QString::fromStdString(data.train.classNames[label])
                                   : QString::number(label)));
        const std::vector<std::string>& names =
            model.classNames.empty() ? data.train.classNames : model.classNames;
        const arma::vec x = data.train.Column(example);
        for (const QString& line : ExampleLines(model, x, names)) Terminal::Out(line);
        for (const QString& line : SaliencyLines(model, x, data.train.imageShape, names))
            Terminal::Out(line);
        const arma::vec y =
            data.train.Columns(arma::uvec{example}).Targets<double>(model.spec.sizes.back()).col(0);
        for (const QString& line : GlassBoxLines(model, x, y, names)) Terminal::Out(line);
    }
    if (!weightsDir.isEmpty()) {
        // The model's own shape first: it is what the first layer was trained on.
        const std::array<arma::uword, 3> shape =
            WeightPictures::ShapeFits(model.imageShape, model.spec.sizes.front())
                ? model.imageShape
                : data.train.imageShape;
        for (const QString& line : WriteWeightPictures(model, shape, weightsDir))
            Terminal::Out(line);
    }
    Terminal::Out(QStringLiteral("seconds=%1")
                      .arg(std::chrono::duration<double>(Clock::now() - start).count(), 0, 'f', 3));
    return 0;
}

}  // namespace layerlab
