#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace layerlab {

// The window's language: LayerLab's own strings (the .qm files embedded under :/i18n) and Qt's
// (its standard dialogs and buttons, from Qt's translations folder), with numbers in the same
// locale. Installing a translator sends every widget QEvent::LanguageChange, so a switch needs
// no restart: each widget's RetranslateUi() sets its texts again.
class LanguageSwitcher {
public:
    // "" follows the system's locale; "en" and "zh_CN" force one.
    static QStringList Codes() {
        return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN")};
    }
    // A language's own name ("English", "简体中文"), the same in every language, so a reader can
    // find theirs; "" has none (the menu names it "System" in the current language).
    static QString NativeName(const QString& code);
    // The locale code stands for ("" the system's).
    static QLocale LocaleFor(const QString& code);
    // Loads code's translations in place of the current ones and makes its locale the default.
    // Returns false when LayerLab has no translation for it (the window then shows English, with
    // its plural forms).
    static bool Apply(const QString& code);
    // The code last applied.
    static QString Current();
    // Applies the language stored in the settings (View ▸ Language), at start.
    static void ApplyStored();
};

}  // namespace layerlab
