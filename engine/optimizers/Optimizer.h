#pragma once

#include <armadillo>
#include <cmath>
#include <limits>
#include <vector>

namespace layerlab {

// One update rule for a list of parameters (W[1], b[1], W[2], ...), each identified by its index
// k. An optimiser holds its hyperparameters and its per-parameter state (velocity, squared
// averages, step count); the state is sized once by Initialize, so steps allocate nothing.
template <typename eT>
class Optimizer {
public:
    using Mat = arma::Mat<eT>;
    virtual ~Optimizer() = default;

    // Sizes the state for parameters of these shapes and zeroes it (a fresh run).
    virtual void Initialize(const std::vector<arma::SizeMat>& shapes) = 0;
    // Called once per update, before the Update of each parameter (Adam counts t here).
    virtual void BeginStep() {}
    // Moves parameter k against its gradient at this learning rate.
    void Update(size_t k, Mat& parameter, const Mat& gradient, eT learningRate) {
        UpdateRange(k, parameter, gradient, learningRate, 0, parameter.n_elem);
    }
    // The same for elements [first, first + count) of parameter k only (in memory order): every
    // rule here is element-wise, so threads may update disjoint ranges of one step at once.
    virtual void UpdateRange(size_t k, Mat& parameter, const Mat& gradient, eT learningRate,
                             arma::uword first, arma::uword count) = 0;

protected:
    // One zeroed matrix per parameter shape: an optimiser's state at the start of a run.
    static void ZeroState(const std::vector<arma::SizeMat>& shapes, std::vector<Mat>& state) {
        state.resize(shapes.size());
        for (size_t k = 0; k < shapes.size(); ++k) state[k].zeros(shapes[k]);
    }
};

// Running averages that decay towards 0 end in subnormal numbers, which the CPU handles many times
// slower (they doubled a float32 Fashion-MNIST epoch with Adam); they are far below anything an
// update can use, so they become 0.
template <typename eT>
inline eT FlushSubnormal(eT x) {
    return std::abs(x) < std::numeric_limits<eT>::min() ? eT(0) : x;
}

}  // namespace layerlab
