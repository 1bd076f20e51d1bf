#include "Trainer.h"

#include "TrainOptions.h"

namespace layerlab {

void Trainer::SetLearningRate(double learningRate) {
    CheckLearningRate(learningRate);
    ApplyLearningRate(learningRate);
}

Parameters Trainer::CurrentParameters() const {
    Parameters p = CurrentWeights();
    p.classNames = m_classNames;
    p.imageShape = m_imageShape;
    return p;
}

}  // namespace layerlab
