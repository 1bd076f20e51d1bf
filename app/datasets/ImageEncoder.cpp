#include "ImageEncoder.h"

#include <QImageReader>
#include <algorithm>
#include <climits>
#include <mutex>

#include "DataSet.h"
#include "EngineError.h"
#include "InputFile.h"
#include "MemoryBudget.h"

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

// Qt's allocation limit is one setting for the whole process; raised under a lock, never lowered,
// so that two loads at once cannot undo each other's limit mid-read.
void AllowAllocation(std::uint64_t bytes) {
    static std::mutex mutex;
    const std::lock_guard<std::mutex> lock(mutex);
    const int current = QImageReader::allocationLimit();  // in MB; 0 = no limit
    const std::uint64_t needed = bytes / (1u << 20) + 2;  // Qt rounds down and refuses at ≥
    if (current != 0 && needed > static_cast<std::uint64_t>(current))
        QImageReader::setAllocationLimit(
            static_cast<int>(std::min<std::uint64_t>(needed, INT_MAX)));
}

}  // namespace

QImage ImageEncoder::ReadFile(const QString& path, QString* error) {
    const std::string where = path.toStdString();
    InputFile::RequireRegularFile(
        where,
        "give a picture file (PNG, JPEG, BMP…); for the pictures in a folder, name them "
        "(FOLDER/*.png)");
    QImageReader reader(path);
    reader.setAutoTransform(true);  // phone photos carry their rotation in EXIF
    // The header's size, read before anything is decoded: what decoding would allocate.
    const QSize declared = reader.size();
    if (declared.isValid()) {
        const QImage::Format format = reader.imageFormat();
        // Unknown layouts count as 64 bits a pixel, the widest Qt decodes into (RGBA64).
        const int bits =
            format == QImage::Format_Invalid ? 64 : QImage::toPixelFormat(format).bitsPerPixel();
        const std::uint64_t w = static_cast<std::uint64_t>(declared.width()),
                            h = static_cast<std::uint64_t>(declared.height());
        const std::uint64_t decoded = MemoryBudget::Multiply({w, h, std::max(bits, 8) / 8u});
        // Encode then makes one 32-bit copy of it to scale from.
        MemoryBudget::Check(
            MemoryBudget::Add({decoded, MemoryBudget::Multiply({w, h, 4})}), where,
            "decoding its " + std::to_string(w) + "×" + std::to_string(h) + " pixels",
            "shrink the picture or leave it out");
        AllowAllocation(decoded);
    }
    const QImage image = reader.read();
    if (image.isNull() && error) *error = reader.errorString();
    return image;
}

arma::vec ImageEncoder::Encode(const QImage& image, const std::array<arma::uword, 3>& shape) {
    const arma::Col<std::uint8_t> codes = EncodeCodes(image, shape);
    arma::vec x(codes.n_elem);
    for (arma::uword i = 0; i < codes.n_elem; ++i) x[i] = DataSet::FromCode(codes[i]);
    return x;
}

arma::Col<std::uint8_t> ImageEncoder::EncodeCodes(const QImage& image,
                                                  const std::array<arma::uword, 3>& shape) {
    const int h = static_cast<int>(shape[0]), w = static_cast<int>(shape[1]);
    const arma::uword channels = shape[2];
    const QImage::Format format = FormatFor(channels);
    QImage scaled = image.size() == QSize(w, h)
                        ? image
                        : image.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    scaled = scaled.convertToFormat(format);
    arma::Col<std::uint8_t> x(shape[0] * shape[1] * channels);
    const size_t row = static_cast<size_t>(w) * channels;
    for (int r = 0; r < h; ++r) std::copy_n(scaled.constScanLine(r), row, x.memptr() + r * row);
    return x;
}

arma::vec ImageEncoder::EncodeFile(const QString& path, const std::array<arma::uword, 3>& shape) {
    // The shape comes from a model file: bound it before scaling a picture to it.
    if (shape[0] == 0 || shape[1] == 0 || shape[0] > INT_MAX || shape[1] > INT_MAX)
        throw EngineError(path.toStdString() + ": cannot be scaled to " + std::to_string(shape[0]) +
                          "×" + std::to_string(shape[1]) +
                          " pixels; the model's image shape is damaged");
    MemoryBudget::Check(
        MemoryBudget::Multiply(
            {shape[0], shape[1], MemoryBudget::Add({4, MemoryBudget::Multiply({shape[2], 8})})}),
        path.toStdString(),
        "scaling it to " + std::to_string(shape[0]) + "×" + std::to_string(shape[1]) + " pixels",
        "the model's image shape is damaged or too large for this machine");
    QString error;
    const QImage image = ReadFile(path, &error);
    if (image.isNull())
        throw EngineError(path.toStdString() + ": not a readable image (" + error.toStdString() +
                          ")");
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
