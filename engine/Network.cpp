#include "Network.h"

#include <cmath>

#include "EngineError.h"

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
    m_keep.assign(L + 1, 1.0);
    m_droppedOut.assign(L + 1, false);
    for (size_t l = 1; l <= L; ++l) {
        W[l] = arma::conv_to<Mat>::from(p.W[l]);
        b[l] = arma::conv_to<Mat>::from(p.b[l]);
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
const typename Network<eT>::Mat& Network<eT>::Forward(const Mat& X, bool training) {
    if (X.n_rows != W[1].n_cols)
        throw EngineError("the input has " + std::to_string(X.n_rows) +
                          " features but layer 1 expects " + std::to_string(W[1].n_cols) +
                          ": make the input size " + std::to_string(X.n_rows));
    m_input = &X;
    Z[1] = W[1] * X;
    return ForwardAfterProduct(training);
}

template <typename eT>
const typename Network<eT>::Mat& Network<eT>::ForwardFromProduct(const Mat& P) {
    if (P.n_rows != W[1].n_rows)
        throw EngineError("Network::ForwardFromProduct(): the product has " +
                          std::to_string(P.n_rows) + " rows but layer 1 has " +
                          std::to_string(W[1].n_rows) + " units");
    m_input = nullptr;
    Z[1] = P;
    return ForwardAfterProduct(false);
}

// Z[1] holds W[1]·A[0]; every statement below reuses the buffers of the previous iteration.
template <typename eT>
const typename Network<eT>::Mat& Network<eT>::ForwardAfterProduct(bool training) {
    for (size_t l = 1; l <= L(); ++l) {
        if (l > 1) Z[l] = W[l] * LayerInput(l);
        AddBiasAndActivate(m_spec.activations[l - 1], b[l], Z[l], A[l]);
        m_droppedOut[l] = training && m_keep[l] < 1.0;
        if (!m_droppedOut[l]) continue;
        // Inverted dropout (the course, after Srivastava et al. 2014): a unit survives with
        // probability keep and is scaled by 1/keep.
        const auto threshold = static_cast<std::uint64_t>(m_keep[l] * 4294967296.0);
        const eT scale = static_cast<eT>(1.0 / m_keep[l]);
        D[l].set_size(A[l].n_rows, A[l].n_cols);
        eT* d = D[l].memptr();
        for (arma::uword i = 0; i < D[l].n_elem; ++i)
            d[i] = m_dropoutRng() < threshold ? scale : eT(0);
        Adropped[l] = A[l] % D[l];
    }
    return A[L()];
}

template <typename eT>
eT Network<eT>::Cost(const Mat& Y) const {
    const Mat& ZL = Z[L()];
    const arma::uword m = ZL.n_cols;
    double total = 0.0;  // accumulate in double: the float cost stays accurate over many examples
    if (m_spec.OutputActivation() == Activation::Softmax) {
        for (arma::uword c = 0; c < m; ++c) {
            const eT* z = ZL.colptr(c);
            const eT* y = Y.colptr(c);
            double mx = z[0];
            for (arma::uword r = 1; r < ZL.n_rows; ++r) mx = std::max(mx, double(z[r]));
            double sum = 0;
            for (arma::uword r = 0; r < ZL.n_rows; ++r) sum += std::exp(double(z[r]) - mx);
            const double logSum = mx + std::log(sum);
            for (arma::uword r = 0; r < ZL.n_rows; ++r)
                if (y[r] != eT(0)) total -= double(y[r]) * (double(z[r]) - logSum);
        }
    } else {
        // -[y log s(z) + (1-y) log(1-s(z))] = max(z,0) - z y + log(1 + exp(-|z|)).
        const eT* z = ZL.memptr();
        const eT* y = Y.memptr();
        for (arma::uword i = 0; i < ZL.n_elem; ++i) {
            const double zi = z[i];
            total += std::max(zi, 0.0) - zi * double(y[i]) + std::log1p(std::exp(-std::abs(zi)));
        }
    }
    return static_cast<eT>(total / static_cast<double>(m) + L2Cost());
}

template <typename eT>
arma::uword Network<eT>::CorrectCount(const Mat& Y) const {
    const Mat& AL = A[L()];
    arma::uword correct = 0;
    for (arma::uword c = 0; c < AL.n_cols; ++c) {
        if (AL.n_rows == 1)
            correct += (AL(0, c) > eT(0.5)) == (Y(0, c) > eT(0.5));
        else
            correct += Y(AL.col(c).index_max(), c) > eT(0.5);
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
    const Mat& dZ1 = BackwardToFirstLayer(Y);
    dW[1] = (eT(1) / static_cast<eT>(Y.n_cols)) * dZ1 * m_input->t();
    if (m_l2 != 0.0) dW[1] += static_cast<eT>(m_l2 / static_cast<double>(m_l2Examples)) * W[1];
}

template <typename eT>
const typename Network<eT>::Mat& Network<eT>::BackwardToFirstLayer(const Mat& Y) {
    const eT invM = eT(1) / static_cast<eT>(Y.n_cols);
    // Sigmoid with binary cross-entropy and softmax with categorical cross-entropy both give
    // dZ[L] = A[L] - Y; this form never divides by a saturated output.
    m_dZ = A[L()] - Y;
    const eT l2 = static_cast<eT>(m_l2 / static_cast<double>(m_l2Examples));
    for (size_t l = L(); l >= 2; --l) {
        dW[l] = invM * m_dZ * LayerInput(l).t();
        if (m_l2 != 0.0) dW[l] += l2 * W[l];
        // Sum into db[l] first and scale in place: invM * sum(...) would build a temporary.
        db[l] = arma::sum(m_dZ, 1);
        db[l] *= invM;
        m_dA = W[l].t() * m_dZ;
        // A dropped unit passed nothing forward, so it passes no gradient back.
        if (m_droppedOut[l - 1]) m_dA %= D[l - 1];
        ActivationBackward(m_spec.activations[l - 2], m_dA, Z[l - 1], A[l - 1], m_dZ);
    }
    db[1] = arma::sum(m_dZ, 1);
    db[1] *= invM;
    return m_dZ;
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
    return PredictFromProduct(W[1] * X);
}

template <typename eT>
typename Network<eT>::Mat Network<eT>::PredictFromProduct(const Mat& P) const {
    Mat Acur, Zcur = P;
    for (size_t l = 1; l <= L(); ++l) {
        if (l > 1) Zcur = W[l] * Acur;
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
