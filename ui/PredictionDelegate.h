#pragma once

#include <QStyledItemDelegate>

namespace layerlab {

// Paints one test image: the picture framed green when the prediction is right and red when it
// is wrong (ColourScheme's colours) with a ✓ or ✗ on its corner, a bar for the predicted class'
// probability and, under it, the mark again with the class' name and probability.
class PredictionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PredictionDelegate(int thumbnailSize, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    // Room for the longest "class 100%" label under a thumbnail.
    void SetLabelWidth(int pixels) { m_labelWidth = pixels; }
    int LabelWidth() const { return m_labelWidth; }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The text under the picture: "✓ cat 64%", "✗ non-cat 51%"; "" before any prediction.
    static QString Label(const QModelIndex& index);

private:
    int m_thumbnail;
    int m_labelWidth = 0;
};

}  // namespace layerlab
