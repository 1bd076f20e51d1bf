#include "GradcheckCommand.h"

#include <QCommandLineParser>
#include <algorithm>
#include <chrono>

#include "CliOptions.h"
#include "EngineError.h"
#include "EnumNames.h"
#include "EvalCommand.h"
#include "InitializeParameters.h"
#include "ModelFile.h"
#include "ParameterIO.h"
#include "Terminal.h"
#include "TrainerFactory.h"
#include "UsageError.h"
#include "inspect/GradientCheckPlan.h"

namespace layerlab {

QString GradcheckCommand::SizesText(const NetworkSpec& spec) {
    QStringList parts;
    for (const arma::uword n : spec.sizes) parts << QString::number(n);
    return parts.join(',');
}

QString GradcheckCommand::ActivationsText(const NetworkSpec& spec) {
    QStringList parts;
    for (const Activation a : spec.activations) parts << QString::fromStdString(ToString(a));
    return parts.join(',');
}

void GradcheckCommand::AddOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        tr("Check backpropagation's gradients against central differences (J(θ+ε) − J(θ−ε)) / 2ε "
           "and print the relative difference per layer, the overall difference "
           "‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖) and a verdict: below 1e-7 good, above "
           "1e-5 suspicious (exit code 2), acceptable in between."));
    parser.addHelpOption();
    parser.addOptions({
        {"data", tr("The data: any source train --data reads; the first --examples are used."),
         "PATH"},
        {"layers", tr("Layer sizes from input to output, e.g. 12288,20,7,5,1."), "SIZES"},
        {"activations", tr("One activation per layer: relu, leaky_relu, tanh, sigmoid, softmax."),
         "LIST"},
        {"init", tr("Initialiser: notebook (default), small, he or xavier."), "NAME", "notebook"},
        {"seed", tr("Seed of the initialiser (default 1)."), "N", "1"},
        {"model", tr("Check this saved model's weights instead of fresh ones."), "FILE"},
        {"examples", tr("Examples the cost is computed on (default 16)."), "N", "16"},
        {"epsilon", tr("The step ε of the central differences (default 1e-7)."), "EPS", "1e-7"},
        {"l2", tr("Check the L2-regularised cost and gradient with this λ (default 0)."), "LAMBDA"},
        {"sample",
         tr("Check at most N elements of each W[l] and b[l], drawn with --sample-seed "
            "(default 200; 0 = every parameter)."),
         "N", QString::number(GradientCheckPlan::kDefaultSample)},
        {"sample-seed", tr("Seed of the sample (default 1)."), "N", "1"},
    });
    CliOptions::AddDataOptions(parser);
}

QString GradcheckCommand::VerdictLine(double difference) {
    switch (VerdictOf(difference)) {
        case GradientVerdict::Good:
            return tr(
                "verdict: good (below 1e-7): backpropagation agrees with central "
                "differences");
        case GradientVerdict::Acceptable:
            return tr(
                "verdict: acceptable, check (between 1e-7 and 1e-5): probably right; a "
                "ReLU kink near a checked weight or a large ε can cause this, so look at "
                "the layer with the largest difference");
        case GradientVerdict::Suspicious:
            break;
    }
    return tr(
        "verdict: suspicious (above 1e-5): backpropagation very likely has a bug; the "
        "first layer from the output with a large difference is where to look");
}

QStringList GradcheckCommand::ReportLines(const NetworkSpec& spec,
                                          const GradientCheckReport& report) {
    QStringList lines;
    lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(QStringLiteral("layer"), -6)
                 .arg(QStringLiteral("param"), -6)
                 .arg(QStringLiteral("shape"), -14)
                 .arg(QStringLiteral("checked"), -16)
                 .arg(QStringLiteral("relative_difference"), -19)
                 .arg(QStringLiteral("verdict"));
    const auto row = [&](size_t l, const char* name, arma::uword rows, arma::uword cols,
                         const GradientCheckPart& part) {
        const QString verdict = [&] {
            switch (VerdictOf(part.difference)) {
                case GradientVerdict::Good:
                    return QStringLiteral("good");
                case GradientVerdict::Acceptable:
                    return QStringLiteral("acceptable");
                case GradientVerdict::Suspicious:
                    break;
            }
            return QStringLiteral("suspicious");
        }();
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(l, -6)
                     .arg(QStringLiteral("%1%2").arg(QLatin1String(name)).arg(l), -6)
                     .arg(QStringLiteral("%1 x %2").arg(rows).arg(cols), -14)
                     .arg(QStringLiteral("%1/%2").arg(part.checked).arg(part.total), -16)
                     .arg(QString::number(part.difference, 'e', 2), -19)
                     .arg(verdict);
    };
    for (const GradientCheckLayer& layer : report.layers) {
        const size_t l = layer.layer;
        row(l, "W", spec.sizes[l], spec.sizes[l - 1], layer.W);
        row(l, "b", spec.sizes[l], 1, layer.b);
    }
    lines << tr("overall difference ‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖) = %1 over %2 "
                "of %3 parameters")
                 .arg(QString::number(report.difference, 'e', 2))
                 .arg(report.checked)
                 .arg(report.total);
    lines << VerdictLine(report.difference);
    return lines;
}

int GradcheckCommand::Run(const QStringList& arguments) {
    QCommandLineParser p;
    AddOptions(p);
    if (const std::optional<int> answered = CliOptions::Parse(p, arguments)) return *answered;
    // Options first: a typo is refused before a large data set loads.
    const std::uint64_t examples =
        CliOptions::Count(p, "examples", GradientCheckPlan::kDefaultExamples);
    if (examples == 0) throw UsageError(tr("--examples 0 refused: check on at least 1 example"));
    const double epsilon = CliOptions::Real(p, "epsilon", 1e-7);
    if (!(epsilon > 0.0) || epsilon > 1e-2)
        throw UsageError(tr("--epsilon %1 refused: give a small positive step such as 1e-7")
                             .arg(p.value("epsilon")));
    const double l2 = CliOptions::Real(p, "l2", 0.0);
    const std::uint64_t sample = CliOptions::Count(p, "sample", GradientCheckPlan::kDefaultSample);
    const std::uint64_t sampleSeed = CliOptions::Count(p, "sample-seed", 1);
    if (p.isSet("model") && (p.isSet("layers") || p.isSet("init") || p.isSet("activations")))
        throw UsageError(
            tr("--model brings its own layers and weights: leave out --layers, "
               "--activations and --init"));
    const auto initializer = Parse<Initializer>(p.value("init").toStdString());
    if (!initializer)
        throw UsageError(
            tr("unknown --init '%1': use notebook, small, he or xavier").arg(p.value("init")));

    Parameters network;
    LoadOptions dataOptions = CliOptions::DataOptions(p);
    if (p.isSet("model")) {
        network = ParameterIO::Load(p.value("model").toStdString());
        dataOptions = EvalCommand::DataOptionsFor(p, network);
    } else {
        if (!p.isSet("layers"))
            throw UsageError(
                tr("give --layers SIZES to check a fresh network or --model FILE to "
                   "check a saved one"));
        network.spec =
            NetworkSpec::WithDefaultActivations(ParseLayerSizes(p.value("layers").toStdString()));
        if (p.isSet("activations"))
            network.spec.activations = ParseActivations(p.value("activations").toStdString());
    }
    const NetworkSpec& spec = network.spec;
    spec.Validate();

    const QString dataSpec = CliOptions::Require(p, "data");
    const LoadedData data = CliOptions::LoadData(dataSpec, dataOptions);
    const GradientCheckPlan plan(spec, data.train.Count(), examples, sample);
    const std::uint64_t checked = plan.Checked();
    const std::uint64_t total = plan.Total();
    const arma::uword m = plan.Examples();
    if (m == 0) throw UsageError(tr("%1 has no training examples to check on").arg(dataSpec));
    if (plan.TooLarge())
        throw UsageError(plan.TooLargeMessage(
            tr("check a sample with --sample N (e.g. --sample %1), or use fewer --examples")
                .arg(GradientCheckPlan::kDefaultSample)));
    const DataSet subset = plan.Subset(data.train);
    // The input size, the outputs against the classes and the memory, before a weight is drawn.
    TrainerFactory::Check(spec, subset, nullptr, TrainOptions{});
    if (p.isSet("model"))
        ModelFile::RequireFits(p.value("model").toStdString(), network, subset);
    else
        network = InitializeParameters(spec, *initializer, CliOptions::Count(p, "seed", 1));

    Terminal::Out(tr("gradient check of %1 (%2) on the first %3 of %4 training examples of %5, "
                     "ε = %6%7")
                      .arg(SizesText(spec), ActivationsText(spec))
                      .arg(m)
                      .arg(data.train.Count())
                      .arg(dataSpec)
                      .arg(epsilon, 0, 'g', 3)
                      .arg(l2 != 0.0 ? tr(", L2 λ = %1").arg(l2) : QString()));
    if (checked < total)
        Terminal::Out(tr("sampled: at most %1 elements of each W[l] and b[l], drawn with "
                         "--sample-seed %2 (%3 of %4 parameters); --sample 0 checks them all")
                          .arg(sample)
                          .arg(sampleSeed)
                          .arg(checked)
                          .arg(total));

    GradientCheckOptions<double> options;
    options.epsilon = epsilon;
    options.l2 = l2;
    options.samplePerTensor = sample;
    options.sampleSeed = sampleSeed;
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const GradientCheckReport report = GradientCheckLayers<double>(
        network, subset.X, subset.Targets<double>(spec.sizes.back()), options);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (const QString& line : ReportLines(spec, report)) Terminal::Out(line);
    Terminal::Out(QStringLiteral("seconds=%1").arg(seconds, 0, 'f', 3));
    return VerdictOf(report.difference) == GradientVerdict::Suspicious ? kSuspiciousExitCode : 0;
}

}  // namespace layerlab
