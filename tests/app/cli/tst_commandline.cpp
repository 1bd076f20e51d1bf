// The real `layerlab` binary, run as a user would from a terminal with no display: help and
// version, every refusal (exit code 1, one line on stderr), a small train → eval → predict run,
// and the course notebook's run when ../shared is there.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "CourseFiles.h"
#include "DataColumns.h"
#include "InitializeParameters.h"
#include "ParameterIO.h"

using namespace layerlab;

namespace {

struct Run {
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out, err;
    QStringList OutLines() const { return out.split('\n', Qt::SkipEmptyParts); }
};

// Runs program headless: no display, no platform plugin, as on a server or in CI.
Run RunProgram(const QString& program, const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(name);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run r;
    if (!process.waitForStarted() || !process.waitForFinished(600000)) {
        process.kill();
        process.waitForFinished();
        r.err = "did not finish: " + process.errorString();
        return r;
    }
    r.status = process.exitStatus();
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

Run RunLayerLab(const QStringList& arguments) {
    return RunProgram(QStringLiteral(LAYERLAB_BINARY), arguments);
}

// Runs script with bash -c, $0 the binary and $1, $2 … the arguments, as a user types it.
Run RunInShell(const QString& script, const QStringList& arguments) {
    return RunProgram("/bin/bash",
                      QStringList{"-c", script, QStringLiteral(LAYERLAB_BINARY)} + arguments);
}

QString Describe(const Run& r) {
    return QString("exit %1 (%2)\nstdout: %3\nstderr: %4")
        .arg(r.exitCode)
        .arg(r.status == QProcess::NormalExit ? "normal" : "crash")
        .arg(r.out.left(2000), r.err.left(2000));
}

QStringList ReadLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

const QString kShared = QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");

}  // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp, m_otherTmp;
    QString m_dir, m_other;

    QString In(const QString& name) const { return m_dir + '/' + name; }

    // "%D" in arguments stands for the test's folder, "%E" for the folder of the other fixtures
    // (kept out of %D, which must hold one class folder only).
    QString Expand(QString text) const { return text.replace("%D", m_dir).replace("%E", m_other); }
    QStringList Expand(const QStringList& arguments) const {
        QStringList out;
        for (const QString& a : arguments) out << Expand(a);
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(QStringLiteral(LAYERLAB_BINARY)));
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.path();
        QVERIFY(QDir(m_dir).mkpath("data"));
        // 8 × 8 RGB pictures: cats reddish, non-cats bluish.
        const std::vector<std::string> classes{"non-cat", "cat"};
        testdata::WriteCourseFile(In("data/train_small.h5").toStdString(), "train_set",
                                  testdata::ColourImages(40, 8, 8, 1), classes);
        testdata::WriteCourseFile(In("data/test_small.h5").toStdString(), "test_set",
                                  testdata::ColourImages(20, 8, 8, 2), classes);
        testdata::WriteCourseFile(In("tiny_4x4.h5").toStdString(), "test_set",
                                  testdata::ColourImages(6, 4, 4, 3), classes);
        // The course's 64 × 64 × 3 shape, 10 to train: the sizes, on little data.
        QVERIFY(m_otherTmp.isValid());
        m_other = m_otherTmp.path();
        QVERIFY(QDir(m_other).mkpath("course64"));
        testdata::WriteCourseFile((m_other + "/course64/train_c.h5").toStdString(), "train_set",
                                  testdata::ColourImages(10, 64, 64, 4), classes);
        testdata::WriteCourseFile((m_other + "/course64/test_c.h5").toStdString(), "test_set",
                                  testdata::ColourImages(4, 64, 64, 5), classes);
        // The memory refusals must not depend on the machine's memory: 16 GB, a modest laptop.
        qputenv("LAYERLAB_MEMORY_BUDGET", "16000000000");
        // An image folder of two classes of 5 pictures, split by --test-fraction.
        for (const QString c : {"a", "b"}) {
            QVERIFY(QDir(m_other).mkpath("pictures/" + c));
            for (int i = 0; i < 5; ++i) {
                QImage picture(8, 8, QImage::Format_RGB32);
                picture.fill(c == "a" ? QColor(200, 40, 40) : QColor(40, 40, 200));
                QVERIFY(picture.save(m_other + QString("/pictures/%1/%2.png").arg(c).arg(i)));
            }
        }
        // A model for 8 × 8 × 3 inputs, and one that does not say its image size.
        Parameters model = InitializeParameters(NetworkSpec::WithDefaultActivations({192, 4, 1}),
                                                Initializer::Notebook, 1);
        ParameterIO::Save(In("bare_192_4_1.h5").toStdString(), model);
        model.imageShape = {8, 8, 3};
        model.classNames = classes;
        ParameterIO::Save(In("model_192_4_1.h5").toStdString(), model);

        QFile notes(In("notes.h5"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("iteration cost\n0 0.77\n");
        notes.close();
        QVERIFY(QFile::copy(In("notes.h5"), In("notes.png")));
        // Larger than the model's 8 × 8, so predict scales them as it does any photo.
        QImage red(32, 24, QImage::Format_RGB32), blue(32, 24, QImage::Format_RGB32);
        red.fill(QColor(220, 70, 30));
        blue.fill(QColor(30, 70, 220));
        QVERIFY(red.save(In("red.png")));
        QVERIFY(blue.save(In("blue.png")));
        // A PNG cut short: libpng reports it on stderr by itself.
        QFile png(In("red.png")), cut(In("cut.png"));
        QVERIFY(png.open(QIODevice::ReadOnly) && cut.open(QIODevice::WriteOnly));
        cut.write(png.read(png.size() / 2));
    }

    void helpAndVersion_data() {
        AddColumns<QStringList, QString>({"arguments", "expected"});
        QTest::newRow("--help") << QStringList{"--help"} << "train      train a network";
        QTest::newRow("-h") << QStringList{"-h"} << "predict    classify images";
        QTest::newRow("--version") << QStringList{"--version"} << "LayerLab ";
        QTest::newRow("train --help") << QStringList{"train", "--help"} << "--layers <SIZES>";
        QTest::newRow("predict --help") << QStringList{"predict", "--help"} << "--model <FILE>";
        QTest::newRow("eval --help") << QStringList{"eval", "--help"} << "--data <PATH>";
        QTest::newRow("gradcheck --help") << QStringList{"gradcheck", "--help"} << "--sample <N>";
        QTest::newRow("inspect --help") << QStringList{"inspect", "--help"} << "--example <I>";
        QTest::newRow("--help lists gradcheck")
            << QStringList{"--help"} << "gradcheck  check backprop's gradients";
        QTest::newRow("sweep --help") << QStringList{"sweep", "--help"} << "--hidden <LIST>";
        QTest::newRow("--help lists sweep")
            << QStringList{"--help"} << "sweep      train a grid of runs";
        QTest::newRow("--help lists inspect")
            << QStringList{"--help"} << "inspect    a saved model's layer statistics";
    }

    void usageLineNamesTheCommand_data() {
        AddColumns<QString, QString>({"command", "usage"});
        QTest::newRow("train") << "train"
                               << "Usage: layerlab train [options]\n";
        QTest::newRow("predict") << "predict"
                                 << "Usage: layerlab predict [options] INPUT...\n";
        QTest::newRow("eval") << "eval"
                              << "Usage: layerlab eval [options]\n";
        QTest::newRow("gradcheck") << "gradcheck"
                                   << "Usage: layerlab gradcheck [options]\n";
        QTest::newRow("inspect") << "inspect"
                                 << "Usage: layerlab inspect [options]\n";
    }

    void usageLineNamesTheCommand() {
        // Not the binary's own path (…/build/layerlab [options]), which names no command.
        QFETCH(QString, command);
        QFETCH(QString, usage);
        const Run r = RunLayerLab({command, "--help"});
        QVERIFY2(r.exitCode == 0 && r.out.startsWith(usage), qPrintable(Describe(r)));
    }

    void helpAndVersion() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run r = RunLayerLab(arguments);
        QVERIFY2(r.status == QProcess::NormalExit && r.exitCode == 0, qPrintable(Describe(r)));
        QVERIFY2(r.out.contains(expected), qPrintable(Describe(r)));
        QVERIFY2(r.err.isEmpty(), qPrintable(Describe(r)));
        if (arguments == QStringList{"--version"})
            QVERIFY(QRegularExpression("^LayerLab \\d+\\.\\d+\\.\\d+\\n$").match(r.out).hasMatch());
    }

    void errors_data() {
        AddColumns<QStringList, QString>({"arguments", "message"});
        const QStringList data{"train", "--data", "%D/data", "--iterations", "5"};
        const QStringList simple = data + QStringList{"--layers", "192,1"};
        QTest::newRow("no --data")
            << QStringList{"train", "--layers", "192,1"} << "--data is required (see --help)";
        QTest::newRow("missing file")
            << QStringList{"train", "--data", "%D/absent.h5", "--layers", "192,1"}
            << "%D/absent.h5: no such file";
        QTest::newRow("not HDF5") << QStringList{"train", "--data", "%D/notes.h5", "--layers",
                                                 "192,1"}
                                  << "%D/notes.h5: not an HDF5 file";
        QTest::newRow("folder without data")
            << QStringList{"train", "--data", "%D", "--layers", "192,1"}
            << "%D: holds only one class folder, 'data'";
        QTest::newRow("no --layers") << data << "--layers is required";
        QTest::newRow("bad --layers")
            << data + QStringList{"--layers", "192,x,1"} << "layer size 'x' is not a whole number";
        QTest::newRow("0-unit layer") << data + QStringList{"--layers", "192,0,1"}
                                      << "layer 1 has 0 units: each layer needs at least 1";
        QTest::newRow("input size") << data + QStringList{"--layers", "100,4,1"}
                                    << "the network's input size is 100 but the data's examples "
                                       "have 192 values: make the first layer size 192";
        QTest::newRow("2 classes, 3 softmax units")
            << data + QStringList{"--layers", "192,3"}
            << "the output layer has 3 units but the data has 2 classes";
        QTest::newRow("activation count")
            << data + QStringList{"--layers", "192,4,1", "--activations", "relu,relu,sigmoid"}
            << "3 activations given for 2 layers";
        QTest::newRow("unknown activation")
            << data + QStringList{"--layers", "192,4,1", "--activations", "relu,swish"}
            << "unknown activation 'swish'";
        QTest::newRow("--lr 0") << simple + QStringList{"--lr", "0"}
                                << "learning rate 0 refused: it must be greater than 0";
        QTest::newRow("--lr -1") << simple + QStringList{"--lr", "-1"}
                                 << "learning rate -1 refused";
        QTest::newRow("--lr text")
            << simple + QStringList{"--lr", "fast"} << "--lr 'fast' is not a number";
        QTest::newRow("--iterations 0")
            << QStringList{"train", "--data", "%D/data", "--layers", "192,1", "--iterations", "0"}
            << "--iterations 0 refused: train for at least 1 iteration";
        QTest::newRow("--iterations -3")
            << QStringList{"train", "--data", "%D/data", "--layers", "192,1", "--iterations", "-3"}
            << "--iterations '-3' is not a whole number";
        QTest::newRow("unknown --init")
            << simple + QStringList{"--init", "gauss"}
            << "unknown --init 'gauss': use notebook, small, he or xavier";
        QTest::newRow("unknown --precision") << simple + QStringList{"--precision", "half"}
                                             << "unknown --precision 'half': use double or float";
        QTest::newRow("unknown option")
            << simple + QStringList{"--momentum", "0.9"} << "Unknown option 'momentum'";
        QTest::newRow("--init-weights vs --layers")
            << data + QStringList{"--layers", "192,5,1", "--init-weights", "%D/model_192_4_1.h5"}
            << "--layers 192,5,1 does not match the shapes in %D/model_192_4_1.h5";
        QTest::newRow("--init-weights missing")
            << data + QStringList{"--init-weights", "%D/absent.h5"} << "%D/absent.h5: no such file";
        const QStringList wild{
            "--layers",     "192,8,8,1", "--activations", "leaky_relu,leaky_relu,sigmoid",
            "--lr",         "1e6",       "--print-every", "0",
            "--iterations", "100",       "--seed",        "2"};
        // Seed 2: from seed 1's start this step size lands every example right at once.
        QTest::newRow("diverges") << data + wild << "cost diverged at iteration";
        // Checked before training, so a long run is not lost at the end.
        QTest::newRow("--costs unwritable")
            << simple + QStringList{"--costs", "%D/notes.h5/c.txt"}
            << "--costs %D/notes.h5/c.txt: cannot be reached (Not a directory); give another path";
        QTest::newRow("--save unwritable")
            << simple + QStringList{"--save", "%D/absent/model.h5"}
            << "--save %D/absent/model.h5: the folder %D/absent does not exist; create it or give "
               "another path";
        QTest::newRow("--save a folder") << simple + QStringList{"--save", "%D/data"}
                                         << "--save %D/data: is a folder, which LayerLab never "
                                            "replaces; give a file name";
        // Sizes refused from the shapes, before a weight is drawn (issue 11).
        const QStringList course64{"train", "--data", "%E/course64", "--print-every", "0"};
        QTest::newRow("12288,150000,1: weights fit, the run does not")
            << course64 + QStringList{"--layers", "12288,150000,1"}
            << "layers 12288,150000,1: training (the weights with their gradients and the initial "
               "and latest copies 59.0 GB; ";
        QTest::newRow("999999999,1: the input size first")
            << course64 + QStringList{"--layers", "999999999,1"}
            << "the network's input size is 999999999 but the data's examples have 12288 values";
        QTest::newRow("12288,2^63-1,1")
            << course64 + QStringList{"--layers", "12288,9223372036854775807,1"}
            << "the network's weights would need more than 18 EB";
        const QStringList small = course64 + QStringList{"--layers", "12288,2,1"};
        QTest::newRow("--iterations 2e18 --costs")
            << small + QStringList{"--iterations", "2000000000000000000", "--costs", "%D/c.txt"}
            << "training (the cost history of 2000000000000000000 iterations for --costs more "
               "than 18 EB; ";
        QTest::newRow("--iterations 1e11 --costs")
            << small + QStringList{"--iterations", "100000000000", "--costs", "%D/c.txt"}
            << "the cost history of 100000000000 iterations for --costs 4800.0 GB; ";
        // 10 examples in batches of 3 are 4 steps an epoch: 2^62 epochs wrapped to 0 iterations.
        QTest::newRow("--epochs 2^62 × 4 steps")
            << small + QStringList{"--epochs", "4611686018427387904", "--batch-size", "3"}
            << "--epochs 4611686018427387904 of 4 mini-batches each is more iterations than can "
               "be counted: give fewer epochs";
        QTest::newRow("--l2 1e308") << simple + QStringList{"--l2", "1e308", "--print-every", "0"}
                                    << "— L2 λ 1e+308 is too large: with learning rate 0.0075 and "
                                       "40 training examples";
        QTest::newRow("--l2 1e308 in float")
            << simple + QStringList{"--l2",        "1e308", "--print-every", "0",
                                    "--precision", "float", "--optimizer",   "adam"}
            << "cost diverged at iteration 0 — L2 λ 1e+308 is too large: the penalty";
        QTest::newRow("--test-fraction 0.99")
            << QStringList{"train",        "--data", "%E/pictures",     "--layers", "192,1",
                           "--image-size", "8x8",    "--test-fraction", "0.99"}
            << "a test fraction of 0.99 keeps all 5 of its pictures for testing and leaves none "
               "for training";
        QTest::newRow("--test of another size")
            << simple + QStringList{"--test", "%D/tiny_4x4.h5"}
            << "%D/tiny_4x4.h5: the test examples have 48 values but the training examples have "
               "192";
        QTest::newRow("predict, no --model")
            << QStringList{"predict", "%D/red.png"} << "--model is required";
        QTest::newRow("predict, missing model")
            << QStringList{"predict", "--model", "%D/absent.h5", "%D/red.png"}
            << "%D/absent.h5: no such file";
        QTest::newRow("predict, model is not HDF5")
            << QStringList{"predict", "--model", "%D/notes.h5", "%D/red.png"}
            << "%D/notes.h5: not an HDF5 file";
        QTest::newRow("predict, no inputs")
            << QStringList{"predict", "--model", "%D/model_192_4_1.h5"}
            << "give at least one image to classify";
        QTest::newRow("predict, not an image")
            << QStringList{"predict", "--model", "%D/model_192_4_1.h5", "%D/notes.png"}
            << "%D/notes.png: not a readable image";
        QTest::newRow("predict, truncated PNG")
            << QStringList{"predict", "--model", "%D/model_192_4_1.h5", "%D/cut.png"}
            << "%D/cut.png: not a readable image";
        QTest::newRow("predict, missing image")
            << QStringList{"predict", "--model", "%D/model_192_4_1.h5", "%D/absent.png"}
            << "%D/absent.png: no such file";
        QTest::newRow("predict, model without image size")
            << QStringList{"predict", "--model", "%D/bare_192_4_1.h5", "%D/red.png"}
            << "%D/bare_192_4_1.h5 does not say which image size it was trained on";
        // Headless (no display): answered before any platform plugin is loaded.
        QTest::newRow("misspelled command") << QStringList{"trian", "--data", "%D/data"}
                                            << "unknown command 'trian' (did you mean train?)";
        QTest::newRow("unknown command") << QStringList{"fit", "--data", "%D/data"}
                                         << "unknown command 'fit': the commands are train, "
                                            "sweep, predict, eval, runs, gradcheck and inspect";
        QTest::newRow("eval, no --data")
            << QStringList{"eval", "--model", "%D/model_192_4_1.h5"} << "--data is required";
        QTest::newRow("eval, data of another size")
            << QStringList{"eval", "--model", "%D/model_192_4_1.h5", "--data", "%D/tiny_4x4.h5"}
            << "%D/tiny_4x4.h5 has 48 values per example but the model expects 192";
    }

    void errors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        message = Expand(message);
        const Run r = RunLayerLab(Expand(arguments));
        qInfo("%s", qPrintable(r.err.trimmed()));
        QVERIFY2(r.status == QProcess::NormalExit, qPrintable(Describe(r)));
        QVERIFY2(r.exitCode == 1, qPrintable(Describe(r)));
        // Exactly one line, saying what was refused.
        QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, qPrintable(Describe(r)));
        QVERIFY2(r.err.startsWith("layerlab: "), qPrintable(Describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(Describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(Describe(r)));
    }

    void trainEvalPredict_data() {
        QTest::addColumn<QString>("precision");
        QTest::newRow("double") << "double";
        QTest::newRow("float") << "float";
    }

    void trainEvalPredict() {
        QFETCH(QString, precision);
        const QString model = In("trained_" + precision + ".h5"),
                      costs = In("costs_" + precision + ".txt");
        const Run train = RunLayerLab({"train", "--data", In("data"), "--layers", "192,8,1", "--lr",
                                       "0.05", "--iterations", "300", "--seed", "3", "--precision",
                                       precision, "--save", model, "--costs", costs});
        QVERIFY2(train.status == QProcess::NormalExit && train.exitCode == 0,
                 qPrintable(Describe(train)));
        QVERIFY2(train.err.isEmpty(), qPrintable(Describe(train)));

        // Every --print-every iterations and the last one, then the summary line.
        const QStringList lines = train.OutLines();
        QCOMPARE(lines.size(), 5);
        const QRegularExpression progress("^iteration (\\d+) cost (\\S+)$");
        QList<int> printed;
        QList<double> printedCost;
        for (int i = 0; i < 4; ++i) {
            const auto m = progress.match(lines[i]);
            QVERIFY2(m.hasMatch(), qPrintable(lines[i]));
            printed << m.captured(1).toInt();
            printedCost << m.captured(2).toDouble();
        }
        QCOMPARE(printed, (QList<int>{0, 100, 200, 299}));
        const auto summary = QRegularExpression(
                                 "^train_accuracy=(\\d\\.\\d{6}) test_accuracy=(\\d\\.\\d{6}) "
                                 "seconds=(\\d+\\.\\d{3})$")
                                 .match(lines.last());
        QVERIFY2(summary.hasMatch(), qPrintable(lines.last()));
        qInfo("%s", qPrintable(lines.last()));
        // The colours tell the classes apart: the network must find that.
        QVERIFY(summary.captured(1).toDouble() >= 0.95);
        QVERIFY(summary.captured(2).toDouble() >= 0.9);

        // --costs: one `iteration cost` line per iteration, 17 significant digits (what %.17g
        // prints, so the value reads back exactly), agreeing with what was printed.
        const QStringList costLines = ReadLines(costs);
        QCOMPARE(costLines.size(), 300);
        for (int i = 0; i < costLines.size(); ++i) {
            const QStringList parts = costLines[i].split(' ');
            QCOMPARE(parts.size(), 2);
            QCOMPARE(parts[0], QString::number(i));
            bool ok = false;
            const double cost = parts[1].toDouble(&ok);
            QVERIFY(ok && std::isfinite(cost) && cost > 0);
            QCOMPARE(parts[1], QString::number(cost, 'g', 17));
            if (const qsizetype at = printed.indexOf(i); at >= 0)
                QVERIFY(std::abs(printedCost[at] - cost) <= 1e-9 * cost);
        }
        QVERIFY(costLines.last().split(' ')[1].toDouble() <
                0.5 * costLines.first().split(' ')[1].toDouble());
        for (const QString& name : QDir(m_dir).entryList(QDir::Files))
            QVERIFY2(!name.contains(".tmp"), qPrintable(name));

        // eval reads the saved model back and finds the same accuracies.
        const Run eval = RunLayerLab({"eval", "--model", model, "--data", In("data")});
        QVERIFY2(eval.status == QProcess::NormalExit && eval.exitCode == 0,
                 qPrintable(Describe(eval)));
        QCOMPARE(eval.OutLines(), QStringList{QString("train_accuracy=%1 test_accuracy=%2")
                                                  .arg(summary.captured(1), summary.captured(2))});

        // predict: the model knows its image size and class names.
        const Run predict =
            RunLayerLab({"predict", "--model", model, In("red.png"), In("blue.png")});
        QVERIFY2(predict.status == QProcess::NormalExit && predict.exitCode == 0,
                 qPrintable(Describe(predict)));
        QVERIFY2(predict.err.isEmpty(), qPrintable(Describe(predict)));
        const QStringList answers = predict.OutLines();
        QCOMPARE(answers.size(), 2);
        const QStringList expected{"cat", "non-cat"};
        for (int i = 0; i < 2; ++i) {
            const QStringList parts = answers[i].split('\t');
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts[0], In(i == 0 ? "red.png" : "blue.png"));
            QCOMPARE(parts[1], expected[i]);
            const double probability = parts[2].toDouble();
            QVERIFY2(probability > 0.5 && probability <= 1.0, qPrintable(answers[i]));
        }
    }

    // Output to streams, through a real shell as a user types it (issue 11).
    void costsToStdoutRedirectedKeepsTheProgramsOutput() {
        // `--costs /dev/stdout > run.log`: run.log holds the progress, every cost and the
        // summary, in that order; renaming a costs file over it left the costs alone.
        const QString log = In("run.log");
        const Run r = RunInShell(
            "\"$0\" train --data \"$1\" --layers 192,1 --iterations 3 "
            "--print-every 1 --costs /dev/stdout > \"$2\"",
            {In("data"), log});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(Describe(r)));
        const QStringList lines = ReadLines(log);
        QCOMPARE(lines.size(), 7);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(lines[i].startsWith(QString("iteration %1 cost ").arg(i)),
                     qPrintable(lines[i]));
            QVERIFY2(lines[3 + i].startsWith(QString("%1 0.").arg(i)), qPrintable(lines[3 + i]));
        }
        QVERIFY2(lines[6].startsWith("train_accuracy="), qPrintable(lines[6]));
        QVERIFY(QFileInfo(log).isFile() && !QFileInfo(log).isSymLink());
    }

    void costsToStdoutThroughAPipe() {
        // `--costs /dev/stdout | cat`: a pipe cannot be renamed over; it failed after training.
        const Run r = RunInShell(
            "\"$0\" train --data \"$1\" --layers 192,1 --iterations 3 "
            "--print-every 0 --costs /dev/stdout | cat; exit ${PIPESTATUS:-0}",
            {In("data")});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(Describe(r)));
        const QStringList lines = r.OutLines();
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith("0 0.") && lines[2].startsWith("2 0."), qPrintable(r.out));
        QVERIFY2(lines[3].startsWith("train_accuracy="), qPrintable(r.out));
    }

    void aLateCostsFailureKeepsTheModel() {
        // /dev/full passes the up-front check (a stream) and fails only once written, after
        // training: the model is saved first and stays, and the failure is said.
        const QString model = In("kept.h5");
        QFile::remove(model);
        const Run r =
            RunLayerLab({"train", "--data", In("data"), "--layers", "192,1", "--iterations", "3",
                         "--print-every", "0", "--costs", "/dev/full", "--save", model});
        QVERIFY2(r.exitCode == 1, qPrintable(Describe(r)));
        QVERIFY2(r.err.contains("/dev/full: writing failed: the disk is full"),
                 qPrintable(Describe(r)));
        QVERIFY2(QFile::exists(model), qPrintable(Describe(r)));
        QCOMPARE(ParameterIO::Load(model.toStdString()).spec.sizes,
                 (std::vector<arma::uword>{192, 1}));
    }

    void notebookParity() {
        if (!QFile::exists(kShared + "/train_catvnoncat.h5"))
            QSKIP(qPrintable("the course data is not at " + kShared +
                             " (../shared beside the project)"));
        const QString costs = In("parity_costs.txt");
        const Run r =
            RunLayerLab({"train", "--data", kShared, "--layers", "12288,20,7,5,1", "--init-weights",
                         kShared + "/init_seed1.h5", "--lr", "0.0075", "--iterations", "2500",
                         "--precision", "double", "--costs", costs});
        QVERIFY2(r.status == QProcess::NormalExit && r.exitCode == 0, qPrintable(Describe(r)));
        const QString last = r.OutLines().last();
        qInfo("%s", qPrintable(last));
        QVERIFY2(last.startsWith("train_accuracy=0.985646 test_accuracy=0.800000 seconds="),
                 qPrintable(last));
        const QStringList ours = ReadLines(costs),
                          reference = ReadLines(kShared + "/reference_costs_f64.txt");
        QCOMPARE(ours.size(), 2500);
        QCOMPARE(reference.size(), 2500);
        double worst = 0.0;
        for (int i = 0; i < 2500; ++i) {
            const QStringList a = ours[i].split(' '), b = reference[i].simplified().split(' ');
            QCOMPARE(a[0], b[0]);
            const double ca = a[1].toDouble(), cb = b[1].toDouble();
            worst = std::max(worst, std::abs(ca - cb) / std::abs(cb));
            QVERIFY2(std::abs(ca - cb) <= 1e-9 * std::abs(cb),
                     qPrintable(QString("iteration %1: %2 vs %3").arg(i).arg(a[1], b[1])));
        }
        qInfo("largest relative cost difference %.3g", worst);
    }

    // The course run at learning rate 100 never reaches NaN (its ReLUs die and the cost bounces
    // between 1 and 19), yet it is no run: it ends Diverged, saying so, with exit code 1.
    void courseRateTooLargeDiverges() {
        if (!QFile::exists(kShared + "/train_catvnoncat.h5"))
            QSKIP(qPrintable("the course data is not at " + kShared +
                             " (../shared beside the project)"));
        const Run r = RunLayerLab({"train", "--data", kShared, "--layers", "12288,20,7,5,1", "--lr",
                                   "100", "--iterations", "2500", "--print-every", "0"});
        QVERIFY2(r.status == QProcess::NormalExit && r.exitCode == 1, qPrintable(Describe(r)));
        QVERIFY2(r.err.contains("cost diverged at iteration 1: it grew from 0.772 to 14; the "
                                "learning rate 100 is too large, try 1"),
                 qPrintable(Describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
