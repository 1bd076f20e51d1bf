#pragma once

#include <QColor>
#include <QList>
#include <QRect>
#include <QString>
#include <QWidget>

namespace layerlab {

// The cost chart's legend, as a widget under the chart: when the names do not fit on one line
// it wraps onto the next. Qt Charts' own legend keeps one line and elides instead: at 1280×720
// in Chinese both train curves read "训练..." and both test curves "测试...".
class ChartLegend : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString name;
        QColor colour;
        qreal width = 2;  // the curve's line width, so the marker looks like the curve
        Qt::PenStyle style = Qt::SolidLine;
        bool operator==(const Entry&) const = default;
    };

    explicit ChartLegend(QWidget* parent = nullptr);

    void SetEntries(const QList<Entry>& entries);
    const QList<Entry>& Entries() const { return m_entries; }
    // Where each entry (marker and whole name) is drawn at a given width, in order; an entry
    // wider than the width gets a line of its own.
    QList<QRect> EntryRects(int width) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int MarkerWidth() const;
    int EntryWidth(const Entry& entry) const;
    int RowHeight() const;
    // Box layouts size a fixed-height widget by its size hint, not by its height for a width:
    // so the legend fixes its own height to what its rows need at its width.
    void FitHeight();

    QList<Entry> m_entries;
};

}  // namespace layerlab
