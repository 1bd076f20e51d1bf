// 简体中文 under a Chinese system locale, and View ▸ Language switching live: menus, docks,
// buttons and plurals re-translate without a restart, Qt's own strings follow, the choice is kept.
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include "LanguageSwitcher.h"
#include "SettingsStore.h"
#include "WindowFixture.h"

using namespace layerlab;

namespace {

bool HasChinese(const QString& text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) return true;
    return false;
}

}  // namespace

class TestLanguage : public QObject, public test::WindowFixture {
    Q_OBJECT

private slots:
    void initTestCase() {
        // main() below made the system's locale Chinese, as LANG=zh_CN.UTF-8 does for the app.
        if (QLocale::system().name() != QLatin1String("zh_CN"))
            QSKIP("the platform ignores LANG for QLocale::system()");
    }
    void init() {
        QVERIFY(UseOwnSettings("tst_language"));
        QSettings().clear();
        LanguageSwitcher::ApplyStored();  // as main() does before the window: the system's
        QVERIFY(OpenWindow());
    }
    void cleanup() {
        CloseWindow();
        LanguageSwitcher::Apply({});
    }

    void systemLocaleShowsChinese() {
        QVERIFY(Untranslated().isEmpty());
        QCOMPARE(Menu("fileMenu")->title(), QStringLiteral("文件(&F)"));
        QCOMPARE(Find<QDockWidget>("networkDock")->windowTitle(), QStringLiteral("网络"));
        QCOMPARE(m_window->TrainAction()->text(), QStringLiteral("训练(&T)"));
        QCOMPARE(Find<QLabel>("keepLabel1")->text(), QStringLiteral("第 1 层（20 个单元）保留"));
        // Qt's own translations: the standard dialogs' buttons.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    }

    void languageMenuSwitchesLive() {
        Language("actionLanguage_en")->trigger();
        QTRY_COMPARE(Menu("fileMenu")->title(), QStringLiteral("&File"));
        QCOMPARE(Menu("viewMenu")->title(), QStringLiteral("&View"));
        QCOMPARE(Find<QDockWidget>("hyperparameterDock")->windowTitle(),
                 QStringLiteral("Hyperparameters"));
        QCOMPARE(Find<QPushButton>("fitChartButton")->text(), QStringLiteral("Fi&t"));
        QCOMPARE(Find<QToolButton>("optimisationToggle")->text(),
                 QStringLiteral("Optimisation (Adam, mini-batches, L2…)"));
        QCOMPARE(Find<QLabel>("keepLabel1")->text(), QStringLiteral("Layer 1 (20 units) keep"));
        QCOMPARE(SettingsStore().Language(), QStringLiteral("en"));
        QVERIFY(Language("actionLanguage_en")->isChecked());
        // English plurals: one unit is "1 unit", not "1 units".
        Type("layerUnits_1", "1");
        QTRY_COMPARE(Find<QLabel>("keepLabel1")->text(), QStringLiteral("Layer 1 (1 unit) keep"));

        Language("actionLanguage_zh_CN")->trigger();
        QTRY_COMPARE(Menu("fileMenu")->title(), QStringLiteral("文件(&F)"));
        QCOMPARE(Find<QLabel>("keepLabel1")->text(), QStringLiteral("第 1 层（1 个单元）保留"));
        QVERIFY(Untranslated().isEmpty());
        QCOMPARE(SettingsStore().Language(), QStringLiteral("zh_CN"));

        Language("actionLanguageSystem")->trigger();
        QCOMPARE(SettingsStore().Language(), QString());
        QTRY_COMPARE(Menu("helpMenu")->title(), QStringLiteral("帮助(&H)"));
    }

    void untranslatedLocaleShowsEnglishPlurals() {
        // A locale LayerLab has no translation for (as LANG=C or fr_FR gives) shows English with
        // its plural forms, never the source text "20 unit(s)".
        LanguageSwitcher::Apply("fr_FR");
        QTRY_COMPARE(Find<QLabel>("keepLabel1")->text(), QStringLiteral("Layer 1 (20 units) keep"));
        QCOMPARE(Menu("fileMenu")->title(), QStringLiteral("&File"));
    }

    void storedChoiceAppliesAtStart() {
        SettingsStore().SetLanguage("en");
        LanguageSwitcher::ApplyStored();
        QTRY_COMPARE(Menu("trainingMenu")->title(), QStringLiteral("T&raining"));
        QCOMPARE(LanguageSwitcher::Current(), QStringLiteral("en"));
    }

private:
    QMenu* Menu(const char* name) { return m_window->menuBar()->findChild<QMenu*>(name); }
    QAction* Language(const char* name) {
        QAction* a = m_window->findChild<QAction*>(name);
        if (!a) qFatal("no action %s", name);
        return a;
    }
    // Every menu, dock, action and button text the window shows that has no Chinese in it
    // (names, symbols and formulas excepted).
    QStringList Untranslated() {
        static const QStringList kSame = {"▲", "▼", "✕", "β&1", "β&2", "&ε", "ReLU", "Adam"};
        QStringList out;
        const auto check = [&](const QString& what, const QString& text) {
            if (!text.isEmpty() && !HasChinese(text) && !kSame.contains(text))
                out << what + ": " + text;
        };
        for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>()) {
            check(menu->objectName(), menu->title());
            for (QAction* a : menu->actions())
                if (!a->isSeparator() && a->data().toString().isEmpty() &&
                    a->objectName() != QLatin1String("actionLanguage_en"))
                    check(a->objectName(), a->text());
        }
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
            check(dock->objectName(), dock->windowTitle());
        for (QAbstractButton* b : m_window->findChildren<QAbstractButton*>())
            if (!b->objectName().isEmpty()) check(b->objectName(), b->text());
        for (QLabel* l : m_window->findChildren<QLabel*>())
            if (l->objectName().endsWith(QLatin1String("Label"))) check(l->objectName(), l->text());
        if (!out.isEmpty()) qWarning().noquote() << out.join('\n');
        return out;
    }
};

int main(int argc, char** argv) {
    // The system's language, as a Chinese desktop sets it; read when QLocale::system() first is.
    qputenv("LANG", "zh_CN.UTF-8");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    QApplication app(argc, argv);
    TestLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_language.moc"
