#include "Adam.h"

#include <cmath>

namespace layerlab {

template <typename eT>
void Adam<eT>::Initialize(const std::vector<arma::SizeMat>& shapes) {
    this->ZeroState(shapes, m_v);
    this->ZeroState(shapes, m_s);
    m_t = 0;
}

template <typename eT>
void Adam<eT>::BeginStep() {
    ++m_t;
    m_correction1 = 1.0 - std::pow(m_beta1, static_cast<double>(m_t));
    m_correction2 = 1.0 - std::pow(m_beta2, static_cast<double>(m_t));
}

template <typename eT>
void Adam<eT>::UpdateRange(size_t k, Mat& parameter, const Mat& gradient, eT learningRate,
                           arma::uword first, arma::uword count) {
    Mat& v = m_v.at(k);
    Mat& s = m_s.at(k);
    eT* p = parameter.memptr() + first;
    eT* vp = v.memptr() + first;
    eT* sp = s.memptr() + first;
    const eT* g = gradient.memptr() + first;
    const eT b1 = static_cast<eT>(m_beta1), b2 = static_cast<eT>(m_beta2);
    const eT c1 = static_cast<eT>(1.0 / m_correction1), c2 = static_cast<eT>(1.0 / m_correction2);
    for (arma::uword i = 0; i < count; ++i) {
        vp[i] = FlushSubnormal(b1 * vp[i] + (eT(1) - b1) * g[i]);
        sp[i] = FlushSubnormal(b2 * sp[i] + (eT(1) - b2) * g[i] * g[i]);
        p[i] -= learningRate * (vp[i] * c1) / (std::sqrt(sp[i] * c2) + m_epsilon);
    }
}

template class Adam<double>;
template class Adam<float>;

}  // namespace layerlab
