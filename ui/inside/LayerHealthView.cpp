#include "LayerHealthView.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "ArchitectureEditor.h"
#include "HistogramWidget.h"
#include "inside/FindingText.h"

namespace layerlab {
namespace {

// One colour per layer, dark enough for 4.5:1 on white (the chart's legend is text).
const QColor kLayerColours[] = {QColor("#1f5fa8"), QColor("#b3261e"), QColor("#2e7d32"),
                                QColor("#6a1b9a"), QColor("#8d5a00"), QColor("#00695c")};

}  // namespace

LayerHealthView::LayerHealthView(QWidget* parent) : QWidget(parent) {
    setObjectName("layerHealth");
    auto* layout = new QVBoxLayout(this);
    m_findings = new QLabel(this);
    m_findings->setObjectName("healthFindings");
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_findings->setFocusPolicy(Qt::StrongFocus);  // read by keyboard and screen readers
    layout->addWidget(m_findings);
    m_layersHeading = new QLabel(this);
    m_layersHeading->setObjectName("healthLayersHeading");
    m_layersHeading->setWordWrap(true);
    layout->addWidget(m_layersHeading);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(8);
    layout->addLayout(m_grid);
    m_chart = new QChart;
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_x = new QValueAxis(m_chart);
    m_x->setLabelFormat("%d");
    m_y = new QLogValueAxis(m_chart);
    m_y->setBase(10);
    m_y->setLabelFormat("%.0e");
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName("gradientRatioChart");
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(170);
    layout->addWidget(m_chartView, 1);
    m_check = new QPushButton(this);
    m_check->setObjectName("gradientCheckButton");
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    connect(m_check, &QPushButton::clicked, this, &LayerHealthView::gradientCheckRequested);
    RetranslateUi();
}

void LayerHealthView::RetranslateUi() {
    m_findings->setAccessibleName(tr("Findings"));
    m_layersHeading->setText(
        tr("<b>Per layer</b>: weights W[l], activations A[l] and gradients "
           "dW[l] on the measured training images"));
    m_chart->setTitle(tr("Gradient size ‖dW[l]‖ / ‖W[l]‖"));
    m_x->setTitleText(tr("iteration"));
    m_chartView->setAccessibleName(tr("Gradient size per layer"));
    m_chartView->setAccessibleDescription(
        tr("How far one step moves each layer's weights relative to their size; a first layer "
           "far below the others means vanishing gradients"));
    m_check->setText(tr("&Check gradients…"));
    m_check->setAccessibleName(tr("Check gradients"));
    m_check->setToolTip(
        tr("Compare backpropagation's gradients with central differences on the "
           "current weights (the course's gradient check)"));
    Show();
}

void LayerHealthView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

void LayerHealthView::SetInspection(InspectionPtr inspection, bool perEpoch) {
    m_inspection = std::move(inspection);
    m_perEpoch = perEpoch;
    Show();
}

void LayerHealthView::Rows(size_t layers) {
    while (m_rows.size() > layers) {
        Row& r = m_rows.back();
        delete r.name;
        for (HistogramWidget* h : r.histograms) delete h;
        m_rows.pop_back();
    }
    while (m_rows.size() < layers) {
        Row r;
        const int at = int(m_rows.size());
        r.name = new QLabel(this);
        r.name->setObjectName(QStringLiteral("healthLayer_%1").arg(at + 1));
        r.name->setWordWrap(true);
        m_grid->addWidget(r.name, at, 0);
        for (int k = 0; k < 3; ++k) {
            r.histograms[k] = new HistogramWidget({}, this);
            r.histograms[k]->setObjectName(QStringLiteral("histogram_%1_%2").arg(at + 1).arg(k));
            m_grid->addWidget(r.histograms[k], at, k + 1);
        }
        m_rows.push_back(r);
    }
    m_grid->setColumnStretch(0, 0);
    for (int k = 1; k <= 3; ++k) m_grid->setColumnStretch(k, 1);
}

void LayerHealthView::Show() {
    if (!m_inspection || !m_inspection->parameters) {
        m_findings->setText(tr("Train or step once to see how each layer is doing."));
        Rows(0);
        for (QLineSeries* s : m_series) m_chart->removeSeries(s), delete s;
        m_series.clear();
        return;
    }
    const Inspection& in = *m_inspection;
    if (!in.error.isEmpty()) {
        m_findings->setText(in.error.toHtmlEscaped());
        return;
    }
    QString html;
    if (in.findings.empty()) html = QStringLiteral("✓ ") + FindingText::Healthy().toHtmlEscaped();
    for (const HealthFinding& f : in.findings)
        html += QStringLiteral("<p>⚠ <b>%1</b><br>%2</p>")
                    .arg(FindingText::What(f, in.stats.examples, m_perEpoch).toHtmlEscaped(),
                         FindingText::TryThis(f).toHtmlEscaped());
    m_findings->setText(html);

    const std::vector<LayerStatistics>& layers = in.stats.layers;
    Rows(layers.size());
    for (size_t i = 0; i < layers.size(); ++i) {
        const LayerStatistics& s = layers[i];
        QString name = tr("<b>Layer %1</b><br>%2, %n units", nullptr, int(s.units))
                           .arg(s.layer)
                           .arg(ArchitectureEditor::ActivationName(s.activation));
        if (s.activation == Activation::ReLU)
            name += QStringLiteral("<br>") + tr("dead: %1").arg(s.deadUnits);
        m_rows[i].name->setText(name);
        const QString l = QString::number(s.layer);
        m_rows[i].histograms[0]->SetTitle(QStringLiteral("W[%1]").arg(l));
        m_rows[i].histograms[0]->SetHistogram(s.histW);
        m_rows[i].histograms[1]->SetTitle(QStringLiteral("A[%1]").arg(l));
        m_rows[i].histograms[1]->SetHistogram(s.histA);
        m_rows[i].histograms[2]->SetTitle(QStringLiteral("dW[%1]").arg(l));
        m_rows[i].histograms[2]->SetHistogram(s.histDW);
    }

    // The ratio curves: one series per layer, points where the ratio is positive (log scale).
    const GradientRatios* r = in.ratios.get();
    const size_t L = r ? r->perLayer.size() : 0;
    while (m_series.size() > L) {
        m_chart->removeSeries(m_series.back());
        delete m_series.back();
        m_series.pop_back();
    }
    while (m_series.size() < L) {
        auto* s = new QLineSeries;
        s->setColor(kLayerColours[m_series.size() % std::size(kLayerColours)]);
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        m_series.push_back(s);
    }
    double lo = 1e300, hi = 0, last = 1;
    for (size_t l = 0; l < L; ++l) {
        QList<QPointF> points;
        for (size_t k = 0; k < r->iterations.size(); ++k) {
            const double v = r->perLayer[l][k];
            if (!(v > 0) || !std::isfinite(v)) continue;
            points.append({r->iterations[k], v});
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (!r->iterations.empty()) last = std::max(last, r->iterations.back());
        m_series[l]->setName(QStringLiteral("‖dW[%1]‖/‖W[%1]‖").arg(l + 1));
        m_series[l]->replace(points);
    }
    m_x->setRange(0, last);
    if (hi > 0)
        m_y->setRange(std::pow(10, std::floor(std::log10(lo))),
                      std::pow(10, std::ceil(std::log10(hi))));
}

QString LayerHealthView::FindingsText() const {
    return m_findings->text();
}

const HistogramWidget* LayerHealthView::HistogramOf(size_t layer, int which) const {
    return layer >= 1 && layer <= m_rows.size() ? m_rows[layer - 1].histograms[which] : nullptr;
}

int LayerHealthView::RatioPoints(size_t layer) const {
    return layer >= 1 && layer <= m_series.size() ? int(m_series[layer - 1]->count()) : 0;
}

}  // namespace layerlab
