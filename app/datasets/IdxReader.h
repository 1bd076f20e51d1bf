#pragma once

#include <QString>
#include <cstdint>
#include <vector>

#include "LoadOptions.h"
#include "LoadedData.h"

namespace layerlab {

// MNIST-style IDX files (Yann LeCun's format, also Fashion-MNIST), plain or gzip-compressed:
// a folder holding train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz] and the t10k-*
// pair. Every size field is checked against the file and the machine's memory before allocating.
class IdxReader {
public:
    // One IDX array: dims from the header, the bytes in C order.
    struct Array {
        std::vector<std::uint32_t> dims;
        std::vector<std::uint8_t> bytes;
    };

    // True when folder holds train-images-idx3-ubyte or train-images-idx3-ubyte.gz.
    static bool IsIdxFolder(const QString& folder);
    // Fashion-MNIST's ten class names when the folder's name says fashion, else "0".."9".
    static std::vector<std::string> ClassNamesFor(const QString& folder, size_t classCount);
    // Reads the folder, keeping only the classes options.classes picks (before the images are
    // converted, so a large set costs memory only for what is kept).
    static LoadedData Read(const QString& folder, const LoadOptions& options);
    // Reads one file whose header must have `expectedDims` dimensions of unsigned bytes; reports
    // the fraction read so far to onFraction and honours options.cancel. heldBytes: memory the
    // caller's earlier arrays will take, checked against the budget together with this one.
    static Array ReadArray(const QString& path, std::uint8_t expectedDims,
                           const LoadOptions& options,
                           const std::function<void(double)>& onFraction = {},
                           std::uint64_t heldBytes = 0);
};

}  // namespace layerlab
