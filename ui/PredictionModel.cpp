#include "PredictionModel.h"

#include <algorithm>

#include "datasets/ImageEncoder.h"

namespace layerlab {

PredictionModel::PredictionModel(int thumbnailSize, QObject* parent)
    : QAbstractListModel(parent), m_thumbnailSize(thumbnailSize) {
    setObjectName("predictionModel");
}

void PredictionModel::SetDataSet(std::shared_ptr<const DataSplit> data) {
    beginResetModel();
    m_data = std::move(data);
    m_thumbnails.clear();
    m_trueClass.clear();
    m_classNames.clear();
    m_snapshot.reset();
    m_right = 0;
    if (m_data) {
        const DataSet& test = m_data->test;
        for (const std::string& name : test.classNames)
            m_classNames << QString::fromStdString(name);
        m_isImage = test.imageShape[0] * test.imageShape[1] * test.imageShape[2] == test.Features();
        m_trueClass.reserve(static_cast<qsizetype>(test.Count()));
        for (arma::uword i = 0; i < test.Count(); ++i)
            m_trueClass.append(static_cast<int>(test.y[i]));
    }
    endResetModel();
}

QImage PredictionModel::Image(int row) const {
    if (!m_data || !m_isImage) return {};
    const DataSet& test = m_data->test;
    return ImageEncoder::Decode(test.Column(static_cast<arma::uword>(row)), test.imageShape);
}

void PredictionModel::SetPredictions(SnapshotPtr snapshot) {
    if (!snapshot || m_trueClass.isEmpty() ||
        snapshot->TestPredictions().size() != static_cast<size_t>(m_trueClass.size())) {
        if (!m_snapshot) return;
        m_snapshot.reset();
        m_right = 0;
    } else {
        // The same measurement as shown (a full-speed run publishes one for many snapshots):
        // nothing to redraw, which at 30 snapshots a second took the training a core's share.
        const bool same = m_snapshot && m_snapshot->testResults == snapshot->testResults;
        m_snapshot = std::move(snapshot);
        if (same) return;
        m_right = 0;
        const std::vector<Prediction>& predictions = m_snapshot->TestPredictions();
        for (qsizetype i = 0; i < m_trueClass.size(); ++i)
            m_right += static_cast<int>(predictions[size_t(i)].predictedClass) == m_trueClass[i];
    }
    if (!m_trueClass.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_trueClass.size()) - 1));
}

QPixmap PredictionModel::Thumbnail(int row) const {
    if (const QPixmap* cached = m_thumbnails.object(row)) return *cached;
    const QImage image = Image(row);
    if (image.isNull()) return {};
    // Small images (MNIST's 28×28) stay crisp; photos are smoothed.
    const Qt::TransformationMode mode =
        image.width() * 2 >= m_thumbnailSize ? Qt::SmoothTransformation : Qt::FastTransformation;
    auto* pixmap = new QPixmap(QPixmap::fromImage(
        image.scaled(m_thumbnailSize, m_thumbnailSize, Qt::KeepAspectRatio, mode)));
    const QPixmap result = *pixmap;
    m_thumbnails.insert(row, pixmap,
                        std::max<qsizetype>(1, result.width() * result.height() / 256));
    return result;
}

int PredictionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_trueClass.size());
}

QVariant PredictionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_trueClass.size()) return {};
    const int row = index.row();
    const Prediction* p = m_snapshot ? &m_snapshot->TestPredictions()[size_t(row)] : nullptr;
    const int predicted = p ? static_cast<int>(p->predictedClass) : -1;
    switch (role) {
        case Qt::DisplayRole:
            return p ? m_classNames.value(predicted) : QString();
        case Qt::AccessibleTextRole:
            // What a screen reader says for the thumbnail: the picture, its class and the verdict.
            if (!p)
                return tr("Test image %1: %2, not predicted yet")
                    .arg(row)
                    .arg(m_classNames.value(m_trueClass[row]));
            return (predicted == m_trueClass[row]
                        ? tr("Test image %1: %2, predicted %3, %4 %, right")
                        : tr("Test image %1: %2, predicted %3, %4 %, wrong"))
                .arg(row)
                .arg(m_classNames.value(m_trueClass[row]), m_classNames.value(predicted))
                .arg(qRound(100 * p->confidence));
        case Qt::ToolTipRole:
            return p ? tr("Test image %1: a %2, predicted %3 (%4 %)")
                           .arg(row)
                           .arg(m_classNames.value(m_trueClass[row]), m_classNames.value(predicted))
                           .arg(100 * p->confidence, 0, 'f', 1)
                     : tr("Test image %1: a %2").arg(row).arg(m_classNames.value(m_trueClass[row]));
        case ImageRole:
            return Image(row);
        case ThumbnailRole:
            return Thumbnail(row);
        case TrueClassRole:
            return m_trueClass[row];
        case PredictedClassRole:
            return predicted;
        case CorrectRole:
            return p ? int(predicted == m_trueClass[row]) : -1;
        case ConfidenceRole:
            return p ? p->confidence : 0.0;
        case ProbabilitiesRole: {
            QVector<double> all;
            if (p)
                for (double v : m_snapshot->TestClassProbabilities(static_cast<arma::uword>(row)))
                    all.append(v);
            return QVariant::fromValue(all);
        }
        default:
            return {};
    }
}

}  // namespace layerlab
