#pragma once

#include <array>
#include <string>
#include <vector>

#include "DataSet.h"
#include "Divergence.h"
#include "Network.h"
#include "TrainOptions.h"
#include "Trainer.h"
#include "optimizers/GradientDescent.h"
#include "parallel/SharedStep.h"

namespace layerlab {

// The Gram-matrix path: full-batch gradient descent with fewer examples than inputs (the notebook's
// m = 209 < n[0] = 12288). Every update of W[1] is -(α/m)·dZ[1]·Xᵀ, so W[1] = W[1]₀ - C·Xᵀ with
// C = Σ (α/m)·dZ[1], and layer 1's product P = W[1]·X follows through the m × m Gram matrix
// G = XᵀX: P ← P - (α/m)·dZ[1]·G. An iteration then costs 2·n[1]·m² for layer 1 instead of the
// direct path's 4·n[1]·n[0]·m. W[1] is only materialised when asked for (CurrentParameters,
// Predict); the test set's product follows through XᵀX_test. Layers 2..L train exactly as on the
// direct path: the same SharedStep pass, on one part, and the same GradientDescent update.
template <typename eT>
class GramTrainer final : public Trainer {
public:
    using Mat = arma::Mat<eT>;

    // Whether this path can stand in for the direct one: plain full-batch gradient descent, fewer
    // examples than inputs, and a Gram matrix of at most kMaxGramBytes.
    static bool Applies(const NetworkSpec& spec, arma::uword examples, const TrainOptions& options);
    static constexpr double kMaxGramBytes = 256.0 * 1024 * 1024;

    GramTrainer(const Parameters& initial, const DataSet& train, const DataSet* test,
                const TrainOptions& options);

    StepResult Step() override;
    size_t Iteration() const override { return m_iteration; }
    double LearningRate() const override { return m_lr; }
    Precision GetPrecision() const override;

    arma::mat Predict(const arma::mat& X) const override;
    arma::mat TrainProbabilities() const override;
    arma::mat TestProbabilities() const override;

protected:
    Parameters CurrentWeights() const override;
    void ApplyLearningRate(double lr) override;

private:
    // The prediction pass from layer 1's product P = W[1]·X.
    arma::mat Probabilities(Mat P) const;

    Network<eT> m_net;  // its W[1] stays W[1]₀: C carries everything layer 1 learned
    SharedStep<eT> m_step{m_net};
    GradientDescent<eT> m_descent;
    Mat m_X, m_Y;
    Mat m_G;           // XᵀX, m × m
    Mat m_P;           // W[1]·X, n[1] × m
    Mat m_C;           // Σ (α/m)·dZ[1], n[1] × m
    Mat m_H;           // XᵀX_test, m × m_test (empty without a test set)
    Mat m_PtestStart;  // W[1]₀·X_test
    double m_lr;
    size_t m_iteration = 0;
    Divergence m_divergence;  // whether a step's cost ends the run
};

extern template class GramTrainer<double>;
extern template class GramTrainer<float>;

}  // namespace layerlab
