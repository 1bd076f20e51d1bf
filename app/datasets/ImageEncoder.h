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
    // The same pixels as 8-bit codes (DataSet::FromCode turns them into Encode's values).
    static arma::Col<std::uint8_t> EncodeCodes(const QImage& image,
                                               const std::array<arma::uword, 3>& shape);
    // Loads and encodes a file; throws EngineError naming the file when it is not a regular file,
    // does not fit the memory budget or is not a readable image.
    static arma::vec EncodeFile(const QString& path, const std::array<arma::uword, 3>& shape);
    // Reads a picture the one way every loader does (EXIF rotation applied). Throws EngineError
    // when path is not a regular file (a FIFO would block the read forever) or when the size its
    // header declares does not fit the memory budget (a decompression bomb); for the rest lifts
    // Qt's allocation limit (128 MB) so a large genuine photo decodes. A file that does not
    // decode gives a null image and Qt's reason in *error.
    static QImage ReadFile(const QString& path, QString* error);
    // The inverse, for thumbnails: one column of X back into a picture.
    static QImage Decode(const arma::vec& column, const std::array<arma::uword, 3>& shape);
};

}  // namespace layerlab
