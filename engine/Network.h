#pragma once

#include <armadillo>
#include <cstdint>
#include <random>
#include <vector>

#include "Parameters.h"
#include "ThreadTeam.h"

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

    // The same pass cut in pieces that threads can share (ThreadTeam), `parts` of them:
    //   Forward(X, t) = BeginForward(X, t), ForwardFirstProduct(0), ForwardColumns(all columns)
    //   Backward(Y)   = BackwardColumns(all columns), Gradients(0)
    // Every column of a batch is one example, so the forward pass, the cost and the backward
    // sweep of dZ run on any columns alone. The big first layer is shared by input features
    // instead: part p multiplies its own columns of W[1] by its own rows of X, and later computes
    // and updates those same columns of dW[1] and W[1]. So each thread keeps working on the same
    // half of W[1], in its own core's cache, and only the small partial products cross over;
    // when the batch was shared by columns, the whole of W[1] moved between the cores every step.
    // The smaller dW[l] are shared by their columns (input units) too. Each call below may run
    // on several threads at once, for different parts, once the one before it has ended on all.
    //
    // Sizes the buffers for X's batch cut in `parts`, and draws this pass's dropout masks (in
    // the order Forward always drew them). Call it on one thread, before the parts start.
    void BeginForward(const Mat& X, bool training, size_t parts = 1);
    // Part p's share of layer 1's product: rows InputShare(p) of X times those columns of W[1].
    // With one part, the whole product W[1]·X.
    void ForwardFirstProduct(size_t part);
    // Layers 1..L on columns [first, first + count) of the batch, from layer 1's partial
    // products on.
    void ForwardColumns(arma::uword first, arma::uword count);
    // Σ of those columns' cross-entropy, in double: Cost = (Σ over all columns) / m + L2Cost.
    double CostSum(const Mat& Y, arma::uword first, arma::uword count) const;
    arma::uword CorrectCount(const Mat& Y, arma::uword first, arma::uword count) const;
    // dZ[L], ..., dZ[1] on those columns.
    void BackwardColumns(const Mat& Y, arma::uword first, arma::uword count);
    // Part p's share of the gradients once every column's dZ is known: columns
    // WeightShare(l, p) of each dW[l] (l ≥ 2, and l = 1 with firstLayer), and db[l] when
    // BiasPart(l) is p.
    void Gradients(size_t part, bool firstLayer = true);
    // Part p's input features (rows of X, columns of W[1]).
    ThreadTeam::Range InputShare(size_t part) const { return WeightShare(1, part); }
    // The columns of W[l] (and dW[l]) that part p computes in Gradients, and so may update
    // alone: elements [first·n[l], (first + count)·n[l]) in memory.
    ThreadTeam::Range WeightShare(size_t l, size_t part) const {
        return ThreadTeam::Share(W[l].n_cols, part, m_parts);
    }
    // The part that computes db[l].
    size_t BiasPart(size_t l) const { return (l - 1) % m_parts; }

    Parameters ToParameters() const;

    std::vector<Mat> W, b, Z, A, dW, db;
    // D[l]: the last dropout mask of layer l (0 or 1/keep), Adropped[l] = A[l] ∘ D[l].
    std::vector<Mat> D, Adropped;

private:
    // What layer l read in the last Forward: X, A[l-1] or its dropped-out copy.
    const Mat& LayerInput(size_t l) const;
    // Sizes Z, A and the backward buffers for m columns; allocates only when m changes.
    void SizeBuffers(arma::uword m);
    // Throws unless Y has one column per example of the last Forward and one row per output.
    void CheckTargets(const Mat& Y) const;
    // Layers 1..L from layer 1's product Z1, for prediction.
    Mat PredictFrom(Mat Z1) const;

    NetworkSpec m_spec;
    const Mat* m_input = nullptr;
    bool m_fromProduct = false;      // Z[1] was given (ForwardFromProduct), not computed from X
    size_t m_parts = 1;              // of the current pass
    std::vector<Mat> m_partial;      // per part beyond one: its share of W[1]·X, n[1] × m
    std::vector<Mat> m_dZ, m_dA;     // per layer: dZ[l], and dA[l] = W[l+1]ᵀ dZ[l+1]
    std::vector<double> m_keep;      // per layer 1..L (index 0 unused)
    std::vector<bool> m_droppedOut;  // per layer: the last Forward applied a mask
    std::mt19937 m_dropoutRng{1};
    double m_l2 = 0.0;
    arma::uword m_l2Examples = 1;
};

extern template class Network<double>;
extern template class Network<float>;

}  // namespace layerlab
