// SweepRunner: a sweep's runs on two workers are the train command's runs made one at a time,
// cost for cost and setting for setting; a cancelled sweep keeps what ended, stops what runs and
// starts nothing more.
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <memory>

#include "EnumNames.h"
#include "SingleThreadedBlas.h"
#include "cli/SweepCommand.h"
#include "cli/TrainCommand.h"
#include "datasets/DataSetLoader.h"
#include "persistence/RunDatabase.h"
#include "persistence/RunSettings.h"

using namespace layerlab;

namespace {

struct Sweep {
    QCommandLineParser parser;
    std::vector<SweepPoint> points;
    std::shared_ptr<const DataSplit> data;
    std::vector<SweepRunner::Job> jobs;
};

// The sweep the arguments describe, as `layerlab sweep` reads it.
std::unique_ptr<Sweep> Plan(const QStringList& arguments) {
    auto s = std::make_unique<Sweep>();
    SweepCommand::AddOptions(s->parser);
    if (!s->parser.parse(QStringList{"layerlab sweep"} + arguments))
        qFatal("%s", qPrintable(s->parser.errorText()));
    s->points = SweepCommand::ReadPlan(s->parser).Expand();
    s->data = std::make_shared<const DataSplit>(DataSetLoader::Load(s->parser.value("data")));
    s->jobs = SweepCommand::Jobs(s->parser, s->points, *s->data);
    return s;
}

QString Number(double v) {
    return QString::number(v, 'g', 17);
}

// The train command's arguments for one of the sweep's runs.
QStringList TrainArguments(const SweepRunner::Job& job, const QString& iterations) {
    QStringList sizes;
    for (arma::uword n : job.spec.sizes) sizes << QString::number(n);
    const TrainOptions& o = job.point.options;
    QStringList a{"layerlab train",
                  "--data",
                  "builtin:shapes",
                  "--layers",
                  sizes.join(','),
                  "--lr",
                  Number(o.learningRate),
                  "--optimizer",
                  QString::fromStdString(ToString(o.optimizer)),
                  "--batch-size",
                  QString::number(o.batchSize),
                  "--l2",
                  Number(o.l2),
                  "--init",
                  QString::fromStdString(ToString(job.point.init)),
                  "--seed",
                  QString::number(o.seed),
                  "--iterations",
                  iterations,
                  "--threads",
                  "1",
                  "--print-every",
                  "0"};
    if (!o.keepProbabilities.empty()) {
        QStringList keep;
        for (double k : o.keepProbabilities) keep << Number(k);
        a << "--dropout" << keep.join(',');
    }
    return a;
}

bool BitForBit(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

}  // namespace

class TestSweepRunner : public QObject {
    Q_OBJECT

private slots:
    // Twelve runs drawn from a grid over every axis, on two workers, against the same twelve
    // made one at a time by `layerlab train --threads 1`.
    void runsEqualTheTrainCommandsRuns() {
        const QString sweepDb = m_dir.filePath("sweep.sqlite"),
                      trainDb = m_dir.filePath("train.sqlite");
        const std::unique_ptr<Sweep> s = Plan({"--data",        "builtin:shapes",
                                               "--hidden",      "8|4,3",
                                               "--lr",          "0.005:0.05:log3",
                                               "--optimizer",   "gd,adam",
                                               "--batch-size",  "0,64",
                                               "--l2",          "0,0.5",
                                               "--dropout",     "1,0.8",
                                               "--init",        "notebook,he",
                                               "--seeds",       "2",
                                               "--sample",      "12",
                                               "--sample-seed", "4",
                                               "--iterations",  "25"});
        QCOMPARE(s->jobs.size(), size_t(12));
        SweepRunner runner(s->data, "builtin:shapes", RunSettings::DataHash(s->data->train),
                           s->jobs, sweepDb, 2);
        QCOMPARE(runner.Workers(), size_t(2));
        std::vector<size_t> order;
        const std::vector<SweepRunner::Report> reports =
            runner.Run([&](const SweepRunner::Report& r) { order.push_back(r.index); });
        QCOMPARE(reports.size(), size_t(12));
        QCOMPARE(order.size(), size_t(12));

        int diverged = 0;
        // The sweep's runs train with OpenBLAS on their own thread; so do these. (OpenBLAS's
        // threads sum a cost's terms in another order: the last bit of a few costs differs.)
        const SingleThreadedBlas oneThread;
        for (const SweepRunner::Report& r : reports) {
            // train exits 1 for a run that diverged; the sweep reports it among the others.
            const int exitCode = r.record.state == "diverged" ? 1 : 0;
            diverged += exitCode;
            QCOMPARE(
                TrainCommand::Run(TrainArguments(r.job, "25") + QStringList{"--runs-db", trainDb}),
                exitCode);
        }
        const RunDatabase sweep(sweepDb), one(trainDb);
        QCOMPARE(sweep.List().size(), 12);
        int mini = 0, dropout = 0;
        for (size_t i = 0; i < reports.size(); ++i) {
            const SweepRunner::Report& r = reports[i];
            QCOMPARE(r.index, i);
            QVERIFY2(r.error.isEmpty() && r.recordError.isEmpty(),
                     qPrintable(r.error + r.recordError));
            const std::optional<RunRecord> a = sweep.Get(r.id), b = one.Get(qint64(i) + 1);
            QVERIFY(a && b);
            QCOMPARE(a->costs.size(), a->state == "diverged" ? a->costs.size() : size_t(25));
            QVERIFY2(
                BitForBit(a->costs, b->costs),
                qPrintable(
                    QString("run %1: %2 %3 … %4 %5 | %6")
                        .arg(i + 1)
                        .arg(a->costs.front(), 0, 'g', 17)
                        .arg(b->costs.front(), 0, 'g', 17)
                        .arg(a->costs.back(), 0, 'g', 17)
                        .arg(b->costs.back(), 0, 'g', 17)
                        .arg(QString(QJsonDocument(a->settings).toJson(QJsonDocument::Compact)))));
            // Recorded as train records it: every setting, the data, its hash and the outcome.
            QCOMPARE(a->settings, b->settings);
            QCOMPARE(a->data, b->data);
            QCOMPARE(a->dataHash, b->dataHash);
            QCOMPARE(a->state, b->state);
            QCOMPARE(a->source, b->source);
            QCOMPARE(a->finalCost, b->finalCost);
            QCOMPARE(a->trainAccuracy, b->trainAccuracy);
            QCOMPARE(a->testAccuracy, b->testAccuracy);
            QCOMPARE(r.record.testAccuracy, b->testAccuracy);
            mini += r.job.point.options.batchSize != 0;
            dropout += !r.job.point.options.keepProbabilities.empty();
        }
        // The sample reached the mini-batch and dropout paths, whose draws follow the seed.
        QVERIFY(mini > 0 && mini < 12);
        QVERIFY(dropout > 0 && dropout < 12);
        qInfo("%d of the 12 runs diverged", diverged);
    }

    // A short run ends and cancels the sweep: the long run beside it stops at its next
    // iteration and is recorded as stopped, whole; the runs behind them never start.
    void cancelKeepsWhatEndedAndStartsNothing() {
        const QString db = m_dir.filePath("cancel.sqlite");
        // 900,000 iterations: long, were it not stopped, and short enough for its curve to be
        // recorded.
        std::unique_ptr<Sweep> s =
            Plan({"--data", "builtin:shapes", "--hidden", "2|3|4|5", "--iterations", "900000"});
        s->jobs[1].iterations = 10;
        SweepRunner runner(s->data, "builtin:shapes", QString(), s->jobs, db, 2);
        const std::vector<SweepRunner::Report> reports =
            runner.Run([&](const SweepRunner::Report& r) {
                if (r.index == 1) runner.Cancel();
            });
        QVERIFY(runner.Cancelled());
        QCOMPARE(reports.size(), size_t(2));
        QCOMPARE(reports[0].index, size_t(0));
        QCOMPARE(reports[0].record.state, QString("stopped"));
        QCOMPARE(reports[1].record.state, QString("finished"));

        const RunDatabase history(db);
        const QList<RunRecord> runs = history.List();
        QCOMPARE(runs.size(), 2);
        const std::optional<RunRecord> finished = history.Get(reports[1].id),
                                       stopped = history.Get(reports[0].id);
        QVERIFY(finished && stopped);
        QCOMPARE(finished->state, QString("finished"));
        QCOMPARE(finished->costs.size(), size_t(10));
        QCOMPARE(finished->settings.value("layers").toString(), QString("3072,3,1"));
        QCOMPARE(stopped->state, QString("stopped"));
        QCOMPARE(stopped->settings.value("layers").toString(), QString("3072,2,1"));
        // Stopped long before its end; its curve and final cost are those of the iterations
        // it made.
        QVERIFY(stopped->costs.size() < 900000);
        if (!stopped->costs.empty()) QCOMPARE(stopped->finalCost, stopped->costs.back());
        QVERIFY(stopped->trainAccuracy >= 0 && stopped->testAccuracy >= 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSweepRunner)
#include "tst_sweeprunner.moc"
