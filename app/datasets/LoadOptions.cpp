#include "LoadOptions.h"

#include "EngineError.h"

namespace layerlab {

void LoadOptions::Validate() const {
    // Written so that NaN fails it: NaN compares false with everything, so `f < 0 || f >= 1`
    // let it through and the split then indexed past the end of a class's files.
    if (!(testFraction >= 0.0 && testFraction < 1.0))
        throw EngineError(
            "test fraction " + std::to_string(testFraction) +
            " refused: keep between 0 and 1 (0.2 keeps a fifth of each class for testing)");
    if (imageSize.isValid() && (imageSize.width() > 1024 || imageSize.height() > 1024))
        throw EngineError("image size " + std::to_string(imageSize.width()) + "×" +
                          std::to_string(imageSize.height()) + " refused: use at most 1024×1024");
}

}  // namespace layerlab
