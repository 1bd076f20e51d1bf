#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;

namespace layerlab {

struct TrainingSnapshot;

// Iteration, iterations per second, elapsed time, train/test accuracy and a progress bar.
class TrainingStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit TrainingStatusBar(QWidget* parent = nullptr);
    void Show(const TrainingSnapshot& s, size_t budget);
    void SetBudget(size_t budget);
    void Clear();
    // The run's state or a message such as the divergence hint, shown at the left.
    void SetMessage(const QString& text, bool alarm = false);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    QLabel* m_message = nullptr;
    QLabel* m_iteration = nullptr;
    QLabel* m_rate = nullptr;
    QLabel* m_elapsed = nullptr;
    QLabel* m_accuracy = nullptr;
    QProgressBar* m_progress = nullptr;
    size_t m_done = 0;
};

}  // namespace layerlab
