#include "InputFile.h"

#include <sys/stat.h>

#include "EngineError.h"

namespace layerlab {

std::string InputFile::KindOf(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return "missing";
    switch (info.st_mode & S_IFMT) {
        case S_IFREG:
            return "a regular file";
        case S_IFDIR:
            return "a folder";
        case S_IFIFO:
            return "a FIFO (named pipe)";
        case S_IFCHR:
            return "a character device";
        case S_IFBLK:
            return "a block device";
        case S_IFSOCK:
            return "a socket";
        default:
            return "not a regular file";
    }
}

std::uint64_t InputFile::RequireRegularFile(const std::string& path, const std::string& fix) {
    if (path.empty()) throw EngineError("no file was named; " + fix);
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) throw EngineError(path + ": no such file");
    if (S_ISREG(info.st_mode)) return static_cast<std::uint64_t>(info.st_size);
    throw EngineError(path + ": is " + KindOf(path) + ", not a regular file; " + fix);
}

void InputFile::RequireFolder(const std::string& path, const std::string& fix) {
    if (path.empty()) throw EngineError("no folder was named; " + fix);
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) throw EngineError(path + ": no such folder");
    if (!S_ISDIR(info.st_mode))
        throw EngineError(path + ": is " + KindOf(path) + ", not a folder; " + fix);
}

}  // namespace layerlab
