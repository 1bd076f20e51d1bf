#pragma once

#include <QWidget>

#include "TrainOptions.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace layerlab {

// The second course's hyperparameters: optimiser (β1, β2, ε), mini-batch size, epochs, L2 λ,
// learning-rate decay and early stopping. Reads and writes a TrainOptions; the learning rate,
// precision, seed and dropout belong to other editors and pass through unchanged.
class TrainingOptionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingOptionsPanel(QWidget* parent = nullptr);

    // Shows options; fields this panel does not edit are kept and returned by Options().
    void SetOptions(const TrainOptions& options);
    TrainOptions Options() const;
    // Passes over the training set to run (not part of TrainOptions: it is how long, not how).
    void SetEpochs(int epochs);
    int Epochs() const;

signals:
    // Any control changed.
    void optionsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    void UpdateEnabled();

    TrainOptions m_base;
    QComboBox* m_optimizer;
    QDoubleSpinBox* m_beta1;
    QDoubleSpinBox* m_beta2;
    QLineEdit* m_epsilon;
    QSpinBox* m_batchSize;
    QSpinBox* m_epochs;
    QDoubleSpinBox* m_l2;
    QComboBox* m_decay;
    QDoubleSpinBox* m_decayRate;
    QSpinBox* m_decayInterval;
    QSpinBox* m_patience;
    QDoubleSpinBox* m_validation;
};

}  // namespace layerlab
