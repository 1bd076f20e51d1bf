#include "ModelFile.h"

#include <string>

#include "EngineError.h"
#include "ParameterIO.h"

namespace layerlab {

Parameters ModelFile::Open(const QString& path, const DataSet& train) {
    const std::string file = path.toStdString();
    Parameters p = ParameterIO::Load(file);
    RequireFits(file, p, train);
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

void ModelFile::Save(const QString& path, const Parameters& p) {
    ParameterIO::Save(path.toStdString(), p);
}

}  // namespace layerlab
