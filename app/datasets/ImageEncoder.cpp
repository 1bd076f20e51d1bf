#include "ImageEncoder.h"

#include <QImageReader>

#include "EngineError.h"

namespace layerlab {
namespace {

// The QImage layout whose scan lines hold exactly `channels` bytes per pixel, so a line can be
// copied straight into (row, column, channel) order; any other channel count is refused rather
// than read past the end of a line.
QImage::Format FormatFor(arma::uword channels) {
    switch (channels) {
        case 1:
            return QImage::Format_Grayscale8;
        case 3:
            return QImage::Format_RGB888;
        case 4:
            return QImage::Format_RGBA8888;
        default:
            throw EngineError(
                "images with " + std::to_string(channels) +
                " channels are not supported: use 1 (grayscale), 3 (RGB) or 4 (RGBA)");
    }
}

}  // namespace

arma::vec ImageEncoder::Encode(const QImage& image, const std::array<arma::uword, 3>& shape) {
    const int h = static_cast<int>(shape[0]), w = static_cast<int>(shape[1]);
    const arma::uword channels = shape[2];
    const QImage::Format format = FormatFor(channels);
    QImage scaled = image.size() == QSize(w, h)
                        ? image
                        : image.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    scaled = scaled.convertToFormat(format);
    arma::vec x(shape[0] * shape[1] * channels);
    arma::uword i = 0;
    for (int r = 0; r < h; ++r) {
        const uchar* line = scaled.constScanLine(r);
        for (arma::uword c = 0; c < static_cast<arma::uword>(w) * channels; ++c)
            x[i++] = line[c] / 255.0;
    }
    return x;
}

arma::vec ImageEncoder::EncodeFile(const QString& path, const std::array<arma::uword, 3>& shape) {
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull())
        throw EngineError(path.toStdString() + ": not a readable image (" +
                          reader.errorString().toStdString() + ")");
    return Encode(image, shape);
}

QImage ImageEncoder::Decode(const arma::vec& column, const std::array<arma::uword, 3>& shape) {
    const int h = static_cast<int>(shape[0]), w = static_cast<int>(shape[1]);
    const arma::uword channels = shape[2];
    if (column.n_elem != shape[0] * shape[1] * channels)
        throw EngineError("an image of " + std::to_string(shape[0]) + " × " +
                          std::to_string(shape[1]) + " × " + std::to_string(channels) + " needs " +
                          std::to_string(shape[0] * shape[1] * channels) +
                          " values, the column has " + std::to_string(column.n_elem));
    QImage img(w, h, FormatFor(channels));
    arma::uword i = 0;
    for (int r = 0; r < h; ++r) {
        uchar* line = img.scanLine(r);
        for (arma::uword c = 0; c < static_cast<arma::uword>(w) * channels; ++c)
            line[c] = static_cast<uchar>(std::clamp(column[i++] * 255.0 + 0.5, 0.0, 255.0));
    }
    return img;
}

}  // namespace layerlab
