#include "CourseDataReader.h"

#include <cmath>
#include <filesystem>
#include <sstream>

#include "EngineError.h"
#include "Hdf5File.h"

namespace fs = std::filesystem;

namespace layerlab {

DataSet CourseDataReader::ReadFile(const std::string& path) {
    Hdf5File file(path, Hdf5File::Mode::Read);
    std::string prefix;
    for (const char* p : {"train_set", "test_set"})
        if (file.Has(std::string(p) + "_x")) prefix = p;
    if (prefix.empty())
        throw EngineError(
            path + ": has neither 'train_set_x' nor 'test_set_x'; it is not a course data file");
    std::vector<hsize_t> xs, ys;
    const auto pixels = file.ReadBytes(prefix + "_x", &xs);
    if (xs.size() != 4 && xs.size() != 3)
        throw EngineError(path + ": '" + prefix + "_x' has rank " + std::to_string(xs.size()) +
                          "; images must be [m, height, width, channels] or [m, height, width]");
    const std::vector<double> labels = file.ReadDoubles(prefix + "_y", &ys);
    const hsize_t m = xs[0];
    if (labels.size() != m)
        throw EngineError(path + ": '" + prefix + "_x' holds " + std::to_string(m) +
                          " images but '" + prefix + "_y' holds " + std::to_string(labels.size()) +
                          " labels");
    DataSet d;
    d.source = path;
    d.imageShape = {xs[1], xs[2], xs.size() == 4 ? xs[3] : 1};
    const arma::uword n = d.imageShape[0] * d.imageShape[1] * d.imageShape[2];
    if (m == 0 || n == 0) throw EngineError(path + ": '" + prefix + "_x' holds no pixels");
    // HDF5 is row-major, so each image's bytes are already in (row, column, channel) order:
    // they are the column of X.
    d.X.set_size(n, m);
    double* out = d.X.memptr();
    for (size_t i = 0; i < pixels.size(); ++i) out[i] = pixels[i] / 255.0;
    if (file.Has("list_classes")) {
        d.classNames = file.ReadStrings("list_classes");
    } else {
        d.classNames = {"0", "1"};
    }
    d.y.set_size(m);
    for (hsize_t i = 0; i < m; ++i) {
        if (labels[i] < 0 || labels[i] != std::floor(labels[i]) ||
            labels[i] >= d.classNames.size()) {
            std::ostringstream label;  // "2", "-1", "0.5": to_string would print 2.000000
            label << labels[i];
            throw EngineError(path + ": label " + label.str() + " of image " + std::to_string(i) +
                              " is not one of the " + std::to_string(d.classNames.size()) +
                              " classes");
        }
        d.y[i] = static_cast<arma::uword>(labels[i]);
    }
    d.Validate();
    return d;
}

DataSplit CourseDataReader::Read(const std::string& path) {
    std::error_code ec;
    DataSplit split;
    if (fs::is_directory(path, ec)) {
        std::string train, test;
        for (const auto& entry : fs::directory_iterator(path, ec)) {
            const std::string name = entry.path().filename().string();
            if (entry.path().extension() != ".h5") continue;
            if (name.rfind("train_", 0) == 0 && train.empty()) train = entry.path().string();
            if (name.rfind("test_", 0) == 0 && test.empty()) test = entry.path().string();
        }
        if (train.empty()) throw EngineError(path + ": the folder holds no train_*.h5 file");
        split.train = ReadFile(train);
        if (!test.empty()) split.test = ReadFile(test);
    } else {
        split.train = ReadFile(path);
        const fs::path p(path);
        const std::string name = p.filename().string();
        if (name.rfind("train_", 0) == 0) {
            const fs::path sibling = p.parent_path() / ("test_" + name.substr(6));
            if (fs::exists(sibling, ec)) split.test = ReadFile(sibling.string());
        }
    }
    if (!split.test.X.is_empty()) {
        if (split.test.Features() != split.train.Features())
            throw EngineError(split.test.source + ": its images have " +
                              std::to_string(split.test.Features()) +
                              " values each but the training images have " +
                              std::to_string(split.train.Features()));
        split.test.classNames = split.train.classNames;
    }
    return split;
}

}  // namespace layerlab
