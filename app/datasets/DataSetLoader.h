#pragma once

#include <QString>

#include "DataSet.h"
#include "LoadOptions.h"
#include "LoadedData.h"

namespace layerlab {

// Resolves what the user named (--data SPEC, a dropped file, File ▸ Open data set) into training
// and test sets. Throws EngineError naming the file and the problem (LoadCancelled when
// options.cancel was set); never half-loads, so what the caller already holds stays as it was.
class DataSetLoader {
public:
    enum class Kind { Builtin, Course, ImageFolder, Idx, Unknown };

    // SPEC: builtin:shapes[N]; a course .h5 file or a folder with train_*.h5 / test_*.h5; an IDX
    // folder (train-images-idx3-ubyte[.gz] …); or an image folder ROOT/<class>/* (optionally
    // ROOT/train/<class> and ROOT/test/<class>). Every source is ÷255; options pick classes and
    // standardise. The result converts to DataSplit, so `DataSplit d = Load(path)` still works.
    static LoadedData Load(const QString& spec, const LoadOptions& options = {});
    // What Load would read SPEC as, from names and headers only (nothing decoded): for routing
    // drops.
    static Kind Identify(const QString& spec);
    // True when path is an HDF5 file holding W1: a saved model, not a data set.
    static bool IsModelFile(const QString& path);
    // What sort of thing path is ("a FIFO (named pipe)", "a folder", ...), in the user's language:
    // the words of InputFile::KindOf, the one place that tells the kinds apart.
    static QString KindOf(const QString& path);
};

}  // namespace layerlab
