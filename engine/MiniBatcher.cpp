#include "MiniBatcher.h"

#include <algorithm>
#include <cstring>

#include "DataSet.h"

namespace layerlab {

template <typename eT>
MiniBatcher<eT>::MiniBatcher(const Mat& X, const Mat& Y, arma::uvec columns, size_t batchSize,
                             std::uint64_t seed)
    : m_X(&X),
      m_rows(X.n_rows),
      m_Y(Y),
      m_columns(std::move(columns)),
      m_rng(seed),
      m_x(&X),
      m_y(&Y) {
    SizeBuffers(batchSize, m_columns.n_elem == X.n_cols);
}

template <typename eT>
MiniBatcher<eT>::MiniBatcher(const arma::Mat<std::uint8_t>& codes, const Mat& Y, arma::uvec columns,
                             size_t batchSize, std::uint64_t seed)
    : m_codes(&codes),
      m_rows(codes.n_rows),
      m_Y(Y),
      m_columns(std::move(columns)),
      m_rng(seed),
      m_y(&Y) {
    // There is no eT copy to show as the full batch: it is gathered (converted) once instead.
    SizeBuffers(batchSize, false);
}

template <typename eT>
void MiniBatcher<eT>::SizeBuffers(size_t batchSize, bool fullBatchIsX) {
    const size_t n = m_columns.n_elem;
    m_batchSize = batchSize == 0 || batchSize >= n ? n : batchSize;
    m_batches = n == 0 ? 0 : (n + m_batchSize - 1) / m_batchSize;
    if (m_batches == 1 && fullBatchIsX) return;  // the full batch is X itself
    m_Xfull.set_size(m_rows, m_batchSize);
    m_Yfull.set_size(m_Y.n_rows, m_batchSize);
    if (const size_t tail = m_batchSize ? n % m_batchSize : 0) {
        m_Xtail.set_size(m_rows, tail);
        m_Ytail.set_size(m_Y.n_rows, tail);
    }
    m_x = &m_Xfull;
    m_y = &m_Yfull;
    // One batch of a subset (the rest is the validation split), or of codes: gathered once, in
    // order.
    if (m_batches == 1) {
        GatherX(0, n, 0, m_rows, m_Xfull);
        GatherInto(m_Y, 0, n, 0, m_Y.n_rows, m_Yfull);
    }
}

template <typename eT>
void MiniBatcher<eT>::BeginEpoch() {
    if (m_batches <= 1) return;
    std::shuffle(m_columns.begin(), m_columns.end(), m_rng);
}

template <typename eT>
void MiniBatcher<eT>::Gather(size_t k) {
    Select(k);
    GatherRows(0, m_rows);
    GatherTargets();
}

template <typename eT>
void MiniBatcher<eT>::Select(size_t k) {
    if (m_batches <= 1) return;
    m_first = k * m_batchSize;
    const size_t count = std::min<size_t>(m_batchSize, m_columns.n_elem - m_first);
    m_xb = count == m_batchSize ? &m_Xfull : &m_Xtail;
    m_yb = count == m_batchSize ? &m_Yfull : &m_Ytail;
    m_x = m_xb;
    m_y = m_yb;
}

template <typename eT>
void MiniBatcher<eT>::GatherRows(size_t first, size_t count) {
    if (m_batches <= 1) return;
    GatherX(m_first, m_xb->n_cols, first, count, *m_xb);
}

template <typename eT>
void MiniBatcher<eT>::GatherTargets() {
    if (m_batches <= 1) return;
    GatherInto(m_Y, m_first, m_yb->n_cols, 0, m_Y.n_rows, *m_yb);
}

template <typename eT>
void MiniBatcher<eT>::GatherInto(const Mat& from, size_t first, size_t count, size_t row,
                                 size_t rows, Mat& out) const {
    for (size_t j = 0; j < count; ++j)
        std::memcpy(out.colptr(j) + row, from.colptr(m_columns[first + j]) + row,
                    sizeof(eT) * rows);
}

template <typename eT>
void MiniBatcher<eT>::GatherX(size_t first, size_t count, size_t row, size_t rows, Mat& out) const {
    if (m_codes)
        GatherCodesInto(first, count, row, rows, out);
    else
        GatherInto(*m_X, first, count, row, rows, out);
}

template <typename eT>
void MiniBatcher<eT>::GatherCodesInto(size_t first, size_t count, size_t row, size_t rows,
                                      Mat& out) const {
    for (size_t j = 0; j < count; ++j)
        DataSet::ConvertCodes(m_codes->colptr(m_columns[first + j]) + row, out.colptr(j) + row,
                              rows);
}

template class MiniBatcher<double>;
template class MiniBatcher<float>;

}  // namespace layerlab
