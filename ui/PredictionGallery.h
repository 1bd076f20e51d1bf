#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <optional>

#include "DataSet.h"
#include "training/TrainingSnapshot.h"

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;

namespace layerlab {

class PredictionDelegate;
class PredictionDialog;
class PredictionFilter;
class PredictionModel;

// Every test image as a thumbnail with the network's current prediction, framed green when right
// and red when wrong, updating while training runs. "Misclassified only" is the notebook's
// print_mislabeled_images; clicking an image opens it large with every class' probability.
class PredictionGallery : public QWidget {
    Q_OBJECT
public:
    explicit PredictionGallery(QWidget* parent = nullptr);

    void SetDataSet(std::shared_ptr<const DataSplit> split);
    // A snapshot's test predictions; null clears them.
    void SetPredictions(SnapshotPtr snapshot);
    void SetMisclassifiedOnly(bool on);
    // Show only these test images (e.g. one cell of a confusion matrix); nullopt shows all.
    // While a subset shows, a "Show all" button (named for what is shown: description) undoes it.
    void ShowOnly(std::optional<QSet<int>> rows, const QString& description = {});
    // The test images of one confusion-matrix cell, named by their classes.
    void ShowConfusionCell(int actual, int predicted, const QVector<int>& rows);
    // Opens the large view of the test image at row (of the test set).
    void OpenImage(int row);

    PredictionModel* Model() const { return m_model; }

signals:
    // The current image changed (a click, the arrow keys): the inside views follow test image
    // row.
    void imageChosen(int row);

public:
    int ShownCount() const;

protected:
    void changeEvent(QEvent* event) override;
    // Room under each thumbnail for the longest label in the view's current font.
    void UpdateLabelWidth();

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    void UpdateSummary();

    PredictionModel* m_model = nullptr;
    PredictionFilter* m_filter = nullptr;
    QListView* m_view = nullptr;
    PredictionDelegate* m_delegate = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_misclassified = nullptr;
    QPushButton* m_showAll = nullptr;
    QString m_subset;                               // what ShowOnly shows, for the summary
    QHash<int, QPointer<PredictionDialog>> m_open;  // test row → its open large view
};

}  // namespace layerlab
