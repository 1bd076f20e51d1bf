// The notebook's run, reproduced: every iteration's cost, the accuracies and the test-set
// probabilities against ../shared/data/catvnoncat's reference files, through the trainers and
// through the course's own Network.
#include <QFile>
#include <QTest>
#include <cmath>

#include "CourseDataReader.h"
#include "DataColumns.h"
#include "Network.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "RunTraining.h"
#include "TrainerFactory.h"
#include "losses/CrossEntropy.h"

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

    // The course Network's Forward, Cost, Backward and Update, by themselves: the notebook's first
    // iterations (the direct products on 12288 inputs are slow, so only the start of the run).
    void courseNetworkFollowsTheNotebook() {
        const DataSplit data = CourseDataReader::Read(m_dir.toStdString());
        Network<double> net(ParameterIO::Load((m_dir + "/init_seed1.h5").toStdString()));
        const arma::mat Y = data.train.Targets<double>(1);
        const arma::mat trainX = data.train.Values<double>();  // Forward keeps a reference to it
        const std::vector<double> reference = ReadColumn(m_dir + "/reference_costs_f64.txt", 1);
        QVERIFY(reference.size() >= 100);
        double worst = 0.0;
        for (size_t i = 0; i < 100; ++i) {
            net.Forward(trainX, true);
            worst = std::max(worst, std::abs(net.Cost(Y) - reference[i]) / reference[i]);
            net.Backward(Y);
            net.Update(0.0075);
        }
        qInfo("largest relative cost difference %.3g over 100 iterations", worst);
        QVERIFY(worst <= 1e-12);
    }

    // TrainerFactory::Create picks the Gram path for this run; the direct path, which every other
    // run takes, must reproduce the notebook just as well.
    void notebookRun_data() {
        AddColumns<int, bool>({"precision", "fast"});
        QTest::newRow("float64") << int(Precision::Double) << true;
        QTest::newRow("float32") << int(Precision::Float) << true;
        QTest::newRow("float64 direct") << int(Precision::Double) << false;
    }

    void notebookRun() {
        QFETCH(int, precision);
        QFETCH(bool, fast);
        const DataSplit data = CourseDataReader::Read(m_dir.toStdString());
        QCOMPARE(data.train.Count(), arma::uword(209));
        QCOMPARE(data.test.Count(), arma::uword(50));
        Parameters init = ParameterIO::Load((m_dir + "/init_seed1.h5").toStdString());
        QCOMPARE(init.spec.sizes, (std::vector<arma::uword>{12288, 20, 7, 5, 1}));
        TrainOptions options;
        options.learningRate = 0.0075;
        options.precision = Precision(precision);
        options.allowGramPath = fast;
        auto trainer = TrainerFactory::Create(init, data.train, &data.test, options);
        std::vector<double> costs;
        const RunResult result = RunTraining(*trainer, 2500, [&](const StepResult& s) {
            costs.push_back(s.cost);
            return true;
        });
        QCOMPARE(int(result.status), int(RunResult::Status::Finished));
        const std::vector<double> reference = ReadColumn(m_dir + "/reference_costs_f64.txt", 1);
        QCOMPARE(costs.size(), reference.size());
        // float64 matches the reference to 1e-9 at every iteration. float32 matches it to 1e-6
        // until the run enters its oscillating phase (iterations ~280-900, where the rate sits at
        // the edge of stability); there float's per-step rounding of the weights grows into a
        // different path: a double run that only rounds W and b to float after each update
        // follows float32's path to 1e-6 and leaves the reference by up to 100 %. So float32 is
        // held to the reference before that phase and to a trained network after it.
        const bool exact = options.precision == Precision::Double;
        const size_t compared = exact ? costs.size() : 250;
        const double tolerance = exact ? 1e-9 : 1e-6;
        double worst = 0.0;
        size_t worstAt = 0;
        for (size_t i = 0; i < compared; ++i) {
            const double rel = std::abs(costs[i] - reference[i]) / std::abs(reference[i]);
            if (rel > worst) worst = rel, worstAt = i;
        }
        qInfo("largest relative cost difference %.3g at iteration %zu of %zu", worst, worstAt,
              compared);
        QVERIFY2(worst <= tolerance,
                 qPrintable(QString("cost at iteration %1 differs by %2").arg(worstAt).arg(worst)));

        const double trainAccuracy = Accuracy(trainer->TrainProbabilities(), data.train.y);
        const double testAccuracy = Accuracy(trainer->TestProbabilities(), data.test.y);
        qInfo("final cost %.6f (reference %.6f), train accuracy %.6f, test accuracy %.6f",
              costs.back(), reference.back(), trainAccuracy, testAccuracy);
        if (exact) {
            QCOMPARE(QString::number(trainAccuracy, 'f', 6), QString("0.985646"));
            QCOMPARE(QString::number(testAccuracy, 'f', 6), QString("0.800000"));
        } else {
            QVERIFY(std::abs(costs.back() - reference.back()) <= 0.15 * reference.back());
            QVERIFY(trainAccuracy >= 0.95);
            QVERIFY(testAccuracy >= 0.7);
        }
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
            const arma::mat viaParams =
                trainer->CurrentParameters().Predict(data.test.Values<double>());
            QVERIFY(arma::approx_equal(viaParams, probs, "absdiff", 1e-12));
        }
    }
};

QTEST_APPLESS_MAIN(TestParity)
#include "tst_parity.moc"
