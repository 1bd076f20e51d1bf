#include "DirectTrainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>

#include "FlushToZero.h"
#include "RunTraining.h"
#include "losses/CrossEntropy.h"
#include "optimizers/OptimizerFactory.h"

namespace layerlab {

namespace {

// Below this many multiply-adds per step a second thread costs more in waking up than it saves.
constexpr double kThreadedStepMultiplyAdds = 1e6;

// How many threads share a step: as asked, or the cores (at most 4) once the step is big enough,
// and never more than half the batch's columns.
size_t TeamSize(const NetworkSpec& spec, size_t batchColumns, size_t asked) {
    size_t threads = asked;
    if (threads == 0) {
        double multiplyAdds = 0;
        for (size_t l = 1; l <= spec.L(); ++l)
            multiplyAdds += 3.0 * double(spec.sizes[l]) * double(spec.sizes[l - 1]);
        multiplyAdds *= double(batchColumns);
        threads = multiplyAdds >= kThreadedStepMultiplyAdds ? ThreadTeam::AvailableCores(4) : 1;
        threads = std::min(threads, std::max<size_t>(1, batchColumns / 2));
    }
    return std::max<size_t>(1, threads);
}

}  // namespace

template <typename eT>
DirectTrainer<eT>::DirectTrainer(const Parameters& initial, const DataSet& train,
                                 const DataSet* test, const TrainOptions& options)
    : m_net(initial), m_options(options), m_early(options.earlyStopPatience) {
    const arma::uword outputs = initial.spec.sizes.back();
    // Mini-batches of pictures are converted as they are gathered (MiniBatcher), so the trainer
    // keeps the 8-bit codes rather than the whole set in eT: 47 MB instead of 188 MB of floats
    // for Fashion-MNIST. A full batch is converted once: it is multiplied whole every step.
    const size_t trained = train.Count() - options.ValidationCount(train.Count());
    if (train.HoldsCodes() && options.batchSize > 0 && options.batchSize < trained)
        m_codes = train.codes;
    else
        m_X = train.Values<eT>();
    m_Y = train.Targets<eT>(outputs);
    if (test && test->Count() > 0) {
        m_Xtest = test->Values<eT>();
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
        m_Xval = TrainColumns(validation);
        m_yval = train.y.cols(validation);
        m_bestW.resize(m_net.L() + 1);
        m_bestb.resize(m_net.L() + 1);
    }
    m_batches = m_codes.is_empty()
                    ? std::make_unique<MiniBatcher<eT>>(m_X, m_Y, std::move(columns),
                                                        options.batchSize, options.seed)
                    : std::make_unique<MiniBatcher<eT>>(m_codes, m_Y, std::move(columns),
                                                        options.batchSize, options.seed);
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

    const size_t batchColumns = options.batchSize == 0
                                    ? m_batches->Examples()
                                    : std::min<size_t>(options.batchSize, m_batches->Examples());
    const size_t threads = TeamSize(initial.spec, batchColumns, options.threads);
    if (threads > 1) m_singleThreadedBlas = std::make_unique<SingleThreadedBlas>();
    m_team = std::make_unique<ThreadTeam>(threads);
    m_costParts.assign(threads, 0.0);
    m_correctParts.assign(threads, 0);
}

template <typename eT>
std::string DirectTrainer<eT>::DivergenceReason(const StepResult& step) const {
    const size_t iteration = step.iteration;
    // The penalty divides by the examples trained on, as Network::SetL2 was told.
    if (auto l2 = L2DivergenceMessage(iteration, m_options, m_batches->Examples())) return *l2;
    // At the first iteration the weights are the initial ones: when their penalty alone is more
    // than eT holds, λ is the cause, whatever the learning rate (float's range ends at 3.4e38).
    const double penalty = m_net.L2Cost();
    if (iteration > 0 || !m_net.HasL2() || penalty < double(std::numeric_limits<eT>::max()))
        return Trainer::DivergenceReason(step);
    char text[256];
    std::snprintf(text, sizeof text,
                  "cost diverged at iteration %zu — L2 λ %g is too large: the penalty "
                  "λ/(2m)·Σ‖W‖² of the initial weights is %.3g, more than %s can hold; give a "
                  "smaller λ",
                  iteration, m_options.l2, penalty, std::is_same_v<eT, float> ? "float" : "double");
    return text;
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
    m_batches->Select(m_batch);
    const arma::uword m = m_batches->X().n_cols;
    ForwardAndBackward();
    double costSum = 0.0;
    arma::uword correct = 0;
    for (size_t part = 0; part < m_costParts.size(); ++part) {
        costSum += m_costParts[part];
        correct += m_correctParts[part];
    }
    r.cost = static_cast<double>(m_net.CostFromSum(costSum, m));
    // A full batch is judged before its update; mini-batches by their epoch, below.
    const bool wholeSet = m_batches->BatchesPerEpoch() == 1;
    if (wholeSet ? m_divergence.Check(r.cost) : m_divergence.CheckBatch(r.cost)) {
        r.diverged = true;
        r.firstCost = m_divergence.FirstCost();
        return r;
    }
    m_epochCostSum += r.cost * static_cast<double>(m);
    m_epochSeen += m;
    m_epochCorrect += correct;
    Update(static_cast<eT>(r.learningRate));
    ++m_iteration;
    if (++m_batch == m_batches->BatchesPerEpoch()) {
        EndEpoch(r);
        if (!wholeSet && m_divergence.Check(r.epochCost)) {
            r.diverged = true;  // after the epoch's last update: its weights stay to be seen
            r.cost = r.epochCost;
            r.firstCost = m_divergence.FirstCost();
        }
    }
    return r;
}

template <typename eT>
void DirectTrainer<eT>::ForwardAndBackward() {
    const Mat& X = m_batches->X();
    const Mat& Y = m_batches->Y();
    m_step.Begin(X, true, m_team->Size());
    // Each part copies its own input features of the batch and multiplies them by its own
    // columns of W[1]; part 0 also copies the targets.
    auto firstProduct = [&](size_t part) {
        const FlushToZero flush;
        const ThreadTeam::Range rows = m_step.InputShare(part);
        m_batches->GatherRows(rows.first, rows.count);
        if (part == 0) m_batches->GatherTargets();
        m_step.FirstProduct(part);
    };
    m_team->Run(firstProduct);
    // Then the rest of the pass on its own columns (examples).
    auto columns = [&](size_t part) {
        const FlushToZero flush;
        const ThreadTeam::Range share = m_step.Columns(part);
        m_step.ForwardColumns(share);
        m_costParts[part] = m_step.CostSum(Y, share);
        m_correctParts[part] = m_step.CorrectCount(Y, share);
        m_step.BackwardColumns(Y, share);
    };
    m_team->Run(columns);
}

template <typename eT>
void DirectTrainer<eT>::Update(eT learningRate) {
    m_optimizer->BeginStep();
    // Each part updates the columns of W[l] it has just computed the gradient of.
    auto update = [&](size_t part) {
        const FlushToZero flush;
        m_step.Gradients(part);
        for (size_t l = 1; l <= m_net.L(); ++l) {
            const arma::uword n = m_net.W[l].n_rows;
            const ThreadTeam::Range share = m_step.WeightShare(l, part);
            m_optimizer->UpdateRange(2 * (l - 1), m_net.W[l], m_net.dW[l], learningRate,
                                     share.first * n, share.count * n);
            if (m_step.BiasPart(l) == part)
                m_optimizer->UpdateRange(2 * (l - 1) + 1, m_net.b[l], m_net.db[l], learningRate, 0,
                                         n);
        }
    };
    m_team->Run(update);
}

template <typename eT>
void DirectTrainer<eT>::EndEpoch(StepResult& r) {
    r.epochEnded = true;
    r.epochCost = m_epochCostSum / static_cast<double>(m_epochSeen);
    r.epochAccuracy = static_cast<double>(m_epochCorrect) / static_cast<double>(m_epochSeen);
    if (m_options.earlyStopPatience > 0) {
        r.validationCost =
            CrossEntropy::Mean(arma::conv_to<arma::mat>::from(PredictShared(m_Xval)), m_yval);
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
void DirectTrainer<eT>::ApplyLearningRate(double lr) {
    m_options.learningRate = lr;
}

template <typename eT>
typename DirectTrainer<eT>::Mat DirectTrainer<eT>::PredictShared(const Mat& X) const {
    const size_t parts = std::max<size_t>(1, std::min<size_t>(m_team->Size(), X.n_cols));
    Mat out(m_net.Spec().sizes.back(), X.n_cols);
    // Each part predicts its columns a block at a time: a layer's activations for the whole
    // training set (256 × 60000 floats, twice, per thread) would add 120 MB to the peak for
    // Fashion-MNIST; a block of kPredictColumns keeps it to a few MB at the same gemm speed.
    constexpr arma::uword kPredictColumns = 2048;
    auto predict = [&](size_t part) {
        const ThreadTeam::Range share = ThreadTeam::Share(X.n_cols, part, parts);
        for (arma::uword first = share.first; first < share.first + share.count;
             first += kPredictColumns) {
            const arma::uword count =
                std::min<arma::uword>(kPredictColumns, share.first + share.count - first);
            // A view of X's columns over its own memory; Predict only reads it.
            const Mat columns(const_cast<eT*>(X.colptr(first)), X.n_rows, count, false, true);
            out.cols(first, first + count - 1) = m_net.Predict(columns);
        }
    };
    if (parts == 1) {
        if (X.n_cols > 0) predict(0);
        return out;
    }
    // Parts beyond the columns (a team of 4, 3 columns) have nothing to do.
    auto shared = [&](size_t part) {
        if (part < parts) predict(part);
    };
    m_team->Run(shared);
    return out;
}

template <typename eT>
arma::mat DirectTrainer<eT>::Predict(const arma::mat& X) const {
    return arma::conv_to<arma::mat>::from(PredictShared(arma::conv_to<Mat>::from(X)));
}

template <typename eT>
typename DirectTrainer<eT>::Mat DirectTrainer<eT>::TrainColumns(const arma::uvec& columns) const {
    if (m_codes.is_empty()) return m_X.cols(columns);
    Mat out(m_codes.n_rows, columns.n_elem);
    for (arma::uword j = 0; j < columns.n_elem; ++j)
        DataSet::ConvertCodes(m_codes.colptr(columns[j]), out.colptr(j), m_codes.n_rows);
    return out;
}

template <typename eT>
arma::mat DirectTrainer<eT>::TrainProbabilities() const {
    if (!m_codes.is_empty())
        return TrainProbabilities(arma::regspace<arma::uvec>(0, m_codes.n_cols - 1));
    return arma::conv_to<arma::mat>::from(PredictShared(m_X));
}

template <typename eT>
arma::mat DirectTrainer<eT>::TrainProbabilities(const arma::uvec& columns) const {
    // Gathered a block at a time, so the part measured is never copied whole.
    constexpr arma::uword kGatherColumns = 2048;
    arma::mat out(m_net.Spec().sizes.back(), columns.n_elem);
    for (arma::uword first = 0; first < columns.n_elem; first += kGatherColumns) {
        const arma::uword last = std::min<arma::uword>(first + kGatherColumns, columns.n_elem) - 1;
        out.cols(first, last) = arma::conv_to<arma::mat>::from(
            PredictShared(TrainColumns(columns.subvec(first, last))));
    }
    return out;
}

template <typename eT>
arma::mat DirectTrainer<eT>::TestProbabilities() const {
    if (m_Xtest.is_empty()) return {};
    return arma::conv_to<arma::mat>::from(PredictShared(m_Xtest));
}

template <typename eT>
Parameters DirectTrainer<eT>::CurrentWeights() const {
    return m_net.ToParameters();
}

template class DirectTrainer<double>;
template class DirectTrainer<float>;

}  // namespace layerlab
