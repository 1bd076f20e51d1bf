// The run history's database: runs round-trip whole, lists filter, and every file it cannot use
// (not SQLite, a folder, a newer schema) is refused with a message naming it, left as it was.
#include <unistd.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

#include "EngineError.h"
#include "persistence/RunDatabase.h"

using namespace layerlab;

namespace {

RunRecord MakeRun(const QString& data, double lr, size_t iterations) {
    RunRecord r;
    r.source = "cli";
    r.version = "test";
    r.started = QDateTime::fromString("2026-12-03T10:00:00.250Z", Qt::ISODateWithMs);
    r.seconds = 1.5;
    r.state = "finished";
    r.data = data;
    r.dataHash = "abc";
    r.settings = {{"layers", "12288,20,7,5,1"}, {"lr", lr}};
    for (size_t i = 0; i < iterations; ++i) r.costs.push_back(0.7 / double(i + 1));
    r.finalCost = r.costs.empty() ? 0 : r.costs.back();
    r.trainAccuracy = 0.985;
    r.testAccuracy = 0.8;
    return r;
}

// The message of the EngineError that opening path throws, or "" when it opened.
QString Refusal(const QString& path) {
    try {
        RunDatabase db(path);
    } catch (const EngineError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

}  // namespace

class TestRunDatabase : public QObject {
    Q_OBJECT

private slots:
    void runsRoundTripWhole() {
        const QString path = m_dir.filePath("runs.sqlite");
        qint64 first = 0, second = 0;
        {
            RunDatabase db(path);
            first = db.Add(MakeRun("/data/cats", 0.0075, 2500));
            second = db.Add(MakeRun("builtin:shapes", 0.03, 10));
            db.Add(MakeRun("/data/cats", 0.1, 3));
        }
        RunDatabase db(path);  // reopened: the schema is there, nothing migrates twice
        QCOMPARE(db.List().size(), 3);
        QCOMPARE(db.List().first().id, first);
        QCOMPARE(db.List("/data/cats").size(), 2);
        QCOMPARE(db.List({}, 1).size(), 1);
        QCOMPARE(db.List({}, 1).first().settings.value("lr").toDouble(), 0.1);
        const std::optional<RunRecord> run = db.Get(first);
        QVERIFY(run);
        const RunRecord expected = MakeRun("/data/cats", 0.0075, 2500);
        QCOMPARE(run->costs, expected.costs);  // bit for bit
        QCOMPARE(run->started, expected.started);
        QCOMPARE(run->settings, expected.settings);
        QCOMPARE(run->testAccuracy, 0.8);
        QVERIFY(db.SetNote(second, "the fast one"));
        QCOMPARE(db.Get(second)->note, QString("the fast one"));
        QVERIFY(db.Remove(second));
        QVERIFY(!db.Remove(second));
        QVERIFY(!db.Get(second));
        QCOMPARE(db.List().size(), 2);
    }

    void evaluationsAndWeightsRoundTrip() {
        const QString path = m_dir.filePath("schema2.sqlite");
        RunRecord run = MakeRun("/data/cats", 0.0075, 100);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        run.evaluations = {
            {0, 0.69, 0.70, 0.5, 0.34}, {50, 0.4, 0.5, 0.8, 0.7}, {99, 0.2, nan, 0.9, nan}};
        for (int i = 0; i < 37; ++i) run.weights.push_back(std::ldexp(1.0 + i, -i) - 0.3);
        RunDatabase db(path);
        const qint64 with = db.Add(run);
        const qint64 without = db.Add(MakeRun("/data/cats", 0.03, 10));
        const std::optional<RunRecord> back = db.Get(with);
        QVERIFY(back);
        QCOMPARE(back->weights, run.weights);  // bit for bit
        QCOMPARE(back->evaluations.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i) {
            const EvaluationPoint &a = back->evaluations[i], &e = run.evaluations[i];
            QCOMPARE(a.iteration, e.iteration);
            QCOMPARE(a.trainCost, e.trainCost);
            QCOMPARE(a.trainAccuracy, e.trainAccuracy);
            QCOMPARE(std::isnan(a.testCost), std::isnan(e.testCost));
            if (!std::isnan(e.testCost)) QCOMPARE(a.testCost, e.testCost);
            QCOMPARE(std::isnan(a.testAccuracy), std::isnan(e.testAccuracy));
        }
        // List says which runs kept weights without reading them.
        const QList<RunRecord> listed = db.List("/data/cats");
        QCOMPARE(listed.size(), 2);
        QVERIFY(listed[0].hasWeights && listed[0].weights.empty());
        QVERIFY(!listed[1].hasWeights);
        QVERIFY(db.Get(without)->weights.empty() && db.Get(without)->evaluations.empty());
    }

    void migratesTheFirstSchema() {
        // A database as LayerLab's first run history wrote it (schema 1), with a run in it.
        const QString path = m_dir.filePath("schema1.sqlite");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "v1");
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(
                q.exec("CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT "
                       "NOT NULL, version TEXT NOT NULL, started TEXT NOT NULL, seconds REAL "
                       "NOT NULL, state TEXT NOT NULL, data TEXT NOT NULL, data_hash TEXT NOT "
                       "NULL, settings TEXT NOT NULL, final_cost REAL, train_accuracy REAL, "
                       "test_accuracy REAL, costs BLOB, note TEXT NOT NULL DEFAULT '')"));
            QVERIFY(q.exec("CREATE INDEX runs_by_data ON runs (data)"));
            QVERIFY(
                q.exec("INSERT INTO runs (source, version, started, seconds, state, data, "
                       "data_hash, settings, final_cost, train_accuracy, test_accuracy, "
                       "costs, note) VALUES ('cli', '0.1', '2026-12-01T10:00:00.000Z', 2.5, "
                       "'finished', '/data/cats', 'abc', '{\"lr\":0.0075}', 0.14, 0.98, "
                       "0.8, x'000000000000F03F', 'old')"));
            QVERIFY(q.exec("PRAGMA user_version = 1"));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase("v1");
        {
            RunDatabase db(path);
            const std::optional<RunRecord> old = db.Get(1);
            QVERIFY(old);
            QCOMPARE(old->note, QString("old"));
            QCOMPARE(old->costs, std::vector<double>{1.0});
            QCOMPARE(old->settings.value("lr").toDouble(), 0.0075);
            QVERIFY(old->weights.empty() && old->evaluations.empty() && !old->hasWeights);
            RunRecord now = MakeRun("/data/cats", 0.03, 3);
            now.weights = {1, 2, 3};
            const qint64 id = db.Add(now);
            QCOMPARE(db.Get(id)->weights, now.weights);
        }
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "check");
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec("PRAGMA user_version") && q.next());
            QCOMPARE(q.value(0).toInt(), RunDatabase::kSchemaVersion);
        }
        raw.close();
        raw = {};
        QSqlDatabase::removeDatabase("check");
    }

    void twoWritersAtOnceLoseNothing() {
        // Two connections writing as fast as they can, as two LayerLab processes would (the
        // command-line test runs real processes; this one makes them collide every time).
        const QString path = m_dir.filePath("busy.sqlite");
        { RunDatabase db(path); }
        std::atomic<int> failures{0};
        const auto writer = [&](int seed) {
            try {
                RunDatabase db(path);
                for (int i = 0; i < 150; ++i) db.Add(MakeRun("w", seed + i, 50));
            } catch (const EngineError&) {
                ++failures;
            }
        };
        std::thread a(writer, 0), b(writer, 1000);
        a.join();
        b.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(RunDatabase(path).List().size(), 300);
    }

    void refusesAFileThatIsNotADatabase() {
        const QString path = m_dir.filePath("notes.txt");
        const QByteArray text = QByteArray("my notes, not a database\n").repeated(200);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const QString why = Refusal(path);
        QVERIFY2(why.contains(path) && why.contains("is not a LayerLab run database") &&
                     why.contains("--runs-db another file"),
                 qPrintable(why));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text);  // left as it was
    }

    void refusesAFolder() {
        const QString why = Refusal(m_dir.path());
        QVERIFY2(why.contains("is a folder, not a run database"), qPrintable(why));
    }

    void refusesANewerSchema() {
        const QString path = m_dir.filePath("newer.sqlite");
        { RunDatabase db(path); }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "raw");
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec("PRAGMA user_version = 7"));
            raw.close();
        }
        QSqlDatabase::removeDatabase("raw");
        const QString why = Refusal(path);
        QVERIFY2(why.contains("newer LayerLab (schema 7; this one reads up to 2)"),
                 qPrintable(why));
    }

    void refusesAFileItCannotWrite() {
        if (geteuid() == 0) QSKIP("root writes read-only files: not testable as root");
        const QString path = m_dir.filePath("readonly.sqlite");
        { RunDatabase db(path); }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        try {
            RunDatabase db(path);
            db.Add(MakeRun("x", 1, 1));
            QFAIL("a read-only database took a run");
        } catch (const EngineError& e) {
            QVERIFY2(QString(e.what()).contains("cannot be written"), e.what());
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRunDatabase)
#include "tst_rundatabase.moc"
