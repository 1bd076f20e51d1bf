#include "ModelFile.h"

#include <QCoreApplication>
#include <string>

#include "EngineError.h"
#include "ParameterIO.h"

namespace layerlab {

namespace {

std::string Translated(const char* text) {
    return QCoreApplication::translate("ModelFile", text).toStdString();
}

// The window's data is standardised (or not) once, when it is opened: a model must have been
// trained on features made the same way, or its predictions mean nothing.
void RequireSameStandardisation(const std::string& file, const RunDescription& run,
                                const FeatureStandardiser& data) {
    const FeatureStandardiser model = FeatureStandardiser::Of(run);
    if (!model.IsIdentity() && data.IsIdentity())
        throw EngineError(file + ": " +
                          Translated("the model was trained on standardised features but this "
                                     "data set was opened without standardisation: open it "
                                     "again with each feature standardised"));
    // A file that records its run but no standardisation was trained on raw features; one from
    // before models recorded their run cannot say, and is taken as it is.
    const bool describesItsRun = !run.hyperparameters.empty() || !run.data.empty();
    if (model.IsIdentity() && !data.IsIdentity() && describesItsRun)
        throw EngineError(file + ": " +
                          Translated("the model was trained on features that were not "
                                     "standardised but this data set was opened standardised: "
                                     "open it again without standardisation"));
    if (!model.IsIdentity() && !data.IsIdentity() &&
        (!arma::approx_equal(model.Mean(), data.Mean(), "reldiff", 1e-9) ||
         !arma::approx_equal(model.Scale(), data.Scale(), "reldiff", 1e-9)))
        throw EngineError(file + ": " +
                          Translated("this data set's training mean and deviation are not the "
                                     "ones the model was standardised with: open the data set it "
                                     "was trained on"));
}

}  // namespace

Parameters ModelFile::Open(const QString& path, const DataSet& train,
                           const FeatureStandardiser& standardiser) {
    const std::string file = path.toStdString();
    RunDescription run;
    Parameters p = ParameterIO::Load(file, &run);
    RequireFits(file, p, train);
    RequireSameStandardisation(file, run, standardiser);
    if (p.classNames.empty()) p.classNames = train.classNames;
    if (p.imageShape[0] == 0) p.imageShape = train.imageShape;
    return p;
}

void ModelFile::RequireFits(const std::string& file, const Parameters& p, const DataSet& data) {
    if (p.spec.sizes.front() != data.Features())
        throw EngineError(file + ": the model takes " + std::to_string(p.spec.sizes.front()) +
                          " inputs but the data's images have " + std::to_string(data.Features()) +
                          " values: open the data set it was trained on");
    try {
        DataSet::RequireOutputsFit(p.spec.sizes.back(), data.ClassCount());
    } catch (const EngineError& e) {
        throw EngineError(file + ": " + e.what() + " (" + data.source + ")");
    }
}

void ModelFile::Save(const QString& path, const Parameters& p, const RunDescription& run) {
    ParameterIO::Save(path.toStdString(), p, run);
}

}  // namespace layerlab
