// `layerlab sweep` from a terminal: one line per run as it ends, a table of every run best first
// naming only what varies, every run in the run history as train records it, refusals that say
// what the option takes, and Ctrl+C cancelling cleanly.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "LayerLabProcess.h"
#include "persistence/RunDatabase.h"

using namespace layerlab;
using namespace layerlab::test;

namespace {

QStringList Sweep(const QString& db, const QStringList& extra = {}) {
    return QStringList{
               "sweep",   "--data", "builtin:shapes", "--hidden", "8|4,3",     "--lr", "0.002,0.01",
               "--seeds", "2",      "--iterations",   "20",       "--runs-db", db} +
           extra;
}

}  // namespace

class TestSweepCommand : public QObject {
    Q_OBJECT

private slots:
    void linesTableAndHistory() {
        const QString db = m_dir.filePath("sweep.sqlite");
        const ProcessResult r = RunLayerLab(Sweep(db));
        QVERIFY2(r.finished && r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.Describe()));
        const QStringList lines = r.out.split('\n');
        QCOMPARE(lines.value(0), QString("sweep: 8 runs, 2 at a time"));
        // One line per run, in the order they ended, naming the axes that vary and no other.
        const QRegularExpression runLine(
            "^run ([1-8])/8 hidden=(8|4,3) lr=(0.002|0.01) seed=([12]) finished cost=[0-9.e-]+ "
            "train_accuracy=[0-9.]+ test_accuracy=[0-9.]+ seconds=[0-9.]+ id=([1-8])$");
        QSet<QString> runs, ids;
        for (int i = 1; i <= 8; ++i) {
            const QRegularExpressionMatch m = runLine.match(lines.value(i));
            QVERIFY2(m.hasMatch(), qPrintable(lines.value(i)));
            runs.insert(m.captured(1));
            ids.insert(m.captured(5));
        }
        QCOMPARE(runs.size(), 8);
        QCOMPARE(ids.size(), 8);
        QCOMPARE(lines.value(9), QString());
        const QStringList header = lines.value(10).split(' ', Qt::SkipEmptyParts);
        QCOMPARE(header, (QStringList{"run", "hidden", "lr", "seed", "state", "cost", "train",
                                      "test", "seconds", "id"}));
        // Best first: the test accuracies (column 8) never rise down the table.
        double previous = 2;
        for (int i = 11; i <= 18; ++i) {
            const QStringList cells = lines.value(i).split(' ', Qt::SkipEmptyParts);
            QCOMPARE(cells.size(), 10);
            QCOMPARE(cells[4], QString("finished"));
            const double test = cells[7].toDouble();
            QVERIFY2(test <= previous, qPrintable(r.out));
            previous = test;
        }
        QCOMPARE(lines.value(19), QString());
        QCOMPARE(lines.size(), 20);

        const RunDatabase history(db);
        const QList<RunRecord> recorded = history.List();
        QCOMPARE(recorded.size(), 8);
        for (const RunRecord& run : recorded) {
            QCOMPARE(run.source, QString("cli"));
            QCOMPARE(run.state, QString("finished"));
            QCOMPARE(run.data, QString("builtin:shapes"));
            QCOMPARE(run.settings.value("iterations").toInt(), 20);
            QCOMPARE(run.settings.value("threads").toInt(), 1);
            QVERIFY(run.dataHash.size() == 64);
        }
        // runs diff sees a sweep's runs as any other: only what differs.
        const ProcessResult diff = RunLayerLab({"runs", "diff", "1", "2", "--runs-db", db});
        QVERIFY2(diff.exitCode == 0, qPrintable(diff.Describe()));
        QCOMPARE(diff.out.trimmed().count('\n'), 0);  // one setting: the seed or the lr
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList data{"sweep", "--data", "builtin:shapes"};
        QTest::newRow("no hidden") << data << "--hidden is required";
        QTest::newRow("bad range") << data + QStringList{"--hidden", "8", "--lr", "0.1:0.01:log3"}
                                   << "--lr '0.1:0.01:log3' refused: a range needs 0 < FROM < TO";
        QTest::newRow("too many runs")
            << data + QStringList{"--hidden", "8", "--lr", "0.0001:1:log100", "--seeds", "200"}
            << "the sweep has 20000 runs, more than 10000";
        QTest::newRow("sample 0") << data + QStringList{"--hidden", "8", "--sample", "0"}
                                  << "--sample 0 refused";
        QTest::newRow("both budgets")
            << data + QStringList{"--hidden", "8", "--epochs", "2", "--iterations", "3"}
            << "give --epochs or --iterations, not both";
        QTest::newRow("train only") << data + QStringList{"--hidden", "8", "--layers", "3072,1"}
                                    << "Unknown option 'layers'";
        QTest::newRow("unknown optimiser")
            << data + QStringList{"--hidden", "8", "--optimiser", "gd,lbfgs"}
            << "--optimizer: 'lbfgs' refused";
    }

    void refusals() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessResult r =
            RunLayerLab(arguments + QStringList{"--runs-db", m_dir.filePath("never.sqlite")});
        QVERIFY2(r.finished && r.exitCode == 1 && r.err.contains(message),
                 qPrintable(r.Describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath("never.sqlite")));
    }

    // Ctrl+C once the short run has ended: the long one beside it stops and is recorded as
    // stopped, whole; the table shows both. (That no run starts after a cancel is
    // tst_sweeprunner's.)
    void interruptCancels() {
        const QString db = m_dir.filePath("interrupted.sqlite");
        // 2000 epochs: a million iterations of batch 1 for run 1 (long enough to be
        // interrupted, short enough for its curve to be recorded), 2000 full-batch ones for run 2.
        QProcess* p =
            StartLayerLab({"sweep", "--data", "builtin:shapes", "--hidden", "2", "--batch-size",
                           "1,0", "--epochs", "2000", "--workers", "2", "--runs-db", db},
                          this);
        QVERIFY(p->waitForStarted());
        QByteArray out;
        while (!out.contains("\nrun 2/2 ") && p->waitForReadyRead(60000))
            out += p->readAllStandardOutput();
        QVERIFY2(out.contains("\nrun 2/2 batch-size=0 finished"), out.constData());
        ::kill(pid_t(p->processId()), SIGINT);
        const ProcessResult r = Finish(p);
        QVERIFY2(r.finished && r.exitCode == 130, qPrintable(r.Describe()));
        QVERIFY2(r.err.contains("cancelled: 2 of 2 runs ended, 0 never started"),
                 qPrintable(r.Describe()));
        const QString all = QString::fromUtf8(out) + r.out;
        QVERIFY2(all.contains("\nrun 1/2 batch-size=1 stopped cost="), qPrintable(all));
        QVERIFY2(all.contains(QRegularExpression("\n1 +1 +stopped ")), qPrintable(all));
        const RunDatabase history(db);
        const QList<RunRecord> runs = history.List();
        QCOMPARE(runs.size(), 2);
        const std::optional<RunRecord> finished = history.Get(runs[0].id),
                                       stopped = history.Get(runs[1].id);
        QVERIFY(finished && stopped);
        QCOMPARE(finished->state, QString("finished"));
        QCOMPARE(finished->costs.size(), size_t(2000));
        QCOMPARE(stopped->state, QString("stopped"));
        QCOMPARE(stopped->settings.value("batch-size").toInt(), 1);
        QVERIFY(stopped->costs.size() < 1000000);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSweepCommand)
#include "tst_sweepcommand.moc"
