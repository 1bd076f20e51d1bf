#pragma once

#include "Optimizer.h"

namespace layerlab {

// Adam (Kingma & Ba 2014): momentum's v and RMSprop's s with bias correction,
// θ -= α v̂ / (√ŝ + ε) where v̂ = v / (1 - β1ᵗ), ŝ = s / (1 - β2ᵗ) and t counts updates from 1.
template <typename eT>
class Adam final : public Optimizer<eT> {
public:
    using Mat = arma::Mat<eT>;
    Adam(double beta1, double beta2, double epsilon)
        : m_beta1(beta1), m_beta2(beta2), m_epsilon(static_cast<eT>(epsilon)) {}
    void Initialize(const std::vector<arma::SizeMat>& shapes) override;
    void BeginStep() override;
    void UpdateRange(size_t k, Mat& parameter, const Mat& gradient, eT learningRate,
                     arma::uword first, arma::uword count) override;
    size_t StepCount() const { return m_t; }

private:
    double m_beta1, m_beta2;
    eT m_epsilon;
    size_t m_t = 0;
    // 1 - β1ᵗ and 1 - β2ᵗ of the current step, in double so small t stays exact.
    double m_correction1 = 1.0, m_correction2 = 1.0;
    std::vector<Mat> m_v, m_s;
};

extern template class Adam<double>;
extern template class Adam<float>;

}  // namespace layerlab
