// libFuzzer target: a picture file as an image folder holds them (any format Qt reads: PNG, JPEG,
// GIF, BMP, …, recognised by content), read and encoded the one way every loader does, into the
// course's 64×64 RGB and a 28×28 grayscale input.
#include <QCoreApplication>
#include <QString>
#include <cstddef>
#include <cstdint>

#include "EngineError.h"
#include "FuzzFile.h"
#include "datasets/ImageEncoder.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    // Qt finds its image-format plugins (JPEG, GIF, …) through the application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path = QString::fromStdString(FuzzFile::Write("picture", data, size));
    try {
        const arma::vec rgb = layerlab::ImageEncoder::EncodeFile(path, {64, 64, 3});
        const arma::vec gray = layerlab::ImageEncoder::EncodeFile(path, {28, 28, 1});
        (void)rgb;
        (void)gray;
    } catch (const layerlab::EngineError&) {
    }
    return 0;
}
