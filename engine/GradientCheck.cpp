#include "GradientCheck.h"

#include "Network.h"

namespace layerlab {

template <typename eT>
double GradientCheck(const Parameters& p, const arma::mat& Xd, const arma::mat& Yd, double epsilon,
                     double l2) {
    using Mat = arma::Mat<eT>;
    const Mat X = arma::conv_to<Mat>::from(Xd);
    const Mat Y = arma::conv_to<Mat>::from(Yd);
    Network<eT> net(p);
    net.SetL2(l2, X.n_cols);
    net.Forward(X);
    net.Backward(Y);
    std::vector<double> grad, approx;
    auto costAt = [&](Network<eT>& n) {
        n.Forward(X);
        return static_cast<double>(n.Cost(Y));
    };
    for (size_t l = 1; l <= net.L(); ++l) {
        for (int which = 0; which < 2; ++which) {
            Mat& param = which == 0 ? net.W[l] : net.b[l];
            const Mat& g = which == 0 ? net.dW[l] : net.db[l];
            const Mat gCopy = g;
            for (arma::uword i = 0; i < param.n_elem; ++i) {
                const eT saved = param[i];
                param[i] = saved + static_cast<eT>(epsilon);
                const double plus = costAt(net);
                param[i] = saved - static_cast<eT>(epsilon);
                const double minus = costAt(net);
                param[i] = saved;
                grad.push_back(gCopy[i]);
                approx.push_back((plus - minus) / (2.0 * epsilon));
            }
        }
    }
    const arma::vec g(grad), a(approx);
    const double denom = arma::norm(g) + arma::norm(a);
    return denom == 0.0 ? 0.0 : arma::norm(g - a) / denom;
}

template double GradientCheck<double>(const Parameters&, const arma::mat&, const arma::mat&, double,
                                      double);
template double GradientCheck<float>(const Parameters&, const arma::mat&, const arma::mat&, double,
                                     double);

}  // namespace layerlab
