#pragma once

#include "Optimizer.h"

namespace layerlab {

// v = β v + (1 - β) dθ; θ -= α v. The course's momentum: an exponentially weighted average of
// the gradients smooths the zig-zag of mini-batch steps.
template <typename eT>
class Momentum final : public Optimizer<eT> {
public:
    using Mat = arma::Mat<eT>;
    explicit Momentum(double beta) : m_beta(static_cast<eT>(beta)) {}
    void Initialize(const std::vector<arma::SizeMat>& shapes) override {
        this->ZeroState(shapes, m_v);
    }
    void UpdateRange(size_t k, Mat& parameter, const Mat& gradient, eT learningRate,
                     arma::uword first, arma::uword count) override;

private:
    eT m_beta;
    std::vector<Mat> m_v;
};

extern template class Momentum<double>;
extern template class Momentum<float>;

}  // namespace layerlab
