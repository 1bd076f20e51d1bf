#pragma once

#include <QImage>
#include <QString>
#include <armadillo>
#include <array>

namespace layerlab {

// Turns pictures into network inputs the way the course data was made: scaled to the image
// shape, RGB (or grayscale), pixels / 255 flattened in row, column, channel order.
class ImageEncoder {
public:
    // shape = height, width, channels (3 = RGB, 1 = grayscale).
    static arma::vec Encode(const QImage& image, const std::array<arma::uword, 3>& shape);
    // Loads and encodes a file; throws EngineError naming the file when it is not a readable image.
    static arma::vec EncodeFile(const QString& path, const std::array<arma::uword, 3>& shape);
    // The inverse, for thumbnails: one column of X back into a picture.
    static QImage Decode(const arma::vec& column, const std::array<arma::uword, 3>& shape);
};

}  // namespace layerlab
