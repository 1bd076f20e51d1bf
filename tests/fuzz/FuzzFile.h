#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>

// The readers under fuzz take paths (HDF5 opens files, the loaders check that a path is a regular
// file), so each input is written to a file of its own in a private folder, made once per process
// in /dev/shm when there is one (memory, not disk, for a million writes) and removed at exit.
class FuzzFile {
public:
    // Writes data as name in the private folder and returns its path.
    static std::string Write(const std::string& name, const std::uint8_t* data, std::size_t size) {
        const std::string path = Folder() + "/" + name;
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        if (!out) throw std::runtime_error("fuzz: cannot write " + path);
        return path;
    }

    static const std::string& Folder() {
        static const std::string folder = [] {
            std::string pattern = (access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
            pattern += "/layerlab-fuzz-XXXXXX";
            if (!mkdtemp(pattern.data())) throw std::runtime_error("fuzz: cannot make " + pattern);
            static std::string removed;
            removed = pattern;
            std::atexit([] { std::system(("rm -rf '" + removed + "'").c_str()); });
            return pattern;
        }();
        return folder;
    }
};
