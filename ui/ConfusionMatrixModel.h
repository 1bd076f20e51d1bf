#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace layerlab {

// Counts of (actual, predicted) class pairs: row = actual class, column = predicted class, as
// scikit-learn lays them out. Each cell remembers which test examples fell into it.
class ConfusionMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ConfusionMatrixModel(QObject* parent = nullptr);

    void SetClassNames(const QStringList& names);
    // predicted[i] and actual[i] for test example i; entries beyond the shorter list, or naming a
    // class outside the class names, are ignored. Keeps the table's shape when it can, so views
    // keep their selection and scroll position while training updates it.
    void SetResults(const QVector<int>& predicted, const QVector<int>& actual);
    void SetNormalized(bool rowNormalized);
    bool IsNormalized() const { return m_normalized; }

    // Above this many classes the column headers show class numbers instead of names.
    static constexpr int kNamedColumnsUpTo = 4;

    int Classes() const { return int(m_names.size()); }
    int Count(int actual, int predicted) const;
    int RowTotal(int actual) const;
    QVector<int> Indices(int actual, int predicted) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    double Share(int actual, int predicted) const;

    QStringList m_names;
    QVector<QVector<int>> m_cells;  // row-major: actual * classes + predicted
    QVector<int> m_predicted, m_actual;
    bool m_normalized = false;
};

}  // namespace layerlab
