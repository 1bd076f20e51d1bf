#pragma once

#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "Network.h"
#include "Trainer.h"

namespace layerlab {

// The direct path: forward, backward and update through every W[l], exactly as the notebook.
template <typename eT>
class DirectTrainer final : public Trainer {
public:
    using Mat = arma::Mat<eT>;
    DirectTrainer(const Parameters& initial, const DataSet& train, const DataSet* test,
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

extern template class DirectTrainer<double>;
extern template class DirectTrainer<float>;

}  // namespace layerlab
