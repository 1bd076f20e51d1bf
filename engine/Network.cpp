#include "Network.h"

#include <algorithm>
#include <cmath>

#include "ActivationFunctions.h"
#include "EngineError.h"
#include "Gemm.h"
#include "Prediction.h"
#include "losses/CrossEntropy.h"

namespace layerlab {

template <typename eT>
Network<eT>::Network(const Parameters& p) : m_spec(p.spec) {
    p.Validate();
    const size_t L = m_spec.L();
    W.resize(L + 1);
    b.resize(L + 1);
    Z.resize(L + 1);
    A.resize(L + 1);
    dW.resize(L + 1);
    db.resize(L + 1);
    D.resize(L + 1);
    Adropped.resize(L + 1);
    m_dZ.resize(L + 1);
    m_dA.resize(L + 1);
    m_keep.assign(L + 1, 1.0);
    m_droppedOut.assign(L + 1, false);
    for (size_t l = 1; l <= L; ++l) {
        W[l] = arma::conv_to<Mat>::from(p.W[l]);
        b[l] = arma::conv_to<Mat>::from(p.b[l]);
        dW[l].zeros(arma::size(W[l]));
        db[l].zeros(arma::size(b[l]));
    }
}

template <typename eT>
void Network<eT>::SetDropout(const std::vector<double>& keep, std::uint64_t seed) {
    m_keep.assign(L() + 1, 1.0);
    if (keep.empty()) return;
    if (keep.size() != L())
        throw EngineError(std::to_string(keep.size()) + " dropout keep probabilities given for " +
                          std::to_string(L()) +
                          " layers: give one per layer after the input (1 = keep all)");
    for (size_t l = 1; l <= L(); ++l) {
        const double k = keep[l - 1];
        if (!(k > 0.0 && k <= 1.0))
            throw EngineError("keep probability " + std::to_string(k) + " of layer " +
                              std::to_string(l) +
                              " refused: it must be above 0 and at most 1 (e.g. 0.8)");
        m_keep[l] = k;
    }
    if (m_keep[L()] != 1.0)
        throw EngineError(
            "the output layer's keep probability must be 1: dropout belongs on hidden layers");
    m_dropoutRng.seed(static_cast<std::mt19937::result_type>(seed ^ (seed >> 32)));
}

template <typename eT>
void Network<eT>::SetL2(double lambda, arma::uword m) {
    if (!(lambda >= 0.0) || !std::isfinite(lambda))
        throw EngineError("L2 lambda " + std::to_string(lambda) +
                          " refused: it must be at least 0 (e.g. 0.7)");
    m_l2 = lambda;
    m_l2Examples = m == 0 ? 1 : m;
}

template <typename eT>
const typename Network<eT>::Mat& Network<eT>::LayerInput(size_t l) const {
    if (l == 1) return *m_input;
    return m_droppedOut[l - 1] ? Adropped[l - 1] : A[l - 1];
}

template <typename eT>
void Network<eT>::SizeBuffers(arma::uword m) {
    for (size_t l = 1; l <= L(); ++l) {
        const arma::uword n = m_spec.sizes[l];
        Z[l].set_size(n, m);
        A[l].set_size(n, m);
        m_dZ[l].set_size(n, m);
        if (l < L()) m_dA[l].set_size(n, m);
    }
    m_partial.resize(m_parts > 1 ? m_parts : 0);
    for (Mat& p : m_partial) p.set_size(m_spec.sizes[1], m);
}

template <typename eT>
void Network<eT>::BeginForward(const Mat& X, bool training, size_t parts) {
    if (X.n_rows != W[1].n_cols)
        throw EngineError("the input has " + std::to_string(X.n_rows) +
                          " features but layer 1 expects " + std::to_string(W[1].n_cols) +
                          ": make the input size " + std::to_string(X.n_rows));
    m_input = &X;
    m_fromProduct = false;
    m_parts = parts == 0 ? 1 : parts;
    SizeBuffers(X.n_cols);
    for (size_t l = 1; l <= L(); ++l) {
        m_droppedOut[l] = training && m_keep[l] < 1.0;
        if (!m_droppedOut[l]) continue;
        // Inverted dropout (the course, after Srivastava et al. 2014): a unit survives with
        // probability keep and is scaled by 1/keep. Drawn here, layer after layer, so the masks
        // do not depend on how the work is shared out.
        const auto threshold = static_cast<std::uint64_t>(m_keep[l] * 4294967296.0);
        const eT scale = static_cast<eT>(1.0 / m_keep[l]);
        D[l].set_size(A[l].n_rows, A[l].n_cols);
        Adropped[l].set_size(A[l].n_rows, A[l].n_cols);
        eT* d = D[l].memptr();
        for (arma::uword i = 0; i < D[l].n_elem; ++i)
            d[i] = m_dropoutRng() < threshold ? scale : eT(0);
    }
}

template <typename eT>
const typename Network<eT>::Mat& Network<eT>::Forward(const Mat& X, bool training) {
    BeginForward(X, training);
    ForwardFirstProduct(0);
    ForwardColumns(0, X.n_cols);
    return A[L()];
}

template <typename eT>
const typename Network<eT>::Mat& Network<eT>::ForwardFromProduct(const Mat& P) {
    if (P.n_rows != W[1].n_rows)
        throw EngineError("Network::ForwardFromProduct(): the product has " +
                          std::to_string(P.n_rows) + " rows but layer 1 has " +
                          std::to_string(W[1].n_rows) + " units");
    m_input = nullptr;
    m_parts = 1;
    SizeBuffers(P.n_cols);
    m_fromProduct = true;
    std::fill(m_droppedOut.begin(), m_droppedOut.end(), false);
    Z[1] = P;
    ForwardColumns(0, P.n_cols);
    return A[L()];
}

template <typename eT>
void Network<eT>::ForwardFirstProduct(size_t part) {
    const arma::uword n = W[1].n_rows, k = W[1].n_cols, m = Z[1].n_cols;
    if (m_parts == 1) {
        Gemm<eT>('N', 'N', n, m, k, eT(1), W[1].memptr(), n, m_input->memptr(), k, eT(0),
                 Z[1].memptr(), n);
        return;
    }
    // W[1]·X = Σ over parts of W[1](:, share)·X(share, :); the sum is taken by columns later.
    const ThreadTeam::Range share = InputShare(part);
    Mat& out = m_partial[part];
    if (share.count == 0) {
        out.zeros();
        return;
    }
    Gemm<eT>('N', 'N', n, m, share.count, eT(1), W[1].colptr(share.first), n,
             m_input->memptr() + share.first, k, eT(0), out.memptr(), n);
}

template <typename eT>
void Network<eT>::ForwardColumns(arma::uword first, arma::uword count) {
    if (count == 0) return;
    for (size_t l = 1; l <= L(); ++l) {
        const arma::uword n = m_spec.sizes[l], k = m_spec.sizes[l - 1];
        if (l > 1) {
            Gemm<eT>('N', 'N', n, count, k, eT(1), W[l].memptr(), n, LayerInput(l).colptr(first), k,
                     eT(0), Z[l].colptr(first), n);
        } else if (m_parts > 1) {
            // Layer 1's partial products, added in part order: these columns of W[1]·X.
            eT* z = Z[1].colptr(first);
            const eT* p0 = m_partial[0].colptr(first);
            for (arma::uword i = 0; i < n * count; ++i) z[i] = p0[i];
            for (size_t p = 1; p < m_partial.size(); ++p) {
                const eT* pp = m_partial[p].colptr(first);
                for (arma::uword i = 0; i < n * count; ++i) z[i] += pp[i];
            }
        }
        // Views of these columns, over the buffers' own memory: nothing is copied or allocated.
        Mat z(Z[l].colptr(first), n, count, false, true);
        Mat a(A[l].colptr(first), n, count, false, true);
        AddBiasAndActivate(m_spec.activations[l - 1], b[l], z, a);
        if (!m_droppedOut[l]) continue;
        const eT* d = D[l].colptr(first);
        const eT* act = A[l].colptr(first);
        eT* dropped = Adropped[l].colptr(first);
        for (arma::uword i = 0; i < n * count; ++i) dropped[i] = act[i] * d[i];
    }
}

template <typename eT>
void Network<eT>::CheckTargets(const Mat& Y) const {
    if (!m_fromProduct && !m_input)
        throw EngineError("Network: call Forward before the cost or Backward");
    if (Y.n_rows != A[L()].n_rows || Y.n_cols != A[L()].n_cols)
        throw EngineError("the targets are " + std::to_string(Y.n_rows) + " × " +
                          std::to_string(Y.n_cols) + " but the last Forward gave " +
                          std::to_string(A[L()].n_rows) + " × " + std::to_string(A[L()].n_cols) +
                          ": give one column of targets per example");
}

template <typename eT>
eT Network<eT>::Cost(const Mat& Y) const {
    CheckTargets(Y);
    const arma::uword m = Y.n_cols;
    return static_cast<eT>(CostSum(Y, 0, m) / static_cast<double>(m) + L2Cost());
}

template <typename eT>
double Network<eT>::CostSum(const Mat& Y, arma::uword first, arma::uword count) const {
    return CrossEntropy::SumFromLogits(m_spec.OutputActivation(), Z[L()], Y, first, count);
}

template <typename eT>
arma::uword Network<eT>::CorrectCount(const Mat& Y) const {
    CheckTargets(Y);
    return CorrectCount(Y, 0, Y.n_cols);
}

template <typename eT>
arma::uword Network<eT>::CorrectCount(const Mat& Y, arma::uword first, arma::uword count) const {
    const Mat& AL = A[L()];
    arma::uword correct = 0;
    for (arma::uword c = first; c < first + count; ++c) {
        const arma::uword predicted = PredictedClass(AL.colptr(c), AL.n_rows);
        correct +=
            AL.n_rows == 1 ? predicted == (Y(0, c) > eT(0.5) ? 1u : 0u) : Y(predicted, c) > eT(0.5);
    }
    return correct;
}

template <typename eT>
double Network<eT>::L2Cost() const {
    if (m_l2 == 0.0) return 0.0;
    double squares = 0.0;
    for (size_t l = 1; l <= L(); ++l) {
        const eT* w = W[l].memptr();
        for (arma::uword i = 0; i < W[l].n_elem; ++i) squares += double(w[i]) * double(w[i]);
    }
    return m_l2 / (2.0 * static_cast<double>(m_l2Examples)) * squares;
}

template <typename eT>
void Network<eT>::Backward(const Mat& Y) {
    if (!m_input) throw EngineError("Network::Backward(): call Forward first");
    CheckTargets(Y);
    BackwardColumns(Y, 0, Y.n_cols);
    Gradients(0, true);
}

template <typename eT>
const typename Network<eT>::Mat& Network<eT>::BackwardToFirstLayer(const Mat& Y) {
    CheckTargets(Y);
    BackwardColumns(Y, 0, Y.n_cols);
    Gradients(0, false);
    return m_dZ[1];
}

template <typename eT>
void Network<eT>::BackwardColumns(const Mat& Y, arma::uword first, arma::uword count) {
    if (count == 0) return;
    // Sigmoid with binary cross-entropy and softmax with categorical cross-entropy both give
    // dZ[L] = A[L] - Y; this form never divides by a saturated output.
    {
        const arma::uword n = m_spec.sizes[L()];
        const eT* a = A[L()].colptr(first);
        const eT* y = Y.colptr(first);
        eT* dz = m_dZ[L()].colptr(first);
        for (arma::uword i = 0; i < n * count; ++i) dz[i] = a[i] - y[i];
    }
    for (size_t l = L(); l >= 2; --l) {
        const arma::uword n = m_spec.sizes[l], k = m_spec.sizes[l - 1];
        // dA[l-1] = W[l]ᵀ dZ[l]; dA[0] is never needed.
        Gemm<eT>('T', 'N', k, count, n, eT(1), W[l].memptr(), n, m_dZ[l].colptr(first), n, eT(0),
                 m_dA[l - 1].colptr(first), k);
        Mat dA(m_dA[l - 1].colptr(first), k, count, false, true);
        // A dropped unit passed nothing forward, so it passes no gradient back.
        if (m_droppedOut[l - 1]) {
            const eT* d = D[l - 1].colptr(first);
            eT* da = dA.memptr();
            for (arma::uword i = 0; i < k * count; ++i) da[i] *= d[i];
        }
        const Mat z(Z[l - 1].colptr(first), k, count, false, true);
        const Mat a(A[l - 1].colptr(first), k, count, false, true);
        Mat dZ(m_dZ[l - 1].colptr(first), k, count, false, true);
        ActivationBackward(m_spec.activations[l - 2], dA, z, a, dZ);
    }
}

template <typename eT>
void Network<eT>::Gradients(size_t part, bool firstLayer) {
    const arma::uword m = m_dZ[L()].n_cols;
    const eT invM = eT(1) / static_cast<eT>(m);
    const eT l2 = static_cast<eT>(m_l2 / static_cast<double>(m_l2Examples));
    for (size_t l = firstLayer ? 1 : 2; l <= L(); ++l) {
        const ThreadTeam::Range share = WeightShare(l, part);
        if (share.count == 0) continue;
        const arma::uword n = m_spec.sizes[l], k = m_spec.sizes[l - 1];
        // dW[l](:, share) = (1/m) dZ[l] A[l-1](share, :)ᵀ
        const Mat& input = LayerInput(l);
        Gemm<eT>('N', 'T', n, share.count, m, invM, m_dZ[l].memptr(), n,
                 input.memptr() + share.first, k, eT(0), dW[l].colptr(share.first), n);
        if (m_l2 == 0.0) continue;
        eT* g = dW[l].colptr(share.first);
        const eT* w = W[l].colptr(share.first);
        for (arma::uword i = 0; i < n * share.count; ++i) g[i] += l2 * w[i];
    }
    for (size_t l = 1; l <= L(); ++l) {
        if (BiasPart(l) != part) continue;
        // Column by column, in order, as arma::sum(dZ, 1) adds them; then scaled in place.
        const arma::uword n = m_spec.sizes[l];
        eT* sum = db[l].memptr();
        std::fill(sum, sum + n, eT(0));
        for (arma::uword c = 0; c < m; ++c) {
            const eT* dz = m_dZ[l].colptr(c);
            for (arma::uword r = 0; r < n; ++r) sum[r] += dz[r];
        }
        for (arma::uword r = 0; r < n; ++r) sum[r] *= invM;
    }
}

template <typename eT>
void Network<eT>::Update(eT learningRate) {
    for (size_t l = 1; l <= L(); ++l) {
        W[l] -= learningRate * dW[l];
        b[l] -= learningRate * db[l];
    }
}

template <typename eT>
typename Network<eT>::Mat Network<eT>::Predict(const Mat& X) const {
    if (X.n_rows != W[1].n_cols)
        throw EngineError("the input has " + std::to_string(X.n_rows) +
                          " features but the network expects " + std::to_string(W[1].n_cols));
    Mat P(W[1].n_rows, X.n_cols);
    Gemm<eT>('N', 'N', P.n_rows, P.n_cols, X.n_rows, eT(1), W[1].memptr(), W[1].n_rows, X.memptr(),
             X.n_rows, eT(0), P.memptr(), P.n_rows);
    return PredictFrom(std::move(P));
}

template <typename eT>
typename Network<eT>::Mat Network<eT>::PredictFromProduct(const Mat& P) const {
    return PredictFrom(P);
}

// The same products and element-wise steps as Forward, so a prediction equals the training
// pass's output bit for bit.
template <typename eT>
typename Network<eT>::Mat Network<eT>::PredictFrom(Mat Zcur) const {
    Mat Acur;
    for (size_t l = 1; l <= L(); ++l) {
        if (l > 1) {
            Zcur.set_size(W[l].n_rows, Acur.n_cols);
            Gemm<eT>('N', 'N', Zcur.n_rows, Zcur.n_cols, Acur.n_rows, eT(1), W[l].memptr(),
                     W[l].n_rows, Acur.memptr(), Acur.n_rows, eT(0), Zcur.memptr(), Zcur.n_rows);
        }
        AddBiasAndActivate(m_spec.activations[l - 1], b[l], Zcur, Acur);
    }
    return Acur;
}

template <typename eT>
Parameters Network<eT>::ToParameters() const {
    Parameters p;
    p.spec = m_spec;
    p.W.resize(L() + 1);
    p.b.resize(L() + 1);
    for (size_t l = 1; l <= L(); ++l) {
        p.W[l] = arma::conv_to<arma::mat>::from(W[l]);
        p.b[l] = arma::conv_to<arma::mat>::from(b[l]);
    }
    return p;
}

template class Network<double>;
template class Network<float>;

}  // namespace layerlab
