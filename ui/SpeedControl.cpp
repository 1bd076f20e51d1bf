#include "SpeedControl.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <cmath>

#include "Concepts.h"
#include "SettingsStore.h"

namespace layerlab {
namespace {

constexpr double kSlowest = 2.0;     // iterations a second at position 0
constexpr double kFastest = 1000.0;  // at kFullSpeed − 1, the last paced position

}  // namespace

SpeedControl::SpeedControl(QWidget* parent) : QWidget(parent) {
    setObjectName("speedControl");
    // As wide as its parts: a toolbar would otherwise spread them apart.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    m_title = new QLabel(this);
    m_title->setObjectName("speedTitle");
    QLabel* title = m_title;
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName("speedSlider");
    m_slider->setRange(0, kFullSpeed);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(10);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setFixedWidth(140);
    title->setBuddy(m_slider);
    m_value = new QLabel(this);
    m_value->setObjectName("speedValue");
    layout->addWidget(title);
    layout->addWidget(m_slider);
    layout->addWidget(m_value);
    RetranslateUi();

    m_slider->setValue(std::clamp(SettingsStore().SpeedPosition(kFullSpeed), 0, kFullSpeed));
    Show(m_slider->value());
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        Show(position);
        SettingsStore().SetSpeedPosition(position);
        emit paceChanged(PaceAt(position));
    });
}

void SpeedControl::RetranslateUi() {
    m_title->setText(tr("Speed"));
    m_slider->setAccessibleName(tr("Training speed"));
    m_slider->setToolTip(
        tr("Iterations per second, from slow motion (2 a second, every step drawn) to full "
           "speed; it changes a running run too. Arrow keys and Page Up/Down move it"));
    m_value->setAccessibleName(tr("Training speed value"));
    m_value->setToolTip(m_slider->toolTip());
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(tr("full speed")) + 4);
    m_title->setToolTip(m_slider->toolTip());
    m_title->setAccessibleName(tr("Speed"));
    setAccessibleName(tr("Training speed"));
    setToolTip(m_slider->toolTip());
    for (QWidget* w : {static_cast<QWidget*>(m_slider), static_cast<QWidget*>(m_title),
                       static_cast<QWidget*>(m_value)})
        Concepts::Attach(w, "speed");
    Show(m_slider->value());
}

void SpeedControl::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

double SpeedControl::PaceAt(int position) {
    if (position >= kFullSpeed) return 0.0;
    const double t = std::max(position, 0) / double(kFullSpeed - 1);
    return kSlowest * std::pow(kFastest / kSlowest, t);
}

double SpeedControl::Pace() const {
    return PaceAt(m_slider->value());
}

int SpeedControl::Position() const {
    return m_slider->value();
}

void SpeedControl::SetPosition(int position) {
    m_slider->setValue(position);
}

void SpeedControl::Show(int position) {
    const double pace = PaceAt(position);
    m_value->setText(pace > 0 ? tr("%1 it/s").arg(pace < 10 ? QString::number(pace, 'f', 1)
                                                            : QString::number(std::lround(pace)))
                              : tr("full speed"));
}

}  // namespace layerlab
