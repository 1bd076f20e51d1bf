#include "KnownDataSets.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "BuiltinShapes.h"
#include "IdxReader.h"

namespace layerlab {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("layerlab::KnownDataSets", text);
}

QStringList Names(const std::vector<std::string>& names) {
    QStringList out;
    for (const std::string& n : names) out << QString::fromStdString(n);
    return out;
}

}  // namespace

QString KnownDataSets::FashionMnistFolder() {
    return QStringLiteral("/usr/share/datasets/fashion-mnist");
}

QList<KnownDataSet> KnownDataSets::List(const QString& coursePath,
                                        const QString& fashionMnistFolder) {
    QList<KnownDataSet> sets;
    sets << KnownDataSet{tr("Shapes: circle vs square"), QStringLiteral("builtin:shapes"),
                         tr("Built in, no file needed: %1 training and %2 test pictures, 32×32 RGB")
                             .arg(2 * BuiltinShapes::kTrainPerClass)
                             .arg(2 * BuiltinShapes::kTestPerClass),
                         Names(BuiltinShapes::ClassNames(2))};
    sets << KnownDataSet{
        tr("Shapes: five shapes"), QStringLiteral("builtin:shapes5"),
        tr("Built in: %1 training and %2 test pictures, 32×32 RGB; needs one output per class")
            .arg(5 * BuiltinShapes::kTrainPerClass)
            .arg(5 * BuiltinShapes::kTestPerClass),
        Names(BuiltinShapes::ClassNames(5))};
    if (IdxReader::IsIdxFolder(fashionMnistFolder))
        sets << KnownDataSet{
            tr("Fashion-MNIST"), fashionMnistFolder,
            tr("Zalando's clothing pictures: 60000 training and 10000 test, 28×28 grayscale, "
               "10 classes (pick 2, e.g. Sneaker and Ankle boot, for one sigmoid output)"),
            Names(IdxReader::ClassNamesFor(fashionMnistFolder, 10))};
    if (!coursePath.isEmpty() && QFileInfo::exists(coursePath))
        sets << KnownDataSet{
            tr("Course: cat vs non-cat"),
            coursePath,
            tr("The deeplearning.ai course's 209 training and 50 test photos, 64×64 RGB"),
            {QStringLiteral("non-cat"), QStringLiteral("cat")}};
    return sets;
}

}  // namespace layerlab
