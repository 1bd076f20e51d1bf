// CliOptions: the option readers every command shares, on a parser as the commands build it;
// each malformed value is refused with the message the user sees.
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

#include "DataColumns.h"
#include "cli/CliOptions.h"
#include "cli/UsageError.h"

using namespace layerlab;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

// A parser with the help option, the data options and a few of each kind, read from arguments.
struct Parsed {
    QCommandLineParser parser;
    explicit Parsed(const QStringList& arguments) {
        parser.addHelpOption();
        parser.addOptions({{"n", "a count", "N"},
                           {"x", "a real", "X"},
                           {"list", "reals", "LIST"},
                           {"out", "a file", "FILE"}});
        CliOptions::AddDataOptions(parser);
        if (!parser.parse(QStringList{"layerlab"} + arguments))
            qFatal("%s", qPrintable(parser.errorText()));
    }
};

// The message of the UsageError that call throws; empty when it throws none.
QString Refusal(const std::function<void()>& call) {
    try {
        call();
    } catch (const UsageError& e) {
        return e.Message();
    }
    return {};
}

}  // namespace

class TestCliOptions : public QObject {
    Q_OBJECT

private slots:
    void parse() {
        QCommandLineParser parser;
        parser.addHelpOption();
        parser.addOption({"n", "a count", "N"});
        QCOMPARE(CliOptions::Parse(parser, {"layerlab", "--n", "3"}), std::nullopt);
        QCOMPARE(parser.value("n"), QString("3"));
        // --help answers the command: the help is printed and the exit code is 0.
        QCOMPARE(CliOptions::Parse(parser, {"layerlab", "--help"}), std::optional<int>(0));
        QCOMPARE(Refusal([&] {
                     CliOptions::Parse(parser, {"layerlab", "--m", "3"});
                 }),
                 QString("Unknown option 'm'."));
        QCOMPARE(Refusal([&] {
                     CliOptions::Parse(parser, {"layerlab", "--n"});
                 }),
                 QString("Missing value after '--n'."));
    }

    void count_data() {
        AddColumns<QStringList, quint64, QString>({"arguments", "expected", "refusal"});
        QTest::newRow("absent") << QStringList{} << quint64(7) << "";
        QTest::newRow("0") << QStringList{"--n", "0"} << quint64(0) << "";
        QTest::newRow("2500") << QStringList{"--n", "2500"} << quint64(2500) << "";
        QTest::newRow("negative") << QStringList{"--n", "-3"} << quint64(0)
                                  << "--n '-3' is not a whole number ≥ 0";
        QTest::newRow("fraction") << QStringList{"--n", "1.5"} << quint64(0)
                                  << "--n '1.5' is not a whole number ≥ 0";
        QTest::newRow("text") << QStringList{"--n", "two"} << quint64(0)
                              << "--n 'two' is not a whole number ≥ 0";
    }

    void count() {
        QFETCH(QStringList, arguments);
        QFETCH(quint64, expected);
        QFETCH(QString, refusal);
        Parsed p(arguments);
        std::uint64_t value = 0;
        QCOMPARE(Refusal([&] { value = CliOptions::Count(p.parser, "n", 7); }), refusal);
        if (refusal.isEmpty()) QCOMPARE(value, expected);
    }

    void real_data() {
        AddColumns<QStringList, double, QString>({"arguments", "expected", "refusal"});
        QTest::newRow("absent") << QStringList{} << 0.25 << "";
        QTest::newRow("0.0075") << QStringList{"--x", "0.0075"} << 0.0075 << "";
        QTest::newRow("1e-8") << QStringList{"--x", "1e-8"} << 1e-8 << "";
        QTest::newRow("negative") << QStringList{"--x", "-1"} << -1.0 << "";
        QTest::newRow("text") << QStringList{"--x", "fast"} << 0.0 << "--x 'fast' is not a number";
        QTest::newRow("comma") << QStringList{"--x", "0,5"} << 0.0 << "--x '0,5' is not a number";
        // NaN passed every range check: `--test-fraction nan` overflowed a buffer.
        QTest::newRow("nan") << QStringList{"--x", "nan"} << 0.0
                             << "--x 'nan' refused: give a finite number";
        QTest::newRow("inf") << QStringList{"--x", "inf"} << 0.0
                             << "--x 'inf' refused: give a finite number";
        QTest::newRow("-inf") << QStringList{"--x", "-inf"} << 0.0
                              << "--x '-inf' refused: give a finite number";
        QTest::newRow("overflow") << QStringList{"--x", "1e999"} << 0.0
                                  << "--x '1e999' is not a number";
    }

    void real() {
        QFETCH(QStringList, arguments);
        QFETCH(double, expected);
        QFETCH(QString, refusal);
        Parsed p(arguments);
        double value = 0;
        QCOMPARE(Refusal([&] { value = CliOptions::Real(p.parser, "x", 0.25); }), refusal);
        if (refusal.isEmpty()) QCOMPARE(value, expected);
    }

    void realList_data() {
        AddColumns<QStringList, std::vector<double>, QString>({"arguments", "expected", "refusal"});
        QTest::newRow("absent") << QStringList{} << std::vector<double>{} << "";
        QTest::newRow("one") << QStringList{"--list", "1"} << std::vector<double>{1} << "";
        QTest::newRow("spaces") << QStringList{"--list", "1, 0.8 ,0.5,1"}
                                << std::vector<double>{1, 0.8, 0.5, 1} << "";
        QTest::newRow("not a number") << QStringList{"--list", "1,x,1"} << std::vector<double>{}
                                      << "--list: 'x' is not a number (write e.g. 1,0.8,0.8,1)";
        QTest::newRow("empty item") << QStringList{"--list", "1,,1"} << std::vector<double>{}
                                    << "--list: '' is not a number (write e.g. 1,0.8,0.8,1)";
        QTest::newRow("nan") << QStringList{"--list", "1,nan,1"} << std::vector<double>{}
                             << "--list: 'nan' refused: give finite numbers (e.g. 1,0.8,0.8,1)";
        QTest::newRow("inf") << QStringList{"--list", "inf,1"} << std::vector<double>{}
                             << "--list: 'inf' refused: give finite numbers (e.g. 1,0.8,0.8,1)";
    }

    void realList() {
        QFETCH(QStringList, arguments);
        QFETCH(std::vector<double>, expected);
        QFETCH(QString, refusal);
        Parsed p(arguments);
        std::vector<double> values;
        QCOMPARE(Refusal([&] { values = CliOptions::RealList(p.parser, "list"); }), refusal);
        if (refusal.isEmpty()) QCOMPARE(values, expected);
    }

    void imageSize_data() {
        AddColumns<QString, QSize>({"text", "expected"});
        QTest::newRow("64x64") << "64x64" << QSize(64, 64);
        QTest::newRow("width first") << "40x30" << QSize(40, 30);
        QTest::newRow("capital X") << "28X14" << QSize(28, 14);
        QTest::newRow("1x1") << "1x1" << QSize(1, 1);
        QTest::newRow("one number") << "64" << QSize();
        QTest::newRow("no height") << "64x" << QSize();
        QTest::newRow("zero") << "0x64" << QSize();
        QTest::newRow("negative") << "64x-1" << QSize();
        QTest::newRow("three numbers") << "4x4x3" << QSize();
        QTest::newRow("words") << "widexhigh" << QSize();
    }

    void imageSize() {
        QFETCH(QString, text);
        QFETCH(QSize, expected);
        QSize size;
        const QString refusal = Refusal([&] { size = CliOptions::ImageSize(text); });
        if (expected.isValid()) {
            QCOMPARE(refusal, QString());
            QCOMPARE(size, expected);
        } else {
            QCOMPARE(refusal,
                     QString("--image-size '%1' is not WIDTHxHEIGHT, e.g. 64x64").arg(text));
        }
    }

    void dataOptions() {
        Parsed none({});
        const LoadOptions defaults = CliOptions::DataOptions(none.parser);
        QVERIFY(defaults.classes.isEmpty());
        QVERIFY(!defaults.imageSize.isValid());
        QVERIFY(!defaults.grayscale);
        QVERIFY(!defaults.standardise);
        QCOMPARE(defaults.testFraction, 0.2);
        QCOMPARE(defaults.seed, std::uint64_t(1));

        // An empty name is kept for the class pick to refuse (`--classes ,,,` is not "all").
        Parsed all({"--classes", "7,,Sneaker", "--image-size", "32x16", "--grayscale",
                    "--standardise", "--test-fraction", "0.3", "--data-seed", "9"});
        const LoadOptions o = CliOptions::DataOptions(all.parser);
        QCOMPARE(o.classes, (QStringList{"7", "", "Sneaker"}));
        QCOMPARE(o.imageSize, QSize(32, 16));
        QVERIFY(o.grayscale);
        QVERIFY(o.standardise);
        QCOMPARE(o.testFraction, 0.3);
        QCOMPARE(o.seed, std::uint64_t(9));

        Parsed badSize({"--image-size", "big"});
        QCOMPARE(Refusal([&] { CliOptions::DataOptions(badSize.parser); }),
                 QString("--image-size 'big' is not WIDTHxHEIGHT, e.g. 64x64"));
        Parsed badSeed({"--data-seed", "-1"});
        QCOMPARE(Refusal([&] { CliOptions::DataOptions(badSeed.parser); }),
                 QString("--data-seed '-1' is not a whole number ≥ 0"));
    }

    void require() {
        Parsed given({"--out", "model.h5"});
        QCOMPARE(CliOptions::Require(given.parser, "out"), QString("model.h5"));
        Parsed absent({});
        QCOMPARE(Refusal([&] { CliOptions::Require(absent.parser, "out"); }),
                 QString("--out is required (see --help)"));
    }

    void checkWritable() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.path();
        QVERIFY(QDir(dir).mkdir("sub"));
        QFile file(dir + "/file.txt");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto refusal = [](const QString& path) {
            Parsed p(path.isEmpty() ? QStringList{} : QStringList{"--out", path});
            return Refusal([&] { CliOptions::CheckWritable(p.parser, "out"); });
        };
        QCOMPARE(refusal(""), QString());
        QCOMPARE(refusal(dir + "/new.txt"), QString());
        QCOMPARE(refusal(dir + "/file.txt"), QString());
        QCOMPARE(refusal(dir + "/sub"),
                 QString("--out %1/sub: is a folder, which LayerLab never replaces; give a file "
                         "name")
                     .arg(dir));
        QCOMPARE(refusal(dir + "/absent/new.txt"),
                 QString("--out %1/absent/new.txt: the folder %1/absent does not exist; create it "
                         "or give another path")
                     .arg(dir));
        QCOMPARE(refusal(dir + "/file.txt/new.txt"),
                 QString("--out %1/file.txt/new.txt: cannot be reached (Not a directory); give "
                         "another path")
                     .arg(dir));
        // `--save ""` said "the folder  does not exist".
        Parsed empty({"--out", ""});
        QCOMPARE(Refusal([&] { CliOptions::CheckWritable(empty.parser, "out"); }),
                 QString("--out needs a file name, e.g. --out model.h5"));
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
