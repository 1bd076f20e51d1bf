#pragma once

#include <QSet>
#include <QTimer>
#include <QWidget>
#include <vector>

#include "chart/ChartOverlay.h"

class QAbstractAxis;
class QCheckBox;
class QPushButton;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace layerlab {

class ChartLegend;
class ChartNavigator;
class RunCurves;
class TrainingHistory;

// The live cost chart: train cost of every iteration, test cost and train/test accuracy at each
// snapshot. Follows a TrainingHistory by its signals and redraws at most ~30 times a second with
// one replace() per series, thinned to the pixels on screen. Hover for values; ChartNavigator
// zooms and pans.
class CostChartView : public QWidget {
    Q_OBJECT
public:
    explicit CostChartView(QWidget* parent = nullptr);
    ~CostChartView() override;

    // The run to draw and follow (not owned).
    void SetHistory(const TrainingHistory* history);
    // A new run: follow it from the start.
    void Fit();
    void SetIterationBudget(size_t iterations);
    void SetLogScale(bool on);
    // Past runs drawn over the live one, each in its colour with its name in the legend; the
    // axes make room for the longest. An empty list removes them.
    void SetOverlays(std::vector<ChartOverlay> overlays);
    size_t OverlayCount() const { return m_overlays.size(); }
    // The colour of the i-th overlay: distinct from the live run's curves, at least 3:1 on white.
    static QColor OverlayColour(size_t i);
    bool LogScale() const { return m_logScale; }
    // Presentation mode: lines twice as thick (the fonts follow the widget's font).
    void SetPresentation(bool on);
    double LineScale() const { return m_lineScale; }
    // Writes the chart as a PNG by OutputFile's rules (ExportFile); returns why it failed, or an
    // empty string.
    QString ExportPng(const QString& path);
    // Points currently drawn for the train cost (after thinning), for tests and the benchmark.
    qsizetype DrawnCostPoints() const;
    // What hovering at a point of the chart's viewport shows ("iteration 120\ntrain cost 0.52"),
    // or an empty string when no curve is within a few pixels.
    QString ValueTextAt(const QPoint& viewportPos) const;
    // Where a train-cost value is drawn, in viewport coordinates (for tests).
    QPoint ViewportPosition(const QPointF& value) const;
    // The curves in words, for screen readers (the chart's accessible description): the last
    // iteration's train and test cost and accuracies.
    QString Summary() const;

protected:
    void changeEvent(QEvent* event) override;
    // The buttons', curves' and axes' names in the current language.
    void RetranslateUi();

signals:
    void logScaleChanged(bool on);
    void rendered();

private:
    // Draws at the next frame.
    void RequestFrame();
    void Render();
    void MakeCostAxis();
    // The chart's fonts from the widget's.
    void ApplyStyle();
    // The curves' colours from the ColourScheme.
    void ApplyColours();
    // Summary() and the zoom hint as the chart's accessible description.
    void DescribeForScreenReaders();
    // The legend's names, colours and lines from the series in m_inLegend.
    void UpdateLegend();
    // Switches the x axis between iterations and epochs, restyling the per-batch cost.
    void SetEpochAxis(bool epochs);

    RunCurves* m_curves = nullptr;
    ChartNavigator* m_navigator = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QWidget* m_plot = nullptr;  // the view and its legend
    ChartLegend* m_legend = nullptr;
    QSet<const QLineSeries*> m_inLegend;  // the series the legend names
    QCheckBox* m_logCheck = nullptr;
    QPushButton* m_fit = nullptr;
    QLineSeries* m_trainCost = nullptr;
    QLineSeries* m_testCost = nullptr;
    QLineSeries* m_trainAccuracy = nullptr;
    QLineSeries* m_testAccuracy = nullptr;
    QLineSeries* m_divergence = nullptr;
    // Mini-batch runs: the per-epoch costs, drawn strongly over the light per-batch cost.
    QLineSeries* m_epochTrainCost = nullptr;
    QLineSeries* m_epochTestCost = nullptr;
    bool m_epochAxis = false;  // the x axis counts epochs
    QValueAxis* m_axisX = nullptr;
    QAbstractAxis* m_axisCost = nullptr;
    QValueAxis* m_axisAccuracy = nullptr;
    // The overlays and their series: a cost line and a dashed test accuracy line each.
    std::vector<ChartOverlay> m_overlays;
    std::vector<QLineSeries*> m_overlayCost, m_overlayAccuracy;
    QTimer m_frame;
    bool m_logScale = false;
    double m_lineScale = 1.0;
    size_t m_budget = 0;
};

}  // namespace layerlab
