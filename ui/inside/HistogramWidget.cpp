#include "HistogramWidget.h"

#include <QLocale>
#include <QPainter>

namespace layerlab {

HistogramWidget::HistogramWidget(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(title) {
    setObjectName("histogram");
    setAccessibleName(title);
}

void HistogramWidget::SetTitle(const QString& title) {
    m_title = title;
    setAccessibleName(title);
    update();
}

void HistogramWidget::SetHistogram(const Histogram& h) {
    m_histogram = h;
    const QLocale locale;
    setToolTip(tr("%1: %2 values from %3 to %4")
                   .arg(m_title)
                   .arg(h.total)
                   .arg(locale.toString(h.lo, 'g', 3), locale.toString(h.hi, 'g', 3)));
    setAccessibleDescription(toolTip());
    update();
}

void HistogramWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(text);
    painter.drawText(QRect(0, 0, width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    const QRect plot(0, fm.height() + 2, width(), height() - 2 * fm.height() - 4);
    painter.fillRect(plot, palette().color(QPalette::Base));
    // The range under the bars, with fewer digits when both ends do not fit side by side.
    const QLocale locale;
    QString lo = locale.toString(m_histogram.lo, 'g', 2),
            hi = locale.toString(m_histogram.hi, 'g', 2);
    if (fm.horizontalAdvance(lo + QStringLiteral("  ") + hi) > width()) {
        lo = locale.toString(m_histogram.lo, 'g', 1);
        hi = locale.toString(m_histogram.hi, 'g', 1);
    }
    painter.drawText(QRect(0, plot.bottom() + 2, width(), fm.height()), Qt::AlignLeft, lo);
    painter.drawText(QRect(0, plot.bottom() + 2, width(), fm.height()), Qt::AlignRight, hi);
    const arma::uword largest = m_histogram.Largest();
    if (largest == 0 || m_histogram.counts.empty()) return;
    const double w = double(plot.width()) / double(m_histogram.counts.size());
    // The bars in the text colour's hue: dark on light, readable when projected.
    const QColor bar = palette().color(QPalette::Highlight);
    for (size_t i = 0; i < m_histogram.counts.size(); ++i) {
        const double h = plot.height() * double(m_histogram.counts[i]) / double(largest);
        painter.fillRect(
            QRectF(plot.left() + i * w + 0.5, plot.bottom() - h + 1, std::max(1.0, w - 1), h), bar);
    }
}

}  // namespace layerlab
