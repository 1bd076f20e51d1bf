#pragma once

#include <QWidget>
#include <vector>

#include "inspect/Inspection.h"

class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QPushButton;
class QValueAxis;

namespace layerlab {

class HistogramWidget;

// Layer health in plain words, live: the findings (dead ReLUs, a saturated output, vanishing
// gradients, a rising cost) with what to try, every layer's histograms of weights, activations
// and gradients, and ‖dW[l]‖ / ‖W[l]‖ of each layer over the iterations on a log scale. The
// thresholds are HealthFindings'; the numbers come from the NetworkInspector's sample.
class LayerHealthView : public QWidget {
    Q_OBJECT
public:
    explicit LayerHealthView(QWidget* parent = nullptr);

    // perEpoch: the inspection's cost finding counted epochs (a mini-batch run).
    void SetInspection(InspectionPtr inspection, bool perEpoch);
    // The findings as shown (for tests).
    QString FindingsText() const;
    int LayerRows() const { return int(m_rows.size()); }
    const HistogramWidget* HistogramOf(size_t layer, int which) const;  // 0 W, 1 A, 2 dW
    int RatioPoints(size_t layer) const;

signals:
    void gradientCheckRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        QLabel* name;
        HistogramWidget* histograms[3];
    };
    void RetranslateUi();
    void Show();
    void Rows(size_t layers);

    InspectionPtr m_inspection;
    bool m_perEpoch = false;
    QLabel* m_findings = nullptr;
    QLabel* m_layersHeading = nullptr;
    QGridLayout* m_grid = nullptr;
    std::vector<Row> m_rows;
    QChartView* m_chartView = nullptr;
    QChart* m_chart = nullptr;
    QValueAxis* m_x = nullptr;
    QLogValueAxis* m_y = nullptr;
    std::vector<QLineSeries*> m_series;
    QPushButton* m_check = nullptr;
};

}  // namespace layerlab
