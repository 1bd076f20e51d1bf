// `layerlab train` with the second course's options, run as a user runs it, on the course data.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <cmath>

#include "DataColumns.h"

class TestCommandLineTraining : public QObject {
    Q_OBJECT
private:
    QString m_data = QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");

    struct Run {
        int exitCode = -1;
        QStringList lines;
        QString errors;
    };

    Run Train(const QStringList& extra) {
        QProcess process;
        process.start(QStringLiteral(LAYERLAB_BINARY),
                      QStringList{"train", "--data", m_data, "--layers", "12288,7,1", "--init",
                                  "he", "--precision", "float"} +
                          extra);
        Run run;
        if (!process.waitForFinished(120000)) return run;
        run.exitCode = process.exitCode();
        run.lines =
            QString::fromUtf8(process.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        run.errors = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // The per-epoch lines (other lines, such as a data summary, may come before them).
    static QStringList EpochLines(const QStringList& lines) {
        QStringList epochs;
        for (const QString& line : lines)
            if (line.startsWith(QStringLiteral("epoch "))) epochs << line;
        return epochs;
    }

    // The output without the measured seconds, which differ from run to run.
    static QStringList WithoutSeconds(QStringList lines) {
        static const QRegularExpression seconds(QStringLiteral(" seconds=[0-9.]+"));
        for (QString& line : lines) line.remove(seconds);
        return lines;
    }

private slots:
    void initTestCase() {
        if (!QFile::exists(m_data + "/train_catvnoncat.h5"))
            QSKIP(qPrintable("the course data is not at " + m_data +
                             " (../shared beside the project)"));
    }

    void linePerEpoch() {
        const Run run = Train({"--optimizer", "adam", "--lr", "0.001", "--batch-size", "64",
                               "--epochs", "3", "--seed", "1"});
        QCOMPARE(run.exitCode, 0);
        const QStringList epochs = EpochLines(run.lines);
        QCOMPARE(epochs.size(), 3);
        const QRegularExpression epoch(
            QStringLiteral("^epoch (\\d)/3 cost=[0-9.]+ train_accuracy=[0-9.]+ "
                           "test_accuracy=[0-9.]+ seconds=[0-9.]+$"));
        for (int i = 0; i < 3; ++i) {
            const auto match = epoch.match(epochs[i]);
            QVERIFY2(match.hasMatch(), qPrintable(epochs[i]));
            QCOMPARE(match.captured(1).toInt(), i + 1);
        }
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("^train_accuracy=[0-9.]+ test_accuracy=[0-9.]+ seconds=[0-9.]+$"))
                .match(run.lines.last())
                .hasMatch(),
            qPrintable(run.lines.last()));
        // The same seed gives the same run.
        const Run again = Train({"--optimizer", "adam", "--lr", "0.001", "--batch-size", "64",
                                 "--epochs", "3", "--seed", "1"});
        QCOMPARE(WithoutSeconds(again.lines), WithoutSeconds(run.lines));
    }

    void everyOptionTogether() {
        const Run run =
            Train({"--optimizer",  "momentum", "--beta1",      "0.8",     "--lr",         "0.01",
                   "--batch-size", "32",       "--epochs",     "4",       "--l2",         "0.5",
                   "--dropout",    "0.8,1",    "--decay",      "inverse", "--decay-rate", "0.5",
                   "--early-stop", "2",        "--validation", "0.2"});
        QCOMPARE(run.exitCode, 0);
        const QStringList epochs = EpochLines(run.lines);
        QVERIFY(!epochs.isEmpty());
        QVERIFY2(epochs.first().contains(QStringLiteral(" validation_cost=")),
                 qPrintable(epochs.first()));
        QVERIFY(run.lines.last().startsWith(QStringLiteral("train_accuracy=")));
    }

    // --threads shares each step; the run is the one-thread run up to the order of additions,
    // and the same thread count gives the same run.
    void threads() {
        const QStringList options{"--optimizer", "adam",     "--lr", "0.001",       "--batch-size",
                                  "64",          "--epochs", "2",    "--precision", "double"};
        const Run one = Train(options + QStringList{"--threads", "1"});
        const Run two = Train(options + QStringList{"--threads", "2"});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(two.exitCode, 0);
        QCOMPARE(WithoutSeconds(Train(options + QStringList{"--threads", "2"}).lines),
                 WithoutSeconds(two.lines));
        const QStringList a = EpochLines(one.lines), b = EpochLines(two.lines);
        QCOMPARE(b.size(), a.size());
        static const QRegularExpression cost(QStringLiteral(" cost=([0-9.]+) "));
        for (int i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(cost.match(a[i]).captured(1).toDouble() -
                             cost.match(b[i]).captured(1).toDouble()) <= 2e-6);
    }

    void refusals_data() {
        AddColumns<QStringList, QString>({"arguments", "message"});
        QTest::newRow("optimizer") << QStringList{"--optimizer", "adagrad", "--epochs", "1"}
                                   << "unknown --optimizer 'adagrad'";
        QTest::newRow("decay") << QStringList{"--decay", "cosine", "--epochs", "1"}
                               << "unknown --decay 'cosine'";
        QTest::newRow("dropout count") << QStringList{"--dropout", "0.5,0.5,1", "--epochs", "1"}
                                       << "3 dropout keep probabilities given for 2 layers";
        QTest::newRow("dropout value")
            << QStringList{"--dropout", "1,x", "--epochs", "1"} << "'x' is not a number";
        QTest::newRow("both lengths") << QStringList{"--epochs", "1", "--iterations", "5"}
                                      << "give --epochs or --iterations, not both";
        QTest::newRow("beta") << QStringList{"--optimizer", "adam", "--beta2", "1", "--epochs", "1"}
                              << "beta2 1.000000 refused";
        QTest::newRow("threads") << QStringList{"--threads", "two", "--epochs", "1"}
                                 << "--threads 'two' is not a whole number";
        QTest::newRow("too many threads")
            << QStringList{"--threads", "65", "--epochs", "1"} << "65 training threads refused";
    }

    void refusals() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = Train(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(message), qPrintable(run.errors));
        QVERIFY(!run.lines.join('\n').contains(QStringLiteral("train_accuracy=")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineTraining)
#include "tst_commandline_training.moc"
