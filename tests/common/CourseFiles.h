#pragma once

// Course-format data sets that tests write themselves: `<prefix>_x` uint8 [m, h, w, c],
// `<prefix>_y` int64 [m] and `list_classes` fixed-length bytes, laid out as the course's files.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "Hdf5File.h"

namespace layerlab::testdata {

struct Images {
    std::vector<hsize_t> shape;  // m, height, width, channels
    std::vector<std::uint8_t> pixels;
    std::vector<std::int64_t> labels;
};

// m RGB images that a small network tells apart: class 1 is reddish, class 0 bluish, both noisy.
// Labels alternate 0, 1, 0, ...
inline Images ColourImages(hsize_t m, hsize_t height, hsize_t width, std::uint32_t seed) {
    Images images;
    images.shape = {m, height, width, 3};
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> noise(0, 80);
    for (hsize_t i = 0; i < m; ++i) {
        const bool cat = i % 2 == 1;
        images.labels.push_back(cat ? 1 : 0);
        for (hsize_t p = 0; p < height * width; ++p) {
            const int strong = 150 + noise(rng), weak = noise(rng);
            images.pixels.push_back(static_cast<std::uint8_t>(cat ? strong : weak));
            images.pixels.push_back(static_cast<std::uint8_t>(40 + noise(rng)));
            images.pixels.push_back(static_cast<std::uint8_t>(cat ? weak : strong));
        }
    }
    return images;
}

inline void WriteCourseFile(const std::string& path, const std::string& prefix,
                            const Images& images, const std::vector<std::string>& classes) {
    Hdf5File file(path, Hdf5File::Mode::CreateTruncate);
    file.WriteBytes(prefix + "_x", images.shape, images.pixels);
    file.WriteIntegers(prefix + "_y", {images.labels.size()}, images.labels);
    file.WriteStrings("list_classes", classes);
    file.Close();
}

}  // namespace layerlab::testdata
