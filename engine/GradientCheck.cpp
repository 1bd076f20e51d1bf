#include "GradientCheck.h"

#include <algorithm>
#include <numeric>
#include <random>

#include "Network.h"

namespace layerlab {

namespace {

double RelativeDifference(const std::vector<double>& grad, const std::vector<double>& approx) {
    const arma::vec g(grad), a(approx);
    const double denom = arma::norm(g) + arma::norm(a);
    return denom == 0.0 ? 0.0 : arma::norm(g - a) / denom;
}

}  // namespace

GradientVerdict VerdictOf(double difference) {
    if (difference < kGradientGoodBelow) return GradientVerdict::Good;
    // NaN (a cost that overflowed) is not a pass.
    if (difference <= kGradientSuspiciousAbove) return GradientVerdict::Acceptable;
    return GradientVerdict::Suspicious;
}

std::vector<arma::uword> SampledElements(arma::uword n, arma::uword samplePerTensor,
                                         std::uint64_t seed) {
    std::vector<arma::uword> all(n);
    std::iota(all.begin(), all.end(), arma::uword{0});
    if (samplePerTensor == 0 || samplePerTensor >= n) return all;
    // A partial Fisher–Yates shuffle with its own engine: the same seed picks the same elements
    // on every machine (std::shuffle's algorithm is the library's choice, this one is not).
    std::mt19937_64 rng(seed);
    for (arma::uword i = 0; i < samplePerTensor; ++i) {
        const arma::uword j = i + static_cast<arma::uword>(rng() % (n - i));
        std::swap(all[i], all[j]);
    }
    all.resize(samplePerTensor);
    std::sort(all.begin(), all.end());
    return all;
}

template <typename eT>
GradientCheckReport GradientCheckLayers(const Parameters& p, const arma::mat& Xd,
                                        const arma::mat& Yd,
                                        const GradientCheckOptions<eT>& options) {
    using Mat = arma::Mat<eT>;
    const Mat X = arma::conv_to<Mat>::from(Xd);
    const Mat Y = arma::conv_to<Mat>::from(Yd);
    const double epsilon = options.epsilon;
    Network<eT> net(p);
    net.SetL2(options.l2, X.n_cols);
    net.Forward(X);
    net.Backward(Y);
    if (options.afterBackward) options.afterBackward(net, Y);
    auto costAt = [&](Network<eT>& n) {
        n.Forward(X);
        return static_cast<double>(n.Cost(Y));
    };
    GradientCheckReport report;
    std::vector<double> grad, approx;
    for (size_t l = 1; l <= net.L(); ++l) {
        GradientCheckLayer layer;
        layer.layer = l;
        for (int which = 0; which < 2; ++which) {
            Mat& param = which == 0 ? net.W[l] : net.b[l];
            const Mat gCopy = which == 0 ? net.dW[l] : net.db[l];
            GradientCheckPart& part = which == 0 ? layer.W : layer.b;
            // Each tensor its own stream, so W[2]'s sample does not change with W[1]'s size.
            const auto elements = SampledElements(param.n_elem, options.samplePerTensor,
                                                  options.sampleSeed + 2 * l + which);
            std::vector<double> partGrad, partApprox;
            for (const arma::uword i : elements) {
                const eT saved = param[i];
                param[i] = saved + static_cast<eT>(epsilon);
                const double plus = costAt(net);
                param[i] = saved - static_cast<eT>(epsilon);
                const double minus = costAt(net);
                param[i] = saved;
                partGrad.push_back(gCopy[i]);
                partApprox.push_back((plus - minus) / (2.0 * epsilon));
            }
            part.checked = elements.size();
            part.total = param.n_elem;
            part.difference = RelativeDifference(partGrad, partApprox);
            grad.insert(grad.end(), partGrad.begin(), partGrad.end());
            approx.insert(approx.end(), partApprox.begin(), partApprox.end());
            report.checked += part.checked;
            report.total += part.total;
        }
        report.layers.push_back(layer);
    }
    report.difference = RelativeDifference(grad, approx);
    return report;
}

template <typename eT>
double GradientCheck(const Parameters& p, const arma::mat& X, const arma::mat& Y, double epsilon,
                     double l2) {
    GradientCheckOptions<eT> options;
    options.epsilon = epsilon;
    options.l2 = l2;
    return GradientCheckLayers<eT>(p, X, Y, options).difference;
}

template double GradientCheck<double>(const Parameters&, const arma::mat&, const arma::mat&, double,
                                      double);
template double GradientCheck<float>(const Parameters&, const arma::mat&, const arma::mat&, double,
                                     double);
template GradientCheckReport GradientCheckLayers<double>(const Parameters&, const arma::mat&,
                                                         const arma::mat&,
                                                         const GradientCheckOptions<double>&);
template GradientCheckReport GradientCheckLayers<float>(const Parameters&, const arma::mat&,
                                                        const arma::mat&,
                                                        const GradientCheckOptions<float>&);

}  // namespace layerlab
