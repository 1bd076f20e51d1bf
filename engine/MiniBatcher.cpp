#include "MiniBatcher.h"

#include <algorithm>
#include <cstring>

namespace layerlab {

template <typename eT>
MiniBatcher<eT>::MiniBatcher(const Mat& X, const Mat& Y, arma::uvec columns, size_t batchSize,
                             std::uint64_t seed)
    : m_X(X), m_Y(Y), m_columns(std::move(columns)), m_rng(seed), m_x(&X), m_y(&Y) {
    const size_t n = m_columns.n_elem;
    m_batchSize = batchSize == 0 || batchSize >= n ? n : batchSize;
    m_batches = n == 0 ? 0 : (n + m_batchSize - 1) / m_batchSize;
    const bool everyColumn = n == X.n_cols;
    if (m_batches == 1 && everyColumn) return;  // the full batch is X itself
    m_Xfull.set_size(X.n_rows, m_batchSize);
    m_Yfull.set_size(Y.n_rows, m_batchSize);
    if (const size_t tail = n % m_batchSize) {
        m_Xtail.set_size(X.n_rows, tail);
        m_Ytail.set_size(Y.n_rows, tail);
    }
    m_x = &m_Xfull;
    m_y = &m_Yfull;
    // One batch of a subset (the rest is the validation split): gathered once, in order.
    if (m_batches == 1) GatherInto(0, n, m_Xfull, m_Yfull);
}

template <typename eT>
void MiniBatcher<eT>::BeginEpoch() {
    if (m_batches <= 1) return;
    std::shuffle(m_columns.begin(), m_columns.end(), m_rng);
}

template <typename eT>
void MiniBatcher<eT>::Gather(size_t k) {
    if (m_batches <= 1) return;
    const size_t first = k * m_batchSize;
    const size_t count = std::min<size_t>(m_batchSize, m_columns.n_elem - first);
    Mat& Xb = count == m_batchSize ? m_Xfull : m_Xtail;
    Mat& Yb = count == m_batchSize ? m_Yfull : m_Ytail;
    GatherInto(first, count, Xb, Yb);
    m_x = &Xb;
    m_y = &Yb;
}

template <typename eT>
void MiniBatcher<eT>::GatherInto(size_t first, size_t count, Mat& Xb, Mat& Yb) const {
    for (size_t j = 0; j < count; ++j) {
        const arma::uword c = m_columns[first + j];
        std::memcpy(Xb.colptr(j), m_X.colptr(c), sizeof(eT) * m_X.n_rows);
        std::memcpy(Yb.colptr(j), m_Y.colptr(c), sizeof(eT) * m_Y.n_rows);
    }
}

template class MiniBatcher<double>;
template class MiniBatcher<float>;

}  // namespace layerlab
