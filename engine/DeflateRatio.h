#pragma once

#include <cstdint>

namespace layerlab {

// deflate cannot compress better than about 1032:1, so N compressed bytes hold at most this many
// times N; a header or a dataset claiming more describes a truncated, damaged or hostile file.
// Shared by the IDX .gz reader and the HDF5 reader's compressed datasets.
inline constexpr std::uint64_t kMaxDeflateRatio = 1032;

}  // namespace layerlab
