#pragma once

#include <QByteArray>
#include <QImage>
#include <QRgb>
#include <QString>
#include <armadillo>
#include <array>

namespace layerlab {

// Weights as pictures, for `inspect --weights-png` and later the window: each first-layer unit's
// row of W[1] laid out in the input's image shape, and any W[l] as a rows × columns heat map.
// Colours are a symmetric diverging scale around 0 (negative blue, 0 white, positive red) whose
// ends are ±scale, so the sign of a weight reads at a glance and equal |w| look equally strong.
// Pictures are upscaled with nearest neighbour so every weight stays a visible square.
class WeightPictures {
public:
    // The short side an upscaled picture reaches at least (unless the long side would pass
    // kLongestSide, which only very elongated heat maps do).
    static constexpr int kShortestSide = 64;
    static constexpr int kLongestSide = 4096;

    // value on the scale [−scale, scale] (clamped): −scale pure blue, 0 white, +scale pure red.
    // A scale of 0 (an all-zero row) paints everything white.
    static QRgb Diverging(double value, double scale);

    // The whole-number factor that brings a height × width picture's short side to at least
    // kShortestSide, at least 1, and no larger than keeps the long side within kLongestSide.
    static int UpscaleFactor(int height, int width);

    // Whether imageShape (height, width, channels) describes inputs features.
    static bool ShapeFits(const std::array<arma::uword, 3>& imageShape, arma::uword inputs);

    // One unit's weights (inputs in the course's flattening, (row·width + column)·channels +
    // channel) as a picture of imageShape, coloured on ±max |w| of the row (returned in scale).
    // Channels other than 1 are shown side by side, one diverging panel per channel in channel
    // order (R, G, B), separated by a one-weight grey gap. Throws EngineError when the shape
    // does not fit the row.
    static QImage UnitPicture(const arma::rowvec& weights,
                              const std::array<arma::uword, 3>& imageShape,
                              double* scale = nullptr);

    // W as a heat map, one square per weight (row = unit, column = input), coloured on
    // ±max |W| (returned in scale).
    static QImage HeatMap(const arma::mat& W, double* scale = nullptr);

    // The PNG bytes of image, marked as written by LayerLab (the PNG text "Software").
    static QByteArray Png(const QImage& image);
    // Whether the file at path is a PNG that Png made: what may be replaced without asking.
    static bool WrittenByLayerLab(const QString& path);

    // "unit-007.png": unit j of units, zero-padded to the digits of units.
    static QString UnitFileName(arma::uword unit, arma::uword units);
};

}  // namespace layerlab
