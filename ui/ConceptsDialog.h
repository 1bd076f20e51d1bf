#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace layerlab {

// Help ▸ Concepts: every explanation of Concepts, searchable. A filter line narrows the list of
// titles (in the current language or in English), the list picks one, the text shows it. Not
// modal, so it can stay open beside the window; F1 opens it on the focused control's concept.
class ConceptsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConceptsDialog(QWidget* parent = nullptr);

    // Shows the concept id, clearing a filter that hides it; "" keeps the current one.
    void ShowConcept(const QString& id);
    void SetFilter(const QString& text);
    QString CurrentConcept() const;
    // The ids the list shows, in order.
    QStringList ShownConcepts() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    // The list for the filter, keeping the current concept when it still matches.
    void Fill();
    void ShowCurrent();
    // Its size for its font and the screen.
    void FitToScreen();

    QLabel* m_filterLabel = nullptr;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_text = nullptr;
};

}  // namespace layerlab
