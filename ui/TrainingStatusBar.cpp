#include "TrainingStatusBar.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <cmath>

#include "Concepts.h"
#include "training/TrainingSnapshot.h"

namespace layerlab {
namespace {

QLabel* Field(QWidget* parent, const QString& name) {
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setContentsMargins(8, 0, 8, 0);
    return l;
}

QString Percent(double v) {
    return std::isfinite(v) ? QStringLiteral("%1 %").arg(QLocale().toString(100 * v, 'f', 1))
                            : QStringLiteral("—");
}

}  // namespace

TrainingStatusBar::TrainingStatusBar(QWidget* parent) : QStatusBar(parent) {
    setObjectName("trainingStatusBar");
    m_message = Field(this, "statusMessage");
    // A long message (a lesson's title, a divergence and what to try) wraps onto a second line:
    // on one line it widened the window past a 1280×720 projector in presentation mode.
    m_message->setWordWrap(true);
    m_message->setMinimumWidth(200);
    m_iteration = Field(this, "statusIteration");
    m_rate = Field(this, "statusRate");
    m_elapsed = Field(this, "statusElapsed");
    m_accuracy = Field(this, "statusAccuracy");
    m_progress = new QProgressBar(this);
    m_progress->setObjectName("statusProgress");
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    addWidget(m_message, 1);
    for (QLabel* l : {m_iteration, m_rate, m_elapsed, m_accuracy}) addPermanentWidget(l);
    addPermanentWidget(m_progress);
    Clear();
    RetranslateUi();
}

void TrainingStatusBar::RetranslateUi() {
    m_message->setToolTip(tr("What the training run is doing"));
    m_iteration->setToolTip(tr("Iterations done of the iteration budget"));
    m_rate->setToolTip(tr("Gradient-descent iterations per second"));
    m_elapsed->setToolTip(tr("Time spent training, pauses excluded"));
    m_accuracy->setToolTip(tr("Share of training and test images classified right"));
    Concepts::Attach(m_iteration, "iterations");
    Concepts::Attach(m_accuracy, "accuracy");
}

void TrainingStatusBar::changeEvent(QEvent* event) {
    QStatusBar::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

void TrainingStatusBar::Clear() {
    m_done = 0;
    m_iteration->setText(tr("Iteration —"));
    m_rate->setText(tr("— it/s"));
    m_elapsed->setText(tr("0:00"));
    m_accuracy->setText(tr("Train — · Test —"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
}

void TrainingStatusBar::SetBudget(size_t budget) {
    m_progress->setRange(0, static_cast<int>(std::min<size_t>(budget, INT_MAX)));
    m_progress->setValue(static_cast<int>(std::min<size_t>(m_done, INT_MAX)));
    m_iteration->setText(
        tr("Iteration %1 / %2")
            .arg(QLocale().toString(qulonglong(m_done)), QLocale().toString(qulonglong(budget))));
}

void TrainingStatusBar::Show(const TrainingSnapshot& s, size_t budget) {
    m_done = s.iteration;
    SetBudget(budget);
    if (s.epoch)
        m_iteration->setText(m_iteration->text() + tr(" · epoch %1").arg(*s.epoch, 0, 'f', 1));
    m_rate->setText(
        tr("%1 it/s").arg(s.iterationsPerSecond, 0, 'f', s.iterationsPerSecond < 10 ? 1 : 0));
    const qint64 seconds = static_cast<qint64>(s.elapsedSeconds);
    m_elapsed->setText(
        QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar('0')));
    m_accuracy->setText(
        tr("Train %1 · Test %2").arg(Percent(s.trainAccuracy), Percent(s.testAccuracy)));
    SetMessage(s.statusText, s.diverged || s.state == TrainingState::Failed);
}

void TrainingStatusBar::SetMessage(const QString& text, bool alarm) {
    m_message->setText(text);
    m_message->setStyleSheet(alarm ? "color: #c62828; font-weight: bold;" : QString());
}

}  // namespace layerlab
