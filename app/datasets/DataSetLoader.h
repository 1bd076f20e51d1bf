#pragma once

#include <QString>

#include "DataSet.h"

namespace layerlab {

// Resolves what the user named (--data PATH, a dropped file, File ▸ Open data set) into training
// and test sets. Throws EngineError naming the file and the problem; never half-loads.
class DataSetLoader {
public:
    // PATH: a course .h5 file, or a folder with train_*.h5 / test_*.h5.
    static DataSplit Load(const QString& path);
};

}  // namespace layerlab
