#include "SweepRunFilter.h"

#include "SweepResultsModel.h"

namespace layerlab {

SweepRunFilter::SweepRunFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setObjectName("sweepRunFilter");
    setSortRole(SweepResultsModel::SortRole);
}

void SweepRunFilter::ShowOnly(const QSet<int>& rows) {
    m_filtering = true;
    m_rows = rows;
    invalidateFilter();
}

void SweepRunFilter::ShowAll() {
    m_filtering = false;
    m_rows.clear();
    invalidateFilter();
}

bool SweepRunFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    return !m_filtering || m_rows.contains(sourceRow);
}

}  // namespace layerlab
