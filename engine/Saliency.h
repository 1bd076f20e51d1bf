#pragma once

#include <armadillo>
#include <array>

#include "Parameters.h"

namespace layerlab {

// Which input features one example's class probability depends on, two ways: the gradient of
// the probability with respect to the input (how fast it moves per feature) and occlusion (how
// much it falls when a patch of the image is greyed out). The probability of class c is the
// course's output: A[L](c) for a softmax or several sigmoid units; for a single sigmoid unit
// class 1 is a and class 0 is 1 − a.
struct Saliency {
    // The number of classes p's output tells apart: 2 for a single sigmoid unit, else n[L].
    static arma::uword ClassCount(const Parameters& p);
    // The probability of outputClass in one column of p's outputs (n[L] × 1).
    static double ClassProbability(const arma::vec& output, arma::uword outputClass);

    // d p_c / dx for the example x (n[0] features): Network's forward pass, then backprop from
    // d p_c / dZ[L] down through every layer to the input with the same activation derivatives
    // training uses. Throws EngineError for an x of the wrong size or a class out of range.
    static arma::vec Gradient(const Parameters& p, const arma::vec& x, arma::uword outputClass);

    // The grid of patch positions Occlusion uses: {rows, columns}, the positions where a
    // patch × patch square fits wholly inside the image, every stride pixels from the top left.
    // Throws EngineError for a patch or stride of 0, a patch larger than the image, or an
    // unknown (zero) shape.
    // The patch the views and `inspect` occlude with: an eighth of the image's shorter side (8
    // pixels of the course's 64, 3 of Fashion-MNIST's 28), at least 1, moved by its own width,
    // so the map is about 8 × 8 whatever the size. Its grey is kOcclusionFill in every channel.
    static arma::uword OcclusionPatch(const std::array<arma::uword, 3>& imageShape);
    static constexpr double kOcclusionFill = 0.5;
    static std::array<arma::uword, 2> OcclusionGrid(const std::array<arma::uword, 3>& imageShape,
                                                    arma::uword patch, arma::uword stride);

    // For each position of OcclusionGrid (row-major), p_c(x) − p_c(x with the patch set to fill
    // in every channel): positive where hiding the patch lowers the class's probability. x holds
    // the image as the course flattens it, pixel by pixel in rows with the channels of a pixel
    // together (index (row·width + column)·channels + channel). Throws EngineError for what
    // OcclusionGrid refuses, a shape whose size is not x's, or a class out of range.
    static arma::vec Occlusion(const Parameters& p, const arma::vec& x,
                               const std::array<arma::uword, 3>& imageShape,
                               arma::uword outputClass, arma::uword patch, arma::uword stride,
                               double fill = 0.5);
};

}  // namespace layerlab
