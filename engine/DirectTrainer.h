#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "DataSet.h"
#include "Divergence.h"
#include "EarlyStopping.h"
#include "LearningRateDecay.h"
#include "MiniBatcher.h"
#include "Network.h"
#include "SingleThreadedBlas.h"
#include "ThreadTeam.h"
#include "TrainOptions.h"
#include "Trainer.h"
#include "optimizers/Optimizer.h"
#include "parallel/SharedStep.h"

namespace layerlab {

// The direct path: forward, backward and update through every W[l], as the notebook does, one
// mini-batch per Step(), each step shared across a team of threads (SharedStep). With the default
// options this is the notebook's full-batch gradient descent, cost for cost; the options add what
// the course's second part teaches (mini-batches, optimisers, L2, dropout, learning-rate decay,
// early stopping).
template <typename eT>
class DirectTrainer final : public Trainer {
public:
    using Mat = arma::Mat<eT>;
    DirectTrainer(const Parameters& initial, const DataSet& train, const DataSet* test,
                  const TrainOptions& options);

    StepResult Step() override;

    size_t Iteration() const override { return m_iteration; }
    size_t StepsPerEpoch() const override { return m_batches->BatchesPerEpoch(); }
    size_t Epoch() const override { return m_epoch; }
    double LearningRate() const override { return m_options.learningRate; }
    Precision GetPrecision() const override {
        return std::is_same_v<eT, float> ? Precision::Float : Precision::Double;
    }

    arma::mat Predict(const arma::mat& X) const override;
    arma::mat TrainProbabilities() const override;
    arma::mat TrainProbabilities(const arma::uvec& columns) const override;
    arma::mat TestProbabilities() const override;
    std::string DivergenceReason(const StepResult& step) const override;

    // Threads sharing each step (1: the step runs on the caller alone).
    size_t Threads() const { return m_team->Size(); }

protected:
    Parameters CurrentWeights() const override;
    void ApplyLearningRate(double lr) override;

private:
    // Forward, cost and the backward sweep of every column, gathered by the parts that use them.
    void ForwardAndBackward();
    // Gradients and the optimiser's update, each part on its own columns of every W[l].
    void Update(eT learningRate);
    void EndEpoch(StepResult& r);
    // Network::Predict with the columns of X shared across the team.
    Mat PredictShared(const Mat& X) const;

    Network<eT> m_net;
    SharedStep<eT> m_step{m_net};  // the step on m_net's weights, shared across m_team
    TrainOptions m_options;
    // The training examples at columns, in eT, from whichever form the trainer keeps.
    Mat TrainColumns(const arma::uvec& columns) const;

    Mat m_X, m_Y, m_Xtest;
    arma::Mat<std::uint8_t> m_codes;  // the training pictures, when mini-batches convert them
    std::unique_ptr<MiniBatcher<eT>> m_batches;
    std::unique_ptr<Optimizer<eT>> m_optimizer;

    // Declared before the team, so OpenBLAS gets its threads back only once the team is gone.
    std::unique_ptr<SingleThreadedBlas> m_singleThreadedBlas;
    std::unique_ptr<ThreadTeam> m_team;
    std::vector<double> m_costParts;          // per part: Σ cross-entropy of its columns
    std::vector<arma::uword> m_correctParts;  // per part: its correctly classified columns

    size_t m_iteration = 0, m_epoch = 0, m_batch = 0;
    Divergence m_divergence;      // whether a step's cost ends the run
    double m_epochCostSum = 0.0;  // Σ batch cost × batch size over the epoch so far
    arma::uword m_epochSeen = 0, m_epochCorrect = 0;

    // Early stopping: the held-out examples and the best weights so far.
    EarlyStopping m_early;
    Mat m_Xval;
    arma::Row<arma::uword> m_yval;
    std::vector<Mat> m_bestW, m_bestb;
};

extern template class DirectTrainer<double>;
extern template class DirectTrainer<float>;

}  // namespace layerlab
