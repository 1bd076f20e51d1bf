// `layerlab inspect` run as a user runs it: a model trained by `layerlab train --save` on the
// built-in shapes (always) and on the course data (when ../shared is there), one example through
// the network, a model made sick on purpose and a rising cost history, and the refusals.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "ParameterIO.h"
#include "cli/InspectCommand.h"

using namespace layerlab;

class TestInspectCommand : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QStringList lines;
        QString errors;
    };

    static Run Layerlab(const QStringList& arguments) {
        QProcess process;
        process.start(QStringLiteral(LAYERLAB_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(120000)) return run;
        run.exitCode = process.exitCode();
        run.lines =
            QString::fromUtf8(process.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        run.errors = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QString Dump(const Run& run) { return run.lines.join('\n') + '\n' + run.errors; }

    QTemporaryDir m_dir;
    QString m_model;
    QString m_course = QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_model = m_dir.filePath("shapes.h5");
        const Run train =
            Layerlab({"train", "--data", "builtin:shapes", "--layers", "3072,6,1", "--init", "he",
                      "--iterations", "50", "--print-every", "0", "--save", m_model});
        QVERIFY2(train.exitCode == 0, qPrintable(Dump(train)));
        QFile notes(m_dir.filePath("notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("0 0.7\ncost: 0.5\n");
    }

    void healthyModel() {
        const Run run = Layerlab({"inspect", "--model", m_model, "--data", "builtin:shapes"});
        QVERIFY2(run.exitCode == 0, qPrintable(Dump(run)));
        QVERIFY(run.errors.isEmpty());
        QVERIFY2(QRegularExpression("^inspect of .*shapes.h5: 3072,6,1 \\(relu,sigmoid\\) on 500 "
                                    "training examples of builtin:shapes: cost 0\\.[0-9]+$")
                     .match(run.lines.first())
                     .hasMatch(),
                 qPrintable(run.lines.first()));
        QVERIFY(run.lines.contains("layer 1: W[1] 6 x 3072, relu"));
        QVERIFY(run.lines.contains("layer 2: W[2] 1 x 6, sigmoid"));
        const QRegularExpression summary(
            "^  (W|b|A)  mean=\\S+ std=\\S+ min=\\S+ max=\\S+( +zero=[0-9.]+ % +dead=\\d+/6 "
            "units)?$");
        int summaries = 0;
        for (const QString& line : run.lines) summaries += summary.match(line).hasMatch();
        QCOMPARE(summaries, 6);
        QVERIFY(QRegularExpression("^  ‖W‖=\\S+ ‖dW‖=\\S+ ‖db‖=\\S+ ‖dW‖/‖W‖=\\S+$")
                    .match(run.lines.at(5))
                    .hasMatch());
        QVERIFY(run.lines
                    .filter(QRegularExpression("^output: saturated \\(a < 0.001 or a > "
                                               "0.999\\) for [0-9.]+ % of the examples$"))
                    .size() == 1);
        QVERIFY(run.lines.contains("findings: none"));
        QVERIFY(run.lines.last().startsWith("seconds="));
    }

    void oneExample() {
        const Run run =
            Layerlab({"inspect", "--model", m_model, "--data", "builtin:shapes", "--example", "3"});
        QCOMPARE(run.exitCode, 0);
        const qsizetype at = run.lines.indexOf(
            QRegularExpression("^example 3 of the training set \\(label: (circle|square)\\):$"));
        QVERIFY2(at > 0, qPrintable(Dump(run)));
        QVERIFY(QRegularExpression("^  layer 1 \\(relu, 6 units\\): mean=\\S+ min=\\S+ max=\\S+ "
                                   "zero=\\d/6$")
                    .match(run.lines.at(at + 1))
                    .hasMatch());
        QVERIFY(run.lines.at(at + 2).startsWith("  layer 2 (sigmoid, 1 unit): "));
        const auto output = QRegularExpression(
                                "^  output: circle=([0-9.]+) square=([0-9.]+) "
                                "\\(predicted: (circle|square)\\)$")
                                .match(run.lines.at(at + 3));
        QVERIFY2(output.hasMatch(), qPrintable(run.lines.at(at + 3)));
        const double circle = output.captured(1).toDouble(), square = output.captured(2).toDouble();
        QVERIFY(std::abs(circle + square - 1.0) < 1e-3);
        QCOMPARE(output.captured(3), QString(circle > square ? "circle" : "square"));
        // The sigmoid's value in the layer line is the square's probability.
        QVERIFY(run.lines.at(at + 2).contains(QString("max=%1").arg(square, 0, 'g', 4)) ||
                std::abs(square - 1.0) < 1e-3 || square < 1e-3);
    }

    // A model made sick on purpose: half of layer 1's units pushed far below 0, and a cost
    // history that rises 6 times in a row.
    void sickModel() {
        Parameters p = ParameterIO::Load(m_model.toStdString());
        for (arma::uword u : {0u, 2u, 4u}) p.b[1](u) = -1000.0;
        const QString sick = m_dir.filePath("sick.h5");
        ParameterIO::Save(sick.toStdString(), p);
        const QString costs = m_dir.filePath("costs.txt");
        QFile file(costs);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0 0.7\n1 0.6\n2 0.61\n3 0.62\n4 0.63\n5 0.64\n6 0.65\n7 0.66\n8 0.5\n");
        file.close();
        const Run run =
            Layerlab({"inspect", "--model", sick, "--data", "builtin:shapes", "--costs", costs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.lines.filter("dead=3/6 units").size() == 1, qPrintable(Dump(run)));
        const qsizetype at = run.lines.indexOf("findings:");
        QVERIFY2(at > 0, qPrintable(Dump(run)));
        QCOMPARE(run.lines.at(at + 1),
                 QString("- 50 % of layer 1's ReLU units output 0 for every one of the 500 "
                         "examples (dead): no gradient reaches their weights any more"));
        QCOMPARE(run.lines.at(at + 2),
                 QString("  try: a smaller learning rate, He initialisation (--init he), or "
                         "leaky ReLU (--activations leaky_relu,...)"));
        QCOMPARE(run.lines.at(at + 3),
                 QString("- the cost rose 6 iterations in a row (up to iteration 7): the "
                         "learning rate may be too large"));
        QVERIFY(run.lines.at(at + 4).startsWith("  try: a smaller learning rate (--lr)"));
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("example past the end")
            << QStringList{"--data", "builtin:shapes", "--example", "500"}
            << "layerlab: --example 500 refused: the training set has 500 examples (0 to 499)\n";
        QTest::newRow("no examples") << QStringList{"--data", "builtin:shapes", "--examples", "0"}
                                     << "layerlab: --examples 0 refused: inspect on at least 1 "
                                        "example\n";
        QTest::newRow("not a cost history")
            << QStringList{"--data", "builtin:shapes", "--costs", "%D/notes.txt"}
            << "layerlab: %D/notes.txt, line 2: 'cost: 0.5' is not 'iteration cost': give the "
               "file train --costs wrote\n";
        QTest::newRow("missing cost history")
            << QStringList{"--data", "builtin:shapes", "--costs", "%D/absent.txt"}
            << "layerlab: %D/absent.txt: no such file\n";
        QTest::newRow("data of another size")
            << QStringList{"--data", "builtin:shapes", "--image-size", "8x8"}
            << "layerlab: the network's input size is 3072 but the data's examples have 192 "
               "values: make the first layer size 192\n";
    }

    void refusals() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        for (QString& a : arguments) a.replace("%M", m_model).replace("%D", m_dir.path());
        message.replace("%M", m_model).replace("%D", m_dir.path());
        const Run run = Layerlab(QStringList{"inspect", "--model", m_model} + arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errors, message);
        QVERIFY(run.lines.isEmpty());
    }

    // The notebook's network after 100 of its iterations: healthy, though 2 of layer 2's 7 units
    // are already dead (under the line of a third).
    void courseData() {
        if (!QFile::exists(m_course + "/train_catvnoncat.h5"))
            QSKIP(qPrintable("the course data is not at " + m_course +
                             " (../shared beside the project)"));
        const QString model = m_dir.filePath("course.h5");
        const QString costs = m_dir.filePath("course_costs.txt");
        const Run train =
            Layerlab({"train", "--data", m_course, "--layers", "12288,20,7,5,1", "--iterations",
                      "100", "--print-every", "0", "--costs", costs, "--save", model});
        QVERIFY2(train.exitCode == 0, qPrintable(Dump(train)));
        const Run run = Layerlab(
            {"inspect", "--model", model, "--data", m_course, "--costs", costs, "--example", "2"});
        QVERIFY2(run.exitCode == 0, qPrintable(Dump(run)));
        QVERIFY(run.lines.first().contains(
            "12288,20,7,5,1 (relu,relu,relu,sigmoid) on 209 training examples"));
        QVERIFY(run.lines.contains("layer 1: W[1] 20 x 12288, relu"));
        QCOMPARE(run.lines.filter("dead=2/7 units").size(), 1);
        QVERIFY(run.lines.contains("findings: none"));
        QVERIFY(run.lines.contains("example 2 of the training set (label: cat):"));
        QVERIFY(!run.lines
                     .filter(QRegularExpression("^  output: non-cat=\\S+ cat=\\S+ "
                                                "\\(predicted: (cat|non-cat)\\)$"))
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_inspectcommand.moc"
