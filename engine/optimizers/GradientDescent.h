#pragma once

#include "Optimizer.h"

namespace layerlab {

// θ -= α dθ: the notebook's update, bit for bit.
template <typename eT>
class GradientDescent final : public Optimizer<eT> {
public:
    using Mat = arma::Mat<eT>;
    void Initialize(const std::vector<arma::SizeMat>&) override {}
    void Update(size_t, Mat& parameter, const Mat& gradient, eT learningRate) override {
        parameter -= learningRate * gradient;
    }
};

}  // namespace layerlab
