#pragma once

#include <QString>
#include <QStringList>

#include "DataSet.h"
#include "FeatureStandardiser.h"
#include "LoadOptions.h"

namespace layerlab {

// What DataSetLoader hands back: the split itself (so `DataSplit d = Load(...)` keeps working),
// what was skipped on the way, and how new pictures must be encoded to match it.
struct LoadedData : DataSplit {
    // One line per skipped file or ignored option, naming it and why; never fatal.
    QStringList warnings;
    // Files skipped as unreadable (the count behind the warnings, which may be capped).
    qint64 skipped = 0;
    // Identity unless LoadOptions::standardise was set; apply it to dropped pictures too.
    FeatureStandardiser standardiser;
    // What it was loaded with (without the progress and cancel hooks): a saved lesson names them.
    LoadOptions options;

    // Several lines for the window and the command line: sizes, image shape, count per class.
    QString Summary() const;
};

}  // namespace layerlab
