// The speed slider: slow motion is slower by a measured ratio, paces itself without holding up
// Stop, Pause or a change of speed, publishes every iteration, is keyboard-operable and
// remembered; and the chart's x-axis grows with the run, so one Step shows.
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QValueAxis>

#include "MainWindow.h"
#include "SettingsStore.h"
#include "SpeedControl.h"
#include "WindowFixture.h"
#include "training/RunController.h"
#include "training/TrainingSession.h"

using namespace layerlab;

class TestSpeedControl : public QObject, public test::WindowFixture {
    Q_OBJECT
private slots:
    void init() {
        QVERIFY(OpenWindow());
        SettingsStore().SetAskBeforeDiscarding(false);  // runs here are thrown away freely
    }
    void cleanup() { CloseWindow(); }
    void scaleAndKeyboard();
    void slowMotionIsSlower();
    void slowMotionPublishesEveryIteration();
    void stopAndPauseDoNotWaitOutTheSlot();
    void speedChangesWhileTraining();
    void positionIsRemembered();
    void axisGrowsWithTheRun();

private:
    QSlider* Slider() { return Find<QSlider>("speedSlider"); }
    void SetIterations(int n) { Find<QSpinBox>("iterationsSpin")->setValue(n); }
    // Seconds from F5 to the end of a fresh run of n iterations.
    double SecondsToTrain(int n) {
        SetIterations(n);
        QElapsedTimer clock;
        clock.start();
        m_window->ResetAction()->trigger();
        m_window->TrainAction()->trigger();
        if (!QTest::qWaitFor(
                [this] { return m_window->Session()->State() == TrainingState::Finished; }, 60000))
            return -1;
        return clock.nsecsElapsed() * 1e-9;
    }
    double AxisMax() {
        const auto axes = Find<QChartView>("costChart")->chart()->axes(Qt::Horizontal);
        return static_cast<QValueAxis*>(axes.first())->max();
    }
};

void TestSpeedControl::scaleAndKeyboard() {
    QSlider* slider = Slider();
    QVERIFY(!slider->accessibleName().isEmpty() && !slider->toolTip().isEmpty());
    QCOMPARE(slider->value(), SpeedControl::kFullSpeed);  // full speed unless chosen
    QCOMPARE(SpeedControl::PaceAt(SpeedControl::kFullSpeed), 0.0);
    QCOMPARE(SpeedControl::PaceAt(0), 2.0);
    // Logarithmic: equal steps multiply the pace by the same factor.
    const double r1 = SpeedControl::PaceAt(20) / SpeedControl::PaceAt(10);
    const double r2 = SpeedControl::PaceAt(90) / SpeedControl::PaceAt(80);
    QVERIFY(std::abs(r1 - r2) < 1e-9 && r1 > 1.5);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(slider->value(), 0);
    QCOMPARE(Find<QLabel>("speedValue")->text(), QString("2.0 it/s"));
    QTest::keyClick(slider, Qt::Key_PageUp);
    QCOMPARE(slider->value(), 10);
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(Find<QLabel>("speedValue")->text(), QString("full speed"));
}

void TestSpeedControl::slowMotionIsSlower() {
    const int n = 20;
    const double full = SecondsToTrain(n);
    QVERIFY(full > 0);
    Slider()->setValue(37);  // about 20 iterations a second
    const double slow = SecondsToTrain(n);
    QVERIFY(slow > 0);
    qInfo("%d iterations: %.1f it/s at full speed, %.1f it/s at position 37 (%.1f it/s)", n,
          n / full, n / slow, SpeedControl::PaceAt(37));
    QVERIFY2(slow >= 3 * full, qPrintable(QString("slow %1 s, full %2 s").arg(slow).arg(full)));
}

void TestSpeedControl::slowMotionPublishesEveryIteration() {
    Slider()->setValue(40);  // about 25 a second
    SetIterations(15);
    QSignalSpy snapshots(Find<RunController>("runController"), &RunController::snapshot);
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
    // Ready, then one after each of the 15 iterations (the last is the Finished one's).
    QVERIFY2(snapshots.count() >= 15, qPrintable(QString::number(snapshots.count())));
    QCOMPARE(m_window->History().Costs().size(), qsizetype(15));
}

void TestSpeedControl::stopAndPauseDoNotWaitOutTheSlot() {
    auto* run = Find<RunController>("runController");
    run->SetPace(0.01);  // a slot of 100 s: only a woken wait ends within QTRY's 5 s
    SetIterations(1000);
    m_window->TrainAction()->trigger();
    TrainingSession* session = m_window->Session();
    QTRY_COMPARE(session->Latest().iteration, size_t(1));
    m_window->PauseAction()->trigger();
    QTRY_COMPARE(session->State(), TrainingState::Paused);
    m_window->TrainAction()->trigger();  // resumes: the first iteration goes at once
    QTRY_COMPARE(session->Latest().iteration, size_t(2));
    m_window->StopAction()->trigger();
    QTRY_COMPARE(session->State(), TrainingState::Stopped);
    QCOMPARE(session->Latest().iteration, size_t(2));
    // Tearing down a waiting run does not wait either (a hang here fails by ctest's timeout).
    m_window->TrainAction()->trigger();
}

void TestSpeedControl::speedChangesWhileTraining() {
    QTest::keyClick(Slider(), Qt::Key_Home);  // 2 a second: 2000 iterations would take 1000 s
    SetIterations(2000);
    m_window->TrainAction()->trigger();
    TrainingSession* session = m_window->Session();
    QTRY_VERIFY(session->Latest().iteration >= 1);
    QCOMPARE(session->State(), TrainingState::Running);
    QTest::keyClick(Slider(), Qt::Key_End);  // full speed, for the run under way
    QTRY_COMPARE_WITH_TIMEOUT(session->State(), TrainingState::Finished, 20000);
    QCOMPARE(session->Latest().iteration, size_t(2000));
}

void TestSpeedControl::positionIsRemembered() {
    Slider()->setValue(42);
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(Slider()->value(), 42);
    QCOMPARE(Find<SpeedControl>("speedControl")->Pace(), SpeedControl::PaceAt(42));
}

void TestSpeedControl::axisGrowsWithTheRun() {
    SetIterations(2500);
    m_window->StepAction()->trigger();
    QTRY_COMPARE(m_window->Session()->Latest().iteration, size_t(1));
    QTRY_COMPARE(AxisMax(), 10.0);  // not 2500: the one point shows
    for (int i = 0; i < 14; ++i) m_window->StepAction()->trigger();
    QTRY_COMPARE(m_window->Session()->Latest().iteration, size_t(15));
    QTRY_COMPARE(AxisMax(), 20.0);
    SetIterations(300);
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
    QTRY_COMPARE(AxisMax(), 300.0);  // the finished run fills its budget
}

QTEST_MAIN(TestSpeedControl)
#include "tst_speedcontrol.moc"
