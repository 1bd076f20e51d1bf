#include "Momentum.h"

namespace layerlab {

template <typename eT>
void Momentum<eT>::Initialize(const std::vector<arma::SizeMat>& shapes) {
    this->ZeroState(shapes, m_v);
}

template <typename eT>
void Momentum<eT>::Update(size_t k, Mat& parameter, const Mat& gradient, eT learningRate) {
    eT* p = parameter.memptr();
    eT* v = m_v.at(k).memptr();
    const eT* g = gradient.memptr();
    for (arma::uword i = 0; i < parameter.n_elem; ++i) {
        v[i] = FlushSubnormal(m_beta * v[i] + (eT(1) - m_beta) * g[i]);
        p[i] -= learningRate * v[i];
    }
}

template class Momentum<double>;
template class Momentum<float>;

}  // namespace layerlab
