#pragma once

#include <algorithm>
#include <cstdint>

#include "MemoryBudget.h"

namespace layerlab {

// How much data a compressed file may claim to hold before anything is allocated for it: a
// header is a promise, and a small file promising gigabytes is a decompression bomb or damage.
// For gzip'd IDX files here; gzip-filtered HDF5 datasets can bound their storage size the same
// way.
class CompressionBound {
public:
    // deflate's own ceiling, reached only by long runs of one byte value (10⁸ zero bytes give
    // 1029:1); nothing zlib writes expands further.
    static constexpr std::uint64_t kDeflateCeiling = 1032;
    // What we accept. Real image sets compress far less: Fashion-MNIST 1.8:1, MNIST 4.7:1,
    // Fashion-MNIST binarised to 0/255 19:1. 100:1 leaves five times that headroom, and caps
    // what a compressed file can make us allocate at 100 × its size (× 9 with the doubles the
    // bytes become) instead of 1032 ×. Data that compresses better is mostly one value, nothing
    // to learn from; decompressing it first (gunzip) still loads it within the memory budget.
    static constexpr std::uint64_t kMaxRatio = 100;
    // Below this, any ratio is accepted: labels compress up to 550:1 when sorted by class, and
    // 16 MiB costs little whatever the file.
    static constexpr std::uint64_t kFreeBytes = std::uint64_t(16) << 20;

    // The most uncompressed bytes compressedBytes of deflate data may declare.
    static std::uint64_t MaxDeclaredBytes(std::uint64_t compressedBytes) {
        return std::max(kFreeBytes, MemoryBudget::Multiply({compressedBytes, kMaxRatio}));
    }
};

}  // namespace layerlab
