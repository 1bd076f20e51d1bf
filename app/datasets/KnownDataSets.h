#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace layerlab {

// A data set ready to open with one click: what the UI lists in File ▸ Open data set.
struct KnownDataSet {
    QString title;        // "Fashion-MNIST"
    QString spec;         // what DataSetLoader::Load takes
    QString description;  // one line: size, classes
    QStringList classNames;
};

class KnownDataSets {
public:
    // The default location of Debian's dataset-fashion-mnist package.
    static QString FashionMnistFolder();
    // The built-in shapes (2 and 5 classes); Fashion-MNIST when fashionMnistFolder holds it; the
    // course's cat/non-cat data when coursePath names a file or folder that exists.
    static QList<KnownDataSet> List(const QString& coursePath = {},
                                    const QString& fashionMnistFolder = FashionMnistFolder());
};

}  // namespace layerlab
