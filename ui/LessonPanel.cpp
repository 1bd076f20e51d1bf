#include "LessonPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace layerlab {

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("lessonPanel");
    // The text beside its buttons, at most a few lines high: the chart under it stays the
    // largest thing on a 1280×720 screen, and the text scrolls.
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(8, 4, 8, 4);
    auto* layout = new QVBoxLayout;
    layout->setSpacing(2);
    outer->addLayout(layout, 1);
    m_title = new QLabel(this);
    m_title->setObjectName("lessonTitle");
    m_title->setWordWrap(true);
    QFont heading = m_title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_title->setFont(heading);
    layout->addWidget(m_title);
    m_text = new QTextBrowser(this);
    m_text->setObjectName("lessonText");
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_text, 1);
    auto* buttons = new QVBoxLayout;
    m_startOver = new QPushButton(this);
    m_startOver->setObjectName("lessonStartOverButton");
    m_close = new QPushButton(this);
    m_close->setObjectName("lessonCloseButton");
    buttons->addWidget(m_startOver);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    connect(m_startOver, &QPushButton::clicked, this, &LessonPanel::startOverRequested);
    connect(m_close, &QPushButton::clicked, this, &LessonPanel::closeRequested);
    RetranslateUi();
    FitText();
}

void LessonPanel::FitText() {
    // Three lines of the current font (larger in presentation mode), then a scroll bar: the
    // chart under it keeps most of a 720-line projector's height.
    const int lines = 3;
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * lines +
                             int(m_text->document()->documentMargin() * 2) + 4);
}

void LessonPanel::SetLesson(const QString& title, const QString& text) {
    m_title->setText(title);
    m_plain = text;
    // Plain text, blank lines between paragraphs: no markup to escape or to break.
    m_text->setPlainText(text);
    m_text->setAccessibleDescription(text);
}

QString LessonPanel::Title() const {
    return m_title->text();
}

QString LessonPanel::Text() const {
    return m_plain;
}

void LessonPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
    if (event->type() == QEvent::FontChange) FitText();
    QWidget::changeEvent(event);
}

void LessonPanel::RetranslateUi() {
    m_text->setAccessibleName(tr("What the lesson asks"));
    m_title->setAccessibleName(tr("Lesson title"));
    m_startOver->setText(tr("Start over"));
    m_startOver->setToolTip(tr("Put the lesson's network and settings back, from its start"));
    m_close->setText(tr("Close lesson"));
    m_close->setToolTip(tr("Unlock and show every control again"));
}

}  // namespace layerlab
