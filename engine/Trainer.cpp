#include "Trainer.h"

#include <cmath>

#include "EngineError.h"
#include "Network.h"

namespace layerlab {

std::string ToString(Precision p) { return p == Precision::Float ? "float" : "double"; }

std::optional<Precision> ParsePrecision(std::string_view name) {
    if (name == "double" || name == "float64" || name == "f64") return Precision::Double;
    if (name == "float" || name == "float32" || name == "f32") return Precision::Float;
    return std::nullopt;
}

std::string DivergenceMessage(size_t iteration) {
    return "cost diverged at iteration " + std::to_string(iteration) + " — try a smaller learning rate";
}

namespace {

void CheckLearningRate(double lr) {
    if (!(lr > 0.0) || !std::isfinite(lr))
        throw EngineError("learning rate " + std::to_string(lr) + " refused: it must be greater than 0 (e.g. 0.0075)");
}

// Full-batch gradient descent exactly as the notebook does it.
template <typename eT>
class GradientDescentTrainer final : public Trainer {
public:
    using Mat = arma::Mat<eT>;
    GradientDescentTrainer(const Parameters& initial, const DataSet& train, const DataSet* test,
                           const TrainOptions& options)
        : m_net(initial), m_lr(options.learningRate) {
        m_X = arma::conv_to<Mat>::from(train.X);
        m_Y = train.Targets<eT>(initial.spec.sizes.back());
        if (test && test->Count() > 0) {
            m_Xtest = arma::conv_to<Mat>::from(test->X);
            (void)test->Targets<eT>(initial.spec.sizes.back());  // refuse labels without an output unit
        }
        m_classNames = initial.classNames.empty() ? train.classNames : initial.classNames;
        m_imageShape = train.imageShape;
    }

    StepResult Step() override {
        StepResult r;
        r.iteration = m_iteration;
        m_net.Forward(m_X);
        r.cost = static_cast<double>(m_net.Cost(m_Y));
        if (!std::isfinite(r.cost)) {
            r.diverged = true;
            return r;
        }
        m_net.Backward(m_Y);
        m_net.Update(static_cast<eT>(m_lr));
        ++m_iteration;
        return r;
    }

    size_t Iteration() const override { return m_iteration; }
    void SetLearningRate(double lr) override {
        CheckLearningRate(lr);
        m_lr = lr;
    }
    double LearningRate() const override { return m_lr; }
    Precision GetPrecision() const override {
        return std::is_same_v<eT, float> ? Precision::Float : Precision::Double;
    }

    arma::mat Predict(const arma::mat& X) const override {
        return arma::conv_to<arma::mat>::from(m_net.Predict(arma::conv_to<Mat>::from(X)));
    }
    arma::mat TrainProbabilities() const override {
        return arma::conv_to<arma::mat>::from(m_net.Predict(m_X));
    }
    arma::mat TestProbabilities() const override {
        if (m_Xtest.is_empty()) return {};
        return arma::conv_to<arma::mat>::from(m_net.Predict(m_Xtest));
    }
    Parameters CurrentParameters() const override {
        Parameters p = m_net.ToParameters();
        p.classNames = m_classNames;
        p.imageShape = m_imageShape;
        return p;
    }

private:
    Network<eT> m_net;
    Mat m_X, m_Y, m_Xtest;
    double m_lr;
    size_t m_iteration = 0;
    std::vector<std::string> m_classNames;
    std::array<arma::uword, 3> m_imageShape{0, 0, 0};
};

}  // namespace

std::unique_ptr<Trainer> Trainer::Create(const Parameters& initial, const DataSet& train,
                                         const DataSet* test, const TrainOptions& options) {
    CheckLearningRate(options.learningRate);
    initial.Validate();
    train.Validate();
    if (train.Features() != initial.spec.sizes[0])
        throw EngineError("the network's input size is " + std::to_string(initial.spec.sizes[0]) +
                          " but the data's examples have " + std::to_string(train.Features()) +
                          " values: make the first layer size " + std::to_string(train.Features()));
    if (options.precision == Precision::Float)
        return std::make_unique<GradientDescentTrainer<float>>(initial, train, test, options);
    return std::make_unique<GradientDescentTrainer<double>>(initial, train, test, options);
}

RunResult RunTraining(Trainer& trainer, size_t iterations,
                      const std::function<bool(const StepResult&)>& observer,
                      const std::atomic<bool>* stop) {
    if (iterations == 0) throw EngineError("0 iterations refused: train for at least 1 iteration");
    RunResult result;
    for (size_t i = 0; i < iterations; ++i) {
        if (stop && stop->load(std::memory_order_relaxed)) {
            result.status = RunResult::Status::Stopped;
            return result;
        }
        const StepResult step = trainer.Step();
        if (step.diverged) {
            result.status = RunResult::Status::Diverged;
            result.message = DivergenceMessage(step.iteration);
            if (observer) observer(step);
            return result;
        }
        ++result.iterations;
        if (observer && !observer(step)) {
            result.status = RunResult::Status::Stopped;
            return result;
        }
    }
    return result;
}

}  // namespace layerlab
