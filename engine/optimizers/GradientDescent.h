#pragma once

#include "Optimizer.h"

namespace layerlab {

// θ -= α dθ, the course's update, on a range of elements so threads can share one update; the
// tests hold it to Network::Update, the reference, bit for bit.
template <typename eT>
class GradientDescent final : public Optimizer<eT> {
public:
    using Mat = arma::Mat<eT>;
    void Initialize(const std::vector<arma::SizeMat>&) override {}
    void UpdateRange(size_t, Mat& parameter, const Mat& gradient, eT learningRate,
                     arma::uword first, arma::uword count) override {
        eT* p = parameter.memptr() + first;
        const eT* g = gradient.memptr() + first;
        for (arma::uword i = 0; i < count; ++i) p[i] -= learningRate * g[i];
    }
};

}  // namespace layerlab
