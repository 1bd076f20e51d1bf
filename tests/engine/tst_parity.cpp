// The notebook's run, reproduced: every iteration's cost, the accuracies and the test-set
// probabilities against ../shared/data/catvnoncat's reference files.
#include <QFile>
#include <QTest>
#include <cmath>

#include "CourseDataReader.h"
#include "ParameterIO.h"
#include "Trainer.h"

using namespace layerlab;

class TestParity : public QObject {
    Q_OBJECT
private:
    QString m_dir = QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");

    static std::vector<double> ReadColumn(const QString& path, int column) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return {};
        std::vector<double> values;
        while (!f.atEnd()) {
            const QList<QByteArray> parts = f.readLine().simplified().split(' ');
            if (parts.size() > column) values.push_back(parts[column].toDouble());
        }
        return values;
    }

private slots:
    void initTestCase() {
        if (!QFile::exists(m_dir + "/train_catvnoncat.h5"))
            QSKIP(qPrintable("the course data is not at " + m_dir +
                             " (../shared beside the project)"));
    }

    void notebookRun_data() {
        QTest::addColumn<int>("precision");
        QTest::newRow("float64") << int(Precision::Double);
        QTest::newRow("float32") << int(Precision::Float);
    }

    void notebookRun() {
        QFETCH(int, precision);
        const DataSplit data = CourseDataReader::Read(m_dir.toStdString());
        QCOMPARE(data.train.Count(), arma::uword(209));
        QCOMPARE(data.test.Count(), arma::uword(50));
        Parameters init = ParameterIO::Load((m_dir + "/init_seed1.h5").toStdString());
        QCOMPARE(init.spec.sizes, (std::vector<arma::uword>{12288, 20, 7, 5, 1}));
        TrainOptions options;
        options.learningRate = 0.0075;
        options.precision = Precision(precision);
        auto trainer = Trainer::Create(init, data.train, &data.test, options);
        std::vector<double> costs;
        const RunResult result = RunTraining(*trainer, 2500, [&](const StepResult& s) {
            costs.push_back(s.cost);
            return true;
        });
        QCOMPARE(int(result.status), int(RunResult::Status::Finished));
        const std::vector<double> reference = ReadColumn(m_dir + "/reference_costs_f64.txt", 1);
        QCOMPARE(costs.size(), reference.size());
        // float32 follows the same curve to its own precision; float64 matches to 1e-9.
        const double tolerance = options.precision == Precision::Double ? 1e-9 : 2e-3;
        double worst = 0.0;
        size_t worstAt = 0;
        for (size_t i = 0; i < costs.size(); ++i) {
            const double rel = std::abs(costs[i] - reference[i]) / std::abs(reference[i]);
            if (rel > worst) worst = rel, worstAt = i;
        }
        qInfo("largest relative cost difference %.3g at iteration %zu", worst, worstAt);
        QVERIFY2(worst <= tolerance,
                 qPrintable(QString("cost at iteration %1 differs by %2").arg(worstAt).arg(worst)));

        QCOMPARE(QString::number(Accuracy(trainer->TrainProbabilities(), data.train.y), 'f', 6),
                 QString("0.985646"));
        QCOMPARE(QString::number(Accuracy(trainer->TestProbabilities(), data.test.y), 'f', 6),
                 QString("0.800000"));
        if (options.precision == Precision::Double) {
            const arma::mat probs = trainer->TestProbabilities();
            const std::vector<double> refProbs =
                ReadColumn(m_dir + "/reference_test_predictions_f64.txt", 1);
            QCOMPARE(refProbs.size(), size_t(50));
            double maxDiff = 0;
            for (size_t i = 0; i < 50; ++i)
                maxDiff = std::max(maxDiff, std::abs(probs(0, i) - refProbs[i]));
            qInfo("largest test probability difference %.3g", maxDiff);
            QVERIFY(maxDiff <= 1e-8);
            // The weights a user saves give the same predictions.
            const arma::mat viaParams = trainer->CurrentParameters().Predict(data.test.X);
            QVERIFY(arma::approx_equal(viaParams, probs, "absdiff", 1e-12));
        }
    }
};

QTEST_APPLESS_MAIN(TestParity)
#include "tst_parity.moc"
