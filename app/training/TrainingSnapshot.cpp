#include "TrainingSnapshot.h"

#include <QCoreApplication>
#include <cstddef>
#include <iterator>

namespace layerlab {

bool IsEnded(TrainingState s) {
    return s == TrainingState::Stopped || s == TrainingState::Diverged ||
           s == TrainingState::Failed;
}

std::vector<double> TrainingSnapshot::TestClassProbabilities(arma::uword i) const {
    return ClassProbabilities(TestProbabilities(), i);
}

const arma::mat& TrainingSnapshot::TestProbabilities() const {
    static const arma::mat kNone;
    return testResults ? testResults->probabilities : kNone;
}

const std::vector<Prediction>& TrainingSnapshot::TestPredictions() const {
    static const std::vector<Prediction> kNone;
    return testResults ? testResults->predictions : kNone;
}

QString ToDisplayString(TrainingState s) {
    // The words the window shows, in the enum's order, marked for translation.
    static constexpr const char* kWords[] = {QT_TRANSLATE_NOOP("TrainingState", "Preparing"),
                                             QT_TRANSLATE_NOOP("TrainingState", "Ready"),
                                             QT_TRANSLATE_NOOP("TrainingState", "Training"),
                                             QT_TRANSLATE_NOOP("TrainingState", "Paused"),
                                             QT_TRANSLATE_NOOP("TrainingState", "Finished"),
                                             QT_TRANSLATE_NOOP("TrainingState", "Stopped"),
                                             QT_TRANSLATE_NOOP("TrainingState", "Diverged"),
                                             QT_TRANSLATE_NOOP("TrainingState", "Failed")};
    static_assert(std::size(kWords) == static_cast<std::size_t>(TrainingState::Failed) + 1);
    return QCoreApplication::translate("TrainingState", kWords[static_cast<std::size_t>(s)]);
}

}  // namespace layerlab
