// `layerlab gradcheck` run as a user runs it: on the built-in shapes (always) and the course data
// (when ../shared is there), fresh and saved networks, the suspicious exit code, and the
// refusals, first among them a check too slow to run whole.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "cli/GradcheckCommand.h"

using namespace layerlab;

class TestGradcheckCommand : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QStringList lines;
        QString errors;
    };

    static Run Layerlab(
        const QStringList& arguments,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LAYERLAB_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(120000)) return run;
        run.exitCode = process.exitCode();
        run.lines =
            QString::fromUtf8(process.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        run.errors = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // The table's row for W<l> or b<l>: its checked count and its relative difference.
    static QRegularExpressionMatch Row(const Run& run, const QString& name) {
        const QRegularExpression row("^\\d+\\s+" + name +
                                     "\\s+\\d+ x \\d+\\s+(\\d+)/(\\d+)\\s+([0-9.e+-]+)\\s+"
                                     "(good|acceptable|suspicious)$");
        for (const QString& line : run.lines)
            if (const auto match = row.match(line); match.hasMatch()) return match;
        return {};
    }

    static double Overall(const Run& run) {
        const QRegularExpression overall(
            QStringLiteral("^overall difference .* = ([0-9.e+-]+) over (\\d+) of (\\d+) "
                           "parameters$"));
        for (const QString& line : run.lines)
            if (const auto match = overall.match(line); match.hasMatch())
                return match.captured(1).toDouble();
        return -1.0;
    }

    QString m_course = QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");

private slots:
    void shapesWhole() {
        const Run run = Layerlab({"gradcheck", "--data", "builtin:shapes", "--layers", "3072,8,4,1",
                                  "--sample", "0", "--examples", "8"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors));
        QVERIFY(run.lines.first().startsWith(
            "gradient check of 3072,8,4,1 (relu,relu,sigmoid) on the first 8 of 500 training "
            "examples of builtin:shapes, ε = 1e-07"));
        for (const QString name : {"W1", "b1", "W2", "b2", "W3", "b3"}) {
            const auto row = Row(run, name);
            QVERIFY2(row.hasMatch(), qPrintable(name + " missing in\n" + run.lines.join('\n')));
            QCOMPARE(row.captured(1), row.captured(2));  // every element checked
            QVERIFY(row.captured(3).toDouble() < 1e-7);
            QCOMPARE(row.captured(4), QString("good"));
        }
        const double overall = Overall(run);
        QVERIFY(overall >= 0.0 && overall < 1e-7);
        QVERIFY(run.lines.contains(GradcheckCommand::VerdictLine(overall)));
        QVERIFY(
            run.lines.contains(QStringLiteral("verdict: good (below 1e-7): backpropagation "
                                              "agrees with central differences")));
    }

    // A step far too large for the check makes it report differences of ~1e-5: the verdict is
    // suspicious and the exit code says so, distinct from a refusal's 1.
    void suspiciousExitCode() {
        const Run run = Layerlab({"gradcheck", "--data", "builtin:shapes", "--layers", "3072,8,4,1",
                                  "--activations", "tanh,tanh,sigmoid", "--epsilon", "1e-2"});
        QCOMPARE(run.exitCode, GradcheckCommand::kSuspiciousExitCode);
        QVERIFY(Overall(run) > 1e-5);
        QVERIFY(run.lines.last().startsWith("seconds="));
        QVERIFY(run.lines.at(run.lines.size() - 2).startsWith("verdict: suspicious"));
    }

    void savedModel() {
        QTemporaryDir dir;
        const QString model = dir.filePath("model.h5");
        const Run train = Layerlab({"train", "--data", "builtin:shapes", "--layers", "3072,5,1",
                                    "--iterations", "20", "--print-every", "0", "--save", model});
        QCOMPARE(train.exitCode, 0);
        const Run run = Layerlab({"gradcheck", "--data", "builtin:shapes", "--model", model});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.lines.first().startsWith("gradient check of 3072,5,1 (relu,sigmoid)"),
                 qPrintable(run.lines.join('\n')));
        QVERIFY(Overall(run) < 1e-7);
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList shapes{"gradcheck", "--data", "builtin:shapes"};
        QTest::newRow("every weight of a wide network")
            << shapes + QStringList{"--layers", "3072,200,1", "--sample", "0", "--examples", "64"}
            << "layerlab: checking 614801 of 614801 parameters on 64 examples would take about "
               "4.8e+13 multiply-adds (2 forward passes per parameter; the limit is 2e+11, about "
               "a minute): check a sample with --sample N (e.g. --sample 200), or use fewer "
               "--examples\n";
        QTest::newRow("no examples")
            << shapes + QStringList{"--layers", "3072,1", "--examples", "0"}
            << "layerlab: --examples 0 refused: check on at least 1 example\n";
        QTest::newRow("no step") << shapes + QStringList{"--layers", "3072,1", "--epsilon", "0"}
                                 << "layerlab: --epsilon 0 refused: give a small positive step "
                                    "such as 1e-7\n";
        QTest::newRow("model and layers")
            << shapes + QStringList{"--layers", "3072,1", "--model", "m.h5"}
            << "layerlab: --model brings its own layers and weights: leave out --layers, "
               "--activations and --init\n";
        QTest::newRow("input of another size")
            << shapes + QStringList{"--layers", "12288,1"}
            << "layerlab: the network's input size is 12288 but the data's examples have 3072 "
               "values: make the first layer size 3072\n";
        QTest::newRow("no network")
            << shapes
            << "layerlab: give --layers SIZES to check a fresh network or --model FILE to check a "
               "saved one\n";
    }

    void refusals() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = Layerlab(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errors, message);
        QVERIFY(run.lines.isEmpty());
    }

    // The network is checked against the memory budget before a weight is drawn.
    void memoryBudget() {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("LAYERLAB_MEMORY_BUDGET", "100000000");
        const Run run = Layerlab({"gradcheck", "--data", "builtin:shapes", "--layers",
                                  "3072,20000,1", "--examples", "1"},
                                 environment);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errors,
                 QString("layerlab: layers 3072,20000,1: the network's weights would need 492 MB "
                         "of memory, 392 MB more than the 100 MB LayerLab may use on this "
                         "machine; use fewer or smaller layers\n"));
    }

    // The course's network on the course's data: a sample of 200 elements per tensor, said so.
    void courseData() {
        if (!QFile::exists(m_course + "/train_catvnoncat.h5"))
            QSKIP(qPrintable("the course data is not at " + m_course +
                             " (../shared beside the project)"));
        const Run run = Layerlab({"gradcheck", "--data", m_course, "--layers", "12288,20,7,5,1"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.lines.contains(
            "sampled: at most 200 elements of each W[l] and b[l], drawn with --sample-seed 1 "
            "(413 of 245973 parameters); --sample 0 checks them all"));
        QCOMPARE(Row(run, "W1").captured(1), QString("200"));
        QCOMPARE(Row(run, "W1").captured(2), QString("245760"));
        QVERIFY(Overall(run) < 1e-7);
        // The sample is seeded: the same run prints the same table.
        const Run again = Layerlab({"gradcheck", "--data", m_course, "--layers", "12288,20,7,5,1"});
        QCOMPARE(again.lines.mid(0, again.lines.size() - 1),
                 run.lines.mid(0, run.lines.size() - 1));
    }
};

QTEST_GUILESS_MAIN(TestGradcheckCommand)
#include "tst_gradcheckcommand.moc"
