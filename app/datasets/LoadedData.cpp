#include "LoadedData.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace layerlab {
namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("layerlab::LoadedData", text, nullptr, n);
}

QString CountsPerClass(const DataSet& d) {
    const std::vector<arma::uword> counts = d.CountPerClass();
    // A balanced set of many classes (Fashion-MNIST: 6000 of each of ten) in one short line:
    // listed, its counts took six lines of a 1280×720 side panel and pushed the editor away.
    if (counts.size() > 2 &&
        std::adjacent_find(counts.begin(), counts.end(), std::not_equal_to<>()) == counts.end())
        // translate() with its context spelled out: lupdate files a tr() here, outside the
        // class, under "layerlab", where the window would never look it up.
        return QCoreApplication::translate("layerlab::LoadedData", "%1 of each class")
            .arg(counts.front());
    QStringList parts;
    for (size_t c = 0; c < counts.size(); ++c)
        parts
            << QStringLiteral("%1 %2").arg(QString::fromStdString(d.classNames[c])).arg(counts[c]);
    return parts.join(QStringLiteral(", "));
}

}  // namespace

QString LoadedData::Summary() const {
    const auto& s = train.imageShape;
    const QString colour = s[2] == 1   ? tr("grayscale")
                           : s[2] == 3 ? tr("RGB")
                                       : tr("%1 channels").arg(s[2]);
    QStringList lines;
    lines << tr("%1: %2 training and %3 test images, %4×%5 %6 (%7 values each), %8 classes")
                 .arg(QString::fromStdString(train.source))
                 .arg(train.Count())
                 .arg(test.Count())
                 .arg(s[1])
                 .arg(s[0])
                 .arg(colour)
                 .arg(train.Features())
                 .arg(train.ClassCount());
    lines << tr("training: %1").arg(CountsPerClass(train));
    if (test.Count()) lines << tr("test: %1").arg(CountsPerClass(test));
    if (!standardiser.IsIdentity())
        lines << tr("standardised per feature with the training mean and deviation");
    if (skipped) lines << tr("%n unreadable file(s) skipped", static_cast<int>(skipped));
    return lines.join('\n');
}

}  // namespace layerlab
