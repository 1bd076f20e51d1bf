#pragma once

#include <cstdint>
#include <string>

namespace layerlab {

// The HDF5 superblock's own claims, checked before HDF5 reads the file. HDF5 trusts them: a 2 KB
// file whose version-0 superblock points at a driver information block declaring 4 GiB made the
// library allocate and fill 4 GiB inside H5Fopen (found by the course-reader fuzzer), where no
// check of LayerLab's could follow. Only what the superblock itself states is checked here;
// everything past H5Fopen is checked through HDF5.
class Hdf5Superblock {
public:
    // Throws EngineError naming path when a size or address the superblock declares does not
    // fit in a file of fileSize bytes. A file without the HDF5 signature passes (HDF5 refuses it).
    static void Check(const std::string& path, std::uint64_t fileSize);
};

}  // namespace layerlab
