#include "InspectCommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <algorithm>
#include <chrono>

#include "CliOptions.h"
#include "EnumNames.h"
#include "EvalCommand.h"
#include "GradcheckCommand.h"
#include "InputFile.h"
#include "MemoryBudget.h"
#include "ModelFile.h"
#include "ParameterIO.h"
#include "Terminal.h"
#include "TrainerFactory.h"
#include "UsageError.h"

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
        for (const QString& line : ExampleLines(model, data.train.Column(example), names))
            Terminal::Out(line);
    }
    Terminal::Out(QStringLiteral("seconds=%1")
                      .arg(std::chrono::duration<double>(Clock::now() - start).count(), 0, 'f', 3));
    return 0;
}

}  // namespace layerlab
