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

// The root group's entry follows the four addresses: its name offset and object header address,
// a cache type, 4 reserved bytes, and for cache type 1 the addresses of the group's B-tree and of
// its local heap (the names of its members). HDF5 reads the heap's data segment from the address
// the heap's header gives, unchecked: an undefined one crashed it (found by the course-reader
// fuzzer).
void CheckRootHeap(std::ifstream& in, const std::vector<unsigned char>& head, std::uint64_t base,
                   size_t entry, const std::string& path, std::uint64_t fileSize) {
    const size_t offsets = head[13], lengths = head[14];
    const size_t cacheType = entry + 2 * offsets;
    const size_t heapField = cacheType + 8 + offsets;
    if (lengths != 2 && lengths != 4 && lengths != 8) return;  // HDF5 refuses these itself
    if (heapField + offsets > head.size() || ReadLE(head, cacheType, 4) != 1) return;
    const std::uint64_t heap = ReadLE(head, heapField, offsets);
    if (heap == kUndefined || heap >= fileSize - base) return;  // HDF5 reports it
    std::vector<unsigned char> header(8 + 2 * lengths + offsets);
    in.clear();
    in.seekg(static_cast<std::streamoff>(base + heap));
    if (!in.read(reinterpret_cast<char*>(header.data()),
                 static_cast<std::streamsize>(header.size())) ||
        std::memcmp(header.data(), "HEAP", 4) != 0)
        return;
    const std::uint64_t size = ReadLE(header, 8, lengths);
    const std::uint64_t data = ReadLE(header, 8 + 2 * lengths, offsets);
    if (data == kUndefined || size == kUndefined || data > fileSize || size > fileSize - data)
        throw EngineError(path + ": its root group's name heap claims " +
                          (size == kUndefined ? std::string("an undefined size")
                                              : std::to_string(size) + " bytes") +
                          (data == kUndefined ? std::string(" at an undefined address")
                                              : " at byte " + std::to_string(data)) +
                          " in a file of " + std::to_string(fileSize) + "; the file is damaged");
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
    CheckRootHeap(in, head, base, addresses + 4 * offsets, path, fileSize);
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
