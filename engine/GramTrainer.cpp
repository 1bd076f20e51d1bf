#include "GramTrainer.h"

#include <cmath>

#include "EngineError.h"
#include "PredictionPass.h"

namespace layerlab {

template <typename eT>
bool GramTrainer<eT>::Applies(const NetworkSpec& spec, arma::uword examples,
                              const TrainOptions& options) {
    if (!options.allowGramPath || !options.IsPlainFullBatchGradientDescent()) return false;
    const double gramBytes = double(examples) * double(examples) * sizeof(eT);
    return examples > 0 && examples < spec.sizes[0] && gramBytes <= kMaxGramBytes;
}

template <typename eT>
GramTrainer<eT>::GramTrainer(const Parameters& initial, const DataSet& train, const DataSet* test,
                             const TrainOptions& options)
    : m_net(initial), m_lr(options.learningRate) {
    const arma::uword outputs = initial.spec.sizes.back();
    // The products are formed in float64 once, so the float path starts from G and P as exact as
    // the double path's. The full-batch sets this path takes are small (fewer examples than
    // features, G at most kMaxGramBytes), so the doubles are a passing copy.
    const arma::mat X = train.Values<double>();
    m_X = arma::conv_to<Mat>::from(X);
    m_Y = train.Targets<eT>(outputs);
    m_G = arma::conv_to<Mat>::from(arma::mat(X.t() * X));
    m_P = arma::conv_to<Mat>::from(arma::mat(initial.W[1] * X));
    m_C.zeros(m_P.n_rows, m_P.n_cols);
    if (test && test->Count() > 0) {
        const arma::mat Xtest = test->Values<double>();
        m_H = arma::conv_to<Mat>::from(arma::mat(X.t() * Xtest));
        m_PtestStart = arma::conv_to<Mat>::from(arma::mat(initial.W[1] * Xtest));
    }
}

template <typename eT>
StepResult GramTrainer<eT>::Step() {
    StepResult r;
    r.iteration = m_iteration;
    m_step.ForwardFromProduct(m_P);
    const arma::uword m = m_Y.n_cols;
    r.cost = static_cast<double>(m_net.CostFromSum(m_step.CostSum(m_Y, m_step.Batch()), m));
    if (m_divergence.Check(r.cost)) {
        r.diverged = true;
        r.firstCost = m_divergence.FirstCost();
        return r;
    }
    const Mat& dZ1 = m_step.BackwardToFirstLayer(m_Y);
    const eT lr = static_cast<eT>(m_lr);
    const eT step = static_cast<eT>(m_lr / static_cast<double>(m));  // α/m
    // One gemm with beta = 1 and one axpy-like pass: Armadillo evaluates both in place.
    m_P -= step * dZ1 * m_G;
    m_C += step * dZ1;
    m_descent.Update(1, m_net.b[1], m_net.db[1], lr);
    for (size_t l = 2; l <= m_net.L(); ++l) {
        m_descent.Update(2 * (l - 1), m_net.W[l], m_net.dW[l], lr);
        m_descent.Update(2 * (l - 1) + 1, m_net.b[l], m_net.db[l], lr);
    }
    // Full batch: every update is a whole epoch.
    r.epoch = r.iteration;
    r.learningRate = m_lr;
    r.epochEnded = true;
    r.epochCost = r.cost;
    r.epochAccuracy =
        static_cast<double>(m_step.CorrectCount(m_Y, m_step.Batch())) / static_cast<double>(m);
    ++m_iteration;
    return r;
}

template <typename eT>
void GramTrainer<eT>::ApplyLearningRate(double lr) {
    m_lr = lr;
}

template <typename eT>
Precision GramTrainer<eT>::GetPrecision() const {
    return std::is_same_v<eT, float> ? Precision::Float : Precision::Double;
}

template <typename eT>
arma::mat GramTrainer<eT>::Predict(const arma::mat& X) const {
    if (X.n_rows != m_X.n_rows)
        throw EngineError("the input has " + std::to_string(X.n_rows) +
                          " features but the network expects " + std::to_string(m_X.n_rows));
    // W[1]·X_new = W[1]₀·X_new - C·(Xᵀ X_new): cheaper than materialising W[1] for a few images.
    const Mat Xnew = arma::conv_to<Mat>::from(X);
    const Mat XtXnew = m_X.t() * Xnew;
    Mat P = m_net.W[1] * Xnew;
    P -= m_C * XtXnew;
    return Probabilities(std::move(P));
}

template <typename eT>
arma::mat GramTrainer<eT>::TrainProbabilities() const {
    return Probabilities(m_P);
}

template <typename eT>
arma::mat GramTrainer<eT>::TestProbabilities() const {
    if (m_H.is_empty()) return {};
    Mat P = m_PtestStart;
    P -= m_C * m_H;
    return Probabilities(std::move(P));
}

template <typename eT>
arma::mat GramTrainer<eT>::Probabilities(Mat P) const {
    return arma::conv_to<arma::mat>::from(
        PredictionPassFromProduct(m_net.Spec(), m_net.W, m_net.b, std::move(P)));
}

template <typename eT>
Parameters GramTrainer<eT>::CurrentWeights() const {
    Parameters p = m_net.ToParameters();
    Mat W1 = m_net.W[1];
    W1 -= m_C * m_X.t();
    p.W[1] = arma::conv_to<arma::mat>::from(W1);
    return p;
}

template class GramTrainer<double>;
template class GramTrainer<float>;

}  // namespace layerlab
