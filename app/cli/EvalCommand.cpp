#include "EvalCommand.h"

#include <QCommandLineParser>

#include "CliOptions.h"
#include "ModelFile.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "Terminal.h"
#include "UsageError.h"

namespace layerlab {

void EvalCommand::AddOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(tr("Measure a saved model's accuracy on a data set."));
    parser.addHelpOption();
    parser.addOption({"model", tr("The model: an HDF5 file saved by LayerLab."), "FILE"});
    parser.addOption({"data", tr("The data: any source train --data reads."), "PATH"});
    CliOptions::AddDataOptions(parser);
}

LoadOptions EvalCommand::DataOptionsFor(const QCommandLineParser& parser, const Parameters& model,
                                        const FeatureStandardiser& stored) {
    LoadOptions options = CliOptions::DataOptions(parser);
    if (!stored.IsIdentity()) options.standardise = false;
    if (!parser.isSet("image-size") && model.imageShape[0] && model.imageShape[1])
        options.imageSize =
            QSize(static_cast<int>(model.imageShape[1]), static_cast<int>(model.imageShape[0]));
    if (!parser.isSet("grayscale")) options.grayscale = model.imageShape[2] == 1;
    return options;
}

QString EvalCommand::AccuracyField(const QString& label, const Parameters& model,
                                   const DataSet& data) {
    if (data.Features() != model.spec.sizes[0])
        throw UsageError(tr("%1 has %2 values per example but the model expects %3")
                             .arg(QString::fromStdString(data.source))
                             .arg(data.Features())
                             .arg(model.spec.sizes[0]));
    return QStringLiteral("%1=%2").arg(label).arg(
        Accuracy(model.Predict(data.Values<double>()), data.y), 0, 'f', 6);
}

int EvalCommand::Run(const QStringList& arguments) {
    QCommandLineParser p;
    AddOptions(p);
    if (const std::optional<int> answered = CliOptions::Parse(p, arguments)) return *answered;
    const std::string modelPath = CliOptions::Require(p, "model").toStdString();
    RunDescription run;
    const Parameters model = ParameterIO::Load(modelPath, &run);
    const FeatureStandardiser stored = FeatureStandardiser::Of(run);
    if (!stored.IsIdentity() && p.isSet("standardise"))
        Terminal::Warning(tr("--standardise: %1 records the training mean and deviation it was "
                             "trained with, and those are used (the data is standardised once)")
                              .arg(p.value("model")));
    const LoadOptions options = DataOptionsFor(p, model, stored);
    DataSplit data = CliOptions::LoadData(CliOptions::Require(p, "data"), options);
    // The window's rule for a model and its data; the input size is AccuracyField's to report.
    for (DataSet* set : {&data.train, &data.test})
        if (set->Count() && set->Features() == model.spec.sizes[0]) {
            ModelFile::RequireFits(modelPath, model, *set);
            stored.Apply(set->Doubles());
        }
    QString line = AccuracyField("train_accuracy", model, data.train);
    if (data.test.Count()) line += ' ' + AccuracyField("test_accuracy", model, data.test);
    Terminal::Out(line);
    return 0;
}

}  // namespace layerlab
