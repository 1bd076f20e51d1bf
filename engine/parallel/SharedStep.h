#pragma once

#include <armadillo>
#include <vector>

#include "Network.h"
#include "ThreadTeam.h"

namespace layerlab {

// A Network's training pass cut in pieces that a ThreadTeam's threads share, `parts` of them.
// It works on the network's own weights and buffers (W, b, Z, A, dZ, dA, dW, db, D, Adropped) and
// gives what Forward and Backward give, up to the order of the additions that the cut changes:
//   Forward(X, t) = Begin(X, t, parts), FirstProduct(each part), ForwardColumns(each part)
//   Backward(Y)   = BackwardColumns(each part), Gradients(each part)
// How the work is cut:
//   - Every column of a batch is one example, so the forward pass, the cost and the backward
//     sweep of dZ run on each part's own columns (Columns(p)).
//   - The big first layer is shared by input features instead: part p multiplies its own
//     columns of W[1] by its own rows of X (InputShare(p)), the partial products are added by
//     columns, and later part p computes and updates those same columns of dW[1] and W[1]. So
//     each thread keeps working on the same share of W[1], in its own core's cache, and only the
//     small partial products cross over; sharing the batch by columns instead would move the
//     whole of W[1] between the cores every step.
//   - Every dW[l] is shared by its columns (input units): WeightShare(l, p); each db[l] is
//     computed by one part, BiasPart(l).
// Each call below may run on several threads at once, for different parts, once the one before
// it has ended on all. Buffers are sized on the first pass and reused: a step allocates nothing.
template <typename eT>
class SharedStep {
public:
    using Mat = arma::Mat<eT>;
    using Range = ThreadTeam::Range;

    // net must outlive this.
    explicit SharedStep(Network<eT>& net);

    // Sizes the buffers for X's batch cut in `parts`, and draws this pass's dropout masks (in the
    // order Network::Forward draws them). Call it on one thread, before the parts start. X must
    // outlive the pass.
    void Begin(const Mat& X, bool training, size_t parts);
    // Part p's share of layer 1's product: rows InputShare(p) of X times those columns of W[1].
    // With one part, the whole of Z[1] = W[1]·X.
    void FirstProduct(size_t part);
    // Layers 1..L on these columns of the batch, from layer 1's partial products on.
    void ForwardColumns(Range columns);
    // Σ of these columns' cross-entropy (CrossEntropy::SumFromLogits), in double; the cost is
    // Network::CostFromSum of the sum over all parts.
    double CostSum(const Mat& Y, Range columns) const;
    // These columns' correct predictions (Prediction.h's rule).
    arma::uword CorrectCount(const Mat& Y, Range columns) const;
    // dZ[L], ..., dZ[1] on these columns, and dA[l] between them.
    void BackwardColumns(const Mat& Y, Range columns);
    // Part p's share of the gradients once every column's dZ is known: columns WeightShare(l, p)
    // of each dW[l] (l ≥ 2, and l = 1 with firstLayer), and db[l] when BiasPart(l) is p.
    void Gradients(size_t part, bool firstLayer = true);

    // The Gram path, on one part: the pass from layer 1's product P = W[1]·X, kept up to date
    // without W[1]; no dropout. Returns A[L].
    const Mat& ForwardFromProduct(const Mat& P);
    // The backward pass after ForwardFromProduct, without dW[1]: dW[l], db[l] for l ≥ 2 and
    // db[1]. Returns dZ[1], which the Gram path turns into its own first-layer update.
    const Mat& BackwardToFirstLayer(const Mat& Y);

    size_t Parts() const { return m_parts; }
    // Every column of the current batch.
    Range Batch() const { return {0, m_columns}; }
    // The examples (columns) part p runs the forward, cost and backward sweep on.
    Range Columns(size_t part) const { return ThreadTeam::Share(m_columns, part, m_parts); }
    // Part p's input features (rows of X, columns of W[1]).
    Range InputShare(size_t part) const { return WeightShare(1, part); }
    // The columns of W[l] (and dW[l]) that part p computes in Gradients, and so may update
    // alone: elements [first·n[l], (first + count)·n[l]) in memory.
    Range WeightShare(size_t l, size_t part) const {
        return ThreadTeam::Share(m_net.W[l].n_cols, part, m_parts);
    }
    // The part that computes db[l].
    size_t BiasPart(size_t l) const { return (l - 1) % m_parts; }

private:
    size_t L() const { return m_net.L(); }
    // What layer l reads: X, A[l-1] or its dropped-out copy.
    const Mat& LayerInput(size_t l) const;
    // Sizes Z, A, dZ, dA and the partial products for m columns; allocates only when m changes.
    void SizeBuffers(arma::uword m);
    // Throws unless Y has one column per example of the batch and one row per output.
    void CheckTargets(const Mat& Y) const;

    Network<eT>& m_net;
    const Mat* m_input = nullptr;
    bool m_fromProduct = false;  // Z[1] was given (ForwardFromProduct), not computed from X
    size_t m_parts = 1;
    arma::uword m_columns = 0;       // of the current batch
    std::vector<Mat> m_partial;      // per part beyond one: its share of W[1]·X, n[1] × m
    std::vector<bool> m_droppedOut;  // per layer: this pass applies a mask
};

extern template class SharedStep<double>;
extern template class SharedStep<float>;

}  // namespace layerlab
