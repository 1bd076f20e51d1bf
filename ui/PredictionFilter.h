#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace layerlab {

// Which test images the gallery shows: all, only the misclassified (the notebook's
// print_mislabeled_images), or a chosen set (e.g. one cell of a confusion matrix).
class PredictionFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PredictionFilter(QObject* parent = nullptr);
    void SetMisclassifiedOnly(bool on);
    // Rows of the source model to show; nullopt shows every row.
    void SetRows(std::optional<QSet<int>> rows);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_misclassifiedOnly = false;
    std::optional<QSet<int>> m_rows;
};

}  // namespace layerlab
