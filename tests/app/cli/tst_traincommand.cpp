// TrainCommand's own decisions, without a process: which flag sets which training option, which
// iterations are printed, and the progress and summary lines scripts read.
#include <QCommandLineParser>
#include <QTest>
#include <functional>

#include "DataColumns.h"
#include "cli/TrainCommand.h"
#include "cli/UsageError.h"

using namespace layerlab;

namespace {

TrainOptions Read(const QStringList& arguments) {
    QCommandLineParser parser;
    TrainCommand::AddOptions(parser);
    if (!parser.parse(QStringList{"layerlab"} + arguments))
        qFatal("%s", qPrintable(parser.errorText()));
    return TrainCommand::ReadTrainOptions(parser);
}

QString Refusal(const QStringList& arguments) {
    try {
        Read(arguments);
    } catch (const UsageError& e) {
        return e.Message();
    }
    return {};
}

}  // namespace

class TestTrainCommand : public QObject {
    Q_OBJECT

private slots:
    // Without flags, the notebook's run: what TrainOptions says, the seed 1 and no threads asked.
    void defaults() {
        const TrainOptions o = Read({});
        const TrainOptions notebook;
        QCOMPARE(o.learningRate, notebook.learningRate);
        QCOMPARE(o.optimizer, OptimizerKind::GradientDescent);
        QCOMPARE(o.beta1, notebook.beta1);
        QCOMPARE(o.beta2, notebook.beta2);
        QCOMPARE(o.epsilon, notebook.epsilon);
        QCOMPARE(o.batchSize, size_t(0));
        QCOMPARE(o.seed, std::uint64_t(1));
        QCOMPARE(o.l2, 0.0);
        QVERIFY(o.keepProbabilities.empty());
        QCOMPARE(o.decay, DecayKind::None);
        QCOMPARE(o.decayRate, notebook.decayRate);
        QCOMPARE(o.decayInterval, notebook.decayInterval);
        QCOMPARE(o.earlyStopPatience, size_t(0));
        QCOMPARE(o.validationFraction, notebook.validationFraction);
        QCOMPARE(o.threads, size_t(0));
    }

    // Every flag given a value no other flag has, so a flag read into the wrong field shows.
    void everyFlagItsField() {
        const TrainOptions o =
            Read({"--lr",         "0.5",  "--optimizer",  "adam", "--beta1",          "0.81",
                  "--beta2",      "0.92", "--epsilon",    "1e-5", "--batch-size",     "32",
                  "--seed",       "11",   "--l2",         "0.7",  "--dropout",        "1,0.6,1",
                  "--decay",      "step", "--decay-rate", "0.3",  "--decay-interval", "13",
                  "--early-stop", "4",    "--validation", "0.15", "--threads",        "3"});
        QCOMPARE(o.learningRate, 0.5);
        QCOMPARE(o.optimizer, OptimizerKind::Adam);
        QCOMPARE(o.beta1, 0.81);
        QCOMPARE(o.beta2, 0.92);
        QCOMPARE(o.epsilon, 1e-5);
        QCOMPARE(o.batchSize, size_t(32));
        QCOMPARE(o.seed, std::uint64_t(11));
        QCOMPARE(o.l2, 0.7);
        QCOMPARE(o.keepProbabilities, (std::vector<double>{1, 0.6, 1}));
        QCOMPARE(o.decay, DecayKind::Step);
        QCOMPARE(o.decayRate, 0.3);
        QCOMPARE(o.decayInterval, size_t(13));
        QCOMPARE(o.earlyStopPatience, size_t(4));
        QCOMPARE(o.validationFraction, 0.15);
        QCOMPARE(o.threads, size_t(3));
    }

    void refusals_data() {
        AddColumns<QStringList, QString>({"arguments", "message"});
        QTest::newRow("optimizer")
            << QStringList{"--optimizer", "adagrad"}
            << "unknown --optimizer 'adagrad': use gd, momentum, rmsprop or adam";
        QTest::newRow("decay") << QStringList{"--decay", "cosine"}
                               << "unknown --decay 'cosine': use none, inverse, exp or step";
        QTest::newRow("lr") << QStringList{"--lr", "fast"} << "--lr 'fast' is not a number";
        QTest::newRow("batch size")
            << QStringList{"--batch-size", "-2"} << "--batch-size '-2' is not a whole number ≥ 0";
        QTest::newRow("dropout") << QStringList{"--dropout", "1,x"}
                                 << "--dropout: 'x' is not a number (write e.g. 1,0.8,0.8,1)";
    }

    void refusals() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QCOMPARE(Refusal(arguments), message);
    }

    void printsIteration_data() {
        AddColumns<quint64, quint64, bool>({"iteration", "printEvery", "printed"});
        // 300 iterations.
        QTest::newRow("first") << quint64(0) << quint64(100) << true;
        QTest::newRow("between") << quint64(99) << quint64(100) << false;
        QTest::newRow("every 100th") << quint64(200) << quint64(100) << true;
        QTest::newRow("last") << quint64(299) << quint64(100) << true;
        QTest::newRow("never, first") << quint64(0) << quint64(0) << false;
        QTest::newRow("never, last") << quint64(299) << quint64(0) << false;
        QTest::newRow("every one") << quint64(17) << quint64(1) << true;
    }

    void printsIteration() {
        QFETCH(quint64, iteration);
        QFETCH(quint64, printEvery);
        QFETCH(bool, printed);
        QCOMPARE(TrainCommand::PrintsIteration(iteration, printEvery, 300), printed);
    }

    void lines() {
        StepResult s;
        s.iteration = 42;
        s.cost = 0.693147180559945;
        QCOMPARE(TrainCommand::IterationLine(s), QString("iteration 42 cost 0.6931471806"));

        s.epoch = 2;
        s.epochCost = 0.1234567;
        s.epochAccuracy = 0.875;
        s.validationCost = 0.25;
        QCOMPARE(TrainCommand::EpochLine(s, 5, std::nullopt, false, 1.23456),
                 QString("epoch 3/5 cost=0.123457 train_accuracy=0.875000 seconds=1.235"));
        QCOMPARE(TrainCommand::EpochLine(s, 5, 0.5, true, 0.1),
                 QString("epoch 3/5 cost=0.123457 train_accuracy=0.875000 test_accuracy=0.500000 "
                         "validation_cost=0.250000 seconds=0.100"));
        QCOMPARE(TrainCommand::SummaryLine(0.985646, 0.8, 12.3456),
                 QString("train_accuracy=0.985646 test_accuracy=0.800000 seconds=12.346"));
    }
};

QTEST_GUILESS_MAIN(TestTrainCommand)
#include "tst_traincommand.moc"
