#pragma once

#include <QImage>
#include <QString>
#include <cstdint>
#include <random>

#include "LoadOptions.h"
#include "LoadedData.h"

namespace layerlab {

// The data set that needs no file: shapes drawn with QPainter from a seed (circle vs square,
// up to five classes with triangle, cross and star), each with a random size, position, rotation,
// colour and background plus pixel noise. 250 training and 75 test images per class, 32×32 RGB
// unless LoadOptions says otherwise; the same seed always draws the same pictures.
class BuiltinShapes {
public:
    static constexpr int kMaxClasses = 5;
    static constexpr int kTrainPerClass = 250;
    static constexpr int kTestPerClass = 75;

    // "builtin:shapes" (2 classes) or "builtin:shapesN" for N = 2..5; anything else is refused.
    static bool IsSpec(const QString& spec);
    static LoadedData Generate(const QString& spec, const LoadOptions& options);
    // The names of the first classCount shapes.
    static std::vector<std::string> ClassNames(int classCount);
    // One picture of the given class, drawn from rng.
    static QImage Draw(int shapeClass, QSize size, std::mt19937_64& rng);
};

}  // namespace layerlab
