#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace layerlab {

// The Lesson panel: the open lesson's title and text ("Try doubling the learning rate. What
// happens to the curve?"), a button to start it over from its own settings and one to close it,
// which unlocks and shows every control again.
class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);

    void SetLesson(const QString& title, const QString& text);
    QString Title() const;
    QString Text() const;

signals:
    void startOverRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void RetranslateUi();
    void FitText();

    QLabel* m_title = nullptr;
    QTextBrowser* m_text = nullptr;
    QPushButton* m_startOver = nullptr;
    QPushButton* m_close = nullptr;
    QString m_plain;
};

}  // namespace layerlab
