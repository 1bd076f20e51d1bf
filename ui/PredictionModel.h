#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QPixmap>
#include <QStringList>
#include <QVector>
#include <armadillo>
#include <memory>

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

    // The test images to show and their classes. The model keeps the data itself and decodes
    // a picture only when it is shown: a decoded copy of every test image would sit beside the
    // data for nothing (12 MB for Fashion-MNIST's 10 000).
    void SetDataSet(std::shared_ptr<const DataSplit> data);
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
    QImage Image(int row) const;

    int m_thumbnailSize;
    std::shared_ptr<const DataSplit> m_data;
    bool m_isImage = false;  // the features are pictures of the data's image shape
    // Scaled when first shown and kept: repainting thumbnails 10 times a second must not rescale
    // them each time, and 10 000 of them at once would take hundreds of megabytes. The cost is in
    // KB, so the cache holds 16 MB of thumbnails whatever their size.
    mutable QCache<int, QPixmap> m_thumbnails{16 * 1024};
    QVector<int> m_trueClass;
    QStringList m_classNames;
    SnapshotPtr m_snapshot;  // null, or one whose TestPredictions() has a row per image
    int m_right = 0;
};

}  // namespace layerlab
