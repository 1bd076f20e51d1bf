#include "Saliency.h"

#include <algorithm>
#include <string>

#include "ActivationFunctions.h"
#include "EngineError.h"
#include "Network.h"

namespace layerlab {

namespace {

std::string Str(arma::uword n) {
    return std::to_string(n);
}

std::string ShapeText(const std::array<arma::uword, 3>& s) {
    return Str(s[0]) + " × " + Str(s[1]) + " × " + Str(s[2]);
}

void CheckExample(const Parameters& p, const arma::vec& x) {
    if (p.L() == 0 || p.W.size() < 2)
        throw EngineError("Saliency: the network has no layers: give it a spec");
    if (x.n_elem != p.W[1].n_cols)
        throw EngineError("Saliency: the example has " + Str(x.n_elem) +
                          " features but the network's input layer takes " + Str(p.W[1].n_cols) +
                          ": give one column of " + Str(p.W[1].n_cols) + " features");
}

void CheckClass(const Parameters& p, arma::uword c) {
    const arma::uword classes = Saliency::ClassCount(p);
    if (c >= classes)
        throw EngineError("Saliency: there is no class " + Str(c) + ": the network tells " +
                          Str(classes) + " classes apart, choose one from 0 to " +
                          Str(classes - 1));
}

// d p_c / dZ[L] for the output a = A[L] (one column).
arma::mat ProbabilityGradientAtOutput(Activation output, const arma::mat& a, arma::uword c) {
    if (output == Activation::Softmax) {
        // ∂a_c/∂z_i = a_c (δ_ci − a_i).
        arma::mat v = -a(c, 0) * a;
        v(c, 0) += a(c, 0);
        return v;
    }
    // Sigmoid: ∂a/∂z = a (1 − a); a single unit's class 0 is 1 − a, so its sign flips.
    if (a.n_rows == 1) {
        const double s = a(0, 0) * (1.0 - a(0, 0));
        return arma::mat(1, 1, arma::fill::value(c == 1 ? s : -s));
    }
    arma::mat v(a.n_rows, 1, arma::fill::zeros);
    v(c, 0) = a(c, 0) * (1.0 - a(c, 0));
    return v;
}

}  // namespace

arma::uword Saliency::ClassCount(const Parameters& p) {
    if (p.spec.sizes.empty()) return 0;
    const arma::uword n = p.spec.sizes.back();
    return n == 1 ? 2 : n;
}

double Saliency::ClassProbability(const arma::vec& output, arma::uword outputClass) {
    const arma::uword classes = output.n_elem == 1 ? 2 : output.n_elem;
    if (output.n_elem == 0 || outputClass >= classes)
        throw EngineError("Saliency: there is no class " + Str(outputClass) + " in an output of " +
                          Str(output.n_elem) + " units: choose a class from 0 to " +
                          Str(classes - 1));
    if (output.n_elem == 1) return outputClass == 1 ? output(0) : 1.0 - output(0);
    return output(outputClass);
}

arma::vec Saliency::Gradient(const Parameters& p, const arma::vec& x, arma::uword outputClass) {
    CheckExample(p, x);
    CheckClass(p, outputClass);
    Network<double> net(p);
    const arma::mat X = x;
    net.Forward(X);
    const size_t L = net.L();
    // Backprop as Network::Backward does it, but from d p_c / dZ[L] instead of the cost's
    // A[L] − Y, and one step further: dA[0] = W[1]ᵀ dZ[1] is the gradient with respect to x.
    arma::mat dZ = ProbabilityGradientAtOutput(p.spec.OutputActivation(), net.A[L], outputClass);
    arma::mat dA;
    for (size_t l = L;; --l) {
        dA = net.W[l].t() * dZ;
        if (l == 1) break;
        ActivationBackward(p.spec.activations[l - 2], dA, net.Z[l - 1], net.A[l - 1], dZ);
    }
    return arma::vec(dA.col(0));
}

arma::uword Saliency::OcclusionPatch(const std::array<arma::uword, 3>& imageShape) {
    return std::max<arma::uword>(1, std::min(imageShape[0], imageShape[1]) / 8);
}

std::array<arma::uword, 2> Saliency::OcclusionGrid(const std::array<arma::uword, 3>& imageShape,
                                                   arma::uword patch, arma::uword stride) {
    if (imageShape[0] == 0 || imageShape[1] == 0 || imageShape[2] == 0)
        throw EngineError("Saliency: the image shape " + ShapeText(imageShape) +
                          " is unknown or empty: occlusion needs height × width × channels");
    if (patch == 0)
        throw EngineError(
            "Saliency: an occlusion patch of 0 pixels hides nothing: give a patch "
            "of at least 1");
    if (stride == 0)
        throw EngineError(
            "Saliency: an occlusion stride of 0 never moves the patch: give a "
            "stride of at least 1");
    if (patch > imageShape[0] || patch > imageShape[1])
        throw EngineError("Saliency: a " + Str(patch) + " × " + Str(patch) +
                          " patch does not fit in a " + Str(imageShape[0]) + " × " +
                          Str(imageShape[1]) + " image: give a patch of at most " +
                          Str(std::min(imageShape[0], imageShape[1])));
    return {(imageShape[0] - patch) / stride + 1, (imageShape[1] - patch) / stride + 1};
}

arma::vec Saliency::Occlusion(const Parameters& p, const arma::vec& x,
                              const std::array<arma::uword, 3>& imageShape, arma::uword outputClass,
                              arma::uword patch, arma::uword stride, double fill) {
    const std::array<arma::uword, 2> grid = OcclusionGrid(imageShape, patch, stride);
    const arma::uword height = imageShape[0], width = imageShape[1], channels = imageShape[2];
    if (height * width * channels != x.n_elem)
        throw EngineError("Saliency: an image of " + ShapeText(imageShape) + " has " +
                          Str(height * width * channels) + " values but the example has " +
                          Str(x.n_elem) + ": give the shape the example was flattened from");
    CheckExample(p, x);
    CheckClass(p, outputClass);

    const double base = ClassProbability(arma::vec(p.Predict(x)), outputClass);
    const arma::uword positions = grid[0] * grid[1];
    arma::vec drops(positions);
    // The occluded copies are predicted together, a batch at a time: one product per layer
    // instead of one per position, while the batch of a 64 × 64 × 3 image stays a few MB.
    const arma::uword batch = 64;
    arma::mat X;
    for (arma::uword first = 0; first < positions; first += batch) {
        const arma::uword count = std::min(batch, positions - first);
        X = arma::repmat(x, 1, count);
        for (arma::uword i = 0; i < count; ++i) {
            const arma::uword top = ((first + i) / grid[1]) * stride;
            const arma::uword left = ((first + i) % grid[1]) * stride;
            for (arma::uword r = top; r < top + patch; ++r)
                for (arma::uword c = left; c < left + patch; ++c)
                    for (arma::uword ch = 0; ch < channels; ++ch)
                        X((r * width + c) * channels + ch, i) = fill;
        }
        const arma::mat probabilities = p.Predict(X);
        for (arma::uword i = 0; i < count; ++i)
            drops(first + i) =
                base - ClassProbability(arma::vec(probabilities.col(i)), outputClass);
    }
    return drops;
}

}  // namespace layerlab
