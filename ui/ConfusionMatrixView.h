#pragma once

#include <QVector>
#include <QWidget>
#include <armadillo>

#include "training/TrainingSnapshot.h"

class QCheckBox;
class QLabel;
class QTableView;

namespace layerlab {

class ConfusionMatrixModel;

// The test set's confusion matrix, live: rows are the actual classes, columns the predicted ones,
// counts or row-normalised percentages, cells coloured green (right) and red (wrong) by their
// share of the row. Clicking a cell emits the test examples in it (e.g. to show them in the
// gallery).
class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    void SetClassNames(const QStringList& names);
    // predicted[i] and actual[i] for test example i (class indices); call as often as the
    // predictions change.
    void SetResults(const QVector<int>& predicted, const QVector<int>& actual);
    // A snapshot's test predictions against the test set's classes; none when they disagree.
    void SetPredictions(const SnapshotPtr& snapshot, const arma::Row<arma::uword>& actual);
    void SetNormalized(bool rowNormalized);
    bool IsNormalized() const;

    int Count(int actual, int predicted) const;
    QVector<int> Indices(int actual, int predicted) const;
    ConfusionMatrixModel* Model() const { return m_model; }

signals:
    // The user clicked the cell (actual, predicted): testIndices are the examples in it.
    void cellClicked(int actual, int predicted, const QVector<int>& testIndices);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    QLabel* m_caption = nullptr;
    ConfusionMatrixModel* m_model;
    std::weak_ptr<const TestResults> m_shown;  // the measurement the counts are of
    QCheckBox* m_normalize;
    QTableView* m_table;
};

}  // namespace layerlab
