// A model and data that do not fit, or a model that cannot be trusted, are refused by eval,
// predict and train --init-weights with the reason (they used to answer with exit 0); and a
// folder given as --test is read for its test set. Runs the real binary.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

#include "CourseFiles.h"
#include "DataColumns.h"
#include "Hdf5File.h"

using namespace layerlab;

namespace {

struct Run {
    int exitCode = -1;
    QString out, errors;
};

Run Layerlab(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(LAYERLAB_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(120000)) return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A model file of the given W/b per layer (no attributes, as the notebook saves it).
void WriteModel(const QString& path, const std::vector<std::pair<arma::mat, arma::mat>>& layers,
                const std::vector<size_t>& numbers = {}) {
    Hdf5File file(path.toStdString(), Hdf5File::Mode::CreateTruncate);
    for (size_t i = 0; i < layers.size(); ++i) {
        const std::string l = std::to_string(numbers.empty() ? i + 1 : numbers[i]);
        file.WriteMatrix(std::string("W").append(l), layers[i].first);
        file.WriteMatrix(std::string("b").append(l), layers[i].second);
    }
    file.Close();
}

}  // namespace

class TestModelFit : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;  // 6 RGB images of 2 × 2 in 2 classes

    QString Path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_data = Path("train_fit.h5");
        testdata::WriteCourseFile(m_data.toStdString(), "train_set",
                                  testdata::ColourImages(6, 2, 2, 1), {"non-cat", "cat"});
    }

    void refused_data() {
        AddColumns<QStringList, QString>({"arguments", "message"});
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const arma::mat ones(1, 12, arma::fill::ones), zero(1, 1, arma::fill::zeros);
        WriteModel(Path("three_outputs.h5"),
                   {{arma::mat(3, 12, arma::fill::ones), arma::mat(3, 1, arma::fill::zeros)}});
        arma::mat bad = ones;
        bad(0, 5) = nan;
        WriteModel(Path("nan.h5"), {{bad, zero}});
        WriteModel(Path("all_nan.h5"), {{arma::mat(1, 12, arma::fill::value(nan)),
                                         arma::mat(1, 1, arma::fill::value(nan))}});
        const arma::mat square(12, 12, arma::fill::ones), column(12, 1, arma::fill::zeros);
        WriteModel(Path("gap.h5"), {{square, column}, {square, column}, {ones, zero}}, {1, 2, 4});
        QTest::newRow("eval, 3 outputs on 2 classes")
            << QStringList{"eval", "--model", Path("three_outputs.h5"), "--data", m_data}
            << "three_outputs.h5: the output layer has 3 units but the data has 2 classes";
        QTest::newRow("eval, a NaN weight")
            << QStringList{"eval", "--model", Path("nan.h5"), "--data", m_data}
            << "nan.h5: W1 holds NaN at row 1, column 6";
        QTest::newRow("eval, all NaN")
            << QStringList{"eval", "--model", Path("all_nan.h5"), "--data", m_data}
            << "all_nan.h5: W1 holds NaN at row 1, column 1";
        QTest::newRow("eval, W4 without W3")
            << QStringList{"eval", "--model", Path("gap.h5"), "--data", m_data}
            << "gap.h5: has W4 but no W3";
        QTest::newRow("predict, a NaN weight")
            << QStringList{"predict", "--model", Path("nan.h5"), Path("nan.h5")}
            << "nan.h5: W1 holds NaN at row 1, column 6";
        QTest::newRow("train --init-weights NaN")
            << QStringList{"train",        "--data",       m_data, "--init-weights",
                           Path("nan.h5"), "--iterations", "2"}
            << "nan.h5: W1 holds NaN at row 1, column 6";
    }

    void refused() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = Layerlab(arguments);
        qInfo("%s", qPrintable(run.errors.trimmed()));
        QVERIFY2(run.exitCode != 0, qPrintable("exit 0 with: " + run.out));
        QVERIFY2(run.errors.contains(message), qPrintable(run.errors));
        QVERIFY2(!run.errors.contains("learning rate"), qPrintable(run.errors));
    }

    void aFolderGivenAsTestUsesItsTestFile() {
        // Its train_ file has 6 images, its test_ file 4: the test set is the 4.
        const QString folder = Path("other");
        QVERIFY(QDir().mkpath(folder));
        testdata::WriteCourseFile(QDir(folder).filePath("train_o.h5").toStdString(), "train_set",
                                  testdata::ColourImages(6, 2, 2, 1), {"non-cat", "cat"});
        testdata::WriteCourseFile(QDir(folder).filePath("test_o.h5").toStdString(), "test_set",
                                  testdata::ColourImages(4, 2, 2, 1), {"non-cat", "cat"});
        const Run run = Layerlab({"train", "--data", m_data, "--test", folder, "--layers", "12,1",
                                  "--iterations", "1", "--summary"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY2(run.out.contains("6 training and 4 test images"), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestModelFit)
#include "tst_modelfit.moc"
