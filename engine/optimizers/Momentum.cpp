#include "Momentum.h"

namespace layerlab {

template <typename eT>
void Momentum<eT>::Initialize(const std::vector<arma::SizeMat>& shapes) {
    this->ZeroState(shapes, m_v);
}

template <typename eT>
void Momentum<eT>::Update(size_t k, Mat& parameter, const Mat& gradient, eT learningRate) {
    Mat& v = m_v.at(k);
    v = m_beta * v + (eT(1) - m_beta) * gradient;
    parameter -= learningRate * v;
}

template class Momentum<double>;
template class Momentum<float>;

}  // namespace layerlab
