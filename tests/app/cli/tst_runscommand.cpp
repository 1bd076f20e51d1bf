// The run history from the command line: train records every run, `layerlab runs` lists, shows,
// diffs, exports and deletes them; two processes writing at once lose nothing; a database that
// cannot be used costs a warning, never the run or its saved model.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "LayerLabProcess.h"
#include "cli/TrainCommand.h"
#include "datasets/DataSetLoader.h"
#include "persistence/RunSettings.h"

using namespace layerlab;
using namespace layerlab::test;

namespace {

QStringList Train(const QString& db, const QStringList& extra = {}) {
    return QStringList{"train",
                       "--data",
                       "builtin:shapes",
                       "--layers",
                       "3072,8,1",
                       "--iterations",
                       "20",
                       "--print-every",
                       "0",
                       "--runs-db",
                       db} +
           extra;
}

}  // namespace

class TestRunsCommand : public QObject {
    Q_OBJECT

private slots:
    void trainRecordsAndRunsReadsBack() {
        const QString db = m_dir.filePath("history.sqlite");
        for (const QStringList& extra : {QStringList{}, QStringList{"--lr", "0.03"}}) {
            const ProcessResult r = RunLayerLab(Train(db, extra));
            QVERIFY2(r.finished && r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.Describe()));
        }
        const ProcessResult list = RunLayerLab({"runs", "list", "--runs-db", db});
        QVERIFY2(list.exitCode == 0, qPrintable(list.Describe()));
        const QStringList lines = list.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].trimmed().startsWith("1  ") && lines[0].contains("builtin:shapes") &&
                     lines[0].contains("3072,8,1") && lines[0].contains("finished"),
                 qPrintable(lines[0]));

        // Only what differs, named as the options are.
        const ProcessResult diff = RunLayerLab({"runs", "diff", "1", "2", "--runs-db", db});
        QCOMPARE(diff.out.trimmed(), QString("lr: 0.0075 → 0.03"));

        const ProcessResult json = RunLayerLab({"runs", "export", "2", "--json", "--runs-db", db});
        const QJsonObject run = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(run.value("costs").toArray().size(), 20);
        QCOMPARE(run.value("settings").toObject().value("lr").toDouble(), 0.03);
        QCOMPARE(run.value("source").toString(), QString("cli"));
        // The hash of the pixels, labels and names train read (not of what is left once it has
        // freed the images), and the test accuracy it printed.
        const DataSplit shapes = DataSetLoader::Load("builtin:shapes");
        QCOMPARE(run.value("data_hash").toString(), RunSettings::DataHash(shapes.train));
        QVERIFY(run.value("test_accuracy").toDouble() > 0);

        const ProcessResult csv = RunLayerLab({"runs", "export", "1", "--csv", "--runs-db", db});
        const QStringList rows = csv.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 21);
        QCOMPARE(rows[0], QString("iteration,cost"));
        // The curve the JSON holds, to the last digit.
        QCOMPARE(rows[1].section(',', 1).toDouble(), RunFirstCost(db, "1"));

        const ProcessResult show = RunLayerLab({"runs", "show", "2", "--runs-db", db});
        QVERIFY2(show.out.contains("lr: 0.03\n") && show.out.contains("iterations: 20\n"),
                 qPrintable(show.out));

        QCOMPARE(RunLayerLab({"runs", "delete", "1", "--runs-db", db}).out.trimmed(),
                 QString("deleted run 1"));
        const ProcessResult gone = RunLayerLab({"runs", "show", "1", "--runs-db", db});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains("no run 1 in"), qPrintable(gone.err));
    }

    void twoProcessesWritingAtOnceLoseNothing() {
        const QString db = m_dir.filePath("shared.sqlite");
        // Two shells, each training eight times in a row into the same database.
        QList<QProcess*> shells;
        for (int shell = 0; shell < 2; ++shell) {
            auto* p = new QProcess(this);
            p->start(
                "/bin/bash",
                QStringList{"-c",
                            "for i in 1 2 3 4 5 6 7 8; do \"$0\" \"$@\" --seed $i || exit 1; done",
                            QStringLiteral(LAYERLAB_BINARY)} +
                    Train(db));
            shells << p;
        }
        for (QProcess* p : shells) {
            const ProcessResult r = Finish(p);
            QVERIFY2(r.finished && r.exitCode == 0 && !r.err.contains("not recorded"),
                     qPrintable(r.Describe()));
        }
        const ProcessResult list = RunLayerLab({"runs", "list", "--runs-db", db});
        QCOMPARE(list.out.split('\n', Qt::SkipEmptyParts).size(), 16);
    }

    void anUnusableDatabaseCostsTheRunNothing() {
        const QString notes = m_dir.filePath("notes.txt");
        const QByteArray text = QByteArray("not a database\n").repeated(100);
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const QString model = m_dir.filePath("kept.h5");
        const ProcessResult r = RunLayerLab(Train(notes, {"--save", model}));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.Describe()));
        QVERIFY2(r.out.contains("train_accuracy="), qPrintable(r.Describe()));
        QVERIFY2(r.err.contains("warning: the run was not recorded") &&
                     r.err.contains("is not a LayerLab run database"),
                 qPrintable(r.err));
        QVERIFY(QFile::exists(model));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text);
    }

    void noRecordMakesNoDatabase() {
        const QString db = m_dir.filePath("never.sqlite");
        const ProcessResult r = RunLayerLab(Train(db, {"--no-record"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.Describe()));
        QVERIFY(!QFile::exists(db));
        const ProcessResult show = RunLayerLab({"runs", "show", "1", "--runs-db", db});
        QCOMPARE(show.exitCode, 1);
        QVERIFY2(show.err.contains("no run database at"), qPrintable(show.err));
        QVERIFY(!QFile::exists(db));  // reading made none either
    }

    void refusesWhatItCannotDo_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{"runs"} << "say what to do";
        QTest::newRow("unknown") << QStringList{"runs", "lsit"} << "unknown runs command 'lsit'";
        QTest::newRow("no id") << QStringList{"runs", "show"}
                               << "layerlab runs show takes one run id";
        QTest::newRow("one id for diff")
            << QStringList{"runs", "diff", "1"} << "layerlab runs diff takes two run ids";
        QTest::newRow("bad id") << QStringList{"runs", "show", "x"} << "'x' is not a run id";
        QTest::newRow("export how") << QStringList{"runs", "export", "1"} << "give --csv or --json";
    }
    void refusesWhatItCannotDo() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessResult r =
            RunLayerLab(arguments + QStringList{"--runs-db", m_dir.filePath("history.sqlite")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.Describe()));
    }

private:
    double RunFirstCost(const QString& db, const QString& id) {
        const ProcessResult json = RunLayerLab({"runs", "export", id, "--json", "--runs-db", db});
        return QJsonDocument::fromJson(json.out.toUtf8())
            .object()
            .value("costs")
            .toArray()
            .first()
            .toDouble();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRunsCommand)
#include "tst_runscommand.moc"
