#pragma once

#include <armadillo>
#include <memory>

#include "DataSet.h"

// Two Gaussian blobs in 4 dimensions (class 1 shifted by +1.5, class 0 by −1.5), 40 to train and
// 10 to test, from a fixed seed: small enough that an iteration takes microseconds, so a worker
// runs flat out.
inline std::shared_ptr<const layerlab::DataSplit> GaussianBlobs() {
    arma::arma_rng::set_seed(7);
    auto split = std::make_shared<layerlab::DataSplit>();
    const auto make = [](layerlab::DataSet& d, arma::uword m) {
        d.X.randn(4, m);
        d.y.set_size(m);
        for (arma::uword i = 0; i < m; ++i) {
            d.y[i] = i % 2;
            d.X.col(i) += d.y[i] ? 1.5 : -1.5;
        }
        d.classNames = {"left", "right"};
        d.imageShape = {2, 2, 1};
        d.source = "synthetic";
    };
    make(split->train, 40);
    make(split->test, 10);
    return split;
}
