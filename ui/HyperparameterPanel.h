#pragma once

#include <QWidget>
#include <cstdint>

#include "Initializer.h"
#include "Precision.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace layerlab {

// How to train: learning rate (typed, or on a log-scale slider), iterations, initialiser, seed
// and precision. The learning rate and the iterations apply to a running session; the rest to
// the next run, so they are locked while one is live.
class HyperparameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit HyperparameterPanel(QWidget* parent = nullptr);

    double LearningRate() const { return m_learningRate; }
    size_t Iterations() const;
    Initializer GetInitializer() const;
    std::uint64_t Seed() const;
    Precision GetPrecision() const;

    void SetLearningRate(double lr);
    void SetIterations(size_t n);
    void SetInitializer(Initializer i);
    void SetSeed(std::uint64_t seed);
    void SetPrecision(Precision p);
    // Locks what only a new run can use (initialiser, seed, precision).
    void SetRunLive(bool live);
    // Fresh runs start from the weights of a file (a model opened): the initialiser shows
    // "Weights from NAME" and the seed is off, until an initialiser is picked. "" shows the
    // initialiser again.
    void ShowWeightsFrom(const QString& fileName);
    // A mini-batch run lasts its epochs: the iteration count is then off, saying why.
    void ShowBudgetInEpochs(bool epochs);

signals:
    void learningRateChanged(double lr);  // only with a valid rate
    void iterationsChanged(size_t iterations);
    // The initialiser, the seed or the precision changed (they apply to the next run).
    void nextRunChanged();
    // The user picked an initialiser over the weights of a file.
    void initializerPicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    QFormLayout* m_form = nullptr;
    bool m_budgetInEpochs = false;
    QString m_weightsFile;
    void LearningRateTyped(const QString& text);
    void SliderMoved(int position);
    void ShowLearningRate(double lr, bool updateText, bool updateSlider);
    QString IterationsTip() const;
    void InitializerChosen(int index);
    void HideWeightsFile();
    void EnableSeed();

    double m_learningRate = 0.0075;
    QLineEdit* m_lrEdit = nullptr;
    QSlider* m_lrSlider = nullptr;
    QLabel* m_lrError = nullptr;
    QSpinBox* m_iterations = nullptr;
    QComboBox* m_initializer = nullptr;
    QSpinBox* m_seed = nullptr;
    QComboBox* m_precision = nullptr;
    bool m_live = false;
    bool m_fromFile = false;  // item 0 of m_initializer is "Weights from NAME"
    Initializer m_beforeFile = Initializer::Notebook;
};

}  // namespace layerlab
