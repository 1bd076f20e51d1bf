// The window never trains a network the editor does not show: while a layer's units are refused
// (not a number, 0, too large), Train, Step and Reset are disabled and F5 / F10 start nothing;
// a valid entry enables them again, and F5 then trains exactly the network shown.
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include "ArchitectureEditor.h"
#include "WindowFixture.h"
#include "training/TrainingSession.h"

using namespace layerlab;

class TestInvalidNetwork : public QObject, public test::WindowFixture {
    Q_OBJECT

private slots:
    void init() { QVERIFY(OpenWindow()); }
    void cleanup() { CloseWindow(); }

    void refusedEntryTrainsNothing_data() {
        QTest::addColumn<QString>("typed");
        QTest::newRow("not a number") << "abc";
        QTest::newRow("zero units") << "0";
        QTest::newRow("empty") << "";
        // Typed key by key: 1, 10, ... 10000 are accepted on the way, 1000000000 is not.
        QTest::newRow("too many units") << "1000000000";
    }
    void refusedEntryTrainsNothing() {
        QFETCH(QString, typed);
        auto* editor = Find<ArchitectureEditor>("architectureEditor");
        Type("layerUnits_1", typed);
        QVERIFY(!editor->Valid());
        QVERIFY(Find<QLabel>("architectureError")->isVisible());
        QVERIFY(!m_window->TrainAction()->isEnabled());
        QVERIFY(m_window->TrainAction()->toolTip().contains("Fix the network first"));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTest::keyClick(m_window.get(), Qt::Key_F10);
        QVERIFY(!m_window->Session());
        QVERIFY(m_window->History().IsEmpty());

        // A valid entry: the editor, its shapes and the run all have 12 units in layer 1.
        Type("layerUnits_1", "12");
        QVERIFY(editor->Valid());
        QVERIFY(!Find<QLabel>("architectureError")->isVisible());
        QVERIFY(m_window->TrainAction()->isEnabled());
        QVERIFY(Find<QLabel>("layerShapes_1")->text().startsWith("W[1]: 12 × 48"));
        QTest::keyClick(m_window.get(), Qt::Key_F10);
        QVERIFY(m_window->Session());
        QTRY_VERIFY(m_window->Session()->Latest().parameters);
        QCOMPARE(m_window->Session()->Latest().parameters->W[1].n_rows, arma::uword(12));
    }

    void secondRefusedLayerKeepsTrainDisabled() {
        // Two layers refused, one fixed: still a network the editor does not show.
        auto* editor = Find<ArchitectureEditor>("architectureEditor");
        if (!m_window->findChild<QLineEdit*>("layerUnits_2"))
            QSKIP("the default network has one hidden layer");
        Type("layerUnits_1", "x");
        Type("layerUnits_2", "y");
        Type("layerUnits_1", "8");
        QVERIFY(!editor->Valid());
        QVERIFY(!m_window->TrainAction()->isEnabled());
        Type("layerUnits_2", "4");
        QVERIFY(editor->Valid());
        QVERIFY(m_window->TrainAction()->isEnabled());
    }
};

QTEST_MAIN(TestInvalidNetwork)
#include "tst_invalidnetwork.moc"
