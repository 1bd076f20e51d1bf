#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <vector>

namespace layerlab {

// Parallel coordinates of a sweep: one vertical axis per swept setting and a last one for what
// ranks the runs (test accuracy, or the final cost), one line per run through its values,
// coloured by that last value. Brushing, as W&B's parallel coordinates do it: drag along an axis
// to keep the runs inside that range (brushes on several axes all apply); the other lines dim and
// brushChanged() tells the dialog to filter its table. A click on an axis clears its brush;
// Escape, Delete or a double-click clears them all. Left and Right move the keyboard's axis.
class ParallelCoordinatesView : public QWidget {
    Q_OBJECT
public:
    struct Axis {
        QString title;
        QStringList categories;  // set: a categorical axis, values are indices into it
        bool log = false;        // spaced on a log scale (the learning rate)
    };

    explicit ParallelCoordinatesView(QWidget* parent = nullptr);

    // runs[i][a] is run i's value on axis a; the last axis colours the lines (higherIsBetter:
    // the darkest line is the highest value, else the lowest). Brushes are kept while the axes
    // stay the same (more runs of the same sweep).
    void SetData(std::vector<Axis> axes, std::vector<std::vector<double>> runs,
                 bool higherIsBetter = true);
    int AxisCount() const { return int(m_axes.size()); }
    int RunCount() const { return int(m_runs.size()); }

    // Keeps the runs whose value on axis lies in [from, to] (either order), in the axis's units
    // (a learning rate, a category's index).
    void SetBrush(int axis, double from, double to);
    void ClearBrush(int axis);
    void ClearBrushes();
    bool HasBrush() const;
    std::optional<std::pair<double, double>> Brush(int axis) const;
    // Whether run i is inside every brush (every run while there is none).
    bool Brushed(int run) const;
    std::vector<int> BrushedRuns() const;
    // "2 of 4 runs: Learning rate 0.005 – 0.05", for the label beside the view and screen
    // readers.
    QString BrushSummary() const;

    QSize sizeHint() const override { return {720, 420}; }
    QSize minimumSizeHint() const override { return {360, 240}; }

signals:
    void brushChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Range {
        double low = 0, high = 1;
    };
    QRectF Plot() const;
    double AxisX(int axis) const;
    // A value's height in the plot, from 0 (bottom) to 1 (top), and back.
    double Fraction(int axis, double value) const;
    double ValueAt(int axis, double fraction) const;
    double Y(int axis, double value) const;
    int AxisNear(double x) const;
    QString Label(int axis, double value) const;
    QColor LineColour(double value) const;
    std::vector<double> Ticks(int axis) const;

    std::vector<Axis> m_axes;
    std::vector<std::vector<double>> m_runs;
    std::vector<Range> m_ranges;
    std::vector<std::optional<std::pair<double, double>>> m_brushes;
    bool m_higherIsBetter = true;
    int m_current = 0;  // the keyboard's axis
    int m_dragAxis = -1;
    double m_dragFrom = 0, m_dragTo = 0;
};

}  // namespace layerlab
