#include "Momentum.h"

namespace layerlab {

template <typename eT>
void Momentum<eT>::UpdateRange(size_t k, Mat& parameter, const Mat& gradient, eT learningRate,
                               arma::uword first, arma::uword count) {
    eT* p = parameter.memptr() + first;
    eT* v = m_v.at(k).memptr() + first;
    const eT* g = gradient.memptr() + first;
    for (arma::uword i = 0; i < count; ++i) {
        v[i] = FlushSubnormal(m_beta * v[i] + (eT(1) - m_beta) * g[i]);
        p[i] -= learningRate * v[i];
    }
}

template class Momentum<double>;
template class Momentum<float>;

}  // namespace layerlab
