#include "TrainingSnapshot.h"

#include <QCoreApplication>

namespace layerlab {

bool IsEnded(TrainingState s) {
    return s == TrainingState::Stopped || s == TrainingState::Diverged ||
           s == TrainingState::Failed;
}

std::vector<double> TrainingSnapshot::TestClassProbabilities(arma::uword i) const {
    return ClassProbabilities(testProbabilities, i);
}

QString ToDisplayString(TrainingState s) {
    const char* text = "";
    switch (s) {
        case TrainingState::Preparing:
            text = QT_TRANSLATE_NOOP("TrainingState", "Preparing");
            break;
        case TrainingState::Ready:
            text = QT_TRANSLATE_NOOP("TrainingState", "Ready");
            break;
        case TrainingState::Running:
            text = QT_TRANSLATE_NOOP("TrainingState", "Training");
            break;
        case TrainingState::Paused:
            text = QT_TRANSLATE_NOOP("TrainingState", "Paused");
            break;
        case TrainingState::Finished:
            text = QT_TRANSLATE_NOOP("TrainingState", "Finished");
            break;
        case TrainingState::Stopped:
            text = QT_TRANSLATE_NOOP("TrainingState", "Stopped");
            break;
        case TrainingState::Diverged:
            text = QT_TRANSLATE_NOOP("TrainingState", "Diverged");
            break;
        case TrainingState::Failed:
            text = QT_TRANSLATE_NOOP("TrainingState", "Failed");
            break;
    }
    return QCoreApplication::translate("TrainingState", text);
}

}  // namespace layerlab
