#include "NetworkDiagramView.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "ArchitectureEditor.h"

namespace layerlab {
namespace {

constexpr double kTop = 64;     // room for the three heading lines
constexpr double kBottom = 22;  // room for "9 of 12288 shown"
constexpr double kSide = 56;

// Red for positive weights, blue for negative, as the weight pictures colour them; both reach
// 4.5:1 on white at full strength, so a strong link reads in a projected room.
const QColor kPositive(190, 30, 30);
const QColor kNegative(25, 80, 190);

QString Num(double v) {
    return QLocale().toString(v, 'g', 4);
}

double DistanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b) {
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * d - p;
    return std::sqrt(QPointF::dotProduct(q, q));
}

}  // namespace

NetworkDiagramView::NetworkDiagramView(QWidget* parent) : QWidget(parent) {
    setObjectName("networkDiagram");
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Network diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

std::vector<arma::uword> NetworkDiagramView::ShownUnits(arma::uword n) {
    std::vector<arma::uword> units;
    if (n <= kAllUnitsUpTo) {
        for (arma::uword j = 0; j < n; ++j) units.push_back(j);
        return units;
    }
    for (arma::uword k = 0; k < kSampledUnits; ++k)
        units.push_back(arma::uword(std::llround(double(k) * double(n - 1) / (kSampledUnits - 1))));
    return units;
}

void NetworkDiagramView::SetSpec(const NetworkSpec& spec) {
    if (spec == m_spec) return;
    m_spec = spec;
    m_focusLayer =
        std::min<size_t>(std::max<size_t>(m_focusLayer, 1), std::max<size_t>(spec.L(), 1));
    m_focusIndex = 0;
    UpdateAccessibleDescription();
    update();
}

void NetworkDiagramView::SetInspection(InspectionPtr inspection) {
    m_inspection = std::move(inspection);
    UpdateAccessibleDescription();
    update();
}

void NetworkDiagramView::SetSelectedUnit(size_t layer, arma::uword unit) {
    m_selectedLayer = layer;
    m_selectedUnit = unit;
    update();
}

const Parameters* NetworkDiagramView::Weights() const {
    if (!m_inspection || !m_inspection->parameters) return nullptr;
    return m_inspection->parameters->spec.sizes == m_spec.sizes ? m_inspection->parameters.get()
                                                                : nullptr;
}

double NetworkDiagramView::Radius() const {
    double spacing = height();
    for (arma::uword n : m_spec.sizes)
        spacing = std::min(spacing, (height() - kTop - kBottom) / double(ShownUnits(n).size()));
    const double gap = m_spec.L() ? (width() - 2 * kSide) / double(m_spec.L()) : width();
    return std::clamp(std::min(spacing * 0.36, gap * 0.12), 3.0, 13.0);
}

QPointF NetworkDiagramView::UnitCentre(size_t layer, arma::uword unit) const {
    if (layer >= m_spec.sizes.size()) return {-1, -1};
    const std::vector<arma::uword> shown = ShownUnits(m_spec.sizes[layer]);
    const auto at = std::find(shown.begin(), shown.end(), unit);
    if (at == shown.end()) return {-1, -1};
    const double x = m_spec.L() ? kSide + (width() - 2 * kSide) * double(layer) / double(m_spec.L())
                                : width() / 2.0;
    const double spacing = (height() - kTop - kBottom) / double(shown.size());
    return {x, kTop + spacing * (double(at - shown.begin()) + 0.5)};
}

QRectF NetworkDiagramView::ColumnRect(size_t layer) const {
    const double x = UnitCentre(layer, ShownUnits(m_spec.sizes[layer]).front()).x();
    const double r = Radius();
    return {x - r - 6, kTop - 6, 2 * r + 12, height() - kTop - kBottom + 12};
}

void NetworkDiagramView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (m_spec.sizes.size() < 2) return;
    const Parameters* p = Weights();
    const double r = Radius();
    const size_t L = m_spec.L();
    const QColor text = palette().color(QPalette::Text);

    // Blocks behind the sampled layers, and their "9 of 12288 shown".
    for (size_t l = 0; l <= L; ++l) {
        const arma::uword n = m_spec.sizes[l];
        if (n <= kAllUnitsUpTo) continue;
        const QRectF block = ColumnRect(l);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.setBrush(palette().color(QPalette::AlternateBase));
        painter.drawRoundedRect(block, 6, 6);
        painter.setPen(text);
        painter.drawText(
            QRectF(block.center().x() - 70, height() - kBottom + 4, 140, kBottom - 4),
            Qt::AlignHCenter | Qt::AlignTop,
            tr("%1 of %2").arg(ShownUnits(n).size()).arg(QLocale().toString(qulonglong(n))));
    }

    // Links, weakest first so the strong ones are drawn on top.
    if (p) {
        for (size_t l = 1; l <= L; ++l) {
            const std::vector<arma::uword> to = ShownUnits(m_spec.sizes[l]);
            const std::vector<arma::uword> from = ShownUnits(m_spec.sizes[l - 1]);
            double largest = 0;
            for (arma::uword j : to)
                for (arma::uword k : from) largest = std::max(largest, std::abs(p->W[l](j, k)));
            struct Link {
                double w;
                QPointF a, b;
            };
            std::vector<Link> links;
            for (arma::uword j : to)
                for (arma::uword k : from)
                    links.push_back({p->W[l](j, k), UnitCentre(l - 1, k), UnitCentre(l, j)});
            std::sort(links.begin(), links.end(),
                      [](const Link& a, const Link& b) { return std::abs(a.w) < std::abs(b.w); });
            for (const Link& link : links) {
                const double s = largest > 0 ? std::abs(link.w) / largest : 0;
                QColor c = link.w >= 0 ? kPositive : kNegative;
                c.setAlphaF(0.15 + 0.85 * s);
                painter.setPen(QPen(c, 0.5 + 3.5 * s));
                painter.drawLine(link.a, link.b);
            }
        }
    } else {
        painter.setPen(QPen(palette().color(QPalette::Mid), 0.6));
        for (size_t l = 1; l <= L; ++l)
            for (arma::uword j : ShownUnits(m_spec.sizes[l]))
                for (arma::uword k : ShownUnits(m_spec.sizes[l - 1]))
                    painter.drawLine(UnitCentre(l - 1, k), UnitCentre(l, j));
    }

    // Units, shaded by the followed example's activations (the layer's largest is darkest).
    const bool traced = p && m_inspection->traced;
    for (size_t l = 0; l <= L; ++l) {
        double largest = 0;
        if (traced) largest = std::max(1e-12, arma::abs(m_inspection->trace.A[l]).max());
        for (arma::uword j : ShownUnits(m_spec.sizes[l])) {
            const QPointF c = UnitCentre(l, j);
            QColor fill = palette().color(QPalette::Base);
            if (traced) {
                const double s = std::min(1.0, std::abs(m_inspection->trace.A[l](j, 0)) / largest);
                fill = QColor::fromRgbF(1 - 0.85 * s, 1 - 0.85 * s, 1 - 0.75 * s);
            }
            painter.setBrush(fill);
            painter.setPen(QPen(text, 1.2));
            painter.drawEllipse(c, r, r);
            if (l == m_selectedLayer && j == m_selectedUnit && l > 0) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
                painter.drawEllipse(c, r + 3, r + 3);
            }
        }
    }
    if (hasFocus() && m_focusLayer <= L) {
        const std::vector<arma::uword> shown = ShownUnits(m_spec.sizes[m_focusLayer]);
        const QPointF c = UnitCentre(m_focusLayer, shown[std::min(m_focusIndex, shown.size() - 1)]);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(text, 1.5, Qt::DashLine));
        painter.drawRect(QRectF(c.x() - r - 6, c.y() - r - 6, 2 * r + 12, 2 * r + 12));
    }

    // Headings in the course's notation, three short lines a column ("W[2]", "7 × 20", "ReLU"),
    // in a font small enough for the columns' spacing (12288 inputs beside 20 units at 1280×720).
    const double gap = L ? (width() - 2 * kSide) / double(L) : width();
    QFont small = font();
    // "20 × 12288" where it fits, "20×12288" where not, and only then a smaller font (never
    // below 8 points, readable from the back of a room).
    QString times = QStringLiteral(" × ");
    const auto widest = [&](const QFontMetrics& fm) {
        int w = 0;
        for (size_t l = 1; l <= L; ++l)
            w = std::max(w, fm.horizontalAdvance(QString::number(m_spec.sizes[l]) + times +
                                                 QString::number(m_spec.sizes[l - 1])));
        return w;
    };
    if (widest(QFontMetrics(small)) > gap - 6) times = QStringLiteral("×");
    while (small.pointSizeF() > 8 && widest(QFontMetrics(small)) > gap - 6)
        small.setPointSizeF(small.pointSizeF() - 0.5);
    QFont bold = small;
    bold.setBold(true);
    const int line = QFontMetrics(small).height();
    for (size_t l = 0; l <= L; ++l) {
        const double x = UnitCentre(l, ShownUnits(m_spec.sizes[l]).front()).x();
        const double half = std::max(gap / 2.0, double(kSide));
        const auto row = [&](int i) { return QRectF(x - half, 1 + i * line, 2 * half, line); };
        painter.setPen(text);
        painter.setFont(bold);
        painter.drawText(row(0), Qt::AlignCenter,
                         l == 0 ? QStringLiteral("x") : QStringLiteral("W[%1]").arg(l));
        painter.setFont(small);
        painter.drawText(
            row(1), Qt::AlignCenter,
            l == 0 ? QLocale().toString(qulonglong(m_spec.sizes[0]))
                   : QStringLiteral("%1 × %2").arg(m_spec.sizes[l]).arg(m_spec.sizes[l - 1]));
        painter.drawText(
            row(2), Qt::AlignCenter,
            l == 0 ? tr("input") : ArchitectureEditor::ActivationName(m_spec.activations[l - 1]));
    }
}

NetworkDiagramView::Hit NetworkDiagramView::HitAt(const QPointF& p) const {
    Hit hit;
    if (m_spec.sizes.size() < 2) return hit;
    const double r = Radius();
    for (size_t l = 0; l <= m_spec.L(); ++l)
        for (arma::uword j : ShownUnits(m_spec.sizes[l])) {
            const QPointF d = UnitCentre(l, j) - p;
            if (QPointF::dotProduct(d, d) <= (r + 2) * (r + 2)) return {l, j, true, false, 0};
        }
    if (!Weights()) return hit;
    double best = 4;  // pixels
    for (size_t l = 1; l <= m_spec.L(); ++l)
        for (arma::uword j : ShownUnits(m_spec.sizes[l]))
            for (arma::uword k : ShownUnits(m_spec.sizes[l - 1])) {
                const double d = DistanceToSegment(p, UnitCentre(l - 1, k), UnitCentre(l, j));
                if (d < best) best = d, hit = {l, j, true, true, k};
            }
    return hit;
}

QString NetworkDiagramView::Describe(const Hit& hit) const {
    if (!hit.found) return {};
    const Parameters* p = Weights();
    if (hit.link)
        return tr("W[%1](%2, %3) = %4: the weight from unit %3 of layer %5 to unit %2 of layer %1")
            .arg(hit.layer)
            .arg(hit.unit)
            .arg(hit.from)
            .arg(Num(p->W[hit.layer](hit.unit, hit.from)))
            .arg(hit.layer - 1);
    const bool traced = p && m_inspection->traced;
    if (hit.layer == 0)
        return traced ? tr("Input feature %1: x = %2")
                            .arg(hit.unit)
                            .arg(Num(m_inspection->trace.A[0](hit.unit, 0)))
                      : tr("Input feature %1").arg(hit.unit);
    if (!traced) return tr("Layer %1, unit %2").arg(hit.layer).arg(hit.unit);
    return tr("Layer %1, unit %2: z = %3, a = %4 for the followed example. Click to open its "
              "arithmetic.")
        .arg(hit.layer)
        .arg(hit.unit)
        .arg(Num(m_inspection->trace.Z[hit.layer](hit.unit, 0)))
        .arg(Num(m_inspection->trace.A[hit.layer](hit.unit, 0)));
}

bool NetworkDiagramView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = Describe(HitAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void NetworkDiagramView::mouseMoveEvent(QMouseEvent* event) {
    const Hit hit = HitAt(event->position());
    setCursor(hit.found && !hit.link && hit.layer > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void NetworkDiagramView::mousePressEvent(QMouseEvent* event) {
    const Hit hit = HitAt(event->position());
    if (event->button() != Qt::LeftButton || !hit.found || hit.link || hit.layer == 0)
        return QWidget::mousePressEvent(event);
    m_focusLayer = hit.layer;
    const std::vector<arma::uword> shown = ShownUnits(m_spec.sizes[hit.layer]);
    m_focusIndex = size_t(std::find(shown.begin(), shown.end(), hit.unit) - shown.begin());
    SetSelectedUnit(hit.layer, hit.unit);
    emit unitClicked(hit.layer, hit.unit);
}

void NetworkDiagramView::keyPressEvent(QKeyEvent* event) {
    const size_t L = m_spec.L();
    if (L == 0) return QWidget::keyPressEvent(event);
    const auto shownCount = [&] { return ShownUnits(m_spec.sizes[m_focusLayer]).size(); };
    switch (event->key()) {
        case Qt::Key_Left:
            m_focusLayer = std::max<size_t>(1, m_focusLayer - 1);
            break;
        case Qt::Key_Right:
            m_focusLayer = std::min(L, m_focusLayer + 1);
            break;
        case Qt::Key_Up:
            m_focusIndex = m_focusIndex > 0 ? m_focusIndex - 1 : 0;
            break;
        case Qt::Key_Down:
            ++m_focusIndex;
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space: {
            const arma::uword unit =
                ShownUnits(m_spec.sizes[m_focusLayer])[std::min(m_focusIndex, shownCount() - 1)];
            SetSelectedUnit(m_focusLayer, unit);
            emit unitClicked(m_focusLayer, unit);
            return;
        }
        default:
            return QWidget::keyPressEvent(event);
    }
    m_focusIndex = std::min(m_focusIndex, shownCount() - 1);
    UpdateAccessibleDescription();
    update();
}

void NetworkDiagramView::UpdateAccessibleDescription() {
    QStringList layers;
    for (size_t l = 1; l <= m_spec.L(); ++l)
        layers << QStringLiteral("W[%1]: %2 × %3")
                      .arg(l)
                      .arg(m_spec.sizes[l])
                      .arg(m_spec.sizes[l - 1]);
    QString focus;
    if (m_focusLayer >= 1 && m_focusLayer <= m_spec.L()) {
        const std::vector<arma::uword> shown = ShownUnits(m_spec.sizes[m_focusLayer]);
        Hit h{m_focusLayer, shown[std::min(m_focusIndex, shown.size() - 1)], true, false, 0};
        focus = Describe(h);
    }
    setAccessibleDescription(tr("%1. Arrow keys choose a unit, Enter opens its arithmetic. %2")
                                 .arg(layers.join(", "), focus));
}

}  // namespace layerlab
