#pragma once

#include <armadillo>
#include <cstdint>
#include <random>
#include <vector>

#include "Parameters.h"

namespace layerlab {

// The course's L-layer network in one precision (eT = double or float). Vectors are indexed
// 1..L as in the notebook: W[l], b[l], Z[l], A[l], dW[l], db[l]; A[0] is the input and is not
// stored. Buffers are sized on first use and reused, so a training loop allocates nothing.
template <typename eT>
class Network {
public:
    using Mat = arma::Mat<eT>;

    explicit Network(const Parameters& p);

    const NetworkSpec& Spec() const { return m_spec; }
    size_t L() const { return m_spec.L(); }

    // Inverted dropout while training: keep[l-1] is the probability that a unit of layer l stays
    // on (1 = no dropout; the output layer must keep 1). Masks are drawn from seed.
    void SetDropout(const std::vector<double>& keep, std::uint64_t seed);
    // L2 regularisation as the course adds it: λ/(2m) Σ‖W[l]‖² in the cost, λ/m W[l] in dW[l].
    void SetL2(double lambda, arma::uword m);

    // Z[l] = W[l] A[l-1] + b[l], A[l] = g(Z[l]); returns A[L]. X must outlive the next Backward.
    // With training, dropout (if set) zeroes units of A[l] and scales the rest by 1/keep, so the
    // next layer sees the same expected input as at prediction time, where nothing is dropped.
    const Mat& Forward(const Mat& X, bool training = false);
    // Forward when layer 1's product W[1]·X (n[1] × m) is already known: the Gram path keeps it
    // up to date without W[1]. Follow it with BackwardToFirstLayer, not Backward. No dropout.
    const Mat& ForwardFromProduct(const Mat& P);
    // Cross-entropy of the last Forward against Y: binary for sigmoid outputs, categorical for
    // softmax, computed from Z[L] so saturated outputs never take log(0); plus the L2 term.
    eT Cost(const Mat& Y) const;
    // λ/(2m) Σ‖W[l]‖², 0 without L2.
    double L2Cost() const;
    // Examples of the last Forward whose most probable class is Y's (a single sigmoid unit
    // thresholded at 0.5, several by argmax), as Accuracy counts them.
    arma::uword CorrectCount(const Mat& Y) const;
    // dW[l], db[l] of the cost for the last Forward; dA[0] is never computed.
    void Backward(const Mat& Y);
    // Backward without dW[1]: dW[l], db[l] for l >= 2 and db[1]; returns dZ[1], which the Gram
    // path turns into its own first-layer update.
    const Mat& BackwardToFirstLayer(const Mat& Y);
    // W[l] -= lr dW[l], b[l] -= lr db[l].
    void Update(eT learningRate);
    // Probabilities for X without touching the training caches.
    Mat Predict(const Mat& X) const;
    // The same from layer 1's product W[1]·X.
    Mat PredictFromProduct(const Mat& P) const;

    Parameters ToParameters() const;

    std::vector<Mat> W, b, Z, A, dW, db;
    // D[l]: the last dropout mask of layer l (0 or 1/keep), Adropped[l] = A[l] ∘ D[l].
    std::vector<Mat> D, Adropped;

private:
    // What layer l read in the last Forward: X, A[l-1] or its dropped-out copy.
    const Mat& LayerInput(size_t l) const;
    const Mat& ForwardAfterProduct(bool training);

    NetworkSpec m_spec;
    const Mat* m_input = nullptr;
    Mat m_dA, m_dZ;
    std::vector<double> m_keep;      // per layer 1..L (index 0 unused)
    std::vector<bool> m_droppedOut;  // per layer: the last Forward applied a mask
    std::mt19937 m_dropoutRng{1};
    double m_l2 = 0.0;
    arma::uword m_l2Examples = 1;
};

extern template class Network<double>;
extern template class Network<float>;

}  // namespace layerlab
