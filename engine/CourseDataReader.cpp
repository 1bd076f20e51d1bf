#include "CourseDataReader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <sstream>

#include "EngineError.h"
#include "Hdf5File.h"
#include "MemoryBudget.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

// More class names than this is a damaged or hostile list, not a data set (the course has 2,
// ImageNet 1000).
constexpr std::uint64_t kMaxClasses = 65536;

// "2", "-1", "0.5", "nan": to_string would print 2.000000.
std::string Number(double value) {
    std::ostringstream text;
    text << value;
    return text.str();
}

// Pixels read as doubles: integers are bytes (0..255) and become codes; floats are used as they
// are when all lie in [0, 1] and ÷255 when they lie in [0, 255]. Anything else
// (NaN, Inf, negative, over 255) is refused: it is not an image the course's way.
void ScalePixels(DataSet& d, bool floats, const std::string& name) {
    double* x = d.X.memptr();
    const arma::uword n = d.X.n_elem, features = d.X.n_rows;
    double high = 0;
    for (arma::uword i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]) || x[i] < 0 || x[i] > 255)
            throw EngineError(d.source + ": pixel value " + Number(x[i]) + " of image " +
                              std::to_string(i / features) + " in '" + name +
                              "' is not a pixel: give values in 0..255 (bytes) or 0..1");
        high = std::max(high, x[i]);
    }
    if (!floats) {
        // Integers of a wider type than bytes: in 0..255, so they are codes after all.
        d.codes = arma::conv_to<arma::Mat<std::uint8_t>>::from(d.X);
        d.X.reset();
        return;
    }
    if (high <= 1.0) {
        d.warnings.push_back(d.source + ": '" + name +
                             "' holds floating-point pixels in [0, 1]; they are used as they are");
        return;
    }
    d.warnings.push_back(d.source + ": '" + name +
                         "' holds floating-point pixels in [0, 255]; they are divided by 255 "
                         "as bytes are");
    // x / 255 element by element, as bytes are (the parity results).
    for (arma::uword i = 0; i < n; ++i) x[i] = x[i] / 255.0;
}

}  // namespace

DataSet CourseDataReader::ReadFile(const std::string& path) {
    Hdf5File file(path, Hdf5File::Mode::Read);
    std::string prefix;
    for (const char* p : {"train_set", "test_set"})
        if (file.Has(std::string(p) + "_x")) prefix = p;
    if (prefix.empty())
        throw EngineError(
            path + ": has neither 'train_set_x' nor 'test_set_x'; it is not a course data file");
    // Shapes and sizes first, the big allocation last.
    const std::string xName = prefix + "_x", yName = prefix + "_y";
    // Bytes are kept as they are (DataSet's codes); anything else is read as doubles.
    const bool bytes = file.HoldsBytes(xName);
    const std::vector<hsize_t> xs = file.CheckNumeric(xName, bytes ? 1 : sizeof(double));
    if (xs.size() != 4 && xs.size() != 3)
        throw EngineError(path + ": '" + xName + "' has rank " + std::to_string(xs.size()) +
                          "; images must be [m, height, width, channels] or [m, height, width]");
    std::vector<hsize_t> ys;
    const std::vector<double> labels = file.ReadDoubles(yName, &ys);
    const hsize_t m = xs[0];
    if (labels.size() != m)
        throw EngineError(path + ": '" + xName + "' holds " + std::to_string(m) + " images but '" +
                          yName + "' holds " + std::to_string(labels.size()) + " labels");
    DataSet d;
    d.source = path;
    if (file.Has("list_classes")) {
        const std::vector<hsize_t> shape = file.Shape("list_classes");
        std::uint64_t count = 1;
        for (hsize_t dim : shape) count = MemoryBudget::Multiply({count, dim});
        if (count > kMaxClasses)
            throw EngineError(path + ": 'list_classes' holds " + std::to_string(count) +
                              " class names; LayerLab takes at most " +
                              std::to_string(kMaxClasses) +
                              " classes, so the file is damaged or not a course data file");
        d.classNames = file.ReadStrings("list_classes");
    } else {
        d.classNames = {"0", "1"};
    }
    d.imageShape = {xs[1], xs[2], xs.size() == 4 ? xs[3] : 1};
    const arma::uword n = d.imageShape[0] * d.imageShape[1] * d.imageShape[2];
    if (m == 0 || n == 0) throw EngineError(path + ": '" + xName + "' holds no pixels");
    // HDF5 is row-major, so each image's values are already in (row, column, channel) order:
    // they are the column of X.
    if (bytes) {
        d.codes.set_size(n, m);
        file.ReadBytesInto(xName, d.codes.memptr(), d.codes.n_elem);
    } else {
        d.X.set_size(n, m);
        file.ReadDoublesInto(xName, d.X.memptr(), d.X.n_elem);
        ScalePixels(d, file.HoldsFloats(xName), xName);
    }
    d.y.set_size(m);
    for (hsize_t i = 0; i < m; ++i) {
        if (labels[i] < 0 || labels[i] != std::floor(labels[i]) || labels[i] >= d.classNames.size())
            throw EngineError(path + ": label " + Number(labels[i]) + " of image " +
                              std::to_string(i) + " is not one of the " +
                              std::to_string(d.classNames.size()) + " classes");
        d.y[i] = static_cast<arma::uword>(labels[i]);
    }
    d.Validate();
    return d;
}

DataSplit CourseDataReader::Read(const std::string& path) {
    std::error_code ec;
    DataSplit split;
    if (fs::is_directory(path, ec)) {
        std::vector<std::string> trains, tests;
        for (const auto& entry : fs::directory_iterator(path, ec)) {
            const std::string name = entry.path().filename().string();
            if (entry.path().extension() != ".h5") continue;
            if (name.rfind("train_", 0) == 0) trains.push_back(name);
            if (name.rfind("test_", 0) == 0) tests.push_back(name);
        }
        // Directory order is no order: which file is read must not depend on it.
        std::sort(trains.begin(), trains.end());
        std::sort(tests.begin(), tests.end());
        if (trains.empty()) throw EngineError(path + ": the folder holds no train_*.h5 file");
        if (trains.size() > 1)
            throw EngineError(path + ": the folder holds " + trains[0] + " and " + trains[1] +
                              "; give the file itself (its test_ file beside it is read too)");
        const std::string train = trains[0];
        const std::string sibling = "test_" + train.substr(6);
        std::string test;
        if (tests.size() == 1 || std::count(tests.begin(), tests.end(), sibling))
            test = tests.size() == 1 ? tests[0] : sibling;
        else if (tests.size() > 1)
            throw EngineError(path + ": the folder holds " + tests[0] + " and " + tests[1] +
                              " and neither is " + sibling +
                              "; give the training file itself and put its test file beside it");
        split.train = ReadFile((fs::path(path) / train).string());
        if (!test.empty()) split.test = ReadFile((fs::path(path) / test).string());
    } else {
        split.train = ReadFile(path);
        const fs::path p(path);
        const std::string name = p.filename().string();
        if (name.rfind("train_", 0) == 0) {
            const fs::path sibling = p.parent_path() / ("test_" + name.substr(6));
            if (fs::exists(sibling, ec)) split.test = ReadFile(sibling.string());
        }
    }
    if (split.test.Count() > 0) {
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
