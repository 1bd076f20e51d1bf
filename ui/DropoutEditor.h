#pragma once

#include <QVector>
#include <QWidget>
#include <armadillo>
#include <vector>

class QDoubleSpinBox;
class QFormLayout;

namespace layerlab {

// One keep probability per hidden layer (inverted dropout); the output layer always keeps
// every unit. Meant for the layer editor, beside each hidden layer's units and activation.
class DropoutEditor : public QWidget {
    Q_OBJECT
public:
    explicit DropoutEditor(QWidget* parent = nullptr);

    // The network's sizes n[0..L]: one row per hidden layer 1..L-1. Keeps the probabilities of
    // layers that still exist.
    void SetLayerSizes(const std::vector<arma::uword>& sizes);
    // TrainOptions::keepProbabilities: one per layer 1..L, the last 1; empty when nothing drops.
    std::vector<double> KeepProbabilities() const;
    void SetKeepProbabilities(const std::vector<double>& keep);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    std::vector<arma::uword> m_sizes;
    QFormLayout* m_form;
    QVector<QDoubleSpinBox*> m_boxes;  // hidden layers 1..L-1
};

}  // namespace layerlab
