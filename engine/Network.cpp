#include "Network.h"

#include <string>

#include "ActivationFunctions.h"
#include "EngineError.h"
#include "Prediction.h"
#include "PredictionPass.h"
#include "TrainOptions.h"
#include "losses/CrossEntropy.h"

namespace layerlab {

template <typename eT>
Network<eT>::Network(const Parameters& p) : m_spec(p.spec) {
    p.Validate();
    const size_t L = m_spec.L();
    for (std::vector<Mat>* v : {&W, &b, &Z, &A, &dZ, &dA, &dW, &db, &D, &Adropped})
        v->resize(L + 1);
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
    CheckKeepProbabilities(keep, L());
    m_keep.assign(L() + 1, 1.0);
    for (size_t l = 1; l <= keep.size(); ++l) m_keep[l] = keep[l - 1];
    m_dropoutRng.seed(static_cast<std::mt19937::result_type>(seed ^ (seed >> 32)));
}

template <typename eT>
void Network<eT>::SetL2(double lambda, arma::uword m) {
    CheckL2(lambda);
    m_l2 = lambda;
    m_l2Examples = m == 0 ? 1 : m;
}

template <typename eT>
const typename Network<eT>::Mat& Network<eT>::LayerInput(size_t l) const {
    if (l == 1) return *m_input;
    return m_droppedOut[l - 1] ? Adropped[l - 1] : A[l - 1];
}

template <typename eT>
void Network<eT>::DrawMask(size_t l, arma::uword m) {
    // Inverted dropout (the course, after Srivastava et al. 2014): a unit survives with
    // probability keep and is scaled by 1/keep.
    const auto threshold = static_cast<std::uint64_t>(m_keep[l] * 4294967296.0);
    const eT scale = static_cast<eT>(1.0 / m_keep[l]);
    D[l].set_size(m_spec.sizes[l], m);
    D[l].imbue([&] { return m_dropoutRng() < threshold ? scale : eT(0); });
}

template <typename eT>
const typename Network<eT>::Mat& Network<eT>::Forward(const Mat& X, bool training) {
    if (X.n_rows != W[1].n_cols)
        throw EngineError("the input has " + std::to_string(X.n_rows) +
                          " features but layer 1 expects " + std::to_string(W[1].n_cols) +
                          ": make the input size " + std::to_string(X.n_rows));
    m_input = &X;
    for (size_t l = 1; l <= L(); ++l) {
        Z[l] = W[l] * LayerInput(l);
        Z[l].each_col() += b[l];
        Activate(m_spec.activations[l - 1], Z[l], A[l]);
        m_droppedOut[l] = training && DropsOut(l);
        if (!m_droppedOut[l]) continue;
        DrawMask(l, X.n_cols);
        Adropped[l] = A[l] % D[l];
    }
    return A[L()];
}

template <typename eT>
void Network<eT>::CheckTargets(const Mat& Y) const {
    if (!m_input) throw EngineError("Network: call Forward before the cost or Backward");
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
    return CostFromSum(CrossEntropy::SumFromLogits(m_spec.OutputActivation(), Z[L()], Y, 0, m), m);
}

template <typename eT>
eT Network<eT>::CostFromSum(double sum, arma::uword m) const {
    return static_cast<eT>(sum / static_cast<double>(m) + L2Cost());
}

template <typename eT>
double Network<eT>::L2Cost() const {
    if (m_l2 == 0.0) return 0.0;
    // Σ w² in double whatever eT, so a float network's penalty is as exact as its cross-entropy.
    double squares = 0.0;
    for (size_t l = 1; l <= L(); ++l)
        for (const eT w : W[l]) squares += double(w) * double(w);
    return m_l2 / (2.0 * static_cast<double>(m_l2Examples)) * squares;
}

template <typename eT>
arma::uword Network<eT>::CorrectCount(const Mat& Y) const {
    CheckTargets(Y);
    return CorrectPredictions(A[L()], Y, 0, Y.n_cols);
}

template <typename eT>
void Network<eT>::Backward(const Mat& Y) {
    CheckTargets(Y);
    const eT invM = eT(1) / static_cast<eT>(Y.n_cols);
    // Sigmoid with binary cross-entropy and softmax with categorical cross-entropy both give
    // dZ[L] = A[L] - Y; this form never divides by a saturated output.
    dZ[L()] = A[L()] - Y;
    for (size_t l = L(); l >= 1; --l) {
        dW[l] = invM * dZ[l] * LayerInput(l).t();
        if (HasL2()) dW[l] += L2GradientScale() * W[l];
        db[l] = invM * arma::sum(dZ[l], 1);
        if (l == 1) break;
        dA[l - 1] = W[l].t() * dZ[l];
        // A dropped unit passed nothing forward, so it passes no gradient back.
        if (m_droppedOut[l - 1]) dA[l - 1] %= D[l - 1];
        ActivationBackward(m_spec.activations[l - 2], dA[l - 1], Z[l - 1], A[l - 1], dZ[l - 1]);
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
    return PredictionPass(m_spec, W, b, X);
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
