#include "Hdf5Superblock.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <limits>
#include <utility>
#include <vector>

#include "EngineError.h"

namespace layerlab {
namespace {

constexpr std::array<unsigned char, 8> kSignature = {0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
constexpr std::uint64_t kUndefined = ~std::uint64_t{0};

// Where the HDF5 file starts (after a user block), how long it is, and its address and length
// sizes, from the superblock.
struct FileShape {
    std::uint64_t base = 0, size = 0;
    size_t offsets = 8, lengths = 8;
};

// Little-endian unsigned of `bytes` bytes at `at`, as stored: counts and sizes. A field past the
// end of `b` reads as kUndefined, which every caller refuses or skips, so a damaged count can
// never index outside the buffer.
std::uint64_t ReadNumber(const std::vector<unsigned char>& b, size_t at, size_t bytes) {
    if (at > b.size() || bytes > b.size() - at) return kUndefined;
    std::uint64_t v = 0;
    for (size_t i = 0; i < bytes && i < 8; ++i) v |= std::uint64_t{b[at + i]} << (8 * i);
    return v;
}

// An address of `bytes` bytes: kUndefined when every byte is 0xff (HDF5's "undefined address").
// Counts are read with ReadNumber: a 2-byte count of 0xffff is 65535 entries, and reading it as
// undefined wrapped a size computed from it (found by the course-reader fuzzer in CI).
std::uint64_t ReadAddress(const std::vector<unsigned char>& b, size_t at, size_t bytes) {
    const std::uint64_t v = ReadNumber(b, at, bytes);
    if (v == kUndefined) return v;
    const bool allOnes = std::all_of(b.begin() + static_cast<std::ptrdiff_t>(at),
                                     b.begin() + static_cast<std::ptrdiff_t>(at + bytes),
                                     [](unsigned char c) { return c == 0xff; });
    return allOnes ? kUndefined : v;
}

// A local heap (the names of a group's members) at `heap`: HDF5 reads its data segment from the
// address the heap's header gives, unchecked, so an undefined or outside one crashed it (found by
// the course-reader fuzzer). A heap without its signature is left to HDF5, which refuses it.
void CheckHeap(std::ifstream& in, const FileShape& f, std::uint64_t heap, const std::string& path) {
    if (heap == kUndefined || heap >= f.size - f.base) return;  // HDF5 reports it
    std::vector<unsigned char> header(8 + 2 * f.lengths + f.offsets);
    in.clear();
    in.seekg(static_cast<std::streamoff>(f.base + heap));
    if (!in.read(reinterpret_cast<char*>(header.data()),
                 static_cast<std::streamsize>(header.size())) ||
        std::memcmp(header.data(), "HEAP", 4) != 0)
        return;
    const std::uint64_t size = ReadNumber(header, 8, f.lengths);
    const std::uint64_t data = ReadAddress(header, 8 + 2 * f.lengths, f.offsets);
    if (data == kUndefined || size == kUndefined || data > f.size || size > f.size - data)
        throw EngineError(path + ": its root group's name heap claims " +
                          (size == kUndefined ? std::string("an undefined size")
                                              : std::to_string(size) + " bytes") +
                          (data == kUndefined ? std::string(" at an undefined address")
                                              : " at byte " + std::to_string(data)) +
                          " in a file of " + std::to_string(f.size) + "; the file is damaged");
}

// Reads `count` bytes at address `at` (relative to the base); false when the file is shorter.
bool ReadAt(std::ifstream& in, const FileShape& f, std::uint64_t at,
            std::vector<unsigned char>& out, size_t count) {
    // Bounds first: `count` comes from the file, and allocating it unchecked could ask for
    // anything (found by the course-reader fuzzer).
    out.clear();
    if (at >= f.size - f.base || count > f.size - f.base - at) return false;
    out.assign(count, 0);
    in.clear();
    in.seekg(static_cast<std::streamoff>(f.base + at));
    return static_cast<bool>(
        in.read(reinterpret_cast<char*>(out.data()), static_cast<std::streamsize>(count)));
}

// The bytes of an attribute's value: the element size of the datatype at `datatype` (its 4-byte
// size field) times the elements of the dataspace after it (datatypeSize bytes on, padded as the
// message pads it), saturating at UINT64_MAX. 0 where the parts run past body, for a
// variable-length type (class 9, whose value lives in the global heap) or a null dataspace.
std::uint64_t AttributeValueBytes(const std::vector<unsigned char>& body, size_t datatype,
                                  size_t datatypeSize, unsigned lengths) {
    constexpr std::uint64_t kAll = std::numeric_limits<std::uint64_t>::max();
    if (datatype + 8 > body.size() || (body[datatype] & 0x0f) == 9) return 0;
    const std::uint64_t element = ReadNumber(body, datatype + 4, 4);
    const size_t space = datatype + datatypeSize;
    if (space + 4 > body.size()) return 0;
    const unsigned spaceVersion = body[space], rank = body[space + 1];
    if (spaceVersion == 2 && body[space + 3] == 2) return 0;  // the null dataspace
    const size_t dims = space + (spaceVersion == 1 ? 8 : 4);
    if (dims + size_t(rank) * lengths > body.size()) return 0;
    std::uint64_t elements = 1;
    for (unsigned d = 0; d < rank; ++d) {
        const std::uint64_t n = ReadNumber(body, dims + d * lengths, lengths);
        if (n != 0 && elements > kAll / n) return kAll;
        elements *= n;
    }
    if (element != 0 && elements > kAll / element) return kAll;
    return elements * element;
}

// A version-1 object header at `header` (the root group's, or a member's), whose messages HDF5
// decodes while opening the file or an object in it:
//  - each chunk's length, which HDF5 allocates before reading: a continuation message (type
//    0x10) claiming 4 GB in a 5 KB file made it allocate 4 GB (found by the model-reader fuzzer);
//  - each message's size, which must lie inside its chunk: an attribute message running past
//    its chunk made HDF5 copy beyond its buffer (heap overflow, found by the same fuzzer);
//  - an attribute message's (type 0x0c) parts, which must fit in it;
//  - shared messages, which must not claim a shared-message table these files cannot have;
//  - the symbol-table message (type 0x11), a group's B-tree and name heap, returned in `table`:
//    an undefined heap address made HDF5 read address 0 (found by the course-reader fuzzer).
// Version-2 headers ("OHDR") carry a checksum HDF5 verifies first, and are left to it.
void CheckObjectHeader(std::ifstream& in, const FileShape& f, std::uint64_t header,
                       const std::string& what, const std::string& path,
                       std::pair<std::uint64_t, std::uint64_t>* table) {
    const std::uint64_t span = f.size - f.base;  // addresses are relative to the base
    std::vector<unsigned char> prefix;
    if (header == kUndefined || !ReadAt(in, f, header, prefix, 16) || prefix[0] != 1) return;
    const auto outside = [&](std::uint64_t a) { return a == kUndefined || a >= span; };
    const auto damaged = [&](const std::string& fault) {
        return EngineError(path + ": " + what + " " + fault + " (the file has " +
                           std::to_string(f.size) + " bytes); the file is damaged");
    };
    std::vector<std::pair<std::uint64_t, std::uint64_t>> chunks = {
        {header + 16, ReadNumber(prefix, 8, 4)}};
    // HDF5 follows every continuation, whatever the header's message count says; a thousand
    // chunks is far more than any writer makes, and bounds a file that loops.
    for (size_t c = 0; c < chunks.size() && c < 1024; ++c) {
        const auto [start, length] = chunks[c];
        if (outside(start) || length > span - start)
            throw damaged("claims " + std::to_string(length) + " bytes of header at byte " +
                          std::to_string(start));
        // Real object headers are small; a megabyte is read at most, past the bounds check.
        std::vector<unsigned char> body;
        if (!ReadAt(in, f, start, body,
                    static_cast<size_t>(std::min<std::uint64_t>(length, 1 << 20))))
            return;
        for (size_t at = 0; at + 8 <= body.size();) {
            const std::uint64_t type = ReadNumber(body, at, 2), size = ReadNumber(body, at + 2, 2);
            const size_t field = at + 8;
            if (size > length - field)
                throw damaged("has a message of " + std::to_string(size) +
                              " bytes running past its header's end");
            if (type == 0x0c && size >= 8 && field + 8 <= body.size()) {
                // An attribute: version, reserved, then the sizes of its name, datatype and
                // dataspace, which HDF5 copies out unchecked (a heap overflow, found by the
                // model-reader fuzzer). Version 1 pads each to 8 bytes; version 3 adds an
                // encoding byte.
                const unsigned version = body[field];
                const auto part = [&](size_t offset) {
                    const std::uint64_t n = ReadNumber(body, field + offset, 2);
                    return version == 1 ? (n + 7) / 8 * 8 : n;
                };
                const std::uint64_t need = (version == 3 ? 9 : 8) + part(2) + part(4) + part(6);
                if (need > size)
                    throw damaged("has an attribute whose parts claim " + std::to_string(need) +
                                  " bytes in a message of " + std::to_string(size));
                // Its value follows them: as many elements as the dataspace holds, each as large
                // as the datatype says, which HDF5 copies out of the message unchecked too (a
                // string datatype claiming 28 bytes of a 16-byte value, found by CI's
                // model-reader fuzzer).
                const std::uint64_t value =
                    AttributeValueBytes(body, field + (version == 3 ? 9 : 8) + part(2),
                                        static_cast<size_t>(part(4)), f.lengths);
                if (value > size - need)
                    throw damaged("has an attribute whose value claims " + std::to_string(value) +
                                  " bytes where its message has " + std::to_string(size - need));
            }
            // A message flagged shared (bit 1) whose encoding (version 3, type 1) says it is kept
            // in the file's shared-message table: files with this superblock have no such table,
            // and HDF5 looked it up at an undefined address (a null read, found by CI's
            // course-reader fuzzer).
            if ((ReadNumber(body, at + 4, 1) & 0x02) != 0 && ReadNumber(body, field, 1) == 3 &&
                ReadNumber(body, field + 1, 1) == 1)
                throw damaged(
                    "has a message kept in a shared-message table, which a file of "
                    "this HDF5 version cannot have");
            if (type == 0x10 && field + f.offsets + f.lengths <= body.size())
                chunks.emplace_back(ReadAddress(body, field, f.offsets),
                                    ReadNumber(body, field + f.offsets, f.lengths));
            if (type == 0x11 && field + 2 * f.offsets <= body.size()) {
                const std::uint64_t tree = ReadAddress(body, field, f.offsets);
                const std::uint64_t heap = ReadAddress(body, field + f.offsets, f.offsets);
                if (outside(tree) || outside(heap))
                    throw damaged(std::string("has a symbol table pointing its ") +
                                  (outside(heap) ? "name heap" : "index") + " outside the file");
                CheckHeap(in, f, heap, path);
                if (table) *table = {tree, heap};
            }
            at = field + static_cast<size_t>(size);
        }
    }
}

// The object headers of the root group's members, and of the members of every group inside it,
// found through each group's version-1 B-tree ("TREE" nodes down to "SNOD" symbol-table nodes):
// HDF5 decodes a member's header when the member is opened, so a damaged one is refused here by
// the same checks. A saved model keeps its standardisation in a group, whose datasets HDF5 opens
// through it. Bounded in nodes, members, groups and depth; a group seen twice (a link back up)
// is walked once.
void CheckRootMembers(std::ifstream& in, const FileShape& f, std::uint64_t tree,
                      const std::string& path) {
    constexpr size_t kMaxNodes = 4096, kMaxGroups = 64;
    std::vector<std::uint64_t> groups = {tree};
    std::vector<std::pair<std::uint64_t, int>> nodes;  // (address, depth)
    size_t headersChecked = 0;
    for (size_t g = 0; g < groups.size() && g < kMaxGroups; ++g) {
        nodes.assign(1, {groups[g], 0});
        std::vector<std::uint64_t> headers;
        for (size_t n = 0; n < nodes.size() && n < kMaxNodes; ++n) {
            const auto [at, depth] = nodes[n];
            std::vector<unsigned char> node;
            if (!ReadAt(in, f, at, node, 8)) continue;
            if (std::memcmp(node.data(), "TREE", 4) == 0 && node[4] == 0 && depth < 32) {
                const size_t used = static_cast<size_t>(ReadNumber(node, 6, 2));
                const size_t keyAndChild = f.lengths + f.offsets;
                // Header: signature, type, level, entries used, two siblings; then keys and
                // children.
                const size_t first = 8 + 2 * f.offsets;
                if (!ReadAt(in, f, at, node, first + used * keyAndChild + f.lengths)) continue;
                for (size_t i = 0; i < used; ++i) {
                    const std::uint64_t child =
                        ReadAddress(node, first + i * keyAndChild + f.lengths, f.offsets);
                    nodes.emplace_back(child, depth + 1);
                }
            } else if (std::memcmp(node.data(), "SNOD", 4) == 0) {
                const size_t symbols = static_cast<size_t>(ReadNumber(node, 6, 2));
                const size_t entry = 2 * f.offsets + 8 + 16;
                if (!ReadAt(in, f, at, node, 8 + symbols * entry)) continue;
                for (size_t i = 0; i < symbols && headers.size() < kMaxNodes; ++i)
                    headers.push_back(ReadAddress(node, 8 + i * entry + f.offsets, f.offsets));
            }
        }
        for (const std::uint64_t header : headers) {
            if (++headersChecked > kMaxNodes) return;
            std::pair<std::uint64_t, std::uint64_t> table{kUndefined, kUndefined};
            CheckObjectHeader(in, f, header, "object header at byte " + std::to_string(header),
                              path, &table);
            // A member that is a group: its own members are checked in turn.
            if (table.first != kUndefined &&
                std::find(groups.begin(), groups.end(), table.first) == groups.end())
                groups.push_back(table.first);
        }
    }
}

// The root group's entry follows the superblock's four addresses: its name offset and object
// header address, a cache type, 4 reserved bytes, and for cache type 1 the addresses of the
// group's B-tree and name heap (a copy of what the object header says).
void CheckRootGroup(std::ifstream& in, const std::vector<unsigned char>& head, const FileShape& f,
                    size_t entry, const std::string& path) {
    if (f.lengths != 2 && f.lengths != 4 && f.lengths != 8) return;  // HDF5 refuses these itself
    const size_t cacheType = entry + 2 * f.offsets;
    const size_t heapField = cacheType + 8 + f.offsets;
    if (heapField + f.offsets > head.size()) return;
    std::pair<std::uint64_t, std::uint64_t> table{kUndefined, kUndefined};
    CheckObjectHeader(in, f, ReadAddress(head, entry + f.offsets, f.offsets),
                      "root group's object header", path, &table);
    if (ReadNumber(head, cacheType, 4) == 1) {
        CheckHeap(in, f, ReadAddress(head, heapField, f.offsets), path);
        if (table.first == kUndefined) table.first = ReadAddress(head, cacheType + 8, f.offsets);
    }
    if (table.first != kUndefined) CheckRootMembers(in, f, table.first, path);
}

// The driver information block: version, 3 reserved bytes, then its size (4 bytes), which HDF5
// allocates and fills: a 2 KB file declaring 4 GiB made it do so (found by the fuzzer).
void CheckDriverBlock(std::ifstream& in, std::uint64_t base, std::uint64_t driver,
                      const std::string& damaged, std::uint64_t fileSize) {
    if (driver == kUndefined) return;
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
    CheckDriverBlock(in, base, ReadAddress(head, addresses + 3 * offsets, offsets), damaged,
                     fileSize);
    // A file shorter than its superblock says is truncated: H5Fopen says so before it reads the
    // root group, so its message (not a "damaged" one of ours) is the one the user sees. HDF5
    // adds the stored base address to the file's size before it compares: a file that claims a
    // base of 171 bytes passes with an end 171 bytes past its last, and was then opened and read
    // unchecked (a null read in HDF5's heap lookup, found by CI's course-reader fuzzer).
    const std::uint64_t end = ReadAddress(head, addresses + 2 * offsets, offsets);
    const std::uint64_t storedBase = ReadAddress(head, addresses, offsets);
    const std::uint64_t allowance = storedBase == kUndefined ? 0 : storedBase;
    if (end != kUndefined && end > fileSize - base && end - (fileSize - base) > allowance) return;
    CheckRootGroup(in, head, FileShape{base, fileSize, offsets, head[14]}, addresses + 4 * offsets,
                   path);
}

}  // namespace layerlab
