#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace layerlab {

// The one way LayerLab writes a file (models, costs, CSV and chart exports), so that no output
// path can lose data:
// - a stream (an open descriptor such as /dev/stdout or /proc/self/fd/N, a FIFO, a character
//   device like /dev/null) is written directly and never replaced: `--costs /dev/stdout > run.log`
//   appends to run.log instead of renaming a file over it;
// - a symbolic link is followed and its target replaced, the link kept;
// - a regular file (or a new one) is replaced atomically: written to a temporary beside it,
//   synced, then renamed over it, so a full disk or a kill never leaves half a file. Temporaries
//   are named `.<name>.layerlab-partial-<pid>`; those whose process is gone are removed the next
//   time that folder is written to;
// - anything else (a folder, a socket, a block device) is refused.
// Every failure is an EngineError naming the path, what went wrong and what to do.
class OutputFile {
public:
    // Throws unless path could be written by Write: the up-front check before a long run, so a
    // mistyped output is refused before training rather than after it. Opens nothing.
    static void Check(const std::string& path);
    // Writes bytes to path by the rule above.
    static void Write(const std::string& path, std::string_view bytes);

    // ".model.h5.layerlab-partial-1234": the temporary of fileName (no folder) for process pid.
    static std::string TemporaryName(const std::string& fileName, long pid);
    // Removes folder's temporaries of ours whose process no longer runs; returns how many.
    static size_t RemoveStaleTemporaries(const std::string& folder);
};

}  // namespace layerlab
