#pragma once

#include <armadillo>
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

    // Z[l] = W[l] A[l-1] + b[l], A[l] = g(Z[l]); returns A[L]. X must outlive the next Backward.
    const Mat& Forward(const Mat& X);
    // Forward when layer 1's product W[1]·X (n[1] × m) is already known: the Gram path keeps it
    // up to date without W[1]. Follow it with BackwardToFirstLayer, not Backward.
    const Mat& ForwardFromProduct(const Mat& P);
    // Cross-entropy of the last Forward against Y: binary for sigmoid outputs, categorical for
    // softmax, computed from Z[L] so saturated outputs never take log(0).
    eT Cost(const Mat& Y) const;
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

private:
    const Mat& ForwardAfterProduct();

    NetworkSpec m_spec;
    const Mat* m_input = nullptr;
    Mat m_dA, m_dZ;
};

extern template class Network<double>;
extern template class Network<float>;

}  // namespace layerlab
