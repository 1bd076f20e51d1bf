#pragma once

#include <QObject>
#include <QPoint>

class QChartView;

namespace layerlab {

// Pan and zoom on a chart view: the wheel zooms about the pointer, a dragged rectangle zooms to
// it (the view's rubber band), middle-drag or Ctrl+drag pans, a right click zooms out and a
// double click fits the run again. Until the user zooms or pans, the chart follows the run.
class ChartNavigator : public QObject {
    Q_OBJECT
public:
    // Watches `view`'s viewport; the view must outlive this navigator.
    explicit ChartNavigator(QChartView* view, QObject* parent = nullptr);

    // True until the user zooms or pans: the axes are the chart's to set.
    bool Following() const { return m_follow; }
    // Follow the run again, keeping the zoom history.
    void Follow() { m_follow = true; }
    // Follow the run again from an unzoomed chart.
    void Fit();

signals:
    // The user moved the visible range: draw it now.
    void rangeChanged();
    // The user is dragging the visible range: draw it at the next frame.
    void rangeDragged();
    // The pointer rests over the chart with no button down.
    void hovered(const QPoint& viewportPos, const QPoint& globalPos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QChartView* m_view;
    bool m_follow = true;
    bool m_panning = false;
    QPoint m_panFrom;
    QPoint m_pressAt;
};

}  // namespace layerlab
