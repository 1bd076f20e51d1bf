#include "CostChartView.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineF>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QPushButton>
#include <QSaveFile>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "Decimate.h"
#include "training/TrainingHistory.h"

namespace layerlab {
namespace {

constexpr double kLogFloor = 1e-6;  // costs at or below this sit on the log axis' floor

QFont ChartFont(const QFont& base, double scale, bool bold = false) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * scale);
    f.setBold(bold);
    return f;
}

QLineSeries* MakeSeries(const QString& name, const QColor& color, qreal width, Qt::PenStyle style) {
    auto* s = new QLineSeries;
    s->setName(name);
    QPen pen(color, width, style);
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
    auto* hint =
        new QLabel(tr("Wheel or drag to zoom · middle-drag to pan · double-click to fit"), this);
    hint->setObjectName("chartHint");
    hint->setStyleSheet("color: palette(mid);");
    m_logCheck = new QCheckBox(tr("&Log-scale cost"), this);
    m_logCheck->setObjectName("logScaleCheck");
    m_logCheck->setToolTip(
        tr("Show the cost on a logarithmic axis, to see it keep falling late in a run"));
    auto* fit = new QPushButton(tr("&Fit"), this);
    fit->setObjectName("fitChartButton");
    fit->setToolTip(tr("Show the whole run and follow it again"));
    header->addWidget(hint, 1);
    header->addWidget(m_logCheck);
    header->addWidget(fit);
    layout->addLayout(header);
    connect(m_logCheck, &QCheckBox::toggled, this, &CostChartView::SetLogScale);
    connect(fit, &QPushButton::clicked, this, &CostChartView::Fit);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    const QFont base = QApplication::font();
    m_chart->legend()->setFont(ChartFont(base, 1.0));
    m_chart->legend()->setAlignment(Qt::AlignTop);

    m_trainCost = MakeSeries(tr("train cost"), QColor("#1565c0"), 2.5, Qt::SolidLine);
    m_testCost = MakeSeries(tr("test cost"), QColor("#ef6c00"), 2.5, Qt::SolidLine);
    // Accuracies are solid too, but thinner: dashing a curve that oscillates for thousands of
    // iterations cost the UI thread up to 100 ms a frame.
    m_trainAccuracy = MakeSeries(tr("train accuracy"), QColor("#66bb6a"), 1.5, Qt::SolidLine);
    m_testAccuracy = MakeSeries(tr("test accuracy"), QColor("#ab47bc"), 1.5, Qt::SolidLine);
    m_divergence = MakeSeries(tr("diverged"), QColor("#c62828"), 3.0, Qt::DotLine);
    // On an epoch axis these are the train and test costs; the legend stays short enough to read.
    m_epochTrainCost = MakeSeries(tr("train cost"), QColor("#0d47a1"), 3.5, Qt::SolidLine);
    m_epochTestCost = MakeSeries(tr("test cost"), QColor("#e65100"), 3.5, Qt::SolidLine);
    for (QLineSeries* s : {m_trainCost, m_testCost, m_trainAccuracy, m_testAccuracy, m_divergence,
                           m_epochTrainCost, m_epochTestCost})
        m_chart->addSeries(s);
    for (QLineSeries* s : {m_divergence, m_epochTrainCost, m_epochTestCost})
        m_chart->legend()->markers(s).first()->setVisible(false);

    m_axisX = new QValueAxis;
    m_axisX->setTitleText(tr("iteration"));
    m_axisX->setLabelFormat("%.0f");
    m_axisAccuracy = new QValueAxis;
    m_axisAccuracy->setTitleText(tr("accuracy (%)"));
    m_axisAccuracy->setRange(0, 100);
    m_axisAccuracy->setLabelFormat("%.0f");
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisAccuracy, Qt::AlignRight);
    for (QLineSeries* s : {m_trainCost, m_testCost, m_trainAccuracy, m_testAccuracy, m_divergence,
                           m_epochTrainCost, m_epochTestCost})
        s->attachAxis(m_axisX);
    m_trainAccuracy->attachAxis(m_axisAccuracy);
    m_testAccuracy->attachAxis(m_axisAccuracy);
    for (QValueAxis* a : {m_axisX, m_axisAccuracy}) {
        a->setTitleFont(ChartFont(base, 1.05, true));
        a->setLabelsFont(ChartFont(base, 0.95));
    }
    MakeCostAxis();

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName("costChart");
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::RectangleRubberBand);
    m_view->viewport()->installEventFilter(this);
    m_view->setMinimumSize(320, 220);
    layout->addWidget(m_view, 1);

    m_frame.setSingleShot(true);
    m_frame.setInterval(33);
    connect(&m_frame, &QTimer::timeout, this, &CostChartView::Render);
    Render();
}

void CostChartView::SetHistory(const TrainingHistory* history) {
    m_history = history;
    Refresh();
}

void CostChartView::Refresh() {
    if (!m_frame.isActive()) m_frame.start();
}

void CostChartView::Fit() {
    m_follow = true;
    m_chart->zoomReset();
    Render();
}

void CostChartView::SetIterationBudget(size_t iterations) {
    m_budget = iterations;
    Refresh();
}

void CostChartView::SetLogScale(bool on) {
    if (on == m_logScale) return;
    m_logScale = on;
    {
        const QSignalBlocker block(m_logCheck);
        m_logCheck->setChecked(on);
    }
    MakeCostAxis();
    m_follow = true;
    Render();
    emit logScaleChanged(on);
}

void CostChartView::MakeCostAxis() {
    if (m_axisCost) {
        for (QLineSeries* s :
             {m_trainCost, m_testCost, m_divergence, m_epochTrainCost, m_epochTestCost})
            s->detachAxis(m_axisCost);
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
    const QFont base = QApplication::font();
    m_axisCost->setTitleFont(ChartFont(base, 1.05, true));
    m_axisCost->setLabelsFont(ChartFont(base, 0.95));
    m_chart->addAxis(m_axisCost, Qt::AlignLeft);
    for (QLineSeries* s :
         {m_trainCost, m_testCost, m_divergence, m_epochTrainCost, m_epochTestCost})
        s->attachAxis(m_axisCost);
}

void CostChartView::SetEpochAxis(bool epochs) {
    if (epochs == m_epochAxis) return;
    m_epochAxis = epochs;
    m_axisX->setTitleText(epochs ? tr("epoch") : tr("iteration"));
    m_axisX->setLabelFormat("%.0f");
    m_axisX->setTickType(epochs ? QValueAxis::TicksDynamic : QValueAxis::TicksFixed);
    // Each mini-batch's cost is noisy: a light line under the strong per-epoch ones.
    QPen pen = m_trainCost->pen();
    pen.setColor(epochs ? QColor(21, 101, 192, 70) : QColor("#1565c0"));
    pen.setWidthF(epochs ? 1.0 : 2.5);
    m_trainCost->setPen(pen);
    // Five curves share the legend's one line on an epoch axis: shorter names keep it whole.
    m_trainCost->setName(epochs ? tr("batch cost") : tr("train cost"));
    m_trainAccuracy->setName(epochs ? tr("train acc.") : tr("train accuracy"));
    m_testAccuracy->setName(epochs ? tr("test acc.") : tr("test accuracy"));
    m_chart->legend()->markers(m_testCost).first()->setVisible(!epochs);
    for (QLineSeries* s : {m_epochTrainCost, m_epochTestCost})
        m_chart->legend()->markers(s).first()->setVisible(epochs);
}

void CostChartView::Render() {
    QVector<QPointF> costs, testCosts, trainAcc, testAcc, epochTrain, epochTest;
    std::optional<double> divergedAt;
    const size_t perEpoch = m_history ? m_history->StepsPerEpoch() : 1;
    SetEpochAxis(perEpoch > 1);
    // Everything is gathered in iterations and scaled to epochs at the end.
    const double scale = 1.0 / static_cast<double>(perEpoch);
    if (m_history) {
        for (const EpochPoint& e : m_history->Epochs()) {
            epochTrain.append({e.iteration, e.trainCost});
            if (std::isfinite(e.testCost)) epochTest.append({e.iteration, e.testCost});
        }
        for (const TrainingHistory::Evaluation& e : m_history->Evaluations()) {
            if (std::isfinite(e.testCost)) testCosts.append({e.iteration, e.testCost});
            if (std::isfinite(e.trainAccuracy))
                trainAcc.append({e.iteration, 100 * e.trainAccuracy});
            if (std::isfinite(e.testAccuracy)) testAcc.append({e.iteration, 100 * e.testAccuracy});
        }
        divergedAt = m_history->DivergedAt();
    }
    const QVector<QPointF>& allCosts = m_history ? m_history->Costs() : costs;
    double last = allCosts.isEmpty() ? 0.0 : allCosts.back().x();
    if (!trainAcc.isEmpty()) last = std::max(last, trainAcc.back().x());
    if (divergedAt) last = std::max(last, *divergedAt);

    double x0 = 0, x1 = 0;
    if (m_follow) {
        // The whole budget when the run will fill it soon enough to read; else what is done.
        x1 = m_budget > 0 && (m_budget <= 100'000 || last > 0.5 * m_budget)
                 ? std::max<double>(m_budget, last)
                 : std::max(10.0, last * 1.1);
    } else {
        x0 = m_axisX->min() / scale;
        x1 = m_axisX->max() / scale;
    }
    const int buckets = std::max(100, static_cast<int>(m_chart->plotArea().width()));
    costs = Decimate(allCosts, x0, x1, buckets);
    testCosts = Decimate(testCosts, x0, x1, buckets);
    trainAcc = Decimate(trainAcc, x0, x1, buckets);
    testAcc = Decimate(testAcc, x0, x1, buckets);
    epochTrain = Decimate(epochTrain, x0, x1, buckets);
    epochTest = Decimate(epochTest, x0, x1, buckets);
    if (perEpoch > 1) testCosts.clear();  // the per-epoch test cost replaces the snapshots'
    for (QVector<QPointF>* v : {&costs, &testCosts, &epochTrain, &epochTest})
        for (QPointF& p : *v) {
            if (!std::isfinite(p.y())) p.setY(0);
            if (m_logScale) p.setY(std::max(p.y(), kLogFloor));
        }

    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    for (const QVector<QPointF>* v : {&costs, &testCosts, &epochTrain, &epochTest})
        for (const QPointF& p : *v) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    for (QVector<QPointF>* v : {&costs, &testCosts, &trainAcc, &testAcc, &epochTrain, &epochTest})
        for (QPointF& p : *v) p.setX(p.x() * scale);
    if (m_follow) {
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
    if (m_epochAxis) {
        // Ticks on whole epochs (1, 2, 5, 10, 20… apart), never more than about eight.
        const double span = m_axisX->max() - m_axisX->min();
        double step = 1;
        for (int i = 0; span / step > 8; ++i) step *= i % 3 == 1 ? 2.5 : 2;
        m_axisX->setTickAnchor(0);
        m_axisX->setTickInterval(step);
    }
    m_trainCost->replace(costs);
    m_testCost->replace(testCosts);
    m_trainAccuracy->replace(trainAcc);
    m_testAccuracy->replace(testAcc);
    m_epochTrainCost->replace(epochTrain);
    m_epochTestCost->replace(epochTest);
    if (divergedAt) {
        const auto* axis = m_axisCost;
        const double top = m_logScale ? static_cast<const QLogValueAxis*>(axis)->max()
                                      : static_cast<const QValueAxis*>(axis)->max();
        const double bottom = m_logScale ? static_cast<const QLogValueAxis*>(axis)->min()
                                         : static_cast<const QValueAxis*>(axis)->min();
        m_divergence->replace(
            {QPointF(*divergedAt * scale, bottom), QPointF(*divergedAt * scale, top)});
        m_divergence->setName(tr("diverged at iteration %1").arg(Iteration(*divergedAt)));
        m_chart->legend()->markers(m_divergence).first()->setVisible(true);
    } else if (m_divergence->count() > 0) {
        m_divergence->clear();
        m_chart->legend()->markers(m_divergence).first()->setVisible(false);
    }
    emit rendered();
}

qsizetype CostChartView::DrawnCostPoints() const {
    return m_trainCost->count();
}

QPoint CostChartView::ViewportPosition(const QPointF& value) const {
    return m_view->mapFromScene(m_chart->mapToScene(m_chart->mapToPosition(value, m_trainCost)));
}

QString CostChartView::ValueTextAt(const QPoint& viewportPos) const {
    if (!m_history) return {};
    const QPointF at = m_chart->mapFromScene(m_view->mapToScene(viewportPos));
    if (!m_chart->plotArea().contains(at)) return {};
    // The recorded value nearest the pointer on screen, not a point of the drawn (thinned) line.
    struct Curve {
        QString name;
        QVector<QPointF> points;
        QLineSeries* series;
        bool percent;
    };
    std::vector<Curve> curves;
    curves.push_back({tr("train cost"), m_history->Costs(), m_trainCost, false});
    Curve test{tr("test cost"), {}, m_testCost, false};
    Curve trainAcc{tr("train accuracy"), {}, m_trainAccuracy, true};
    Curve testAcc{tr("test accuracy"), {}, m_testAccuracy, true};
    for (const TrainingHistory::Evaluation& e : m_history->Evaluations()) {
        test.points.append({e.iteration, e.testCost});
        trainAcc.points.append({e.iteration, e.trainAccuracy});
        testAcc.points.append({e.iteration, e.testAccuracy});
    }
    curves.push_back(std::move(test));
    curves.push_back(std::move(trainAcc));
    curves.push_back(std::move(testAcc));
    if (m_epochAxis) {
        Curve epochTrain{tr("train cost per epoch"), {}, m_epochTrainCost, false};
        Curve epochTest{tr("test cost per epoch"), {}, m_epochTestCost, false};
        for (const EpochPoint& e : m_history->Epochs()) {
            epochTrain.points.append({e.iteration, e.trainCost});
            epochTest.points.append({e.iteration, e.testCost});
        }
        curves.push_back(std::move(epochTrain));
        curves.push_back(std::move(epochTest));
        curves[1].points.clear();  // the snapshots' test cost is not drawn on an epoch axis
    }
    // The curves hold iterations; the axis may count epochs.
    const double scale = 1.0 / static_cast<double>(m_history->StepsPerEpoch());
    for (Curve& c : curves)
        for (QPointF& p : c.points) p.setX(p.x() * scale);

    constexpr double kReach = 10.0;  // pixels
    double best = kReach;
    QString text;
    for (const Curve& c : curves) {
        if (c.points.isEmpty()) continue;
        const double x = m_chart->mapToValue(at, c.series).x();
        auto it = std::lower_bound(c.points.begin(), c.points.end(), x,
                                   [](const QPointF& p, double v) { return p.x() < v; });
        for (auto candidate : {it, it == c.points.begin() ? it : it - 1}) {
            if (candidate == c.points.end() || !std::isfinite(candidate->y())) continue;
            double shown = c.percent ? 100 * candidate->y() : candidate->y();
            if (m_logScale && !c.percent) shown = std::max(shown, kLogFloor);
            const QPointF onScreen = m_chart->mapToPosition({candidate->x(), shown}, c.series);
            const double distance = QLineF(onScreen, at).length();
            if (distance > best) continue;
            best = distance;
            const QString value = c.percent ? QStringLiteral("%1 %").arg(shown, 0, 'f', 1)
                                            : QString::number(candidate->y(), 'g', 6);
            text = m_epochAxis
                       ? tr("epoch %1\n%2: %3")
                             .arg(QString::number(candidate->x(), 'f', 2), c.name, value)
                       : tr("iteration %1\n%2: %3").arg(Iteration(candidate->x()), c.name, value);
        }
    }
    return text;
}

bool CostChartView::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_view->viewport()) return QWidget::eventFilter(watched, event);
    switch (event->type()) {
        case QEvent::Wheel: {
            auto* e = static_cast<QWheelEvent*>(event);
            const double factor = e->angleDelta().y() > 0 ? 0.8 : 1.25;
            const QRectF plot = m_chart->plotArea();
            const QPointF c = m_chart->mapFromScene(m_view->mapToScene(e->position().toPoint()));
            if (!plot.contains(c)) return false;
            QRectF r(0, 0, plot.width() * factor, plot.height() * factor);
            r.moveCenter(c + (plot.center() - c) * factor);
            m_follow = false;
            m_chart->zoomIn(r);
            Render();
            return true;
        }
        case QEvent::MouseButtonPress: {
            auto* e = static_cast<QMouseEvent*>(event);
            m_pressAt = e->position().toPoint();
            if (e->button() == Qt::MiddleButton ||
                (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ControlModifier))) {
                m_panning = true;
                m_panFrom = m_pressAt;
                return true;
            }
            return false;
        }
        case QEvent::MouseMove: {
            auto* e = static_cast<QMouseEvent*>(event);
            if (!m_panning) {
                if (e->buttons() == Qt::NoButton) {
                    const QString text = ValueTextAt(e->position().toPoint());
                    if (text.isEmpty())
                        QToolTip::hideText();
                    else
                        QToolTip::showText(e->globalPosition().toPoint(), text, m_view);
                }
                return false;
            }
            const QPoint d = e->position().toPoint() - m_panFrom;
            m_panFrom = e->position().toPoint();
            m_follow = false;
            m_chart->scroll(-d.x(), d.y());
            Refresh();
            return true;
        }
        case QEvent::MouseButtonRelease: {
            auto* e = static_cast<QMouseEvent*>(event);
            if (m_panning) {
                m_panning = false;
                return true;
            }
            // A dragged rectangle zooms in, a right click zooms out: either way, stop following.
            if (e->button() == Qt::RightButton ||
                (e->position().toPoint() - m_pressAt).manhattanLength() > 4) {
                m_follow = false;
                QTimer::singleShot(0, this, &CostChartView::Render);
            }
            return false;
        }
        case QEvent::MouseButtonDblClick:
            Fit();
            return true;
        default:
            return false;
    }
}

QString CostChartView::ExportPng(const QString& path) {
    Render();
    const QPixmap picture = m_view->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !picture.save(&file, "PNG") || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

}  // namespace layerlab
