#include "DirectTrainer.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace layerlab {
template <typename eT>
DirectTrainer<eT>::DirectTrainer(const Parameters& initial, const DataSet& train,
                                 const DataSet* test, const TrainOptions& options)
    : m_net(initial), m_options(options), m_early(options.earlyStopPatience) {
    const arma::uword outputs = initial.spec.sizes.back();
    m_X = arma::conv_to<Mat>::from(train.X);
    m_Y = train.Targets<eT>(outputs);
    if (test && test->Count() > 0) {
        m_Xtest = arma::conv_to<Mat>::from(test->X);
    }

    // Early stopping holds a seeded share of the training set out; the rest trains in its order.
    arma::uvec columns = arma::regspace<arma::uvec>(0, train.Count() - 1);
    if (const size_t held = options.ValidationCount(train.Count())) {
        std::vector<arma::uword> order(columns.begin(), columns.end());
        std::mt19937_64 rng(options.seed ^ 0x5eed0fa11ULL);
        std::shuffle(order.begin(), order.end(), rng);
        arma::uvec validation(std::vector<arma::uword>(order.begin(), order.begin() + held));
        std::vector<arma::uword> rest(order.begin() + held, order.end());
        std::sort(rest.begin(), rest.end());
        columns = arma::uvec(rest);
        m_Xval = m_X.cols(validation);
        m_yval = train.y.cols(validation);
        m_bestW.resize(m_net.L() + 1);
        m_bestb.resize(m_net.L() + 1);
    }
    m_batches = std::make_unique<MiniBatcher<eT>>(m_X, m_Y, std::move(columns), options.batchSize,
                                                  options.seed);
    m_net.SetDropout(options.keepProbabilities, options.seed ^ 0xd409047ULL);
    m_net.SetL2(options.l2, m_batches->Examples());
    m_optimizer =
        MakeOptimizer<eT>(options.optimizer, options.beta1, options.beta2, options.epsilon);
    std::vector<arma::SizeMat> shapes;
    for (size_t l = 1; l <= m_net.L(); ++l) {
        shapes.push_back(arma::size(m_net.W[l]));
        shapes.push_back(arma::size(m_net.b[l]));
    }
    m_optimizer->Initialize(shapes);
}

template <typename eT>
StepResult DirectTrainer<eT>::Step() {
    StepResult r;
    r.iteration = m_iteration;
    r.epoch = m_epoch;
    r.batch = m_batch;
    r.learningRate = DecayedLearningRate(m_options.decay, m_options.learningRate,
                                         m_options.decayRate, m_options.decayInterval, m_epoch);
    if (m_batch == 0) m_batches->BeginEpoch();
    m_batches->Gather(m_batch);
    const Mat& X = m_batches->X();
    const Mat& Y = m_batches->Y();
    m_net.Forward(X, true);
    r.cost = static_cast<double>(m_net.Cost(Y));
    if (!std::isfinite(r.cost)) {
        r.diverged = true;
        return r;
    }
    m_epochCostSum += r.cost * static_cast<double>(X.n_cols);
    m_epochSeen += X.n_cols;
    m_epochCorrect += m_net.CorrectCount(Y);
    m_net.Backward(Y);
    Update(static_cast<eT>(r.learningRate));
    ++m_iteration;
    if (++m_batch == m_batches->BatchesPerEpoch()) EndEpoch(r);
    return r;
}

template <typename eT>
void DirectTrainer<eT>::Update(eT learningRate) {
    m_optimizer->BeginStep();
    for (size_t l = 1; l <= m_net.L(); ++l) {
        m_optimizer->Update(2 * (l - 1), m_net.W[l], m_net.dW[l], learningRate);
        m_optimizer->Update(2 * (l - 1) + 1, m_net.b[l], m_net.db[l], learningRate);
    }
}

template <typename eT>
void DirectTrainer<eT>::EndEpoch(StepResult& r) {
    r.epochEnded = true;
    r.epochCost = m_epochCostSum / static_cast<double>(m_epochSeen);
    r.epochAccuracy = static_cast<double>(m_epochCorrect) / static_cast<double>(m_epochSeen);
    if (m_options.earlyStopPatience > 0) {
        r.validationCost =
            CrossEntropy(arma::conv_to<arma::mat>::from(m_net.Predict(m_Xval)), m_yval);
        if (m_early.Record(m_epoch, r.validationCost)) {
            for (size_t l = 1; l <= m_net.L(); ++l) {
                m_bestW[l] = m_net.W[l];
                m_bestb[l] = m_net.b[l];
            }
        } else if (m_early.ShouldStop()) {
            for (size_t l = 1; l <= m_net.L(); ++l) {
                m_net.W[l] = m_bestW[l];
                m_net.b[l] = m_bestb[l];
            }
            r.earlyStopped = true;
        }
        r.bestEpoch = m_early.BestEpoch();
    }
    ++m_epoch;
    m_batch = 0;
    m_epochCostSum = 0.0;
    m_epochSeen = m_epochCorrect = 0;
}

template <typename eT>
void DirectTrainer<eT>::SetLearningRate(double lr) {
    CheckLearningRate(lr);
    m_options.learningRate = lr;
}

template <typename eT>
arma::mat DirectTrainer<eT>::Predict(const arma::mat& X) const {
    return arma::conv_to<arma::mat>::from(m_net.Predict(arma::conv_to<Mat>::from(X)));
}

template <typename eT>
arma::mat DirectTrainer<eT>::TrainProbabilities() const {
    return arma::conv_to<arma::mat>::from(m_net.Predict(m_X));
}

template <typename eT>
arma::mat DirectTrainer<eT>::TestProbabilities() const {
    if (m_Xtest.is_empty()) return {};
    return arma::conv_to<arma::mat>::from(m_net.Predict(m_Xtest));
}

template <typename eT>
Parameters DirectTrainer<eT>::CurrentWeights() const {
    Parameters p = m_net.ToParameters();
    return p;
}

template class DirectTrainer<double>;
template class DirectTrainer<float>;

}  // namespace layerlab
