#include "Hdf5Superblock.h"

#include <array>
#include <cstring>
#include <fstream>
#include <vector>

#include "EngineError.h"

namespace layerlab {
namespace {

constexpr std::array<unsigned char, 8> kSignature = {0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
constexpr std::uint64_t kUndefined = ~std::uint64_t{0};

// Little-endian unsigned of `bytes` bytes at `at`; kUndefined when every byte is 0xff (HDF5's
// "undefined address").
std::uint64_t ReadLE(const std::vector<unsigned char>& b, size_t at, size_t bytes) {
    std::uint64_t v = 0;
    bool allOnes = true;
    for (size_t i = 0; i < bytes; ++i) {
        const unsigned char c = b.at(at + i);
        allOnes = allOnes && c == 0xff;
        if (i < 8) v |= std::uint64_t{c} << (8 * i);
    }
    return allOnes ? kUndefined : v;
}

}  // namespace

void Hdf5Superblock::Check(const std::string& path, std::uint64_t fileSize) {
    std::ifstream in(path, std::ios::binary);
    // The superblock sits at 0, 512, 1024, 2048, ... (after a user block).
    std::vector<unsigned char> head(96);
    std::uint64_t base = 0;
    bool found = false;
    for (std::uint64_t at = 0; at + head.size() <= fileSize; at = at == 0 ? 512 : at * 2) {
        in.seekg(static_cast<std::streamoff>(at));
        if (!in.read(reinterpret_cast<char*>(head.data()),
                     static_cast<std::streamsize>(head.size())))
            return;
        if (std::memcmp(head.data(), kSignature.data(), kSignature.size()) == 0) {
            base = at;
            found = true;
            break;
        }
    }
    if (!found) return;
    const unsigned version = head[8];
    if (version > 1) return;  // versions 2 and 3 carry a checksum HDF5 verifies first
    const size_t offsets = head[13];
    const std::string damaged = path + ": its HDF5 superblock ";
    if (offsets != 2 && offsets != 4 && offsets != 8)
        throw EngineError(damaged + "declares " + std::to_string(offsets) +
                          "-byte addresses; the file is damaged");
    // Version 0: base, free space, end of file and driver block addresses from byte 24;
    // version 1 inserts four bytes before them.
    const size_t addresses = version == 0 ? 24 : 28;
    if (addresses + 4 * offsets > head.size()) return;
    const std::uint64_t driver = ReadLE(head, addresses + 3 * offsets, offsets);
    if (driver == kUndefined) return;
    // The driver information block: version, 3 reserved bytes, then its size (4 bytes).
    const std::uint64_t at = base + driver;
    std::array<unsigned char, 8> block{};
    in.clear();
    in.seekg(static_cast<std::streamoff>(at));
    if (at >= fileSize || at + block.size() > fileSize ||
        !in.read(reinterpret_cast<char*>(block.data()), block.size()))
        throw EngineError(damaged + "points at a driver block past the end of the file (byte " +
                          std::to_string(at) + " of " + std::to_string(fileSize) +
                          "); the file is truncated or damaged");
    const std::uint64_t size = std::uint64_t{block[4]} | std::uint64_t{block[5]} << 8 |
                               std::uint64_t{block[6]} << 16 | std::uint64_t{block[7]} << 24;
    if (size > fileSize - at)
        throw EngineError(damaged + "declares a driver block of " + std::to_string(size) +
                          " bytes in a file of " + std::to_string(fileSize) +
                          "; the file is damaged");
}

}  // namespace layerlab
