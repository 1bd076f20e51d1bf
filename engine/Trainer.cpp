#include "Trainer.h"

#include "Divergence.h"
#include "TrainOptions.h"

namespace layerlab {

void Trainer::SetLearningRate(double learningRate) {
    CheckLearningRate(learningRate);
    ApplyLearningRate(learningRate);
}

std::string Trainer::DivergenceReason(const StepResult& step) const {
    return DivergenceMessage(step, LearningRate());
}

Parameters Trainer::CurrentParameters() const {
    Parameters p = CurrentWeights();
    p.classNames = m_classNames;
    p.imageShape = m_imageShape;
    return p;
}

}  // namespace layerlab
