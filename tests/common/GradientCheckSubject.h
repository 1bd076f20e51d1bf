#pragma once

#include <armadillo>
#include <memory>

#include "BiasedNet.h"
#include "DataSet.h"
#include "Parameters.h"

// What the gradient-check job and dialog tests check: a small tanh network (48, 6, 4, 1) whose
// W[1] has more elements than the plan's sample, and 40 coded 4×4 RGB pictures to train on, more
// than the plan's 16 examples. Smooth activations: no ReLU kink spoils the good verdict.
inline std::shared_ptr<const layerlab::Parameters> GradientCheckNetwork() {
    using layerlab::Activation;
    return std::make_shared<const layerlab::Parameters>(BiasedNet(
        {48, 6, 4, 1}, {Activation::Tanh, Activation::Tanh, Activation::Sigmoid}, 3, 0.1));
}

inline std::shared_ptr<const layerlab::DataSplit> GradientCheckData() {
    arma::arma_rng::set_seed(5);
    auto split = std::make_shared<layerlab::DataSplit>();
    layerlab::DataSet& train = split->train;
    train.codes = arma::randi<arma::Mat<std::uint8_t>>(48, 40, arma::distr_param(0, 255));
    train.y.set_size(40);
    for (arma::uword i = 0; i < 40; ++i) train.y[i] = i % 3 == 0;
    train.classNames = {"dark", "bright"};
    train.imageShape = {4, 4, 3};
    train.source = "synthetic";
    return split;
}
