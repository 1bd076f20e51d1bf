#include "PredictCommand.h"

#include <unistd.h>

#include <QCommandLineParser>
#include <array>
#include <cstdio>

#include "CliOptions.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "Terminal.h"
#include "UsageError.h"
#include "datasets/FeatureStandardiser.h"
#include "datasets/ImageEncoder.h"

namespace layerlab {
namespace {

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

}  // namespace

void PredictCommand::AddOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(tr("Classify images with a saved model."));
    parser.addHelpOption();
    parser.addOption({"model", tr("The model: an HDF5 file saved by LayerLab."), "FILE"});
    parser.addPositionalArgument("INPUT", tr("Image files to classify."), "INPUT...");
}

QString PredictCommand::AnswerLine(const QString& input, const Parameters& model,
                                   const arma::vec& x) {
    const Prediction prediction = PredictColumn(model.Predict(arma::mat(x)), 0);
    const arma::uword cls = prediction.predictedClass;
    const QString name = cls < model.classNames.size()
                             ? QString::fromStdString(model.classNames[cls])
                             : QString::number(cls);
    return QStringLiteral("%1\t%2\t%3").arg(input, name).arg(prediction.confidence, 0, 'f', 6);
}

int PredictCommand::Run(const QStringList& arguments) {
    QCommandLineParser p;
    AddOptions(p);
    if (const std::optional<int> answered = CliOptions::Parse(p, arguments)) return *answered;
    RunDescription run;
    const Parameters model = ParameterIO::Load(CliOptions::Require(p, "model").toStdString(), &run);
    // A model trained on standardised features sees each picture as it saw its training set.
    const FeatureStandardiser standardiser = FeatureStandardiser::Of(run);
    if (p.positionalArguments().isEmpty())
        throw UsageError(tr("give at least one image to classify"));
    const std::array<arma::uword, 3> shape = model.imageShape;
    if (shape[0] * shape[1] * shape[2] != model.spec.sizes[0])
        throw UsageError(
            tr("%1 does not say which image size it was trained on; it cannot classify images")
                .arg(p.value("model")));
    for (const QString& input : p.positionalArguments()) {
        arma::mat x = EncodeImage(input, shape);
        standardiser.Apply(x);
        Terminal::Out(AnswerLine(input, model, x.col(0)));
    }
    return 0;
}

}  // namespace layerlab
