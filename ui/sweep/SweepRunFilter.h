#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace layerlab {

// The sweep's table as it shows: sorted by SweepResultsModel's sort keys, and, while the
// parallel coordinates are brushed, only the brushed runs (rows of the source model).
class SweepRunFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SweepRunFilter(QObject* parent = nullptr);

    // Only these source rows; every row again after ShowAll.
    void ShowOnly(const QSet<int>& rows);
    void ShowAll();
    bool Filtering() const { return m_filtering; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_filtering = false;
    QSet<int> m_rows;
};

}  // namespace layerlab
