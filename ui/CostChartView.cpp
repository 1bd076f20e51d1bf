#include "CostChartView.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineF>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "ColourScheme.h"
#include "Concepts.h"
#include "ExportFile.h"
#include "chart/ChartLegend.h"
#include "chart/ChartNavigator.h"
#include "chart/RunCurves.h"

namespace layerlab {
namespace {

constexpr double kLogFloor = 1e-6;  // costs at or below this sit on the log axis' floor

QString kZoomHint() {
    return CostChartView::tr("wheel or drag to zoom, middle-drag to pan, double-click to fit");
}

QFont ChartFont(const QFont& base, double scale, bool bold = false) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * scale);
    f.setBold(bold);
    return f;
}

QLineSeries* MakeSeries(qreal width, Qt::PenStyle style) {
    auto* s = new QLineSeries;
    QPen pen(Qt::black, width, style);  // ApplyColours colours it
    pen.setCapStyle(Qt::FlatCap);
    s->setPen(pen);
    return s;
}

QString Iteration(double x) {
    return QLocale().toString(static_cast<qlonglong>(std::llround(x)));
}

}  // namespace

CostChartView::CostChartView(QWidget* parent) : QWidget(parent) {
    setObjectName("costChartView");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 8, 0);
    m_logCheck = new QCheckBox(this);
    m_logCheck->setObjectName("logScaleCheck");
    m_fit = new QPushButton(this);
    m_fit->setObjectName("fitChartButton");
    header->addStretch(1);
    header->addWidget(m_logCheck);
    header->addWidget(m_fit);
    layout->addLayout(header);
    connect(m_logCheck, &QCheckBox::toggled, this, &CostChartView::SetLogScale);
    connect(m_fit, &QPushButton::clicked, this, &CostChartView::Fit);
    m_curves = new RunCurves(this);
    connect(m_curves, &RunCurves::changed, this, &CostChartView::RequestFrame);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    // Our own legend under the chart wraps its names; Qt Charts' elides them ("b…, tr…").
    m_chart->legend()->hide();

    m_trainCost = MakeSeries(2.5, Qt::SolidLine);
    m_testCost = MakeSeries(2.5, Qt::SolidLine);
    // Accuracies are solid too, but thinner: dashing a curve that oscillates for thousands of
    // iterations cost the UI thread up to 100 ms a frame.
    m_trainAccuracy = MakeSeries(1.5, Qt::SolidLine);
    m_testAccuracy = MakeSeries(1.5, Qt::SolidLine);
    m_divergence = MakeSeries(3.0, Qt::DotLine);
    // On an epoch axis these are the train and test costs; the legend stays short enough to read.
    m_epochTrainCost = MakeSeries(3.5, Qt::SolidLine);
    m_epochTestCost = MakeSeries(3.5, Qt::SolidLine);
    ApplyColours();
    connect(ColourScheme::Notifier(), &ColourScheme::changed, this, &CostChartView::ApplyColours);
    for (QLineSeries* s : {m_trainCost, m_testCost, m_trainAccuracy, m_testAccuracy, m_divergence,
                           m_epochTrainCost, m_epochTestCost})
        m_chart->addSeries(s);
    m_inLegend = {m_trainCost, m_testCost, m_trainAccuracy, m_testAccuracy};

    m_axisX = new QValueAxis;
    m_axisX->setLabelFormat("%.0f");
    m_axisAccuracy = new QValueAxis;
    m_axisAccuracy->setRange(0, 100);
    m_axisAccuracy->setLabelFormat("%.0f");
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisAccuracy, Qt::AlignRight);
    for (QLineSeries* s : {m_trainCost, m_testCost, m_trainAccuracy, m_testAccuracy, m_divergence,
                           m_epochTrainCost, m_epochTestCost})
        s->attachAxis(m_axisX);
    m_trainAccuracy->attachAxis(m_axisAccuracy);
    m_testAccuracy->attachAxis(m_axisAccuracy);
    MakeCostAxis();

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName("costChart");
    RetranslateUi();
    // How to zoom, on the Fit button's tooltip and for screen readers: a label above the chart
    // was cut short at every window size, and the status bar is the run's (hovering the chart
    // would cover "Finished").
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    // The chart and its legend in one widget, which is what File ▸ Export chart pictures.
    m_plot = new QWidget(this);
    m_plot->setObjectName("costChartWithLegend");
    auto* plotLayout = new QVBoxLayout(m_plot);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->setSpacing(0);
    plotLayout->addWidget(m_view, 1);
    m_legend = new ChartLegend(m_plot);
    plotLayout->addWidget(m_legend);
    m_legend->setAccessibleName(tr("Legend of the cost chart"));
    layout->addWidget(m_plot, 1);
    ApplyStyle();
    UpdateLegend();
    m_navigator = new ChartNavigator(m_view, this);
    connect(m_navigator, &ChartNavigator::rangeChanged, this, &CostChartView::Render);
    connect(m_navigator, &ChartNavigator::rangeDragged, this, &CostChartView::RequestFrame);
    connect(m_navigator, &ChartNavigator::hovered, this,
            [this](const QPoint& at, const QPoint& global) {
                const QString text = ValueTextAt(at);
                if (text.isEmpty())
                    QToolTip::hideText();
                else
                    QToolTip::showText(global, text, m_view);
            });

    m_frame.setSingleShot(true);
    m_frame.setInterval(33);
    connect(&m_frame, &QTimer::timeout, this, &CostChartView::Render);
    Render();
}

CostChartView::~CostChartView() {
    // The navigator watches the view's viewport, which the view destroys after its own private
    // data: an event sent to the filter then read freed memory (valgrind, tst_mainwindow).
    m_view->viewport()->removeEventFilter(m_navigator);
}

void CostChartView::SetHistory(const TrainingHistory* history) {
    m_curves->SetHistory(history);
}

void CostChartView::RequestFrame() {
    if (!m_frame.isActive()) m_frame.start();
}

void CostChartView::Fit() {
    m_navigator->Fit();
    Render();
}

void CostChartView::SetIterationBudget(size_t iterations) {
    m_budget = iterations;
    RequestFrame();
}

void CostChartView::SetLogScale(bool on) {
    if (on == m_logScale) return;
    m_logScale = on;
    {
        const QSignalBlocker block(m_logCheck);
        m_logCheck->setChecked(on);
    }
    MakeCostAxis();
    m_navigator->Follow();
    Render();
    emit logScaleChanged(on);
}

QColor CostChartView::OverlayColour(size_t i) {
    // Purple, brown, teal, magenta, olive, slate: none is a live curve's hue, each ≥ 4.5:1 on
    // white, so a thin line and its legend name both read from the back of a room.
    static const QColor kColours[] = {QColor(0x6a, 0x1b, 0x9a), QColor(0x8c, 0x51, 0x0a),
                                      QColor(0x00, 0x69, 0x5c), QColor(0xad, 0x14, 0x57),
                                      QColor(0x55, 0x6b, 0x00), QColor(0x37, 0x47, 0x4f)};
    return kColours[i % std::size(kColours)];
}

void CostChartView::SetOverlays(std::vector<ChartOverlay> overlays) {
    for (QLineSeries* s : m_overlayCost) m_chart->removeSeries(s), delete s;
    for (QLineSeries* s : m_overlayAccuracy) m_chart->removeSeries(s), delete s;
    m_overlayCost.clear();
    m_overlayAccuracy.clear();
    m_overlays = std::move(overlays);
    for (const ChartOverlay& o : m_overlays) {
        QLineSeries* cost = MakeSeries(1.75 * m_lineScale, Qt::SolidLine);
        // Dashed only over the evaluations (about 200 points), never a whole cost curve: dashing
        // thousands of points cost the UI thread up to 100 ms a frame.
        QLineSeries* accuracy = MakeSeries(1.5 * m_lineScale, Qt::DashLine);
        for (QLineSeries* series : {cost, accuracy}) {
            QPen pen = series->pen();
            pen.setColor(o.colour);
            series->setPen(pen);
            series->setName(o.name);
            m_chart->addSeries(series);
            series->attachAxis(m_axisX);
        }
        cost->attachAxis(m_axisCost);
        accuracy->attachAxis(m_axisAccuracy);
        m_overlayCost.push_back(cost);
        m_overlayAccuracy.push_back(accuracy);
    }
    m_navigator->Follow();
    Render();
}

void CostChartView::MakeCostAxis() {
    if (m_axisCost) {
        for (QLineSeries* s :
             {m_trainCost, m_testCost, m_divergence, m_epochTrainCost, m_epochTestCost})
            s->detachAxis(m_axisCost);
        for (QLineSeries* s : m_overlayCost) s->detachAxis(m_axisCost);
        m_chart->removeAxis(m_axisCost);
        delete m_axisCost;
    }
    if (m_logScale) {
        auto* axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat("%g");
        axis->setMinorTickCount(8);
        m_axisCost = axis;
    } else {
        auto* axis = new QValueAxis;
        axis->setLabelFormat("%.2f");
        m_axisCost = axis;
    }
    m_axisCost->setTitleText(m_logScale ? tr("cost (log scale)") : tr("cost"));
    m_chart->addAxis(m_axisCost, Qt::AlignLeft);
    ApplyStyle();
    for (QLineSeries* s :
         {m_trainCost, m_testCost, m_divergence, m_epochTrainCost, m_epochTestCost})
        s->attachAxis(m_axisCost);
    for (QLineSeries* s : m_overlayCost) s->attachAxis(m_axisCost);
}

void CostChartView::SetPresentation(bool on) {
    const double scale = on ? 2.0 : 1.0;
    if (scale == m_lineScale) return;
    for (QLineSeries* s : {m_trainCost, m_testCost, m_trainAccuracy, m_testAccuracy, m_divergence,
                           m_epochTrainCost, m_epochTestCost}) {
        QPen pen = s->pen();
        pen.setWidthF(pen.widthF() / m_lineScale * scale);
        s->setPen(pen);
    }
    for (const std::vector<QLineSeries*>* list : {&m_overlayCost, &m_overlayAccuracy})
        for (QLineSeries* s : *list) {
            QPen pen = s->pen();
            pen.setWidthF(pen.widthF() / m_lineScale * scale);
            s->setPen(pen);
        }
    m_lineScale = scale;
    UpdateLegend();
}

void CostChartView::ApplyColours() {
    using Curve = ColourScheme::Curve;
    const auto colour = [](QLineSeries* series, const QColor& c) {
        QPen pen = series->pen();
        pen.setColor(c);
        series->setPen(pen);
    };
    const QColor train = ColourScheme::CurveColour(Curve::TrainCost);
    const QColor test = ColourScheme::CurveColour(Curve::TestCost);
    // Each mini-batch's cost is noisy: on an epoch axis a light line under the per-epoch ones.
    colour(m_trainCost, m_epochAxis ? QColor(train.red(), train.green(), train.blue(), 70) : train);
    colour(m_testCost, test);
    colour(m_trainAccuracy, ColourScheme::CurveColour(Curve::TrainAccuracy));
    colour(m_testAccuracy, ColourScheme::CurveColour(Curve::TestAccuracy));
    colour(m_divergence, ColourScheme::CurveColour(Curve::Divergence));
    colour(m_epochTrainCost, train.darker(125));
    colour(m_epochTestCost, test.darker(110));
    if (m_legend) UpdateLegend();
}

void CostChartView::ApplyStyle() {
    // The chart is a QGraphicsScene: it does not follow the widget's font by itself, so the
    // window's font (larger in presentation mode) is applied here.
    const QFont base = font();
    if (m_legend) m_legend->setFont(ChartFont(base, 1.0));
    for (QAbstractAxis* a : {static_cast<QAbstractAxis*>(m_axisX), m_axisCost,
                             static_cast<QAbstractAxis*>(m_axisAccuracy)}) {
        if (!a) continue;
        a->setTitleFont(ChartFont(base, 1.05, true));
        a->setLabelsFont(ChartFont(base, 0.95));
    }
}

void CostChartView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_chart) ApplyStyle();
    if (event->type() == QEvent::LanguageChange && m_chart) {
        RetranslateUi();
        Render();  // the divergence mark's name
    }
}

void CostChartView::RetranslateUi() {
    m_logCheck->setText(tr("&Log-scale cost"));
    m_logCheck->setToolTip(
        tr("Show the cost on a logarithmic axis, to see it keep falling late in a run"));
    // Alt+F is the File menu's.
    m_fit->setText(tr("Fi&t"));
    m_fit->setToolTip(
        tr("Show the whole run and follow it again.\nOn the chart: %1").arg(kZoomHint()));
    m_trainCost->setName(m_epochAxis ? tr("batch cost") : tr("train cost"));
    m_testCost->setName(tr("test cost"));
    m_trainAccuracy->setName(tr("train acc."));
    m_testAccuracy->setName(tr("test acc."));
    m_divergence->setName(tr("diverged"));
    m_epochTrainCost->setName(tr("train cost"));
    m_epochTestCost->setName(tr("test cost"));
    m_axisX->setTitleText(m_epochAxis ? tr("epoch") : tr("iteration"));
    m_axisAccuracy->setTitleText(tr("accuracy (%)"));
    if (m_axisCost) m_axisCost->setTitleText(m_logScale ? tr("cost (log scale)") : tr("cost"));
    for (QWidget* w : {static_cast<QWidget*>(m_logCheck), static_cast<QWidget*>(m_fit)})
        Concepts::Attach(w, "cost");
    if (m_legend) m_legend->setAccessibleName(tr("Legend of the cost chart"));
    if (m_view) {
        m_view->setAccessibleName(tr("Cost chart"));
        Concepts::Attach(m_view, "cost");
        DescribeForScreenReaders();
    }
}

QString CostChartView::Summary() const {
    const auto last = [](const CostSeries& s) -> std::optional<QPointF> {
        const QVector<QPointF>& p = s.Points();
        for (auto it = p.crbegin(); it != p.crend(); ++it)
            if (std::isfinite(it->y())) return *it;
        return std::nullopt;
    };
    const auto number = [](double v) { return QLocale().toString(v, 'g', 4); };
    const auto percent = [](double v) { return QLocale().toString(v, 'f', 1); };
    const std::optional<QPointF> cost = last(m_curves->TrainCost());
    if (!cost) return tr("No run yet: train (F5) to draw the cost");
    QString text = tr("Iteration %1: train cost %2")
                       .arg(Iteration(m_curves->LastIteration()), number(cost->y()));
    if (const auto test = last(m_curves->TestCost()))
        text = tr("%1, test cost %2").arg(text, number(test->y()));
    if (const auto train = last(m_curves->TrainAccuracy()))
        text = tr("%1, train accuracy %2 %").arg(text, percent(train->y()));
    if (const auto test = last(m_curves->TestAccuracy()))
        text = tr("%1, test accuracy %2 %").arg(text, percent(test->y()));
    if (const auto at = m_curves->DivergedAt())
        text = tr("%1; diverged at iteration %2").arg(text, Iteration(*at));
    return text;
}

void CostChartView::DescribeForScreenReaders() {
    // The curves in words, then how to zoom: a label above the chart was cut short at every
    // window size, and the status bar is the run's.
    const QString description = tr("%1.\n%2").arg(Summary(), kZoomHint());
    if (m_view->accessibleDescription() != description)
        m_view->setAccessibleDescription(description);
}

void CostChartView::SetEpochAxis(bool epochs) {
    if (epochs == m_epochAxis) return;
    m_epochAxis = epochs;
    m_axisX->setTitleText(epochs ? tr("epoch") : tr("iteration"));
    m_axisX->setLabelFormat("%.0f");
    m_axisX->setTickType(epochs ? QValueAxis::TicksDynamic : QValueAxis::TicksFixed);
    // Each mini-batch's cost is noisy: a thin light line under the strong per-epoch ones.
    QPen pen = m_trainCost->pen();
    pen.setWidthF((epochs ? 1.0 : 2.5) * m_lineScale);
    m_trainCost->setPen(pen);
    ApplyColours();
    // Five curves share the legend's one line on an epoch axis: shorter names keep it whole.
    m_trainCost->setName(epochs ? tr("batch cost") : tr("train cost"));
    if (epochs) {
        m_inLegend.remove(m_testCost);
        m_inLegend.unite({m_epochTrainCost, m_epochTestCost});
    } else {
        m_inLegend.insert(m_testCost);
        m_inLegend.subtract({m_epochTrainCost, m_epochTestCost});
    }
}

void CostChartView::Render() {
    const size_t perEpoch = m_curves->StepsPerEpoch();
    SetEpochAxis(perEpoch > 1);
    // The curves hold iterations, scaled to epochs at the end.
    const double scale = 1.0 / static_cast<double>(perEpoch);
    const std::optional<double> divergedAt = m_curves->DivergedAt();
    // The overlays' x in the chart's units: iterations, or on an epoch axis their own epochs.
    const auto overlayUnit = [&](const ChartOverlay& o) {
        return perEpoch > 1 ? 1.0 / static_cast<double>(o.stepsPerEpoch) : 1.0;
    };
    double last = m_curves->LastIteration();
    for (const ChartOverlay& o : m_overlays)
        if (!o.cost.IsEmpty())
            last = std::max(last, o.cost.Points().back().x() * overlayUnit(o) / scale);

    double x0 = 0, x1 = 0;
    const bool follow = m_navigator->Following();
    if (follow) {
        // The axis grows with the run in readable steps (10, 20, 50, 100…), so a single Step
        // shows at once; it ends at the budget, which the finished run fills.
        x1 = 10;
        for (int i = 0; x1 < last + 1; ++i) x1 *= i % 3 == 1 ? 2.5 : 2;
        if (m_budget > 0 && last <= static_cast<double>(m_budget))
            x1 = std::min<double>(x1, std::max<double>(static_cast<double>(m_budget), last));
    } else {
        x0 = m_axisX->min() / scale;
        x1 = m_axisX->max() / scale;
    }
    const int buckets = std::max(100, static_cast<int>(m_chart->plotArea().width()));
    QVector<QPointF> costs = m_curves->TrainCost().Decimated(x0, x1, buckets);
    // On an epoch axis the per-epoch test cost replaces the snapshots'.
    QVector<QPointF> testCosts =
        perEpoch > 1 ? QVector<QPointF>() : m_curves->TestCost().Decimated(x0, x1, buckets);
    QVector<QPointF> trainAcc = m_curves->TrainAccuracy().Decimated(x0, x1, buckets);
    QVector<QPointF> testAcc = m_curves->TestAccuracy().Decimated(x0, x1, buckets);
    QVector<QPointF> epochTrain = m_curves->EpochTrainCost().Decimated(x0, x1, buckets);
    QVector<QPointF> epochTest = m_curves->EpochTestCost().Decimated(x0, x1, buckets);
    for (QVector<QPointF>* v : {&costs, &testCosts, &epochTrain, &epochTest})
        for (QPointF& p : *v) {
            if (!std::isfinite(p.y())) p.setY(0);
            if (m_logScale) p.setY(std::max(p.y(), kLogFloor));
        }

    // Each overlay over the same stretch of the chart, in its own units.
    std::vector<QVector<QPointF>> overlayCosts, overlayAccuracies;
    for (const ChartOverlay& o : m_overlays) {
        const double toOverlay = scale / overlayUnit(o);
        QVector<QPointF> c = o.cost.Decimated(x0 * toOverlay, x1 * toOverlay, buckets);
        QVector<QPointF> a = o.testAccuracy.Decimated(x0 * toOverlay, x1 * toOverlay, buckets);
        for (QPointF& p : c) {
            if (!std::isfinite(p.y())) p.setY(0);
            if (m_logScale) p.setY(std::max(p.y(), kLogFloor));
            p.setX(p.x() * overlayUnit(o));
        }
        for (QPointF& p : a) p.setX(p.x() * overlayUnit(o));
        overlayCosts.push_back(std::move(c));
        overlayAccuracies.push_back(std::move(a));
    }

    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    for (const QVector<QPointF>* v : {&costs, &testCosts, &epochTrain, &epochTest})
        for (const QPointF& p : *v) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    for (const QVector<QPointF>& v : overlayCosts)
        for (const QPointF& p : v) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    for (QVector<QPointF>* v : {&costs, &testCosts, &trainAcc, &testAcc, &epochTrain, &epochTest})
        for (QPointF& p : *v) p.setX(p.x() * scale);
    if (follow) {
        m_axisX->setRange(x0 * scale, x1 * scale);
        if (m_logScale) {
            if (!(hi > 0)) lo = 0.01, hi = 1;
            m_axisCost->setRange(std::pow(10, std::floor(std::log10(lo))),
                                 std::pow(10, std::ceil(std::log10(hi * 1.01))));
        } else {
            auto* axis = static_cast<QValueAxis*>(m_axisCost);
            axis->setRange(0, hi > 0 ? hi * 1.05 : 1.0);
            axis->applyNiceNumbers();  // ticks at 0.2, 0.4… rather than 0.27, 0.54…
        }
        m_axisAccuracy->setRange(0, 100);
    }
    if (follow && !m_epochAxis) {
        // Whole-number ticks on the growing axis: 0, 2, 4… of 10 rather than 0, 2.5 shown as 3.
        const long span = std::lround(x1 - x0);
        int ticks = 5;
        for (int c : {6, 5, 3})
            if (span % (c - 1) == 0) {
                ticks = c;
                break;
            }
        m_axisX->setTickCount(ticks);
    }
    if (m_epochAxis) {
        // Ticks on whole epochs (1, 2, 5, 10, 20… apart), never more than about eight.
        const double span = m_axisX->max() - m_axisX->min();
        double step = 1;
        for (int i = 0; span / step > 8; ++i) step *= i % 3 == 1 ? 2.5 : 2;
        m_axisX->setTickAnchor(0);
        m_axisX->setTickInterval(step);
    }
    // A few points are drawn as dots too: one Step's cost is a point, not yet a line.
    m_trainCost->setPointsVisible(costs.size() < 20);
    m_trainCost->replace(costs);
    m_testCost->replace(testCosts);
    m_trainAccuracy->replace(trainAcc);
    m_testAccuracy->replace(testAcc);
    m_epochTrainCost->replace(epochTrain);
    m_epochTestCost->replace(epochTest);
    for (size_t i = 0; i < m_overlays.size(); ++i) {
        m_overlayCost[i]->replace(overlayCosts[i]);
        m_overlayAccuracy[i]->replace(overlayAccuracies[i]);
    }
    if (divergedAt) {
        const auto* axis = m_axisCost;
        const double top = m_logScale ? static_cast<const QLogValueAxis*>(axis)->max()
                                      : static_cast<const QValueAxis*>(axis)->max();
        const double bottom = m_logScale ? static_cast<const QLogValueAxis*>(axis)->min()
                                         : static_cast<const QValueAxis*>(axis)->min();
        m_divergence->replace(
            {QPointF(*divergedAt * scale, bottom), QPointF(*divergedAt * scale, top)});
        m_divergence->setName(tr("diverged at iteration %1").arg(Iteration(*divergedAt)));
        m_inLegend.insert(m_divergence);
    } else if (m_divergence->count() > 0) {
        m_divergence->clear();
        m_inLegend.remove(m_divergence);
    }
    UpdateLegend();
    DescribeForScreenReaders();
    emit rendered();
}

qsizetype CostChartView::DrawnCostPoints() const {
    return m_trainCost->count();
}

QPoint CostChartView::ViewportPosition(const QPointF& value) const {
    return m_view->mapFromScene(m_chart->mapToScene(m_chart->mapToPosition(value, m_trainCost)));
}

QString CostChartView::ValueTextAt(const QPoint& viewportPos) const {
    const QPointF at = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    if (!m_chart->plotArea().contains(at)) return {};
    // The recorded value nearest the pointer on screen, not a point of the drawn (thinned) line.
    struct Curve {
        QString name;
        const CostSeries& points;
        QLineSeries* series;
        bool percent;
    };
    std::vector<Curve> curves{{tr("train cost"), m_curves->TrainCost(), m_trainCost, false}};
    // The snapshots' test cost is not drawn on an epoch axis.
    if (!m_epochAxis) curves.push_back({tr("test cost"), m_curves->TestCost(), m_testCost, false});
    curves.push_back({tr("train accuracy"), m_curves->TrainAccuracy(), m_trainAccuracy, true});
    curves.push_back({tr("test accuracy"), m_curves->TestAccuracy(), m_testAccuracy, true});
    if (m_epochAxis) {
        curves.push_back(
            {tr("train cost per epoch"), m_curves->EpochTrainCost(), m_epochTrainCost, false});
        curves.push_back(
            {tr("test cost per epoch"), m_curves->EpochTestCost(), m_epochTestCost, false});
    }
    // The curves hold iterations; the axis may count epochs.
    const double scale = 1.0 / static_cast<double>(m_curves->StepsPerEpoch());
    const auto before = [scale](const QPointF& p, double x) { return p.x() * scale < x; };

    constexpr double kReach = 10.0;  // pixels
    double best = kReach;
    QString text;
    for (const Curve& c : curves) {
        const QVector<QPointF>& points = c.points.Points();
        if (points.isEmpty()) continue;
        const double x = m_chart->mapToValue(at, c.series).x();
        auto it = std::lower_bound(points.begin(), points.end(), x, before);
        for (auto candidate : {it, it == points.begin() ? it : it - 1}) {
            if (candidate == points.end() || !std::isfinite(candidate->y())) continue;
            const double shownX = candidate->x() * scale;
            double shown = candidate->y();
            if (m_logScale && !c.percent) shown = std::max(shown, kLogFloor);
            const QPointF onScreen = m_chart->mapToPosition({shownX, shown}, c.series);
            const double distance = QLineF(onScreen, at).length();
            if (distance > best) continue;
            best = distance;
            const QString value = c.percent ? QStringLiteral("%1 %").arg(shown, 0, 'f', 1)
                                            : QString::number(candidate->y(), 'g', 6);
            text = m_epochAxis
                       ? tr("epoch %1\n%2: %3").arg(QString::number(shownX, 'f', 2), c.name, value)
                       : tr("iteration %1\n%2: %3").arg(Iteration(shownX), c.name, value);
        }
    }
    return text;
}

void CostChartView::UpdateLegend() {
    QList<ChartLegend::Entry> entries;
    for (QLineSeries* s : {m_trainCost, m_testCost, m_epochTrainCost, m_epochTestCost,
                           m_trainAccuracy, m_testAccuracy, m_divergence})
        if (m_inLegend.contains(s))
            entries.append({s->name(), s->pen().color(), s->pen().widthF(), s->pen().style()});
    bool anyAccuracy = false;
    for (size_t i = 0; i < m_overlays.size(); ++i) {
        const QPen pen = m_overlayCost[i]->pen();
        entries.append({m_overlays[i].name, pen.color(), pen.widthF(), pen.style()});
        anyAccuracy = anyAccuracy || !m_overlays[i].testAccuracy.IsEmpty();
    }
    // One key for every overlay's dashed line, rather than a second entry per run.
    if (anyAccuracy)
        entries.append({tr("dashed: their test accuracy"), palette().color(QPalette::WindowText),
                        1.5 * m_lineScale, Qt::DashLine});
    m_legend->SetEntries(entries);
}

QString CostChartView::ExportPng(const QString& path) {
    Render();
    const QPixmap picture = m_plot->grab();
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !picture.save(&buffer, "PNG"))
        return tr("%1: the chart could not be encoded as PNG").arg(path);
    return ExportFile::Write(path, png);
}

}  // namespace layerlab
