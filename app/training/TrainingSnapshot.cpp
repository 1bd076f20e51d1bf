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
    return ClassProbabilities(testProbabilities, i);
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
