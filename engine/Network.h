#pragma once

#include <armadillo>
#include <cstdint>
#include <random>
#include <vector>

#include "Parameters.h"

namespace layerlab {

// The course's L-layer network in one precision (eT = double or float), written as the notebook
// reads: Forward, Cost, Backward, Update and Predict on whole matrices. It is the reference for
// the update rule; the trainers' faster machinery (SharedStep, the Gram path) is tested against
// it. Vectors are indexed 1..L as in the notebook: W[l], b[l], Z[l], A[l], dZ[l], dW[l], db[l],
// and dA[l] for l < L; A[0] is the input X and is not stored.
template <typename eT>
class Network {
public:
    using Mat = arma::Mat<eT>;

    explicit Network(const Parameters& p);

    const NetworkSpec& Spec() const { return m_spec; }
    size_t L() const { return m_spec.L(); }

    // Inverted dropout while training: keep[l-1] is the probability that a unit of layer l stays
    // on (1 = no dropout; the output layer must keep 1). Masks are drawn from seed. Refuses what
    // CheckKeepProbabilities refuses.
    void SetDropout(const std::vector<double>& keep, std::uint64_t seed);
    // L2 regularisation as the course adds it: λ/(2m) Σ‖W[l]‖² in the cost, λ/m W[l] in dW[l].
    // Refuses what CheckL2 refuses.
    void SetL2(double lambda, arma::uword m);

    // Z[l] = W[l] A[l-1] + b[l], A[l] = g(Z[l]); returns A[L]. X must outlive the next Backward.
    // With training, dropout (if set) zeroes units of A[l] and scales the rest by 1/keep, so the
    // next layer sees the same expected input as at prediction time, where nothing is dropped.
    const Mat& Forward(const Mat& X, bool training = false);
    // Forward keeps a reference to X for Backward: a temporary would leave it dangling.
    const Mat& Forward(Mat&& X, bool training = false) = delete;
    // Cross-entropy of the last Forward against Y (CrossEntropy::SumFromLogits on Z[L]: binary
    // for sigmoid outputs, categorical for softmax), plus the L2 term.
    eT Cost(const Mat& Y) const;
    // Examples of the last Forward whose predicted class is Y's (Prediction.h's rule).
    arma::uword CorrectCount(const Mat& Y) const;
    // dZ[l], dW[l], db[l] of the cost for the last Forward, and dA[l-1] = W[l]ᵀ dZ[l] for l ≥ 2.
    void Backward(const Mat& Y);
    // W[l] -= α dW[l], b[l] -= α db[l].
    void Update(eT learningRate);
    // Probabilities for X (PredictionPass) without touching the training caches.
    Mat Predict(const Mat& X) const;

    Parameters ToParameters() const;

    // The rules a partitioned pass of this network (SharedStep) shares with Forward and Cost.
    // Whether training drops units of layer l (its keep probability is below 1).
    bool DropsOut(size_t l) const { return m_keep[l] < 1.0; }
    // Draws D[l] for m examples, from the dropout stream Forward draws from, in the same order.
    void DrawMask(size_t l, arma::uword m);
    // The cost of a pass whose cross-entropy summed over its m examples is sum.
    eT CostFromSum(double sum, arma::uword m) const;
    // λ/(2m) Σ‖W[l]‖², 0 without L2.
    double L2Cost() const;
    bool HasL2() const { return m_l2 != 0.0; }
    // λ/m, the factor of W[l] in dW[l].
    eT L2GradientScale() const { return static_cast<eT>(m_l2 / static_cast<double>(m_l2Examples)); }

    std::vector<Mat> W, b, Z, A, dZ, dA, dW, db;
    // D[l]: the last dropout mask of layer l (0 or 1/keep), Adropped[l] = A[l] ∘ D[l].
    std::vector<Mat> D, Adropped;

private:
    // What layer l read in the last Forward: X, A[l-1] or its dropped-out copy.
    const Mat& LayerInput(size_t l) const;
    // Throws unless Y has one column per example of the last Forward and one row per output.
    void CheckTargets(const Mat& Y) const;

    NetworkSpec m_spec;
    const Mat* m_input = nullptr;
    std::vector<double> m_keep;      // per layer 1..L (index 0 unused)
    std::vector<bool> m_droppedOut;  // per layer: the last Forward applied a mask
    std::mt19937 m_dropoutRng{1};
    double m_l2 = 0.0;
    arma::uword m_l2Examples = 1;
};

extern template class Network<double>;
extern template class Network<float>;

}  // namespace layerlab
