#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QPixmap>
#include <QStringList>
#include <QVector>
#include <armadillo>

#include "DataSet.h"
#include "training/TrainingSnapshot.h"

namespace layerlab {

// The test images with the network's current prediction for each: one row per image.
class PredictionModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        TrueClassRole = Qt::UserRole + 1,  // int
        PredictedClassRole,                // int, -1 before any prediction
        ConfidenceRole,                    // double: probability of the predicted class
        CorrectRole,                       // int: 1 right, 0 wrong, -1 not predicted yet
        ProbabilitiesRole,                 // QVector<double>, one per class
        ImageRole,                         // QImage at the data's own size
        ThumbnailRole,                     // QPixmap scaled once to the thumbnail size
    };

    explicit PredictionModel(int thumbnailSize, QObject* parent = nullptr);

    // The images to show (decoded once from the columns of X) and their classes.
    void SetDataSet(const DataSet& test);
    // The test predictions of a snapshot, kept without copying; null (or a snapshot of another
    // test set) clears them.
    void SetPredictions(SnapshotPtr snapshot);
    const QStringList& ClassNames() const { return m_classNames; }
    int RightCount() const { return m_right; }
    bool HasPredictions() const { return m_snapshot != nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QPixmap Thumbnail(int row) const;

    int m_thumbnailSize;
    QVector<QImage> m_images;
    // Scaled when first shown and kept: repainting thumbnails 30 times a second must not rescale
    // them each time, and 10 000 of them at once would take hundreds of megabytes.
    mutable QCache<int, QPixmap> m_thumbnails{3000};
    QVector<int> m_trueClass;
    QStringList m_classNames;
    SnapshotPtr m_snapshot;  // null, or one whose TestPredictions() has a row per image
    int m_right = 0;
};

}  // namespace layerlab
