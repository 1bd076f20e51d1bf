#include "ImageEncoder.h"

#include <QImageReader>

#include "EngineError.h"

namespace layerlab {

arma::vec ImageEncoder::Encode(const QImage& image, const std::array<arma::uword, 3>& shape) {
    const int h = static_cast<int>(shape[0]), w = static_cast<int>(shape[1]);
    const arma::uword channels = shape[2];
    QImage scaled = image.size() == QSize(w, h)
                        ? image
                        : image.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    scaled =
        scaled.convertToFormat(channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
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
    QImage img(w, h, channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    arma::uword i = 0;
    for (int r = 0; r < h; ++r) {
        uchar* line = img.scanLine(r);
        for (arma::uword c = 0; c < static_cast<arma::uword>(w) * channels; ++c)
            line[c] = static_cast<uchar>(std::clamp(column[i++] * 255.0 + 0.5, 0.0, 255.0));
    }
    return img;
}

}  // namespace layerlab
