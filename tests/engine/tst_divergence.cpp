// Divergence: the one rule that ends a run whose cost blew up (NaN, Inf, or ten times its first
// cost over the whole training set), its message, and that it ends the course run at learning
// rate 100 while leaving the notebook's run (rate 0.0075, tst_parity) and mini-batch noise alone.
#include <QFile>
#include <QTest>
#include <cmath>
#include <limits>

#include "CourseDataReader.h"
#include "DataColumns.h"
#include "Divergence.h"
#include "InitializeParameters.h"
#include "RunTraining.h"
#include "TrainerFactory.h"

using namespace layerlab;

class TestDivergence : public QObject {
    Q_OBJECT
    const QString m_dir = QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");

    // Trains the course network from the notebook's start at rate lr; empty without the data.
    std::optional<RunResult> CourseRun(double lr, size_t iterations, TrainOptions options = {}) {
        if (!QFile::exists(m_dir + "/train_catvnoncat.h5")) return std::nullopt;
        const DataSet train =
            CourseDataReader::ReadFile((m_dir + "/train_catvnoncat.h5").toStdString());
        options.learningRate = lr;
        const Parameters start = InitializeParameters(
            NetworkSpec::WithDefaultActivations({12288, 20, 7, 5, 1}), Initializer::Notebook, 1);
        auto trainer = TrainerFactory::Create(start, train, nullptr, options);
        return RunTraining(*trainer, iterations, nullptr);
    }

private slots:
    void rule_data() {
        AddColumns<double, double, bool, bool>({"first", "cost", "whole", "diverged"});
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("a bump") << 0.69 << 5.0 << true << false;
        QTest::newRow("just under 10x (at least 1)") << 0.69 << 9.99 << true << false;
        QTest::newRow("over 10x") << 0.69 << 10.01 << true << true;
        QTest::newRow("trained model's tiny first cost") << 0.001 << 2.0 << true << false;
        QTest::newRow("large first cost") << 5.0 << 49.0 << true << false;
        QTest::newRow("large first cost, 10x") << 5.0 << 51.0 << true << true;
        QTest::newRow("NaN") << 0.69 << nan << true << true;
        QTest::newRow("Inf") << 0.69 << inf << true << true;
        QTest::newRow("a mini-batch's large cost") << 0.69 << 40.0 << false << false;
        QTest::newRow("a mini-batch's NaN") << 0.69 << nan << false << true;
    }

    void rule() {
        QFETCH(double, first);
        QFETCH(double, cost);
        QFETCH(bool, whole);
        QFETCH(bool, diverged);
        Divergence d;
        QVERIFY(!d.Check(first));
        QCOMPARE(d.FirstCost(), first);
        QCOMPARE(whole ? d.Check(cost) : d.CheckBatch(cost), diverged);
    }

    void message() {
        StepResult s;
        s.iteration = 12;
        s.cost = 2.1e7;
        s.firstCost = 0.6931;
        QCOMPARE(DivergenceMessage(s, 100),
                 std::string("cost diverged at iteration 12: it grew from 0.693 to 2.1e+07; the "
                             "learning rate 100 is too large, try 1"));
        s.cost = std::numeric_limits<double>::infinity();
        QCOMPARE(DivergenceMessage(s, 0.5),
                 std::string("cost diverged at iteration 12: it went from 0.693 to inf; the "
                             "learning rate 0.5 is too large, try 0.005"));
    }

    void courseRunAtRate100Diverges() {
        const auto r = CourseRun(100, 2500);
        if (!r) QSKIP("the course data is not in ../shared beside the project");
        QCOMPARE(int(r->status), int(RunResult::Status::Diverged));
        QCOMPARE(r->iterations, size_t(1));  // 0.77, then 14
        QCOMPARE(r->message, std::string("cost diverged at iteration 1: it grew from 0.772 to 14; "
                                         "the learning rate 100 is too large, try 1"));
    }

    void notebookRateAndMiniBatchesDoNot() {
        const auto notebook = CourseRun(0.0075, 2500);
        if (!notebook) QSKIP("the course data is not in ../shared beside the project");
        QCOMPARE(int(notebook->status), int(RunResult::Status::Finished));
        QCOMPARE(notebook->iterations, size_t(2500));
        // Batches of one: single pictures cost far more than the first one at times.
        TrainOptions sgd;
        sgd.batchSize = 1;
        const auto noisy = CourseRun(0.0075, 2 * 209, sgd);
        QCOMPARE(int(noisy->status), int(RunResult::Status::Finished));
    }
};

QTEST_GUILESS_MAIN(TestDivergence)
#include "tst_divergence.moc"
