#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

#include "MainWindowActions.h"
#include "WindowFixture.h"
#include "training/RunController.h"
#include "training/TrainingSession.h"

using namespace layerlab;

class TestMainWindowActions : public QObject {
    Q_OBJECT
private slots:
    void enabledStateFollowsTheRun();
    void tooltipsTeachTheKeys();
    void menusAndToolBar();
};

void TestMainWindowActions::enabledStateFollowsTheRun() {
    QWidget window;
    MainWindowActions actions(&window);
    RunController run;
    connect(&run, &RunController::stateChanged, &actions, [&] { actions.Update(run); });
    actions.Update(run);
    for (QAction* a : {actions.TrainAction(), actions.StepAction(), actions.ResetAction(),
                       actions.PauseAction(), actions.StopAction(), actions.SaveModelAction(),
                       actions.ExportChartAction(), actions.ExportHistoryAction()})
        QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));  // nothing to train on

    run.SetData(std::make_shared<const DataSplit>(test::BrightAndDark()));
    run.SetNetwork(NetworkSpec::WithDefaultActivations({48, 4, 1}), Initializer::He);
    SessionOptions options;
    options.iterations = 1'000'000'000;
    run.SetOptions(options);
    actions.Update(run);
    for (QAction* a : {actions.TrainAction(), actions.StepAction(), actions.ResetAction(),
                       actions.ExportChartAction()})
        QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));
    for (QAction* a : {actions.PauseAction(), actions.StopAction(), actions.SaveModelAction(),
                       actions.ExportHistoryAction()})
        QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));

    QVERIFY(run.Train());
    QTRY_VERIFY(run.IsRunning());
    QVERIFY(!actions.TrainAction()->isEnabled());
    QVERIFY(actions.PauseAction()->isEnabled());
    QVERIFY(actions.StopAction()->isEnabled());
    QVERIFY(actions.ExportHistoryAction()->isEnabled());

    run.Pause();
    QTRY_COMPARE(run.State(), TrainingState::Paused);
    QVERIFY(actions.TrainAction()->isEnabled());
    QCOMPARE(actions.TrainAction()->text(), QString("&Resume"));
    QVERIFY(!actions.PauseAction()->isEnabled());
    QVERIFY(actions.StopAction()->isEnabled());
    QVERIFY(actions.SaveModelAction()->isEnabled());  // the snapshot's weights

    run.Stop();
    QTRY_COMPARE(run.State(), TrainingState::Stopped);
    QCOMPARE(actions.TrainAction()->text(), QString("&Train"));
    QVERIFY(!actions.StopAction()->isEnabled());
    QVERIFY(actions.SaveModelAction()->isEnabled());
}

void TestMainWindowActions::tooltipsTeachTheKeys() {
    QWidget window;
    MainWindowActions actions(&window);
    QCOMPARE(actions.TrainAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY2(actions.TrainAction()->toolTip().endsWith("(F5)"),
             qPrintable(actions.TrainAction()->toolTip()));
    QVERIFY(!actions.ExportChartAction()->toolTip().contains('('));  // no key, none named
    QVERIFY(window.actions().contains(actions.PasteAction()));  // shortcuts work anywhere in it
    QVERIFY(actions.LogScaleAction()->isCheckable());
}

void TestMainWindowActions::menusAndToolBar() {
    QMainWindow window;
    MainWindowActions actions(&window);
    auto* dock = new QDockWidget("Network", &window);
    actions.AddMenus(window.menuBar(), {dock});
    QStringList menus;
    for (QAction* a : window.menuBar()->actions()) menus << a->text();
    QCOMPARE(menus, (QStringList{"&File", "&Edit", "T&raining", "&View", "&Help"}));
    auto* view = window.menuBar()->findChild<QMenu*>("viewMenu");
    QVERIFY(view && view->actions().contains(dock->toggleViewAction()));
    QToolBar* bar = window.addToolBar("Training");
    actions.FillToolBar(bar);
    QCOMPARE(bar->objectName(), QString("trainingToolBar"));
    QCOMPARE(bar->actions().first(), actions.TrainAction());
    QVERIFY(bar->actions().contains(actions.OpenDataSetAction()));
}

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
