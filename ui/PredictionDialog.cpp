#include "PredictionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QVBoxLayout>

#include "ColourScheme.h"
#include "PredictionModel.h"

namespace layerlab {

PredictionDialog::PredictionDialog(const QModelIndex& index, const QStringList& classNames,
                                   QWidget* parent)
    : QDialog(parent), m_index(index), m_classNames(classNames) {
    setObjectName("predictionDialog");
    const int trueClass = index.data(PredictionModel::TrueClassRole).toInt();
    // index is of the PredictionModel, whose row is the image's index in the test set.
    const QAbstractItemModel* model = index.model();
    const int row = index.row();
    setWindowTitle(tr("Test image %1: %2").arg(row).arg(classNames.value(trueClass)));
    auto* layout = new QVBoxLayout(this);

    m_image = new QLabel(this);
    m_image->setObjectName("predictionImage");
    m_image->setAlignment(Qt::AlignCenter);
    const QImage image = index.data(PredictionModel::ImageRole).value<QImage>();
    if (!image.isNull()) {
        const int side = 320;
        const Qt::TransformationMode mode =
            image.width() >= 64 ? Qt::SmoothTransformation : Qt::FastTransformation;
        m_image->setPixmap(QPixmap::fromImage(image.scaled(side, side, Qt::KeepAspectRatio, mode)));
    }
    layout->addWidget(m_image);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName("predictionVerdict");
    m_verdict->setAlignment(Qt::AlignCenter);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    layout->addWidget(m_verdict);

    auto* form = new QFormLayout;
    for (qsizetype c = 0; c < classNames.size(); ++c) {
        auto* bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("classProbability_%1").arg(c));
        bar->setRange(0, 1000);
        bar->setMinimumWidth(260);
        form->addRow(classNames[c], bar);
        m_bars.append(bar);
    }
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName("predictionDialogButtons");
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(model, &QAbstractItemModel::dataChanged, this, &PredictionDialog::Refresh);
    Refresh();
}

void PredictionDialog::Refresh() {
    if (!m_index.isValid()) return;
    const QVector<double> p =
        m_index.data(PredictionModel::ProbabilitiesRole).value<QVector<double>>();
    const int trueClass = m_index.data(PredictionModel::TrueClassRole).toInt();
    const int predicted = m_index.data(PredictionModel::PredictedClassRole).toInt();
    for (qsizetype c = 0; c < m_bars.size(); ++c) {
        const double v = c < p.size() ? p[c] : 0.0;
        m_bars[c]->setValue(static_cast<int>(std::lround(1000 * v)));
        m_bars[c]->setFormat(p.isEmpty() ? tr("not predicted yet")
                                         : QStringLiteral("%1 %").arg(100 * v, 0, 'f', 1));
    }
    const QStringList& names = m_classNames;
    if (predicted < 0) {
        m_verdict->setText(tr("a %1 — train to see a prediction").arg(names.value(trueClass)));
        m_verdict->setStyleSheet({});
    } else {
        const bool right = predicted == trueClass;
        const QString verdict = right ? tr("predicted %1 — right").arg(names.value(predicted))
                                      : tr("predicted %1 — wrong, it is a %2")
                                            .arg(names.value(predicted), names.value(trueClass));
        // The mark says it without the colour.
        m_verdict->setText(QStringLiteral("%1 %2").arg(
            right ? ColourScheme::RightMark() : ColourScheme::WrongMark(), verdict));
        m_verdict->setStyleSheet(
            QStringLiteral("color: %1;")
                .arg((right ? ColourScheme::RightText() : ColourScheme::WrongText()).name()));
    }
}

}  // namespace layerlab
