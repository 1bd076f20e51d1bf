#include "DataSetLoader.h"

#include "CourseDataReader.h"

namespace layerlab {

DataSplit DataSetLoader::Load(const QString& path) {
    return CourseDataReader::Read(path.toStdString());
}

}  // namespace layerlab
