#include "SharedStep.h"

#include <algorithm>
#include <string>

#include "ActivationFunctions.h"
#include "BlockProducts.h"
#include "EngineError.h"
#include "Prediction.h"
#include "losses/CrossEntropy.h"

namespace layerlab {

template <typename eT>
SharedStep<eT>::SharedStep(Network<eT>& net) : m_net(net), m_droppedOut(net.L() + 1, false) {}

template <typename eT>
const typename SharedStep<eT>::Mat& SharedStep<eT>::LayerInput(size_t l) const {
    if (l == 1) return *m_input;
    return m_droppedOut[l - 1] ? m_net.Adropped[l - 1] : m_net.A[l - 1];
}

template <typename eT>
void SharedStep<eT>::SizeBuffers(arma::uword m) {
    const std::vector<arma::uword>& sizes = m_net.Spec().sizes;
    for (size_t l = 1; l <= L(); ++l) {
        m_net.Z[l].set_size(sizes[l], m);
        m_net.A[l].set_size(sizes[l], m);
        m_net.dZ[l].set_size(sizes[l], m);
        if (l < L()) m_net.dA[l].set_size(sizes[l], m);
    }
    m_partial.resize(m_parts > 1 ? m_parts : 0);
    for (Mat& p : m_partial) p.set_size(sizes[1], m);
    m_columns = m;
}

template <typename eT>
void SharedStep<eT>::Begin(const Mat& X, bool training, size_t parts) {
    if (X.n_rows != m_net.W[1].n_cols)
        throw EngineError("the input has " + std::to_string(X.n_rows) +
                          " features but layer 1 expects " + std::to_string(m_net.W[1].n_cols) +
                          ": make the input size " + std::to_string(X.n_rows));
    m_input = &X;
    m_fromProduct = false;
    m_parts = parts == 0 ? 1 : parts;
    SizeBuffers(X.n_cols);
    // Drawn here, layer after layer, so the masks do not depend on how the work is shared out.
    for (size_t l = 1; l <= L(); ++l) {
        m_droppedOut[l] = training && m_net.DropsOut(l);
        if (!m_droppedOut[l]) continue;
        m_net.DrawMask(l, X.n_cols);
        m_net.Adropped[l].set_size(m_net.A[l].n_rows, X.n_cols);
    }
}

template <typename eT>
void SharedStep<eT>::FirstProduct(size_t part) {
    if (m_parts == 1) {
        ProductColumns(m_net.W[1], *m_input, 0, m_columns, m_net.Z[1]);
        return;
    }
    // W[1]·X = Σ over parts of W[1](:, share)·X(share, :); ForwardColumns adds them up.
    const Range share = InputShare(part);
    Mat& out = m_partial[part];
    if (share.count == 0) {
        out.zeros();
        return;
    }
    InnerShareProduct(m_net.W[1], *m_input, share.first, share.count, out);
}

template <typename eT>
void SharedStep<eT>::ForwardColumns(Range columns) {
    const auto [first, count] = columns;
    if (count == 0) return;
    for (size_t l = 1; l <= L(); ++l) {
        const arma::uword n = m_net.Spec().sizes[l];
        Mat& Zl = m_net.Z[l];
        if (l > 1) {
            ProductColumns(m_net.W[l], LayerInput(l), first, count, Zl);
        } else if (m_parts > 1) {
            // Layer 1's partial products, added in part order: these columns of W[1]·X.
            eT* z = Zl.colptr(first);
            const eT* p0 = m_partial[0].colptr(first);
            for (arma::uword i = 0; i < n * count; ++i) z[i] = p0[i];
            for (size_t p = 1; p < m_partial.size(); ++p) {
                const eT* pp = m_partial[p].colptr(first);
                for (arma::uword i = 0; i < n * count; ++i) z[i] += pp[i];
            }
        }
        // Views of these columns, over the buffers' own memory: nothing is copied or allocated.
        Mat z(Zl.colptr(first), n, count, false, true);
        Mat a(m_net.A[l].colptr(first), n, count, false, true);
        AddBiasAndActivate(m_net.Spec().activations[l - 1], m_net.b[l], z, a);
        if (!m_droppedOut[l]) continue;
        const eT* d = m_net.D[l].colptr(first);
        const eT* act = m_net.A[l].colptr(first);
        eT* dropped = m_net.Adropped[l].colptr(first);
        for (arma::uword i = 0; i < n * count; ++i) dropped[i] = act[i] * d[i];
    }
}

template <typename eT>
void SharedStep<eT>::CheckTargets(const Mat& Y) const {
    if (!m_fromProduct && !m_input)
        throw EngineError("SharedStep: call Begin or ForwardFromProduct before the cost");
    const Mat& AL = m_net.A[L()];
    if (Y.n_rows != AL.n_rows || Y.n_cols != AL.n_cols)
        throw EngineError("the targets are " + std::to_string(Y.n_rows) + " × " +
                          std::to_string(Y.n_cols) + " but the pass gave " +
                          std::to_string(AL.n_rows) + " × " + std::to_string(AL.n_cols) +
                          ": give one column of targets per example");
}

template <typename eT>
double SharedStep<eT>::CostSum(const Mat& Y, Range columns) const {
    CheckTargets(Y);
    return CrossEntropy::SumFromLogits(m_net.Spec().OutputActivation(), m_net.Z[L()], Y,
                                       columns.first, columns.count);
}

template <typename eT>
arma::uword SharedStep<eT>::CorrectCount(const Mat& Y, Range columns) const {
    CheckTargets(Y);
    return CorrectPredictions(m_net.A[L()], Y, columns.first, columns.count);
}

template <typename eT>
void SharedStep<eT>::BackwardColumns(const Mat& Y, Range columns) {
    const auto [first, count] = columns;
    if (count == 0) return;
    const std::vector<arma::uword>& sizes = m_net.Spec().sizes;
    // dZ[L] = A[L] - Y, as Network::Backward.
    {
        const eT* a = m_net.A[L()].colptr(first);
        const eT* y = Y.colptr(first);
        eT* dz = m_net.dZ[L()].colptr(first);
        for (arma::uword i = 0; i < sizes[L()] * count; ++i) dz[i] = a[i] - y[i];
    }
    for (size_t l = L(); l >= 2; --l) {
        const arma::uword k = sizes[l - 1];
        TransposedProductColumns(m_net.W[l], m_net.dZ[l], first, count, m_net.dA[l - 1]);
        Mat dA(m_net.dA[l - 1].colptr(first), k, count, false, true);
        if (m_droppedOut[l - 1]) {
            const eT* d = m_net.D[l - 1].colptr(first);
            eT* da = dA.memptr();
            for (arma::uword i = 0; i < k * count; ++i) da[i] *= d[i];
        }
        const Mat z(m_net.Z[l - 1].colptr(first), k, count, false, true);
        const Mat a(m_net.A[l - 1].colptr(first), k, count, false, true);
        Mat dZ(m_net.dZ[l - 1].colptr(first), k, count, false, true);
        ActivationBackward(m_net.Spec().activations[l - 2], dA, z, a, dZ);
    }
}

template <typename eT>
void SharedStep<eT>::Gradients(size_t part, bool firstLayer) {
    const eT invM = eT(1) / static_cast<eT>(m_columns);
    const eT l2 = m_net.L2GradientScale();
    for (size_t l = firstLayer ? 1 : 2; l <= L(); ++l) {
        const Range share = WeightShare(l, part);
        if (share.count == 0) continue;
        // dW[l](:, share) = (1/m) dZ[l] A[l-1](share, :)ᵀ (+ λ/m W[l](:, share))
        Mat& dWl = m_net.dW[l];
        GradientColumns(invM, m_net.dZ[l], LayerInput(l), share.first, share.count, dWl);
        if (!m_net.HasL2()) continue;
        eT* g = dWl.colptr(share.first);
        const eT* w = m_net.W[l].colptr(share.first);
        for (arma::uword i = 0; i < dWl.n_rows * share.count; ++i) g[i] += l2 * w[i];
    }
    for (size_t l = 1; l <= L(); ++l) {
        if (BiasPart(l) != part) continue;
        // Column by column, in order, as arma::sum(dZ, 1) in Network::Backward adds them; then
        // scaled in place.
        const Mat& dZl = m_net.dZ[l];
        const arma::uword n = dZl.n_rows;
        eT* sum = m_net.db[l].memptr();
        std::fill(sum, sum + n, eT(0));
        for (arma::uword c = 0; c < m_columns; ++c) {
            const eT* dz = dZl.colptr(c);
            for (arma::uword r = 0; r < n; ++r) sum[r] += dz[r];
        }
        for (arma::uword r = 0; r < n; ++r) sum[r] *= invM;
    }
}

template <typename eT>
const typename SharedStep<eT>::Mat& SharedStep<eT>::ForwardFromProduct(const Mat& P) {
    if (P.n_rows != m_net.W[1].n_rows)
        throw EngineError("SharedStep::ForwardFromProduct(): the product has " +
                          std::to_string(P.n_rows) + " rows but layer 1 has " +
                          std::to_string(m_net.W[1].n_rows) + " units");
    m_input = nullptr;
    m_parts = 1;
    SizeBuffers(P.n_cols);
    m_fromProduct = true;
    std::fill(m_droppedOut.begin(), m_droppedOut.end(), false);
    m_net.Z[1] = P;
    ForwardColumns(Batch());
    return m_net.A[L()];
}

template <typename eT>
const typename SharedStep<eT>::Mat& SharedStep<eT>::BackwardToFirstLayer(const Mat& Y) {
    CheckTargets(Y);
    BackwardColumns(Y, Batch());
    Gradients(0, false);
    return m_net.dZ[1];
}

template class SharedStep<double>;
template class SharedStep<float>;

}  // namespace layerlab
