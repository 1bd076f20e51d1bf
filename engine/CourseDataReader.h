#pragma once

#include <string>

#include "DataSet.h"

namespace layerlab {

// Reads the course's HDF5 data sets (train_catvnoncat.h5 / test_catvnoncat.h5): `<prefix>_x` uint8
// [m, h, w, c], `<prefix>_y` [m] (or [1, m]), `list_classes`. X = pixels / 255, one column per
// image.
class CourseDataReader {
public:
    // One file; prefix "train_set" or "test_set" is found from the file's datasets.
    static DataSet ReadFile(const std::string& path);
    // A folder holding train_*.h5 and test_*.h5, or one .h5 file (its test_ sibling is read too
    // when the file is a train_ file and the sibling exists).
    static DataSplit Read(const std::string& path);
};

}  // namespace layerlab
