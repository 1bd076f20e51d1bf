#pragma once

#include <QWidget>

#include "Histogram.h"

namespace layerlab {

// One histogram drawn small, as bars, with its range under it: a layer's weights, activations or
// gradients in the layer-health view.
class HistogramWidget : public QWidget {
    Q_OBJECT
public:
    explicit HistogramWidget(const QString& title, QWidget* parent = nullptr);
    void SetHistogram(const Histogram& h);
    void SetTitle(const QString& title);
    const Histogram& Values() const { return m_histogram; }
    QSize sizeHint() const override { return {120, 74}; }
    QSize minimumSizeHint() const override { return {80, 60}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title;
    Histogram m_histogram;
};

}  // namespace layerlab
