// SweepJob: the window's sweep on a thread of its own trains on the data it is given, reports
// every run as it ends on the job's thread, records each with source "window", refuses a second
// sweep while one runs, and cancels (keeping what ended) when destroyed.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

#include "datasets/DataSetLoader.h"
#include "experiments/SweepJob.h"
#include "experiments/SweepPlan.h"
#include "persistence/RunDatabase.h"

using namespace layerlab;

Q_DECLARE_METATYPE(layerlab::SweepRunner::Report)

namespace {

std::vector<SweepRunner::Job> Jobs(const DataSplit& data, const QString& hidden,
                                   std::uint64_t iterations) {
    SweepPlan plan;
    plan.hidden = SweepPlan::ParseHidden(hidden);
    plan.learningRates = SweepPlan::ParseLearningRates("0.01,0.1");
    return SweepRunner::Jobs(
        plan.Expand(), data, [iterations](std::uint64_t) { return iterations; },
        QJsonObject{{"iterations", qint64(iterations)}});
}

}  // namespace

class TestSweepJob : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const DataSplit> m_data;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_data = std::make_shared<const DataSplit>(DataSetLoader::Load("builtin:shapes"));
    }

    void runsEveryJobAndRecordsItAsTheWindows() {
        const QString db = m_dir.filePath("job.sqlite");
        SweepJob job;
        QSignalSpy reports(&job, &SweepJob::runFinished);
        QSignalSpy finished(&job, &SweepJob::finished);
        QThread* const uiThread = QThread::currentThread();
        bool onJobsThread = true;
        connect(&job, &SweepJob::runFinished, this,
                [&] { onJobsThread = onJobsThread && QThread::currentThread() == uiThread; });
        QVERIFY(job.Start(m_data, Jobs(*m_data, "3|4", 20), db, 2));
        QVERIFY(job.IsRunning());
        // One sweep at a time.
        QVERIFY(!job.Start(m_data, Jobs(*m_data, "3", 20), db, 2));
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.IsRunning());
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(reports.size(), 4);
        QVERIFY(onJobsThread);

        const RunDatabase history(db);
        const QList<RunRecord> runs = history.List();
        QCOMPARE(runs.size(), 4);
        for (const RunRecord& run : runs) {
            QCOMPARE(run.source, QString("window"));
            QCOMPARE(run.state, QString("finished"));
            QCOMPARE(run.data, QString::fromStdString(m_data->train.source));
            QVERIFY(!run.dataHash.isEmpty());
            QCOMPARE(run.settings.value("iterations").toInteger(), 20);
        }
    }

    void refusesNothingToRun() {
        SweepJob job;
        QVERIFY(!job.Start(nullptr, Jobs(*m_data, "3", 20), QString()));
        QVERIFY(!job.Start(m_data, {}, QString()));
        QVERIFY(!job.IsRunning());
    }

    // Destroying a running job cancels it and waits: the runs in flight are recorded as
    // stopped, none after them starts, and no signal arrives afterwards.
    void destroyingCancels() {
        const QString db = m_dir.filePath("destroy.sqlite");
        {
            SweepJob job;
            QSignalSpy reports(&job, &SweepJob::runFinished);
            QVERIFY(job.Start(m_data, Jobs(*m_data, "3|4|5|6", 5'000'000), db, 2));
        }
        const RunDatabase history(db);
        const QList<RunRecord> runs = history.List();
        QVERIFY(runs.size() <= 2);
        for (const RunRecord& run : runs) QCOMPARE(run.state, QString("stopped"));
    }
};

QTEST_GUILESS_MAIN(TestSweepJob)
#include "tst_sweepjob.moc"
