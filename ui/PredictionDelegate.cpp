#include "PredictionDelegate.h"

#include <QPainter>
#include <algorithm>

#include "ColourScheme.h"
#include "PredictionModel.h"

namespace layerlab {
namespace {

constexpr int kFrame = 4, kPad = 4, kBar = 8;

}  // namespace

PredictionDelegate::PredictionDelegate(int thumbnailSize, QObject* parent)
    : QStyledItemDelegate(parent), m_thumbnail(thumbnailSize) {
    setObjectName("predictionDelegate");
}

QSize PredictionDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const int side = m_thumbnail + 2 * kFrame + 2 * kPad;
    return {std::max(side, m_labelWidth + 2 * kPad),
            side + kBar + option.fontMetrics.height() + 3 * kPad};
}

void PredictionDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    if (option.state & QStyle::State_MouseOver)
        painter->fillRect(cell, option.palette.alternateBase());
    if (option.state & QStyle::State_Selected)
        painter->fillRect(cell, option.palette.highlight().color().lighter(170));

    const int correct = index.data(PredictionModel::CorrectRole).toInt();
    const QColor color = correct < 0 ? ColourScheme::Unknown()
                         : correct   ? ColourScheme::Right()
                                     : ColourScheme::Wrong();
    const QRect frame(cell.left() + (cell.width() - m_thumbnail) / 2 - kFrame, cell.top() + kPad,
                      m_thumbnail + 2 * kFrame, m_thumbnail + 2 * kFrame);
    painter->fillRect(frame, color);
    const QPixmap thumbnail = index.data(PredictionModel::ThumbnailRole).value<QPixmap>();
    const QRect picture = frame.adjusted(kFrame, kFrame, -kFrame, -kFrame);
    if (!thumbnail.isNull()) {
        QRect target(QPoint(), thumbnail.size());
        target.moveCenter(picture.center());
        painter->drawPixmap(target, thumbnail);
    } else {
        painter->fillRect(picture, option.palette.base());
    }
    if (correct >= 0) {
        // The mark on the picture's corner too: a short gallery strip (presentation mode) can
        // cut the label under it, and the mark must never be lost where the colour is seen.
        const int side = std::min(m_thumbnail / 3, option.fontMetrics.height() + 4);
        const QRect badge(frame.right() - side + 1, frame.top(), side, side);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(badge);
        QFont font = option.font;
        font.setBold(true);
        font.setPixelSize(std::max(8, side * 2 / 3));
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter,
                          correct ? ColourScheme::RightMark() : ColourScheme::WrongMark());
    }

    const QRect bar(frame.left(), frame.bottom() + kPad + 1, frame.width(), kBar);
    painter->fillRect(bar, option.palette.mid().color().lighter(130));
    if (correct >= 0) {
        const double p = index.data(PredictionModel::ConfidenceRole).toDouble();
        painter->fillRect(
            QRect(bar.left(), bar.top(), static_cast<int>(bar.width() * p), bar.height()), color);
        const QRect text(cell.left(), bar.bottom() + kPad, cell.width(),
                         option.fontMetrics.height());
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(correct ? ColourScheme::RightText() : ColourScheme::WrongText());
        const QString label = Label(index);
        painter->drawText(text, Qt::AlignHCenter | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(label, Qt::ElideMiddle, text.width()));
    }
    painter->restore();
}

QString PredictionDelegate::Label(const QModelIndex& index) {
    const int correct = index.data(PredictionModel::CorrectRole).toInt();
    if (correct < 0) return {};
    // ✓ or ✗ first: right and wrong are not told by the colour alone.
    return QStringLiteral("%1 %2 %3%")
        .arg(correct ? ColourScheme::RightMark() : ColourScheme::WrongMark(),
             index.data(Qt::DisplayRole).toString())
        .arg(qRound(100 * index.data(PredictionModel::ConfidenceRole).toDouble()));
}

}  // namespace layerlab
