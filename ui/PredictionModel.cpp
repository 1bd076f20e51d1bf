#include "PredictionModel.h"

#include "Prediction.h"
#include "datasets/ImageEncoder.h"

namespace layerlab {

PredictionModel::PredictionModel(int thumbnailSize, QObject* parent)
    : QAbstractListModel(parent), m_thumbnailSize(thumbnailSize) {
    setObjectName("predictionModel");
}

void PredictionModel::SetDataSet(const DataSet& test) {
    beginResetModel();
    m_images.clear();
    m_thumbnails.clear();
    m_trueClass.clear();
    m_classNames.clear();
    m_probabilities.reset();
    m_predicted.clear();
    m_right = 0;
    for (const std::string& name : test.classNames) m_classNames << QString::fromStdString(name);
    const bool isImage =
        test.imageShape[0] * test.imageShape[1] * test.imageShape[2] == test.Features();
    m_images.reserve(static_cast<qsizetype>(test.Count()));
    for (arma::uword i = 0; i < test.Count(); ++i) {
        m_images.append(isImage ? ImageEncoder::Decode(test.X.col(i), test.imageShape) : QImage());
        m_trueClass.append(static_cast<int>(test.y[i]));
    }
    endResetModel();
}

void PredictionModel::SetProbabilities(const arma::mat& probabilities) {
    if (probabilities.n_cols != static_cast<arma::uword>(m_images.size())) {
        if (m_predicted.isEmpty()) return;
        m_probabilities.reset();
        m_predicted.clear();
        m_right = 0;
    } else {
        m_probabilities = probabilities;
        const arma::Row<arma::uword> predicted = PredictedClasses(probabilities);
        m_predicted.resize(static_cast<qsizetype>(predicted.n_elem));
        m_right = 0;
        for (arma::uword i = 0; i < predicted.n_elem; ++i) {
            m_predicted[static_cast<qsizetype>(i)] = static_cast<int>(predicted[i]);
            m_right +=
                m_predicted[static_cast<qsizetype>(i)] == m_trueClass[static_cast<qsizetype>(i)];
        }
    }
    if (!m_images.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_images.size()) - 1));
}

QPixmap PredictionModel::Thumbnail(int row) const {
    if (const QPixmap* cached = m_thumbnails.object(row)) return *cached;
    const QImage& image = m_images[row];
    if (image.isNull()) return {};
    // Small images (MNIST's 28×28) stay crisp; photos are smoothed.
    const Qt::TransformationMode mode =
        image.width() * 2 >= m_thumbnailSize ? Qt::SmoothTransformation : Qt::FastTransformation;
    auto* pixmap = new QPixmap(QPixmap::fromImage(
        image.scaled(m_thumbnailSize, m_thumbnailSize, Qt::KeepAspectRatio, mode)));
    const QPixmap result = *pixmap;
    m_thumbnails.insert(row, pixmap);
    return result;
}

int PredictionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_images.size());
}

QVariant PredictionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_images.size()) return {};
    const int row = index.row();
    const bool predicted = row < m_predicted.size();
    const arma::uword col = static_cast<arma::uword>(row);
    switch (role) {
        case Qt::DisplayRole:
            return predicted ? m_classNames.value(m_predicted[row]) : QString();
        case Qt::ToolTipRole:
            return predicted ? tr("Test image %1: a %2, predicted %3 (%4 %)")
                                   .arg(row)
                                   .arg(m_classNames.value(m_trueClass[row]),
                                        m_classNames.value(m_predicted[row]))
                                   .arg(100 * data(index, ConfidenceRole).toDouble(), 0, 'f', 1)
                             : tr("Test image %1: a %2")
                                   .arg(row)
                                   .arg(m_classNames.value(m_trueClass[row]));
        case ImageRole:
            return m_images[row];
        case ThumbnailRole:
            return Thumbnail(row);
        case TrueClassRole:
            return m_trueClass[row];
        case PredictedClassRole:
            return predicted ? m_predicted[row] : -1;
        case CorrectRole:
            return predicted ? int(m_predicted[row] == m_trueClass[row]) : -1;
        case ConfidenceRole: {
            if (!predicted) return 0.0;
            if (m_probabilities.n_rows == 1) {
                const double p = m_probabilities(0, col);
                return m_predicted[row] == 1 ? p : 1.0 - p;
            }
            return m_probabilities(static_cast<arma::uword>(m_predicted[row]), col);
        }
        case ProbabilitiesRole: {
            QVector<double> p;
            if (!predicted) return QVariant::fromValue(p);
            if (m_probabilities.n_rows == 1) {
                p = {1.0 - m_probabilities(0, col), m_probabilities(0, col)};
            } else {
                for (arma::uword r = 0; r < m_probabilities.n_rows; ++r)
                    p.append(m_probabilities(r, col));
            }
            return QVariant::fromValue(p);
        }
        default:
            return {};
    }
}

}  // namespace layerlab
