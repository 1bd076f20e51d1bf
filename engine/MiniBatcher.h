#pragma once

#include <armadillo>
#include <cstdint>
#include <random>

namespace layerlab {

// Cuts the training columns into mini-batches, in a fresh seeded order every epoch (the course's
// random_mini_batches; the last batch holds the remainder). Each batch is gathered into a buffer
// sized once, so an epoch copies the data once and never allocates. When one batch holds every
// training column, the order is kept and nothing is copied or shuffled: the notebook's full batch.
template <typename eT>
class MiniBatcher {
public:
    using Mat = arma::Mat<eT>;

    // X, Y: the whole training set, kept by reference. columns: the ones to train on, in order.
    // batchSize 0 or ≥ the number of columns means one batch of all of them.
    MiniBatcher(const Mat& X, const Mat& Y, arma::uvec columns, size_t batchSize,
                std::uint64_t seed);
    // The same over pictures' 8-bit codes (DataSet::codes, kept by reference): each batch is
    // converted as it is gathered, to exactly the values DataSet::Values<eT> gives, so the whole
    // set never sits in memory in eT (188 MB of floats for Fashion-MNIST; its codes are 47 MB).
    MiniBatcher(const arma::Mat<std::uint8_t>& codes, const Mat& Y, arma::uvec columns,
                size_t batchSize, std::uint64_t seed);

    size_t BatchesPerEpoch() const { return m_batches; }
    size_t Examples() const { return m_columns.n_elem; }
    // Draws the order of the next epoch.
    void BeginEpoch();
    // Gathers batch k (0-based) of the current epoch; X() and Y() show it until the next call.
    void Gather(size_t k);
    // Gather in pieces, for threads: Select(k) points X() and Y() at batch k's buffers (sized,
    // not filled); GatherRows fills rows [first, first + count) of every column of X(), and
    // GatherTargets fills Y(). Calls on disjoint rows may run at once.
    void Select(size_t k);
    void GatherRows(size_t first, size_t count);
    void GatherTargets();
    const Mat& X() const { return *m_x; }
    const Mat& Y() const { return *m_y; }

private:
    // Copies rows [row, row + rows) of the training columns at positions [first, first + count)
    // of the epoch's order into the same rows of Out's columns 0, 1, ...
    void GatherInto(const Mat& from, size_t first, size_t count, size_t row, size_t rows,
                    Mat& out) const;
    void GatherCodesInto(size_t first, size_t count, size_t row, size_t rows, Mat& out) const;
    void GatherX(size_t first, size_t count, size_t row, size_t rows, Mat& out) const;
    void SizeBuffers(size_t batchSize, bool fullBatchIsX);

    const Mat* m_X = nullptr;                          // the examples as eT, or
    const arma::Mat<std::uint8_t>* m_codes = nullptr;  // as codes
    arma::uword m_rows = 0;
    const Mat& m_Y;
    arma::uvec m_columns;
    size_t m_batchSize;
    size_t m_batches;
    std::mt19937_64 m_rng;
    Mat m_Xfull, m_Yfull, m_Xtail, m_Ytail;
    size_t m_first = 0;  // the batch Select chose: its first position in the order, its buffers
    Mat* m_xb = nullptr;
    Mat* m_yb = nullptr;
    const Mat* m_x = nullptr;
    const Mat* m_y = nullptr;
};

extern template class MiniBatcher<double>;
extern template class MiniBatcher<float>;

}  // namespace layerlab
