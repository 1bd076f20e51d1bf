#pragma once

#include <cstddef>
#include <limits>

namespace layerlab {

// Watches the validation cost after each epoch and says when it has not improved for `patience`
// epochs in a row (Prechelt 1998, "Early stopping — but when?"). Patience 0 never stops.
class EarlyStopping {
public:
    explicit EarlyStopping(size_t patience = 0) : m_patience(patience) {}

    // Records epoch's validation cost; true when it is the best so far (keep these weights).
    bool Record(size_t epoch, double validationCost);
    bool ShouldStop() const { return m_patience > 0 && m_sinceBest >= m_patience; }

    size_t BestEpoch() const { return m_bestEpoch; }

private:
    size_t m_patience;
    size_t m_bestEpoch = 0;
    size_t m_sinceBest = 0;
    double m_bestCost = std::numeric_limits<double>::infinity();
};

}  // namespace layerlab
