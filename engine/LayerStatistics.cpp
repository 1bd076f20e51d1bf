#include "LayerStatistics.h"

#include "Network.h"

namespace layerlab {

ValueSummary ValueSummary::Of(const arma::mat& values) {
    ValueSummary s;
    if (values.is_empty()) return s;
    s.mean = arma::mean(arma::vectorise(values));
    s.stddev = values.n_elem > 1 ? arma::stddev(arma::vectorise(values), 1) : 0.0;
    s.min = values.min();
    s.max = values.max();
    return s;
}

NetworkStatistics MeasureLayers(const Parameters& p, const arma::mat& X, const arma::mat& Y) {
    Network<double> net(p);
    net.Forward(X);
    NetworkStatistics stats;
    stats.examples = X.n_cols;
    stats.cost = net.Cost(Y);
    net.Backward(Y);
    const size_t L = net.L();
    for (size_t l = 1; l <= L; ++l) {
        LayerStatistics s;
        s.layer = l;
        s.units = p.spec.sizes[l];
        s.inputs = p.spec.sizes[l - 1];
        s.activation = p.spec.activations[l - 1];
        s.W = ValueSummary::Of(net.W[l]);
        s.b = ValueSummary::Of(net.b[l]);
        s.A = ValueSummary::Of(net.A[l]);
        const arma::mat& A = net.A[l];
        if (A.n_elem) s.zeroShare = double(arma::accu(A == 0.0)) / double(A.n_elem);
        if (s.activation == Activation::ReLU && A.n_cols) {
            // A unit is dead when its largest output over every example is 0.
            s.deadUnits = arma::accu(arma::max(A, 1) <= 0.0);
            s.deadShare = double(s.deadUnits) / double(s.units);
        }
        s.normW = arma::norm(net.W[l], "fro");
        s.normDW = arma::norm(net.dW[l], "fro");
        s.normDb = arma::norm(net.db[l], "fro");
        s.relativeGradient = s.normW > 0.0 ? s.normDW / s.normW : 0.0;
        s.histW = Histogram::Of(net.W[l], kHistogramBins);
        s.histA = Histogram::Of(net.A[l], kHistogramBins);
        s.histDW = Histogram::Of(net.dW[l], kHistogramBins);
        stats.layers.push_back(s);
    }
    stats.hasSigmoidOutput =
        p.spec.OutputActivation() == Activation::Sigmoid && p.spec.sizes.back() == 1;
    if (stats.hasSigmoidOutput && X.n_cols) {
        const arma::mat& out = net.A[L];
        stats.saturatedShare =
            double(arma::accu(out < kSaturatedBelow || out > 1.0 - kSaturatedBelow)) /
            double(out.n_elem);
    }
    return stats;
}

std::vector<arma::mat> LayerActivations(const Parameters& p, const arma::mat& x) {
    Network<double> net(p);
    net.Forward(x);
    return net.A;
}

}  // namespace layerlab
