#include "ParallelCoordinatesView.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <set>

namespace layerlab {

namespace {

// How near an axis (in pixels) a press must be to brush it.
constexpr double kGrab = 14;
// Viridis, dark purple (best) through teal to yellow-green (worst): apart for every kind of
// colour vision, and its darkest lines, the best runs, stand out most on white.
const QColor kBest(68, 1, 84), kMiddle(33, 145, 140), kWorst(181, 222, 43);

QColor Mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

}  // namespace

ParallelCoordinatesView::ParallelCoordinatesView(QWidget* parent) : QWidget(parent) {
    setObjectName("sweepParallelCoordinates");
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void ParallelCoordinatesView::SetData(std::vector<Axis> axes, std::vector<std::vector<double>> runs,
                                      bool higherIsBetter) {
    const bool same =
        axes.size() == m_axes.size() &&
        std::equal(axes.begin(), axes.end(), m_axes.begin(), [](const Axis& a, const Axis& b) {
            return a.title == b.title && a.categories == b.categories && a.log == b.log;
        });
    m_axes = std::move(axes);
    m_runs = std::move(runs);
    m_higherIsBetter = higherIsBetter;
    const bool hadBrush = HasBrush();
    if (!same) {
        m_brushes.assign(m_axes.size(), std::nullopt);
        m_current = 0;
    }
    m_ranges.assign(m_axes.size(), Range{});
    for (size_t a = 0; a < m_axes.size(); ++a) {
        Range& r = m_ranges[a];
        if (!m_axes[a].categories.isEmpty()) {
            r = {-0.5, double(m_axes[a].categories.size()) - 0.5};
            continue;
        }
        double low = INFINITY, high = -INFINITY;
        for (const auto& run : m_runs) {
            const double v = run[a];
            if (!std::isfinite(v) || (m_axes[a].log && v <= 0)) continue;
            low = std::min(low, v);
            high = std::max(high, v);
        }
        if (!std::isfinite(low)) low = high = m_axes[a].log ? 1 : 0;
        if (low == high) {
            if (m_axes[a].log)
                low /= 2, high *= 2;
            else
                low -= std::max(0.5, std::abs(low) * 0.1),
                    high += std::max(0.5, std::abs(high) * 0.1);
        }
        r = {low, high};
    }
    update();
    // The brushed runs change with the runs (and go with the brushes of other axes).
    if (hadBrush || HasBrush()) emit brushChanged();
}

void ParallelCoordinatesView::SetBrush(int axis, double from, double to) {
    if (axis < 0 || axis >= AxisCount()) return;
    m_brushes[size_t(axis)] = std::make_pair(std::min(from, to), std::max(from, to));
    update();
    emit brushChanged();
}

void ParallelCoordinatesView::ClearBrush(int axis) {
    if (axis < 0 || axis >= AxisCount() || !m_brushes[size_t(axis)]) return;
    m_brushes[size_t(axis)].reset();
    update();
    emit brushChanged();
}

void ParallelCoordinatesView::ClearBrushes() {
    if (!HasBrush()) return;
    std::fill(m_brushes.begin(), m_brushes.end(), std::nullopt);
    update();
    emit brushChanged();
}

bool ParallelCoordinatesView::HasBrush() const {
    return std::any_of(m_brushes.begin(), m_brushes.end(), [](const auto& b) { return bool(b); });
}

std::optional<std::pair<double, double>> ParallelCoordinatesView::Brush(int axis) const {
    if (axis < 0 || axis >= AxisCount()) return std::nullopt;
    return m_brushes[size_t(axis)];
}

bool ParallelCoordinatesView::Brushed(int run) const {
    if (run < 0 || run >= RunCount()) return false;
    for (size_t a = 0; a < m_brushes.size(); ++a) {
        if (!m_brushes[a]) continue;
        const double v = m_runs[size_t(run)][a];
        // A relative tolerance, so that a brush typed as 0.001:0.01 keeps both ends' rates.
        const double slack = 1e-9 * std::max({std::abs(m_brushes[a]->first),
                                              std::abs(m_brushes[a]->second), 1e-300});
        if (!(v >= m_brushes[a]->first - slack && v <= m_brushes[a]->second + slack)) return false;
    }
    return true;
}

std::vector<int> ParallelCoordinatesView::BrushedRuns() const {
    std::vector<int> runs;
    for (int i = 0; i < RunCount(); ++i)
        if (Brushed(i)) runs.push_back(i);
    return runs;
}

QString ParallelCoordinatesView::BrushSummary() const {
    if (!HasBrush()) return tr("No range selected: drag along an axis to select runs.");
    QStringList ranges;
    for (int a = 0; a < AxisCount(); ++a)
        if (const auto b = m_brushes[size_t(a)])
            ranges << tr("%1 %2 – %3")
                          .arg(m_axes[size_t(a)].title, Label(a, b->first), Label(a, b->second));
    return tr("%1 of %2 runs selected: %3 (Escape clears)")
        .arg(BrushedRuns().size())
        .arg(RunCount())
        .arg(ranges.join(QStringLiteral("; ")));
}

QRectF ParallelCoordinatesView::Plot() const {
    const QFontMetrics fm(font());
    // Room for the titles above, and the tick labels left of the first axis.
    return QRectF(rect()).adjusted(fm.horizontalAdvance(QStringLiteral("0.00000")) + 16,
                                   2.5 * fm.height() + 8, -fm.horizontalAdvance("100.0") - 24,
                                   -fm.height());
}

double ParallelCoordinatesView::AxisX(int axis) const {
    const QRectF plot = Plot();
    if (AxisCount() < 2) return plot.center().x();
    return plot.left() + plot.width() * axis / (AxisCount() - 1);
}

double ParallelCoordinatesView::Fraction(int axis, double value) const {
    const Range& r = m_ranges[size_t(axis)];
    if (m_axes[size_t(axis)].log) {
        const double lv = std::log10(std::max(value, 1e-300));
        return (lv - std::log10(r.low)) / (std::log10(r.high) - std::log10(r.low));
    }
    return (value - r.low) / (r.high - r.low);
}

double ParallelCoordinatesView::ValueAt(int axis, double fraction) const {
    const Range& r = m_ranges[size_t(axis)];
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (m_axes[size_t(axis)].log)
        return std::pow(10.0,
                        std::log10(r.low) + fraction * (std::log10(r.high) - std::log10(r.low)));
    return r.low + fraction * (r.high - r.low);
}

double ParallelCoordinatesView::Y(int axis, double value) const {
    const QRectF plot = Plot();
    return plot.bottom() - Fraction(axis, value) * plot.height();
}

int ParallelCoordinatesView::AxisNear(double x) const {
    int best = -1;
    double distance = kGrab;
    for (int a = 0; a < AxisCount(); ++a)
        if (std::abs(AxisX(a) - x) <= distance) {
            distance = std::abs(AxisX(a) - x);
            best = a;
        }
    return best;
}

QString ParallelCoordinatesView::Label(int axis, double value) const {
    const Axis& a = m_axes[size_t(axis)];
    if (!a.categories.isEmpty()) {
        const int i = int(std::lround(value));
        return i >= 0 && i < a.categories.size() ? a.categories[i] : QString::number(value, 'g', 3);
    }
    return QString::number(value, 'g', 3);
}

QColor ParallelCoordinatesView::LineColour(double value) const {
    const int last = AxisCount() - 1;
    double t = std::clamp(Fraction(last, value), 0.0, 1.0);
    if (!m_higherIsBetter) t = 1 - t;
    return t < 0.5 ? Mix(kWorst, kMiddle, 2 * t) : Mix(kMiddle, kBest, 2 * t - 1);
}

std::vector<double> ParallelCoordinatesView::Ticks(int axis) const {
    const Axis& a = m_axes[size_t(axis)];
    std::vector<double> ticks;
    if (!a.categories.isEmpty()) {
        for (int i = 0; i < a.categories.size(); ++i) ticks.push_back(i);
        return ticks;
    }
    // The values themselves while they are few (a sweep's lr axis), else five even steps.
    std::set<double> values;
    for (const auto& run : m_runs)
        if (std::isfinite(run[size_t(axis)])) values.insert(run[size_t(axis)]);
    if (axis + 1 < AxisCount() && !values.empty() && values.size() <= 7)
        return {values.begin(), values.end()};
    for (int i = 0; i <= 4; ++i) ticks.push_back(ValueAt(axis, i / 4.0));
    return ticks;
}

void ParallelCoordinatesView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor base = palette().color(QPalette::Base);
    const QFontMetrics fm(font());
    if (m_axes.empty() || m_runs.empty()) {
        p.setPen(text);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The runs appear here as they finish: one line per run through its "
                      "settings and its result."));
        return;
    }
    const QRectF plot = Plot();
    const int last = AxisCount() - 1;
    const auto polyline = [&](int run) {
        QPainterPath path;
        for (int a = 0; a < AxisCount(); ++a) {
            const QPointF point(AxisX(a), Y(a, m_runs[size_t(run)][size_t(a)]));
            if (a == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        return path;
    };
    const auto drawable = [&](int run) {
        return std::all_of(m_runs[size_t(run)].begin(), m_runs[size_t(run)].end(),
                           [](double v) { return std::isfinite(v); });
    };
    // Dimmed lines first, then the kept ones over them, the best last (on top).
    for (int i = 0; i < RunCount(); ++i)
        if (drawable(i) && !Brushed(i)) {
            p.setPen(QPen(QColor(170, 170, 170, 90), 1));
            p.drawPath(polyline(i));
        }
    std::vector<int> kept = BrushedRuns();
    std::sort(kept.begin(), kept.end(), [&](int a, int b) {
        const double va = m_runs[size_t(a)][size_t(last)], vb = m_runs[size_t(b)][size_t(last)];
        return m_higherIsBetter ? va < vb : va > vb;
    });
    for (int i : kept)
        if (drawable(i)) {
            p.setPen(QPen(LineColour(m_runs[size_t(i)][size_t(last)]), 2));
            p.drawPath(polyline(i));
        }

    // The axes, their brushes, ticks and titles over the lines.
    const QColor highlight = palette().color(QPalette::Highlight);
    const double spacing = AxisCount() > 1 ? plot.width() / last : plot.width();
    for (int a = 0; a < AxisCount(); ++a) {
        const double x = AxisX(a);
        const bool current = hasFocus() && a == m_current;
        if (a == last) {
            // The result's axis is its colour scale.
            QLinearGradient g(0, plot.bottom(), 0, plot.top());
            for (double t : {0.0, 0.5, 1.0}) g.setColorAt(t, LineColour(ValueAt(last, t)));
            p.fillRect(QRectF(x - 3, plot.top(), 6, plot.height()), g);
        }
        p.setPen(QPen(current ? highlight : text, current ? 3 : 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (const auto b = m_brushes[size_t(a)]) {
            const double y1 = Y(a, b->second), y2 = Y(a, b->first);
            const QRectF band(x - 8, std::max(plot.top(), std::min(y1, y2)) - 2, 16,
                              std::abs(y2 - y1) + 4);
            QColor fill = highlight;
            fill.setAlpha(70);
            p.fillRect(band, fill);
            p.setPen(QPen(highlight, 2));
            p.drawRect(band);
        }
        // Tick labels left of the axis on a backing of the view's own colour, readable over lines.
        for (double tick : Ticks(a)) {
            const double y = Y(a, tick);
            const QString label = fm.elidedText(Label(a, tick), Qt::ElideRight, int(spacing) - 12);
            const double w = fm.horizontalAdvance(label);
            const QRectF box(x - w - 8, y - fm.height() / 2.0, w + 4, fm.height());
            QColor backing = base;
            backing.setAlpha(220);
            p.fillRect(box, backing);
            p.setPen(text);
            p.drawLine(QPointF(x - 3, y), QPointF(x + 3, y));
            p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, label);
        }
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const QFontMetrics bm(bold);
        const QString title = bm.elidedText(m_axes[size_t(a)].title, Qt::ElideRight,
                                            int(std::max(spacing, 80.0)) - 6);
        const double w = bm.horizontalAdvance(title);
        const double left = std::clamp(x - w / 2, 2.0, width() - w - 2);
        p.setPen(text);
        p.drawText(QPointF(left, plot.top() - fm.height() - 4), title);
        p.setFont(font());
    }
}

void ParallelCoordinatesView::mousePressEvent(QMouseEvent* event) {
    const int axis = event->button() == Qt::LeftButton ? AxisNear(event->position().x()) : -1;
    if (axis < 0) return QWidget::mousePressEvent(event);
    m_dragAxis = m_current = axis;
    const QRectF plot = Plot();
    m_dragFrom = m_dragTo = (plot.bottom() - event->position().y()) / plot.height();
    update();
}

void ParallelCoordinatesView::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragAxis < 0) return QWidget::mouseMoveEvent(event);
    const QRectF plot = Plot();
    m_dragTo = (plot.bottom() - event->position().y()) / plot.height();
    // Brushing as the mouse moves: the table follows the band.
    if (std::abs(m_dragTo - m_dragFrom) * plot.height() >= 4)
        SetBrush(m_dragAxis, ValueAt(m_dragAxis, m_dragFrom), ValueAt(m_dragAxis, m_dragTo));
}

void ParallelCoordinatesView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragAxis < 0) return QWidget::mouseReleaseEvent(event);
    const int axis = m_dragAxis;
    m_dragAxis = -1;
    const QRectF plot = Plot();
    m_dragTo = (plot.bottom() - event->position().y()) / plot.height();
    // A click without a drag clears the axis's brush.
    if (std::abs(m_dragTo - m_dragFrom) * plot.height() < 4)
        ClearBrush(axis);
    else
        SetBrush(axis, ValueAt(axis, m_dragFrom), ValueAt(axis, m_dragTo));
}

void ParallelCoordinatesView::mouseDoubleClickEvent(QMouseEvent*) {
    m_dragAxis = -1;
    ClearBrushes();
}

void ParallelCoordinatesView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Escape:
            // With nothing to clear, Escape closes the dialog as everywhere else.
            if (!HasBrush()) return event->ignore();
            ClearBrushes();
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            ClearBrushes();
            return;
        case Qt::Key_Left:
            m_current = std::max(0, m_current - 1);
            update();
            return;
        case Qt::Key_Right:
            m_current = std::min(AxisCount() - 1, m_current + 1);
            update();
            return;
        default:
            QWidget::keyPressEvent(event);
    }
}

}  // namespace layerlab
