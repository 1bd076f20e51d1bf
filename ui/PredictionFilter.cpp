#include "PredictionFilter.h"

#include "PredictionModel.h"

namespace layerlab {

PredictionFilter::PredictionFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setObjectName("predictionFilter");
    setDynamicSortFilter(true);
    setFilterRole(PredictionModel::CorrectRole);  // re-filter when correctness changes
}

void PredictionFilter::SetMisclassifiedOnly(bool on) {
    m_misclassifiedOnly = on;
    invalidateFilter();
}

void PredictionFilter::SetRows(std::optional<QSet<int>> rows) {
    m_rows = std::move(rows);
    invalidateFilter();
}

bool PredictionFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_rows && !m_rows->contains(sourceRow)) return false;
    if (!m_misclassifiedOnly) return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(PredictionModel::CorrectRole).toInt() == 0;
}

}  // namespace layerlab
