#include "EarlyStopping.h"

namespace layerlab {

bool EarlyStopping::Record(size_t epoch, double validationCost) {
    // NaN never counts as an improvement.
    if (validationCost < m_bestCost) {
        m_bestCost = validationCost;
        m_bestEpoch = epoch;
        m_sinceBest = 0;
        return true;
    }
    ++m_sinceBest;
    return false;
}

}  // namespace layerlab
