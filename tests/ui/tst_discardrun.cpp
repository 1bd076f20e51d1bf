// Nothing is lost without asking: Train after a finished or stopped run, Step after Stop, Reset,
// opening a model or a data set, and Quit ask "Discard this run?" while the run has trained
// iterations that were not saved; Cancel keeps the run, Discard starts over, "Don't ask again"
// is remembered; an untrained or saved run asks nothing.
#include <QAction>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "DiscardAnswerer.h"
#include "MainWindow.h"
#include "SettingsStore.h"
#include "WindowFixture.h"
#include "training/RunController.h"
#include "training/TrainingSession.h"

using namespace layerlab;
using test::DiscardAnswerer;

class TestDiscardRun : public QObject, public test::WindowFixture {
    Q_OBJECT
private slots:
    void init() { QVERIFY(OpenWindow()); }
    void cleanup() { CloseWindow(); }
    void untrainedRunAsksNothing();
    void trainAfterFinishedAsks();
    void stepAfterStopAsks();
    void resetAsks();
    void quitAsks();
    void savedRunAsksNothing();
    void openingDataSetAsks();
    void dontAskAgainIsRemembered();

private:
    // Counts the runs that start from here on (a new session may reuse the old one's address).
    std::unique_ptr<QSignalSpy> WatchNewRuns() {
        return std::make_unique<QSignalSpy>(Find<RunController>("runController"),
                                            &RunController::sessionStarted);
    }
    // Trains a fresh run of n iterations to its end.
    TrainingSession* TrainToEnd(int n) {
        Find<QSpinBox>("iterationsSpin")->setValue(n);
        m_window->TrainAction()->trigger();
        TrainingSession* s = m_window->Session();
        if (!s || !QTest::qWaitFor([s] { return s->State() == TrainingState::Finished; }, 20000))
            return nullptr;
        return s;
    }
};

void TestDiscardRun::untrainedRunAsksNothing() {
    const DiscardAnswerer answer(QMessageBox::Cancel);
    m_window->ResetAction()->trigger();  // no run yet
    QVERIFY(m_window->Session());
    m_window->ResetAction()->trigger();  // a Ready run, never trained
    QVERIFY(m_window->close());
    QCOMPARE(answer.Asked(), 0);
}

void TestDiscardRun::trainAfterFinishedAsks() {
    TrainingSession* first = TrainToEnd(20);
    QVERIFY(first);
    {
        const DiscardAnswerer cancel(QMessageBox::Cancel);
        m_window->TrainAction()->trigger();  // the budget is spent: F5 would start over
        QCOMPARE(cancel.Asked(), 1);
        QVERIFY2(cancel.Text().contains("Discard this run?") && cancel.Text().contains("20"),
                 qPrintable(cancel.Text()));
    }
    QCOMPARE(m_window->Session(), first);  // kept, with its iterations and history
    QCOMPARE(first->Latest().iteration, size_t(20));
    QCOMPARE(m_window->History().Costs().size(), qsizetype(20));

    const auto started = WatchNewRuns();
    const DiscardAnswerer discard(QMessageBox::Discard);
    m_window->TrainAction()->trigger();
    QCOMPARE(discard.Asked(), 1);
    QCOMPARE(started->count(), 1);  // a new run, trained from the start
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
    QCOMPARE(m_window->History().Costs().size(), qsizetype(20));
}

void TestDiscardRun::stepAfterStopAsks() {
    Find<QSpinBox>("iterationsSpin")->setValue(10'000'000);
    m_window->TrainAction()->trigger();
    TrainingSession* run = m_window->Session();
    QTRY_VERIFY(run->Latest().iteration > 0);
    m_window->StopAction()->trigger();
    QTRY_COMPARE(run->State(), TrainingState::Stopped);
    const size_t trained = run->Latest().iteration;
    {
        const DiscardAnswerer cancel(QMessageBox::Cancel);
        m_window->StepAction()->trigger();
        m_window->TrainAction()->trigger();
        QCOMPARE(cancel.Asked(), 2);
    }
    QCOMPARE(m_window->Session(), run);
    QCOMPARE(run->Latest().iteration, trained);
    const auto started = WatchNewRuns();
    const DiscardAnswerer discard(QMessageBox::Discard);
    m_window->StepAction()->trigger();
    QCOMPARE(discard.Asked(), 1);
    QCOMPARE(started->count(), 1);
    QTRY_COMPARE(m_window->Session()->Latest().iteration, size_t(1));
}

void TestDiscardRun::resetAsks() {
    TrainingSession* run = TrainToEnd(15);
    QVERIFY(run);
    {
        const DiscardAnswerer cancel(QMessageBox::Cancel);
        m_window->ResetAction()->trigger();
        QCOMPARE(cancel.Asked(), 1);
    }
    QCOMPARE(m_window->Session(), run);
    QCOMPARE(run->Latest().iteration, size_t(15));
    const auto started = WatchNewRuns();
    const DiscardAnswerer discard(QMessageBox::Discard);
    m_window->ResetAction()->trigger();
    QCOMPARE(discard.Asked(), 1);
    QCOMPARE(started->count(), 1);
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Ready);
    QCOMPARE(m_window->Session()->Latest().iteration, size_t(0));
}

void TestDiscardRun::quitAsks() {
    TrainingSession* run = TrainToEnd(10);
    QVERIFY(run);
    {
        const DiscardAnswerer cancel(QMessageBox::Cancel);
        QVERIFY(!m_window->close());  // Ctrl+Q and the window's close button end here
        QCOMPARE(cancel.Asked(), 1);
    }
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->Session(), run);
    const DiscardAnswerer discard(QMessageBox::Discard);
    m_window->findChild<QAction*>("actionQuit")->trigger();
    QCOMPARE(discard.Asked(), 1);
    QVERIFY(!m_window->isVisible());
    QCOMPARE(m_window->Session(), nullptr);
}

void TestDiscardRun::savedRunAsksNothing() {
    TrainingSession* run = TrainToEnd(10);
    QVERIFY(run);
    QTemporaryDir dir;
    const QString path = dir.filePath("model.h5");
    QVERIFY(m_window->SaveModel(path));
    {
        const auto started = WatchNewRuns();
        const DiscardAnswerer none(QMessageBox::Cancel);
        QVERIFY(m_window->OpenModel(path));  // the saved run is in the file
        QCOMPARE(none.Asked(), 0);
        QCOMPARE(started->count(), 1);
    }
    // Trained on after the save: the new iterations are unsaved again.
    run = TrainToEnd(12);
    const DiscardAnswerer cancel(QMessageBox::Cancel);
    QVERIFY(!m_window->OpenModel(path));
    QCOMPARE(cancel.Asked(), 1);
    QCOMPARE(m_window->Session(), run);
    QCOMPARE(run->Latest().iteration, size_t(12));
}

void TestDiscardRun::openingDataSetAsks() {
    TrainingSession* run = TrainToEnd(10);
    QVERIFY(run);
    const auto data = m_window->Data();
    const DiscardAnswerer cancel(QMessageBox::Cancel);
    QVERIFY(!m_window->LoadDataSetInBackground("builtin:shapes"));
    QCOMPARE(cancel.Asked(), 1);
    QCOMPARE(m_window->Data(), data);
    QCOMPARE(m_window->Session(), run);
}

void TestDiscardRun::dontAskAgainIsRemembered() {
    QVERIFY(TrainToEnd(10));
    {
        const DiscardAnswerer discard(QMessageBox::Discard, true);
        m_window->ResetAction()->trigger();
        QCOMPARE(discard.Asked(), 1);
    }
    QVERIFY(!SettingsStore().AskBeforeDiscarding());
    QVERIFY(TrainToEnd(10));
    const auto started = WatchNewRuns();
    const DiscardAnswerer none(QMessageBox::Cancel);
    m_window->ResetAction()->trigger();  // discarded without a word
    QCOMPARE(none.Asked(), 0);
    QCOMPARE(started->count(), 1);
}

QTEST_MAIN(TestDiscardRun)
#include "tst_discardrun.moc"
