#pragma once

#include "Optimizer.h"

namespace layerlab {

// s = β s + (1 - β) dθ²; θ -= α dθ / (√s + ε) (Hinton's lecture 6e, 2012): each weight's step is
// divided by the recent size of its own gradient.
template <typename eT>
class RMSprop final : public Optimizer<eT> {
public:
    using Mat = arma::Mat<eT>;
    RMSprop(double beta, double epsilon)
        : m_beta(static_cast<eT>(beta)), m_epsilon(static_cast<eT>(epsilon)) {}
    void Initialize(const std::vector<arma::SizeMat>& shapes) override {
        this->ZeroState(shapes, m_s);
    }
    void UpdateRange(size_t k, Mat& parameter, const Mat& gradient, eT learningRate,
                     arma::uword first, arma::uword count) override;

private:
    eT m_beta, m_epsilon;
    std::vector<Mat> m_s;
};

extern template class RMSprop<double>;
extern template class RMSprop<float>;

}  // namespace layerlab
