#include "RMSprop.h"

#include <cmath>

namespace layerlab {

template <typename eT>
void RMSprop<eT>::UpdateRange(size_t k, Mat& parameter, const Mat& gradient, eT learningRate,
                              arma::uword first, arma::uword count) {
    Mat& s = m_s.at(k);
    eT* p = parameter.memptr() + first;
    eT* sp = s.memptr() + first;
    const eT* g = gradient.memptr() + first;
    const eT keep = m_beta, take = eT(1) - m_beta;
    // One pass per element: no temporaries, no allocation.
    for (arma::uword i = 0; i < count; ++i) {
        sp[i] = FlushSubnormal(keep * sp[i] + take * g[i] * g[i]);
        p[i] -= learningRate * g[i] / (std::sqrt(sp[i]) + m_epsilon);
    }
}

template class RMSprop<double>;
template class RMSprop<float>;

}  // namespace layerlab
