#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "SettingsStore.h"

namespace layerlab {
namespace {

struct Installed {
    QTranslator own;
    QTranslator qt;
    QString code;
};

Installed& State() {
    static Installed* installed = new Installed;  // lives as long as the application
    return *installed;
}

}  // namespace

QString LanguageSwitcher::NativeName(const QString& code) {
    if (code == QLatin1String("en")) return QStringLiteral("English");
    if (code == QLatin1String("zh_CN")) return QStringLiteral("简体中文");
    return {};
}

QLocale LanguageSwitcher::LocaleFor(const QString& code) {
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool LanguageSwitcher::Apply(const QString& code) {
    Installed& s = State();
    QCoreApplication::removeTranslator(&s.own);
    QCoreApplication::removeTranslator(&s.qt);
    s.code = code;
    const QLocale locale = LocaleFor(code);
    QLocale::setDefault(locale);
    // English has a .qm too: it holds the plural forms ("1 unit", "2 units").
    // A locale we have no translation for (C, POSIX, fr_FR...) falls back to English, so the
    // window never shows the source form "20 unit(s)".
    const bool own = s.own.load(locale, QStringLiteral("layerlab"), QStringLiteral("_"),
                                QStringLiteral(":/i18n"));
    if (own || s.own.load(QStringLiteral(":/i18n/layerlab_en")))
        QCoreApplication::installTranslator(&s.own);
    if (s.qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&s.qt);
    return own;
}

QString LanguageSwitcher::Current() {
    return State().code;
}

void LanguageSwitcher::ApplyStored() {
    Apply(SettingsStore().Language());
}

}  // namespace layerlab
