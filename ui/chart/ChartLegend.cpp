#include "ChartLegend.h"

#include <QEvent>
#include <QPainter>
#include <QPen>
#include <QResizeEvent>
#include <algorithm>

namespace layerlab {
namespace {

constexpr int kMargin = 4;  // around the whole legend

}  // namespace

ChartLegend::ChartLegend(QWidget* parent) : QWidget(parent) {
    setObjectName("chartLegend");
    setFocusPolicy(Qt::NoFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartLegend::SetEntries(const QList<Entry>& entries) {
    if (entries == m_entries) return;
    m_entries = entries;
    QStringList names;
    for (const Entry& e : m_entries) names << e.name;
    // Screen readers hear the curves' names; the chart's own description gives their values.
    setAccessibleDescription(names.join(QStringLiteral(", ")));
    FitHeight();
    update();
}

void ChartLegend::FitHeight() {
    const int needed = heightForWidth(std::max(width(), 1));
    if (needed != height() || minimumHeight() != needed) setFixedHeight(needed);
    updateGeometry();
}

void ChartLegend::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (heightForWidth(width()) != height()) FitHeight();
}

int ChartLegend::MarkerWidth() const {
    return fontMetrics().height() * 3 / 2;
}

int ChartLegend::EntryWidth(const Entry& entry) const {
    const QFontMetrics metrics = fontMetrics();
    return MarkerWidth() + metrics.averageCharWidth() / 2 + metrics.horizontalAdvance(entry.name);
}

int ChartLegend::RowHeight() const {
    return fontMetrics().height() + 2;
}

QList<QRect> ChartLegend::EntryRects(int width) const {
    QList<QRect> rects;
    const int gap = fontMetrics().averageCharWidth() * 2;
    const int right = width - kMargin;
    // Rows are centred, as Qt Charts centres its legend: lay each row out, then shift it.
    int y = kMargin;
    int rowStart = 0;
    int x = kMargin;
    const auto centre = [&](int from, int to) {
        if (from >= to) return;
        const int used = rects[to - 1].right() + 1 - kMargin;
        const int shift = std::max(0, (width - 2 * kMargin - used) / 2);
        for (int i = from; i < to; ++i) rects[i].translate(shift, 0);
    };
    for (const Entry& e : m_entries) {
        const int w = EntryWidth(e);
        if (x > kMargin && x + w > right) {
            centre(rowStart, int(rects.size()));
            rowStart = int(rects.size());
            x = kMargin;
            y += RowHeight();
        }
        rects << QRect(x, y, w, RowHeight());
        x += w + gap;
    }
    centre(rowStart, int(rects.size()));
    return rects;
}

int ChartLegend::heightForWidth(int width) const {
    const QList<QRect> rects = EntryRects(width);
    if (rects.isEmpty()) return 2 * kMargin;
    return rects.back().bottom() + 1 + kMargin;
}

QSize ChartLegend::sizeHint() const {
    int w = 2 * kMargin;
    for (const Entry& e : m_entries) w += EntryWidth(e) + fontMetrics().averageCharWidth() * 2;
    return {w, RowHeight() + 2 * kMargin};
}

QSize ChartLegend::minimumSizeHint() const {
    int widest = 0;
    for (const Entry& e : m_entries) widest = std::max(widest, EntryWidth(e));
    return {std::min(widest + 2 * kMargin, 200), RowHeight() + 2 * kMargin};
}

void ChartLegend::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> rects = EntryRects(width());
    const int marker = MarkerWidth();
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const Entry& e = m_entries[i];
        const QRect& r = rects[i];
        QPen pen(e.colour, std::clamp(e.width, 2.0, 6.0), e.style);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        const int y = r.center().y();
        painter.drawLine(r.left(), y, r.left() + marker, y);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect text = r.adjusted(marker + fontMetrics().averageCharWidth() / 2, 0, 0, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, e.name);
    }
}

void ChartLegend::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) FitHeight();
}

}  // namespace layerlab
