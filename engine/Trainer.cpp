#include "Trainer.h"

#include "RunTraining.h"
#include "TrainOptions.h"

namespace layerlab {

void Trainer::SetLearningRate(double learningRate) {
    CheckLearningRate(learningRate);
    ApplyLearningRate(learningRate);
}

std::string Trainer::DivergenceReason(size_t iteration) const {
    return DivergenceMessage(iteration);
}

Parameters Trainer::CurrentParameters() const {
    Parameters p = CurrentWeights();
    p.classNames = m_classNames;
    p.imageShape = m_imageShape;
    return p;
}

}  // namespace layerlab
