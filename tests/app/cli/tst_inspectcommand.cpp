// `layerlab inspect` run as a user runs it: a model trained by `layerlab train --save` on the
// built-in shapes (always) and on the course data (when ../shared is there), one example through
// the network, a model made sick on purpose and a rising cost history, and the refusals.
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "ExampleTrace.h"
#include "GlassBoxNeuron.h"
#include "ParameterIO.h"
#include "Saliency.h"
#include "cli/CliOptions.h"
#include "cli/EvalCommand.h"
#include "cli/InspectCommand.h"
#include "inspect/WeightPictures.h"

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

    // The training set exactly as `inspect --model model --data spec` loads it.
    static LoadedData LoadAsInspect(const QString& model, const QString& spec) {
        QCommandLineParser parser;
        InspectCommand::AddOptions(parser);
        (void)CliOptions::Parse(parser, {"layerlab", "--model", model, "--data", spec});
        return CliOptions::LoadData(
            spec, EvalCommand::DataOptionsFor(parser, ParameterIO::Load(model.toStdString())));
    }

    // 4 significant digits as inspect prints them.
    static QString G4(double value) { return QString::number(value, 'g', 4); }
    // The lines of a printed block after the line starting with header, indented by indent.
    static QStringList Block(const QStringList& lines, const QString& header,
                             const QString& indent) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < lines.size() && at < 0; ++i)
            if (lines[i].startsWith(header)) at = i;
        QStringList block;
        if (at < 0) return block;
        for (qsizetype i = at + 1; i < lines.size() && lines[i].startsWith(indent); ++i)
            block << lines[i].mid(indent.size());
        return block;
    }

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

    // --example's saliency and glass-box lines carry the engine's own numbers for that example.
    void exampleSaliencyAndGlassBox() {
        const Run run =
            Layerlab({"inspect", "--model", m_model, "--data", "builtin:shapes", "--example", "3"});
        QVERIFY2(run.exitCode == 0, qPrintable(Dump(run)));
        const Parameters model = ParameterIO::Load(m_model.toStdString());
        const LoadedData data = LoadAsInspect(m_model, "builtin:shapes");
        const arma::vec x = data.train.Column(3);
        const arma::vec y = data.train.Columns(arma::uvec{3}).Targets<double>(1).col(0);
        const ExampleTrace trace = ExampleTrace::Capture(model, x, y);
        const double square = trace.A[2](0, 0);
        const arma::uword predicted = square > 0.5 ? 1 : 0;
        const QString name = QString::fromStdString(data.train.classNames[predicted]);

        QVERIFY2(run.lines.contains(QString("  saliency of the predicted class %1 (p=%2):")
                                        .arg(name)
                                        .arg(predicted ? square : 1.0 - square, 0, 'f', 4)),
                 qPrintable(Dump(run)));
        const arma::vec gradient = Saliency::Gradient(model, x, predicted);
        const arma::uword largest = arma::index_max(arma::abs(gradient));
        QVERIFY2(run.lines.contains(
                     QString("  gradient dp/dx: L2 norm=%1 largest |value|=%2 (feature %3)")
                         .arg(G4(arma::norm(gradient, 2)), G4(std::abs(gradient(largest))))
                         .arg(largest)),
                 qPrintable(Dump(run)));
        // The top pixel: |gradient| summed over the 3 channels of each pixel of the 32 × 32 image.
        const std::array<arma::uword, 3> shape = data.train.imageShape;
        QCOMPARE(shape[0] * shape[1] * shape[2], arma::uword(3072));
        arma::vec pixels(shape[0] * shape[1], arma::fill::zeros);
        for (arma::uword i = 0; i < x.n_elem; ++i) pixels(i / shape[2]) += std::abs(gradient(i));
        const arma::uword top = arma::index_max(pixels);
        QVERIFY2(!run.lines
                      .filter(QString("  top pixels (row, column) by |dp/dx| summed over "
                                      "channels: (%1, %2) %3, ")
                                  .arg(top / shape[1])
                                  .arg(top % shape[1])
                                  .arg(G4(pixels(top))))
                      .isEmpty(),
                 qPrintable(Dump(run)));
        const arma::uword patch = std::max<arma::uword>(1, std::min(shape[0], shape[1]) / 8);
        const arma::vec drops = Saliency::Occlusion(model, x, shape, predicted, patch, patch, 0.5);
        QVERIFY2(!run.lines
                      .filter(QString("  occlusion (patch %1 px, stride %1, fill 0.5): largest "
                                      "probability drop %2 with rows ")
                                  .arg(patch)
                                  .arg(G4(drops.max())))
                      .isEmpty(),
                 qPrintable(Dump(run)));

        // The output unit's arithmetic is GlassBoxNeuron's, and its z is the trace's Z[L].
        const QStringList output =
            Block(run.lines, "  glass box of output unit 0 (layer 2, predicted class ", "    ");
        QStringList expected;
        for (const std::string& line : GlassBoxNeuron::Explain(model, trace, 2, 0).Lines())
            expected << QString::fromStdString(line);
        QCOMPARE(output, expected);
        QVERIFY(output.size() > 2 && output[1].startsWith("z = "));
        QVERIFY2(output[1].endsWith(" = " + G4(trace.Z[2](0, 0)).replace('-', QChar(0x2212))),
                 qPrintable(output[1]));
        // Layer 1's most active unit, by the trace's A[1].
        const arma::uword active = arma::index_max(arma::vec(trace.A[1].col(0)));
        const QString header = QString("  glass box of layer 1's most active unit %1 (a=%2):")
                                   .arg(active)
                                   .arg(G4(trace.A[1](active, 0)));
        QVERIFY2(run.lines.contains(header), qPrintable(Dump(run)));
        const QStringList hidden = Block(run.lines, header, "    ");
        QVERIFY(!hidden.isEmpty());
        QCOMPARE(hidden.first(),
                 QString("layer 1, unit %1 (relu): 3072 inputs from the example's features A[0] "
                         "= x")
                     .arg(active));
    }

    // Every layer-1 unit switched off: no gradient reaches the pixels, so no ranking of zeros.
    void exampleWithoutGradient() {
        Parameters p = ParameterIO::Load(m_model.toStdString());
        p.b[1].fill(-1000.0);
        const QString dead = m_dir.filePath("dead.h5");
        ParameterIO::Save(dead.toStdString(), p);
        const Run run =
            Layerlab({"inspect", "--model", dead, "--data", "builtin:shapes", "--example", "0"});
        QVERIFY2(run.exitCode == 0, qPrintable(Dump(run)));
        QVERIFY2(run.lines.contains("  gradient dp/dx: L2 norm=0 largest |value|=0 (feature 0)"),
                 qPrintable(Dump(run)));
        QVERIFY(
            run.lines.contains("  no pixel ranking: the gradient is 0 for every pixel (no "
                               "active unit passes it back from the output)"));
        QVERIFY(run.lines.filter("  top pixels").isEmpty());
        QCOMPARE(run.lines.filter("  occlusion (patch 4 px, stride 4, fill 0.5): ").size(), 1);
    }

    // --weights-png: one picture per first-layer unit in the 32 × 32 × 3 shape (channels side
    // by side), red where the weight is positive, blue where negative, and W2.png.
    void weightPictures() {
        const QString dir = m_dir.filePath("pictures");
        const Run run = Layerlab(
            {"inspect", "--model", m_model, "--data", "builtin:shapes", "--weights-png", dir});
        QVERIFY2(run.exitCode == 0, qPrintable(Dump(run)));
        const QStringList units = QDir(dir).entryList({"unit-*.png"}, QDir::Files, QDir::Name);
        QCOMPARE(units, QStringList({"unit-0.png", "unit-1.png", "unit-2.png", "unit-3.png",
                                     "unit-4.png", "unit-5.png"}));
        QCOMPARE(run.lines
                     .filter(QRegularExpression("^unit-\\d\\.png: unit \\d of layer 1, "
                                                "196x64 px, scale ±\\S+$"))
                     .size(),
                 6);
        const Parameters model = ParameterIO::Load(m_model.toStdString());
        for (arma::uword j : {0u, 5u}) {
            const QImage image(QDir(dir).filePath(units[int(j)]));
            // 3 panels of 32 columns and 2 gap columns, upscaled twice to reach 64 px.
            QCOMPARE(image.size(), QSize((3 * 32 + 2) * 2, 32 * 2));
            const arma::rowvec w = model.W[1].row(j);
            const auto pixel = [&](arma::uword k) {
                const arma::uword channel = k % 3, column = (k / 3) % 32, row = k / 3 / 32;
                return image.pixel(int(channel * 33 + column) * 2, int(row) * 2);
            };
            // The diverging scale on ±max |w| of the unit: the strongest weight of each sign.
            const double scale = arma::abs(w).max();
            const auto fade = [&](double v) {
                return int(std::lround(255 * (1 - std::abs(v) / scale)));
            };
            QVERIFY(w.max() > 0 && w.min() < 0);
            const QRgb positive = pixel(w.index_max()), negative = pixel(w.index_min());
            QCOMPARE(positive, qRgb(255, fade(w.max()), fade(w.max())));
            QCOMPARE(negative, qRgb(fade(w.min()), fade(w.min()), 255));
            QVERIFY2(fade(w.max()) < 200 && fade(w.min()) < 200, "both signs clearly coloured");
        }
        QVERIFY(run.lines.contains(QString("W2.png: W[2] 1 x 6 as a heat map (rows = units, "
                                           "columns = inputs), 384x64 px, scale ±%1")
                                       .arg(G4(arma::abs(model.W[2]).max()))));
        QCOMPARE(QImage(QDir(dir).filePath("W2.png")).size(), QSize(384, 64));
        // A second run replaces LayerLab's own pictures.
        const Run again = Layerlab({"inspect", "--model", m_model, "--data", "builtin:shapes",
                                    "--weights-png", dir, "--example", "1"});
        QVERIFY2(again.exitCode == 0, qPrintable(Dump(again)));
        QCOMPARE(again.lines.filter(QRegularExpression("^(unit-\\d|W2)\\.png: ")).size(), 7);
    }

    // A file LayerLab did not write is never replaced: the run is refused, nothing is written.
    void weightPicturesKeepForeignFiles() {
        const QString dir = m_dir.filePath("foreign");
        QVERIFY(QDir().mkpath(dir));
        const QString mine = QDir(dir).filePath("W2.png");
        QVERIFY(QImage(4, 4, QImage::Format_RGB32).save(mine, "PNG"));
        QFile file(mine);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Run run = Layerlab(
            {"inspect", "--model", m_model, "--data", "builtin:shapes", "--weights-png", dir});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errors, QString("layerlab: --weights-png refused: %1 exists and was not "
                                     "written by LayerLab; move it away or give another folder "
                                     "(nothing was written)\n")
                                 .arg(mine));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{"W2.png"});
        // A file where the folder should be.
        const Run notFolder = Layerlab(
            {"inspect", "--model", m_model, "--data", "builtin:shapes", "--weights-png", mine});
        QCOMPARE(notFolder.exitCode, 1);
        QCOMPARE(notFolder.errors,
                 QString("layerlab: --weights-png %1 refused: it exists and is not a folder; "
                         "give a folder (it is made when missing)\n")
                     .arg(mine));
        QVERIFY(notFolder.lines.isEmpty());
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
