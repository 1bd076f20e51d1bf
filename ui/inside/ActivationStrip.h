#pragma once

#include <QWidget>
#include <armadillo>
#include <vector>

namespace layerlab {

// One example's activations A[1..L], a row of bars per layer: each unit a bar as tall as its
// |a| next to the layer's largest, red for positive and blue for negative (tanh), so a dead or
// saturated layer shows at a glance. Wide layers give each unit a pixel.
class ActivationStrip : public QWidget {
    Q_OBJECT
public:
    explicit ActivationStrip(QWidget* parent = nullptr);
    // A[1..L] of one example (A[0] unused).
    void SetActivations(const std::vector<arma::mat>& A);
    size_t Layers() const { return m_A.empty() ? 0 : m_A.size() - 1; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<arma::vec> m_A;
};

}  // namespace layerlab
