// The window by keyboard alone: Tab from the first layer's size visits every enabled control on
// screen once, in screen order (the layers, the dropout, the hyperparameters, then the views),
// and comes back; no control keeps the focus (a table is one stop, its cells move by arrows);
// rebuilt rows keep their place and the focus; mnemonics never clash, in English or in Chinese,
// so Alt+F opens File; F1 explains the focused control and Shift+F1 is "What's this?".
#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QWhatsThis>

#include "ConceptsDialog.h"
#include "FocusStops.h"
#include "LanguageSwitcher.h"
#include "WindowFixture.h"

using namespace layerlab;
using test::Describe;

namespace {

struct Walk {
    QList<QWidget*> stops;  // the start first
    bool closed = false;    // came back to the start
};

// Presses Tab (or Shift+Tab) on whatever has the focus, as a user does, until the focus is back
// at start or limit presses have gone by.
Walk WalkFrom(QWidget* start, bool forward, int limit) {
    Walk walk;
    start->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    if (QApplication::focusWidget() != start) return walk;
    walk.stops << start;
    for (int i = 0; i < limit; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus) return walk;
        if (forward)
            QTest::keyClick(focus, Qt::Key_Tab);
        else
            QTest::keyClick(focus, Qt::Key_Backtab, Qt::ShiftModifier);
        QWidget* now = QApplication::focusWidget();
        if (now == start) {
            walk.closed = true;
            return walk;
        }
        walk.stops << now;
    }
    return walk;
}

QString Names(const QList<QWidget*>& widgets) {
    QStringList names;
    for (const QWidget* w : widgets) names << Describe(w);
    return names.join(QStringLiteral("\n  "));
}

}  // namespace

class TestKeyboard : public QObject, public test::WindowFixture {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(OpenWindow());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() {
        if (QWhatsThis::inWhatsThisMode()) QWhatsThis::leaveWhatsThisMode();
        CloseWindow();
        LanguageSwitcher::Apply({});
    }

    void tabVisitsEveryControlOnceInScreenOrder() {
        const QList<QWidget*> stops = CheckCycle();
        // The offscreen screen is short: the side docks are tabs, the network and the test
        // predictions in front.
        ExpectOrder(stops, {"layerUnits_1",      "layerActivation_1",
                            "layerDown_1",       "layerRemove_1",
                            "layerUnits_2",      "layerActivation_2",
                            "layerUp_2",         "layerDown_2",
                            "layerRemove_2",     "layerUnits_3",
                            "layerActivation_3", "layerUp_3",
                            "layerRemove_3",     "outputActivation",
                            "addLayerButton",    "keepSpin1",
                            "keepSpin2",         "keepSpin3",
                            "logScaleCheck",     "fitChartButton",
                            "costChart",         "misclassifiedOnlyCheck",
                            "galleryView"});
        // Each dock tab bar comes before the docks it switches: the right column's after the
        // chart, the left column's last (it leads back to the first layer).
        QList<qsizetype> bars;
        for (qsizetype i = 0; i < stops.size(); ++i)
            if (qobject_cast<QTabBar*>(stops[i])) bars << i;
        QCOMPARE(bars.size(), 2);
        QVERIFY(Index(stops, "costChart") < bars[0] &&
                bars[0] < Index(stops, "misclassifiedOnlyCheck"));
        QVERIFY(Index(stops, "galleryView") < bars[1] && bars[1] == stops.size() - 1);
        // The hyperparameters are behind their tab: Tab does not go there unseen.
        QCOMPARE(Index(stops, "learningRateEdit"), -1);
    }

    void hyperparametersComeAfterTheNetwork() {
        // As on a tall screen: the hyperparameters under the network rather than a tab.
        auto* hyperparameters = Find<QDockWidget>("hyperparameterDock");
        m_window->removeDockWidget(hyperparameters);
        m_window->addDockWidget(Qt::LeftDockWidgetArea, hyperparameters, Qt::Vertical);
        hyperparameters->show();
        QTRY_VERIFY(m_window->rect().contains(hyperparameters->geometry()));
        QVERIFY(m_window->tabifiedDockWidgets(hyperparameters).isEmpty());
        Find<QToolButton>("optimisationToggle")->click();
        QTRY_VERIFY(Find<QWidget>("optimizerCombo")->isVisible());
        const QList<QWidget*> stops = CheckCycle();
        ExpectOrder(stops, {"layerUnits_1",   "outputActivation",   "addLayerButton",
                            "keepSpin3",      "learningRateEdit",   "learningRateSlider",
                            "iterationsSpin", "initializerCombo",   "seedSpin",
                            "precisionCombo", "optimisationToggle", "optimizerCombo",
                            "batchSizeSpin",  "epochsSpin",         "l2Spin",
                            "decayCombo",     "patienceSpin",       "logScaleCheck",
                            "costChart",      "galleryView"});
    }

    void shiftTabWalksTheSameCycleBackwards() {
        const QList<QWidget*> forward = CheckCycle();
        const Walk back = WalkFrom(forward.first(), false, 3 * int(forward.size()));
        QVERIFY2(back.closed, qPrintable("Shift+Tab never came back:\n  " + Names(back.stops)));
        QList<QWidget*> expected{forward.first()};
        for (qsizetype i = forward.size() - 1; i > 0; --i) expected << forward[i];
        QVERIFY2(back.stops == expected, qPrintable("Shift+Tab went:\n  " + Names(back.stops)));
    }

    void aTableIsOneStop() {
        Find<QDockWidget>("confusionDock")->raise();
        auto* table = Find<QTableView>("confusionTable");
        QTRY_VERIFY(table->isVisible());
        const QList<QWidget*> stops = CheckCycle();
        QCOMPARE(stops.count(table), 1);
        // Arrows move between the cells; Tab leaves the table.
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentIndex(), table->model()->index(0, 1));
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
    }

    void rebuiltRowsKeepTheirPlaceAndTheFocus() {
        // + Add hidden layer by keyboard: a fourth hidden layer, the focus still on the button.
        auto* add = Find<QToolButton>("addLayerButton");
        add->setFocus(Qt::TabFocusReason);
        QTest::keyClick(add, Qt::Key_Space);
        QTRY_VERIFY(m_window->findChild<QWidget*>("layerUnits_4") &&
                    Find<QWidget>("layerUnits_4")->isVisible());
        QCOMPARE(QApplication::focusWidget(), add);
        const QList<QWidget*> stops = CheckCycle();
        ExpectOrder(stops, {"layerUnits_3", "layerRemove_3", "layerUnits_4", "layerActivation_4",
                            "outputActivation", "addLayerButton", "keepSpin4", "costChart"});

        // ▲ moves layer 2 up and the focus with it; at the top ▲ is off, so the focus is on ▼.
        auto* up = Find<QToolButton>("layerUp_2");
        up->setFocus(Qt::TabFocusReason);
        QTest::keyClick(up, Qt::Key_Space);
        QTRY_COMPARE(QApplication::focusWidget(), Find<QWidget>("layerDown_1"));
        QCOMPARE(Find<QLineEdit>("layerUnits_1")->text(), QStringLiteral("7"));
    }

    void mnemonicsNeverClash() {
        Find<QToolButton>("optimisationToggle")->click();  // its labels have mnemonics too
        CheckMnemonics();
        LanguageSwitcher::Apply("zh_CN");
        QTRY_COMPARE(Menu("fileMenu")->title(), QStringLiteral("文件(&F)"));
        CheckMnemonics();
    }

    void altFOpensTheFileMenu() {
        QSignalSpy fit(Find<QAbstractButton>("fitChartButton"), &QAbstractButton::clicked);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(Menu("fileMenu")->isVisible());
        QCOMPARE(fit.count(), 0);
        Menu("fileMenu")->close();
    }

    void f1OpensHelpAndShiftF1WhatsThis() {
        auto* units = Find<QLineEdit>("layerUnits_1");
        units->setFocus(Qt::TabFocusReason);
        QTest::keyClick(units, Qt::Key_F1);
        QTRY_VERIFY(m_window->ConceptsPanel() && m_window->ConceptsPanel()->isVisible());
        QCOMPARE(m_window->ConceptsPanel()->CurrentConcept(), QStringLiteral("layers"));
        m_window->ConceptsPanel()->close();

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        units->setFocus(Qt::TabFocusReason);
        QTest::keyClick(units, Qt::Key_F1, Qt::ShiftModifier);
        QVERIFY(QWhatsThis::inWhatsThisMode());
    }

private:
    QMenu* Menu(const char* name) { return m_window->menuBar()->findChild<QMenu*>(name); }

    static qsizetype Index(const QList<QWidget*>& stops, const char* name) {
        for (qsizetype i = 0; i < stops.size(); ++i)
            if (stops[i]->objectName() == QLatin1String(name)) return i;
        return -1;
    }

    // Tab from the first layer's size: back there after every enabled control on screen, each
    // once. Returns the stops in order.
    QList<QWidget*> CheckCycle() {
        const QList<QWidget*> expected = test::TabStops(m_window.get(), true);
        const Walk walk = WalkFrom(Find<QWidget>("layerUnits_1"), true, 3 * int(expected.size()));
        [&] {
            QVERIFY2(walk.closed, qPrintable("Tab never came back (a trap?):\n  " +
                                             Names(walk.stops.mid(walk.stops.size() - 20))));
            const QSet<QWidget*> visited(walk.stops.begin(), walk.stops.end());
            QVERIFY2(visited.size() == walk.stops.size(),
                     qPrintable("a control was visited twice:\n  " + Names(walk.stops)));
            QList<QWidget*> missed, extra;
            for (QWidget* w : expected)
                if (!visited.contains(w)) missed << w;
            for (QWidget* w : walk.stops)
                if (!expected.contains(w)) extra << w;
            QVERIFY2(missed.isEmpty(), qPrintable("Tab never reached:\n  " + Names(missed)));
            QVERIFY2(extra.isEmpty(), qPrintable("Tab reached unexpected:\n  " + Names(extra)));
        }();
        return walk.stops;
    }

    void ExpectOrder(const QList<QWidget*>& stops, const QStringList& names) {
        if (QTest::currentTestFailed()) return;
        qsizetype previous = -1;
        for (const QString& name : names) {
            const qsizetype at = Index(stops, qPrintable(name));
            QVERIFY2(at >= 0, qPrintable(name + " is not a stop:\n  " + Names(stops)));
            QVERIFY2(at > previous, qPrintable(name + " comes too early:\n  " + Names(stops)));
            previous = at;
        }
    }

    // Window-wide mnemonics (the menu bar's, the buttons', the labels' for their buddies) once
    // each, shown or not; inside each menu, its items' once each.
    void CheckMnemonics() {
        QMultiMap<QString, QString> window;
        const auto add = [](QMultiMap<QString, QString>& into, const QString& text,
                            const QString& who) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty()) into.insert(key.toString(), who + " “" + text + "”");
        };
        for (QAction* a : m_window->menuBar()->actions()) add(window, a->text(), "menu bar");
        for (QAbstractButton* b : m_window->findChildren<QAbstractButton*>())
            if (b->window() == m_window.get()) add(window, b->text(), Describe(b));
        for (QLabel* l : m_window->findChildren<QLabel*>())
            if (l->buddy()) add(window, l->text(), Describe(l));
        QStringList clashes;
        for (const QString& key : window.uniqueKeys())
            if (window.count(key) > 1) clashes << key + ": " + window.values(key).join(", ");
        for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>()) {
            QMultiMap<QString, QString> inMenu;
            for (QAction* a : menu->actions())
                if (!a->isSeparator()) add(inMenu, a->text(), menu->objectName());
            for (const QString& key : inMenu.uniqueKeys())
                if (inMenu.count(key) > 1) clashes << key + ": " + inMenu.values(key).join(", ");
        }
        QVERIFY2(clashes.isEmpty(), qPrintable("mnemonics clash:\n" + clashes.join('\n')));
        QVERIFY(window.size() > 10);  // the check sees them at all
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
