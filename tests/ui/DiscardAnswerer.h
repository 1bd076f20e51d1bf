#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QTimer>

namespace layerlab::test {

// Answers the window's "Discard this run?" question from inside its modal loop, so a test can
// trigger a command that asks and go on at once. Armed for its lifetime: every question that
// appears is answered with the button given, and counted.
class DiscardAnswerer {
public:
    explicit DiscardAnswerer(QMessageBox::StandardButton answer, bool dontAskAgain = false)
        : m_answer(answer), m_dontAskAgain(dontAskAgain) {
        // A zero-interval timer runs in whatever event loop is spinning, the dialog's included.
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { Answer(); });
        m_timer.start(0);
    }

    int Asked() const { return m_asked; }
    const QString& Text() const { return m_text; }

private:
    void Answer() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != "discardRunQuestion" || !box->isVisible()) return;
        ++m_asked;
        m_text = box->windowTitle() + '\n' + box->text() + '\n' + box->informativeText();
        if (m_dontAskAgain) box->checkBox()->setChecked(true);
        box->button(m_answer)->click();
    }

    QTimer m_timer;
    QMessageBox::StandardButton m_answer;
    bool m_dontAskAgain;
    int m_asked = 0;
    QString m_text;
};

}  // namespace layerlab::test
