#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace layerlab {

// The one place that explains what the window shows, in the course's own terms: a paragraph per
// concept (the shapes, the parameter count, the cost, the accuracies, each hyperparameter and
// option, the confusion matrix…), with its formula in Unicode where it has one. The same texts
// serve "What's this?" (Shift+F1), F1 on a focused control and Help ▸ Concepts, in the current
// language (the table is translated like every other string, context "Concepts").
class Concepts {
public:
    // Every concept, in the order Help ▸ Concepts lists them ("layers", "cost", …).
    static QStringList Ids();
    static bool Has(const QString& id);
    // In the current language.
    static QString Title(const QString& id);
    static QString Text(const QString& id);
    // Title and paragraph as rich text, for What's this? and the Concepts panel.
    static QString Html(const QString& id);
    // Whether filter (case-insensitive) is in the concept's title or text, in the current
    // language or in English, so "dropout" finds 随机失活 too.
    static bool Matches(const QString& id, const QString& filter);

    // Ties widget to a concept: What's this? shows it and F1 on the widget opens it. Call it again
    // on QEvent::LanguageChange (from the widget's RetranslateUi) for the translated text.
    static void Attach(QWidget* widget, const QString& id);
    // The concept of widget or of its nearest ancestor that has one; "" when none has.
    static QString Of(const QWidget* widget);
};

}  // namespace layerlab
