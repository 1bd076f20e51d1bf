#include "WeightPictures.h"

#include <QBuffer>
#include <QImageReader>
#include <algorithm>
#include <cmath>

#include "EngineError.h"

namespace layerlab {

namespace {

const char* const kSoftwareKey = "Software";
const char* const kSoftwareValue = "LayerLab";
// The gap between channel panels: mid grey, so it is not mistaken for a zero weight (white).
const QRgb kGap = qRgb(128, 128, 128);

// Paints a grid of cells (one colour each) into an image, each cell factor × factor pixels.
template <typename ColourOf>
QImage Paint(int rows, int columns, ColourOf colourOf) {
    const int factor = WeightPictures::UpscaleFactor(rows, columns);
    QImage image(columns * factor, rows * factor, QImage::Format_RGB32);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const QRgb colour = colourOf(r, c);
            for (int y = r * factor; y < (r + 1) * factor; ++y) {
                QRgb* line = reinterpret_cast<QRgb*>(image.scanLine(y));
                std::fill(line + c * factor, line + (c + 1) * factor, colour);
            }
        }
    return image;
}

}  // namespace

QRgb WeightPictures::Diverging(double value, double scale) {
    if (!(scale > 0.0) || !std::isfinite(value)) return qRgb(255, 255, 255);
    const double t = std::clamp(value / scale, -1.0, 1.0);
    const int fade = static_cast<int>(std::lround(255.0 * (1.0 - std::abs(t))));
    return t >= 0.0 ? qRgb(255, fade, fade) : qRgb(fade, fade, 255);
}

int WeightPictures::UpscaleFactor(int height, int width) {
    const int shortSide = std::max(1, std::min(height, width));
    const int longSide = std::max(1, std::max(height, width));
    const int wanted = (kShortestSide + shortSide - 1) / shortSide;
    return std::max(1, std::min(wanted, kLongestSide / longSide));
}

bool WeightPictures::ShapeFits(const std::array<arma::uword, 3>& imageShape, arma::uword inputs) {
    return imageShape[0] > 0 && imageShape[1] > 0 && imageShape[2] > 0 &&
           imageShape[0] * imageShape[1] * imageShape[2] == inputs;
}

QImage WeightPictures::UnitPicture(const arma::rowvec& weights,
                                   const std::array<arma::uword, 3>& imageShape, double* scale) {
    if (!ShapeFits(imageShape, weights.n_elem))
        throw EngineError("a unit picture of " + std::to_string(imageShape[0]) + "x" +
                          std::to_string(imageShape[1]) + "x" + std::to_string(imageShape[2]) +
                          " refused: the unit has " + std::to_string(weights.n_elem) +
                          " weights; give the image shape of the network's input");
    const double s = weights.is_empty() ? 0.0 : arma::abs(weights).max();
    if (scale) *scale = s;
    const int height = static_cast<int>(imageShape[0]);
    const int width = static_cast<int>(imageShape[1]);
    const int channels = static_cast<int>(imageShape[2]);
    // One panel per channel, one column of gap between panels.
    const int columns = channels * width + (channels - 1);
    return Paint(height, columns, [&](int r, int c) {
        const int panel = c / (width + 1);
        const int x = c % (width + 1);
        if (x == width) return kGap;
        const arma::uword index =
            (arma::uword(r) * arma::uword(width) + arma::uword(x)) * arma::uword(channels) +
            arma::uword(panel);
        return Diverging(weights(index), s);
    });
}

QImage WeightPictures::HeatMap(const arma::mat& W, double* scale) {
    const double s = W.is_empty() ? 0.0 : arma::abs(W).max();
    if (scale) *scale = s;
    return Paint(static_cast<int>(W.n_rows), static_cast<int>(W.n_cols),
                 [&](int r, int c) { return Diverging(W(arma::uword(r), arma::uword(c)), s); });
}

QByteArray WeightPictures::Png(const QImage& image) {
    QImage marked = image;
    marked.setText(kSoftwareKey, kSoftwareValue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!marked.save(&buffer, "PNG"))
        throw EngineError(
            "a weight picture could not be encoded as PNG: the Qt PNG support is "
            "missing; install Qt's image formats");
    return bytes;
}

bool WeightPictures::WrittenByLayerLab(const QString& path) {
    QImageReader reader(path, "PNG");
    return reader.canRead() && reader.text(kSoftwareKey) == QLatin1String(kSoftwareValue);
}

QString WeightPictures::UnitFileName(arma::uword unit, arma::uword units) {
    const int digits = static_cast<int>(QString::number(units).size());
    return QStringLiteral("unit-%1.png").arg(unit, digits, 10, QChar('0'));
}

}  // namespace layerlab
