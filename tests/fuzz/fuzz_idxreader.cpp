// libFuzzer target: one IDX array (MNIST's format), plain or gzip-compressed. The first input
// byte picks the case: bit 0 the .gz name (the rest is then the compressed file as given, so the
// gzip reader meets broken streams), bit 1 images (3 dimensions) or labels (1 dimension).
#include <QString>
#include <cstddef>
#include <cstdint>

#include "EngineError.h"
#include "FuzzFile.h"
#include "datasets/IdxReader.h"
#include "datasets/LoadOptions.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const bool gz = data[0] & 1;
    const bool images = data[0] & 2;
    const std::string name =
        std::string(images ? "train-images-idx3-ubyte" : "train-labels-idx1-ubyte") +
        (gz ? ".gz" : "");
    const std::string path = FuzzFile::Write(name, data + 1, size - 1);
    try {
        const layerlab::IdxReader::Array a = layerlab::IdxReader::ReadArray(
            QString::fromStdString(path), images ? 3 : 1, layerlab::LoadOptions{});
        volatile std::uint8_t sink = a.bytes.empty() ? 0 : a.bytes.back();
        (void)sink;
    } catch (const layerlab::EngineError&) {
    }
    return 0;
}
