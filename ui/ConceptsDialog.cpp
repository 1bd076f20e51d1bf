#include "ConceptsDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "Concepts.h"

namespace layerlab {

ConceptsDialog::ConceptsDialog(QWidget* parent) : QDialog(parent) {
    setObjectName("conceptsDialog");
    // The window's font and palette, so presentation mode's large text reaches it too.
    setAttribute(Qt::WA_WindowPropagation);
    auto* layout = new QVBoxLayout(this);
    auto* search = new QHBoxLayout;
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName("conceptFilterLabel");
    m_filter = new QLineEdit(this);
    m_filter->setObjectName("conceptFilter");
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    search->addWidget(m_filterLabel);
    search->addWidget(m_filter, 1);
    layout->addLayout(search);

    auto* body = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName("conceptList");
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text = new QTextBrowser(this);
    m_text->setObjectName("conceptText");
    m_text->setOpenLinks(false);
    m_text->setTabChangesFocus(true);  // Tab leaves the text rather than being typed
    body->addWidget(m_list, 2);
    body->addWidget(m_text, 5);
    layout->addLayout(body, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName("conceptButtons");
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ConceptsDialog::Fill);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConceptsDialog::ShowCurrent);
    // Up and Down in the search line walk the list, so typing then choosing needs no Tab.
    m_filter->installEventFilter(this);
    RetranslateUi();
    FitToScreen();
}

void ConceptsDialog::FitToScreen() {
    // Room for a paragraph beside the list, grown with the font (presentation mode's is 1.5
    // times the application's), within the screen: a 1280×720 projector holds it either way.
    const double scale = std::max(1.0, font().pointSizeF() / QApplication::font().pointSizeF());
    const QWidget* parent = parentWidget();
    const QSize screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableSize();
    resize(std::min(int(760 * scale), screen.width() - 40),
           std::min(int(460 * scale), screen.height() - 60));
}

void ConceptsDialog::RetranslateUi() {
    setWindowTitle(tr("Concepts"));
    m_filterLabel->setText(tr("&Search:"));
    m_filter->setPlaceholderText(tr("a word, e.g. dropout or cost"));
    m_filter->setAccessibleName(tr("Search the concepts"));
    m_list->setAccessibleName(tr("Concepts"));
    m_list->setAccessibleDescription(tr("Pick a concept to read its explanation"));
    m_text->setAccessibleName(tr("Explanation"));
    Fill();
}

void ConceptsDialog::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
    // The list's width for the titles (the window's font reaches the dialog while it is made).
    if (event->type() == QEvent::FontChange && m_list) {
        Fill();
        FitToScreen();
    }
}

bool ConceptsDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_list->count()) m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConceptsDialog::Fill() {
    const QString current = CurrentConcept();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const QString& id : Concepts::Ids()) {
        if (!Concepts::Matches(id, m_filter->text())) continue;
        auto* item = new QListWidgetItem(Concepts::Title(id), m_list);
        item->setData(Qt::UserRole, id);
    }
    // The current concept if it still matches, else the first whose title does ("dropout" finds
    // Dropout before the concepts that mention it), else the first.
    int row = -1;
    for (int i = 0; i < m_list->count() && row < 0; ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == current) row = i;
    const QString filter = m_filter->text().trimmed();
    for (int i = 0; i < m_list->count() && row < 0 && !filter.isEmpty(); ++i)
        if (m_list->item(i)->text().contains(filter, Qt::CaseInsensitive)) row = i;
    row = std::max(row, 0);
    m_list->setCurrentRow(m_list->count() > 0 ? row : -1);
    // As wide as the longest title in this language and font, so none is cut.
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() +
                            m_list->verticalScrollBar()->sizeHint().width());
    ShowCurrent();
}

void ConceptsDialog::ShowCurrent() {
    const QString id = CurrentConcept();
    m_text->setHtml(
        id.isEmpty() ? tr("<p>No concept contains “%1”.</p>").arg(m_filter->text().toHtmlEscaped())
                     : Concepts::Html(id));
}

void ConceptsDialog::ShowConcept(const QString& id) {
    if (id.isEmpty() || !Concepts::Has(id)) return;
    if (!Concepts::Matches(id, m_filter->text())) m_filter->clear();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) m_list->setCurrentRow(i);
}

void ConceptsDialog::SetFilter(const QString& text) {
    m_filter->setText(text);
}

QString ConceptsDialog::CurrentConcept() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QStringList ConceptsDialog::ShownConcepts() const {
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

}  // namespace layerlab
