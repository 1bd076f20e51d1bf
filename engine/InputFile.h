#pragma once

#include <cstdint>
#include <string>

namespace layerlab {

// The one check every reader makes before it opens a path: that it names a regular file (or,
// where a folder is wanted, a folder). A FIFO would block the open forever, a device has no end,
// and a folder cannot be parsed; each is refused with a message saying what the path is.
class InputFile {
public:
    // Throws EngineError "<path>: no such file" / "<path>: is a folder, not a file; <fix>" /
    // "<path>: is a FIFO (named pipe), not a regular file; <fix>" ...; returns the file's size.
    static std::uint64_t RequireRegularFile(const std::string& path, const std::string& fix);
    // Throws unless path is a folder (following links).
    static void RequireFolder(const std::string& path, const std::string& fix);
    // "a FIFO (named pipe)", "a character device", "a folder", "a regular file", ...: what lstat
    // after following links says path is; "missing" when nothing is there.
    static std::string KindOf(const std::string& path);
};

}  // namespace layerlab
