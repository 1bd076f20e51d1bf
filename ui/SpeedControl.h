#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace layerlab {

// The training speed, for a class to watch a run: a slider from slow motion (2 iterations a
// second) to full speed on a logarithmic scale, changeable while a run trains. Its position is
// remembered in the settings.
class SpeedControl : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFullSpeed = 100;  // the top position: no pacing at all

    explicit SpeedControl(QWidget* parent = nullptr);

    // Iterations a second at position (0 … kFullSpeed − 1: 2 … 1000), 0 at kFullSpeed.
    static double PaceAt(int position);
    double Pace() const;
    int Position() const;
    void SetPosition(int position);

signals:
    void paceChanged(double iterationsPerSecond);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    QLabel* m_title = nullptr;
    void Show(int position);

    QSlider* m_slider = nullptr;
    QLabel* m_value = nullptr;
};

}  // namespace layerlab
