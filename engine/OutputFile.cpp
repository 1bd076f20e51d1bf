#include "OutputFile.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "EngineError.h"
#include "InputFile.h"

namespace layerlab {
namespace {

constexpr const char* kPartial = ".layerlab-partial-";

// Where Resolve found the bytes should go.
struct Target {
    enum class Kind { Descriptor, Stream, Replace } kind = Kind::Replace;
    int descriptor = -1;  // Descriptor: an fd this process already has open
    std::string path;     // Stream: the FIFO or device; Replace: the file after following links
    std::string folder;   // Replace: the folder the temporary goes in
    bool exists = false;  // Replace: a file is there now, whose permissions are kept
    mode_t mode = 0;
};

// "the disk is full (No space left on device)": what errno means for a user who is writing.
std::string Reason(int error) {
    switch (error) {
        case ENOSPC:
            return "the disk is full (No space left on device)";
        case EDQUOT:
            return "the disk quota is used up (Disk quota exceeded)";
        case EFBIG:
            return "the file would be larger than this system allows (File too large)";
        default:
            return std::strerror(error);
    }
}

std::string FolderOf(const std::string& path) {
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string NameOf(const std::string& path) {
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool ParseNumber(const std::string& text, long* value) {
    if (text.empty() || text.size() > 9) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    *value = std::strtol(text.c_str(), nullptr, 10);
    return true;
}

// The descriptor a path names by itself (/dev/stdout, /dev/fd/N, /proc/self/fd/N, or
// /proc/<our pid>/fd/N), -1 for any other path. Such a path must be written through the open
// descriptor: following it would reach the file the shell redirected to, or a pipe that has no
// path at all.
int DescriptorOf(const std::string& path) {
    if (path == "/dev/stdout") return 1;
    if (path == "/dev/stderr") return 2;
    const std::string self = "/proc/" + std::to_string(::getpid()) + "/fd/";
    for (const std::string& prefix :
         {std::string("/dev/fd/"), std::string("/proc/self/fd/"), self}) {
        long fd = -1;
        if (path.rfind(prefix, 0) == 0 && ParseNumber(path.substr(prefix.size()), &fd))
            return static_cast<int>(fd);
    }
    return -1;
}

Target DescriptorTarget(const std::string& path, int fd) {
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0)
        throw EngineError(path + ": descriptor " + std::to_string(fd) +
                          " is not open; give a file name");
    if ((flags & O_ACCMODE) == O_RDONLY)
        throw EngineError(path + ": descriptor " + std::to_string(fd) +
                          " is open for reading only; give a file name");
    Target t;
    t.kind = Target::Kind::Descriptor;
    t.descriptor = fd;
    return t;
}

void RequireWritableFolder(const std::string& path, const std::string& folder) {
    struct stat info {};
    if (::stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
        throw EngineError(path + ": the folder " + folder +
                          " does not exist; create it or give another path");
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        throw EngineError(path + ": the folder " + folder + " is not writable (" +
                          std::strerror(errno) + "); choose a folder you can write to");
}

// Follows path's links one by one, so a link to /dev/stdout is still seen as a stream and a
// dangling link still names the file it will create.
Target Resolve(const std::string& path) {
    if (path.empty()) throw EngineError("no output file was named; give a file name");
    std::string current = path;
    for (int hop = 0; hop < 40; ++hop) {
        if (const int fd = DescriptorOf(current); fd >= 0) return DescriptorTarget(path, fd);
        struct stat info {};
        if (::lstat(current.c_str(), &info) != 0) {
            if (errno != ENOENT)
                throw EngineError(path + ": cannot be reached (" +
                                  std::string(std::strerror(errno)) + "); give another path");
            Target t;
            t.path = current;
            t.folder = FolderOf(current);
            RequireWritableFolder(path, t.folder);
            return t;
        }
        if (S_ISLNK(info.st_mode)) {
            std::string link(static_cast<size_t>(info.st_size > 0 ? info.st_size : 4096) + 1, '\0');
            const ssize_t n = ::readlink(current.c_str(), link.data(), link.size());
            if (n < 0)
                throw EngineError(path + ": the link cannot be read (" +
                                  std::string(std::strerror(errno)) + ")");
            link.resize(static_cast<size_t>(n));
            current = link.front() == '/' ? link : FolderOf(current) + "/" + link;
            continue;
        }
        Target t;
        t.path = current;
        if (S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode)) {
            if (::access(current.c_str(), W_OK) != 0)
                throw EngineError(path + ": " + InputFile::KindOf(current) +
                                  " that is not writable (" + std::strerror(errno) + ")");
            t.kind = Target::Kind::Stream;
            return t;
        }
        if (!S_ISREG(info.st_mode))
            throw EngineError(path + ": is " + InputFile::KindOf(current) +
                              ", which LayerLab never replaces; give a file name");
        if (::access(current.c_str(), W_OK) != 0)
            throw EngineError(path + ": the file is not writable (" +
                              std::string(std::strerror(errno)) + "); choose another name");
        t.folder = FolderOf(current);
        RequireWritableFolder(path, t.folder);
        t.exists = true;
        t.mode = info.st_mode & 07777;
        return t;
    }
    throw EngineError(path + ": too many symbolic links; give the file's real path");
}

// Writes all of bytes; false with errno set when the descriptor refuses some.
bool WriteAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) {
            errno = ENOSPC;
            return false;
        }
        bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

[[noreturn]] void WriteFailed(const std::string& path, int error, const char* aftermath) {
    throw EngineError(path + ": writing failed: " + Reason(error) + "; " + aftermath);
}

void WriteStream(const std::string& path, const Target& t, std::string_view bytes) {
    // The descriptor may be our own stdout: what was printed before goes first.
    std::fflush(stdout);
    std::fflush(stderr);
    int fd = t.descriptor;
    if (t.kind == Target::Kind::Stream) {
        do fd = ::open(t.path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        while (fd < 0 && errno == EINTR);
        if (fd < 0)
            throw EngineError(path + ": cannot be opened for writing (" +
                              std::string(std::strerror(errno)) + ")");
    }
    bool written = WriteAll(fd, bytes);
    int error = errno;
    if (t.kind == Target::Kind::Stream && ::close(fd) != 0 && written) {
        written = false;
        error = errno;
    }
    if (!written) WriteFailed(path, error, "nothing more was written");
}

void Replace(const std::string& path, const Target& t, std::string_view bytes) {
    OutputFile::RemoveStaleTemporaries(t.folder);
    const std::string temporary =
        t.folder + "/" + OutputFile::TemporaryName(NameOf(t.path), static_cast<long>(::getpid()));
    // Ours from an earlier failed write of this process: nobody else uses our pid's name.
    ::unlink(temporary.c_str());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        throw EngineError(path + ": cannot create a file in " + t.folder + " (" +
                          std::strerror(errno) + "); choose a folder you can write to");
    bool written =
        (!t.exists || ::fchmod(fd, t.mode) == 0) && WriteAll(fd, bytes) && ::fsync(fd) == 0;
    int error = errno;
    if (::close(fd) != 0 && written) {
        written = false;
        error = errno;
    }
    if (written && ::rename(temporary.c_str(), t.path.c_str()) != 0) {
        written = false;
        error = errno;
    }
    if (!written) {
        ::unlink(temporary.c_str());
        WriteFailed(path, error,
                    t.exists ? "the file there is unchanged" : "no file was left behind");
    }
    // The rename itself reaches the disk with the folder's entry.
    const int folder = ::open(t.folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

}  // namespace

void OutputFile::Check(const std::string& path) {
    (void)Resolve(path);
}

void OutputFile::Write(const std::string& path, std::string_view bytes) {
    const Target t = Resolve(path);
    if (t.kind == Target::Kind::Replace)
        Replace(path, t, bytes);
    else
        WriteStream(path, t, bytes);
}

std::string OutputFile::TemporaryName(const std::string& fileName, long pid) {
    return "." + fileName + kPartial + std::to_string(pid);
}

size_t OutputFile::RemoveStaleTemporaries(const std::string& folder) {
    DIR* dir = ::opendir(folder.c_str());
    if (!dir) return 0;
    size_t removed = 0;
    while (const dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        const size_t at = name.rfind(kPartial);
        long pid = 0;
        if (name.front() != '.' || at == std::string::npos ||
            !ParseNumber(name.substr(at + std::strlen(kPartial)), &pid) || pid <= 0)
            continue;
        // Gone: kill(pid, 0) fails with ESRCH. EPERM means it runs under another user.
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
        if (::unlinkat(::dirfd(dir), name.c_str(), 0) == 0) ++removed;
    }
    ::closedir(dir);
    return removed;
}

}  // namespace layerlab
