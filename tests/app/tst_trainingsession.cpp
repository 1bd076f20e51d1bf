#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

#include "EngineError.h"
#include "GaussianBlobs.h"
#include "InitializeParameters.h"
#include "Prediction.h"
#include "RunTraining.h"
#include "TrainerFactory.h"
#include "losses/CrossEntropy.h"
#include "training/TrainingHistory.h"
#include "training/TrainingSession.h"

using namespace layerlab;

namespace {

Parameters Initial(arma::uword inputs = 4) {
    Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({inputs, 5, 1}),
                                        Initializer::He, 1);
    p.classNames = {"left", "right"};
    return p;
}

double CostCount(const QSignalSpy& spy) {
    double n = 0;
    for (const QList<QVariant>& args : spy) n += args.at(0).value<QVector<QPointF>>().size();
    return n;
}

// Every iteration index 0..n-1 exactly once, in order.
QVector<QPointF> AllCosts(const QSignalSpy& spy) {
    QVector<QPointF> all;
    for (const QList<QVariant>& args : spy) all += args.at(0).value<QVector<QPointF>>();
    return all;
}

bool Contiguous(const QVector<QPointF>& costs) {
    for (qsizetype i = 0; i < costs.size(); ++i)
        if (costs[i].x() != static_cast<double>(i)) return false;
    return true;
}

SessionOptions Options(double lr = 0.1, size_t iterations = 1'000'000'000) {
    SessionOptions o;
    o.train.learningRate = lr;
    o.iterations = iterations;
    return o;
}

}  // namespace

class TestTrainingSession : public QObject {
    Q_OBJECT
private slots:
    // The status bar's word for each state, one per state and in the enum's order.
    void eachStateHasItsOwnWord() {
        const QStringList words{"Preparing", "Ready",   "Training", "Paused",
                                "Finished",  "Stopped", "Diverged", "Failed"};
        for (int s = 0; s < words.size(); ++s)
            QCOMPARE(ToDisplayString(static_cast<TrainingState>(s)), words.at(s));
    }

    void readyThenStepOneIteration();
    void pauseResumeStepStop();
    void learningRateChangeTakesEffectFromTheNextIteration();
    void learningRateChangeWhileRunning();
    void snapshotsAreRateLimitedYetEveryCostArrives();
    void divergenceStopsTheRun();
    void aTrainerThatCannotBeBuiltFails();
    void stopWhileIdleEndsTheRun();
    void snapshotTrainCostIsTheEnginesCost();
    void snapshotCarriesTheTestPredictions();
    void destroyWhileRunning();
    void destroyWhilePreparing();
    void historyWritesCsv();
    void identicalRunsDrawIdenticalCurves();
    void evaluationIntervalFollowsTheBudgetAndTheCost();
    void fullSpeedSnapshotsCarryTheLastEvaluation();
};

void TestTrainingSession::readyThenStepOneIteration() {
    TrainingSession session(GaussianBlobs(), Initial(), Options());
    QSignalSpy costs(&session, &TrainingSession::costsReady);
    QTRY_COMPARE(session.State(), TrainingState::Ready);
    QCOMPARE(session.Latest().iteration, size_t(0));
    QCOMPARE(session.Latest().TestProbabilities().n_cols, arma::uword(10));
    session.Step();
    QTRY_COMPARE(session.Latest().iteration, size_t(1));
    QCOMPARE(session.State(), TrainingState::Paused);
    QCOMPARE(CostCount(costs), 1.0);
}

void TestTrainingSession::pauseResumeStepStop() {
    TrainingSession session(GaussianBlobs(), Initial(), Options());
    QSignalSpy costs(&session, &TrainingSession::costsReady);
    session.Resume();
    QTRY_VERIFY(CostCount(costs) > 100);
    QCOMPARE(session.State(), TrainingState::Running);

    session.Pause();
    QTRY_COMPARE(session.State(), TrainingState::Paused);
    const size_t pausedAt = session.Latest().iteration;
    QCOMPARE(CostCount(costs), double(pausedAt));
    QVERIFY(Contiguous(AllCosts(costs)));

    session.Step();
    QTRY_COMPARE(session.Latest().iteration, pausedAt + 1);
    QCOMPARE(session.State(), TrainingState::Paused);

    session.Resume();
    QTRY_VERIFY(session.Latest().iteration > pausedAt + 100);
    QCOMPARE(session.State(), TrainingState::Running);

    session.Stop();
    QTRY_COMPARE(session.State(), TrainingState::Stopped);
    QCOMPARE(CostCount(costs), double(session.Latest().iteration));
    QVERIFY(Contiguous(AllCosts(costs)));
    QVERIFY(session.Latest().parameters != nullptr);
    QVERIFY(session.Latest().trainAccuracy > 0.9);  // the blobs are far apart
}

void TestTrainingSession::learningRateChangeTakesEffectFromTheNextIteration() {
    const auto data = GaussianBlobs();
    // The same run on the engine directly: three iterations at 0.1, three at 0.5.
    std::vector<double> expected, unchanged;
    {
        TrainOptions options;
        options.learningRate = 0.1;
        auto t = TrainerFactory::Create(Initial(), data->train, &data->test, options);
        auto u = TrainerFactory::Create(Initial(), data->train, &data->test, options);
        for (int i = 0; i < 6; ++i) {
            if (i == 3) t->SetLearningRate(0.5);
            expected.push_back(t->Step().cost);
            unchanged.push_back(u->Step().cost);
        }
    }
    QVERIFY(expected[5] != unchanged[5]);

    TrainingSession session(data, Initial(), Options(0.1));
    QSignalSpy costs(&session, &TrainingSession::costsReady);
    for (int i = 0; i < 3; ++i) session.Step();
    QTRY_COMPARE(session.Latest().iteration, size_t(3));
    session.SetLearningRate(0.5);
    for (int i = 0; i < 3; ++i) session.Step();
    QTRY_COMPARE(session.Latest().iteration, size_t(6));
    QCOMPARE(session.Latest().learningRate, 0.5);
    const QVector<QPointF> got = AllCosts(costs);
    QCOMPARE(got.size(), qsizetype(6));
    for (int i = 0; i < 6; ++i) QCOMPARE(got[i].y(), expected[i]);
}

void TestTrainingSession::learningRateChangeWhileRunning() {
    TrainingSession session(GaussianBlobs(), Initial(), Options(0.1));
    QSignalSpy costs(&session, &TrainingSession::costsReady);
    session.Resume();
    QTRY_VERIFY(CostCount(costs) > 10);
    QCOMPARE(session.Latest().learningRate, 0.1);
    session.SetLearningRate(0.02);
    QTRY_COMPARE(session.Latest().learningRate, 0.02);
    QCOMPARE(session.State(), TrainingState::Running);
    QVERIFY_THROWS_EXCEPTION(EngineError, session.SetLearningRate(0.0));
}

void TestTrainingSession::snapshotsAreRateLimitedYetEveryCostArrives() {
    SessionOptions options = Options(0.1, 3000);
    options.snapshotIntervalMs = 3'600'000;  // none during the run: only at its start and end
    TrainingSession session(GaussianBlobs(), Initial(), options);
    QSignalSpy costs(&session, &TrainingSession::costsReady);
    QSignalSpy snapshots(&session, &TrainingSession::snapshotReady);
    session.Resume();
    QTRY_COMPARE(session.State(), TrainingState::Finished);
    QCOMPARE(snapshots.size(), qsizetype(3));  // Ready, Running, Finished
    QCOMPARE(CostCount(costs), 3000.0);
    QVERIFY(Contiguous(AllCosts(costs)));

    // Raising the budget lets a finished run continue.
    session.SetIterations(3100);
    session.Resume();
    QTRY_COMPARE(session.Latest().iteration, size_t(3100));
    QCOMPARE(session.State(), TrainingState::Finished);
    QCOMPARE(CostCount(costs), 3100.0);
}

void TestTrainingSession::divergenceStopsTheRun() {
    TrainingSession session(GaussianBlobs(), Initial(), Options(1e300));
    session.Resume();
    QTRY_COMPARE(session.State(), TrainingState::Diverged);
    const TrainingSnapshot& s = session.Latest();
    QVERIFY(s.diverged);
    QVERIFY2(s.statusText.startsWith(
                 QString("cost diverged at iteration %1: ").arg(s.divergedIteration)),
             qPrintable(s.statusText));
    QVERIFY2(s.statusText.endsWith("the learning rate 1e+300 is too large, try 1e+298"),
             qPrintable(s.statusText));
}

void TestTrainingSession::aTrainerThatCannotBeBuiltFails() {
    TrainingSession session(GaussianBlobs(), Initial(6), Options());
    QTRY_COMPARE(session.State(), TrainingState::Failed);
    QVERIFY2(session.Latest().statusText.contains("input size"),
             qPrintable(session.Latest().statusText));
}

void TestTrainingSession::destroyWhileRunning() {
    auto session = std::make_unique<TrainingSession>(GaussianBlobs(), Initial(), Options());
    QSignalSpy costs(session.get(), &TrainingSession::costsReady);
    session->Resume();
    QTRY_VERIFY(CostCount(costs) > 0);
    QCOMPARE(session->State(), TrainingState::Running);
    session.reset();  // stops and joins; hangs here if the loop ignored the stop request
}

void TestTrainingSession::stopWhileIdleEndsTheRun() {
    TrainingSession session(GaussianBlobs(), Initial(), Options());
    QTRY_COMPARE(session.State(), TrainingState::Ready);
    session.Stop();
    QTRY_COMPARE(session.State(), TrainingState::Stopped);
    QVERIFY(IsEnded(session.State()));
    QVERIFY(session.Latest().parameters != nullptr);  // the weights stay for saving
}

void TestTrainingSession::snapshotTrainCostIsTheEnginesCost() {
    const auto data = GaussianBlobs();
    TrainingSession session(data, Initial(), Options(0.1));
    QSignalSpy snapshots(&session, &TrainingSession::snapshotReady);
    for (int i = 0; i < 7; ++i) session.Step();
    QTRY_COMPARE(session.Latest().iteration, size_t(7));
    // The session hands on the very snapshot the worker made, not a copy of it.
    QCOMPARE(&session.Latest(), snapshots.last().at(0).value<SnapshotPtr>().get());
    const TrainingSnapshot& s = session.Latest();

    // The same seven iterations on the engine directly, and the cost of the snapshot's weights.
    TrainOptions options;
    options.learningRate = 0.1;
    auto direct = TrainerFactory::Create(Initial(), data->train, &data->test, options);
    for (int i = 0; i < 7; ++i) direct->Step();
    const double engineCost = CrossEntropy::Mean(direct->TrainProbabilities(), data->train.y);
    const double weightsCost =
        CrossEntropy::Mean(s.parameters->Predict(data->train.Values<double>()), data->train.y);
    QVERIFY2(
        std::abs(s.trainCost - engineCost) <= 1e-12 * engineCost,
        qPrintable(QString("%1 vs %2").arg(s.trainCost, 0, 'g', 17).arg(engineCost, 0, 'g', 17)));
    QVERIFY(std::abs(s.trainCost - weightsCost) <= 1e-12 * weightsCost);
    const double engineTestCost = CrossEntropy::Mean(direct->TestProbabilities(), data->test.y);
    QVERIFY(std::abs(s.testCost - engineTestCost) <= 1e-12 * engineTestCost);
    QCOMPARE(s.trainAccuracy, Accuracy(direct->TrainProbabilities(), data->train.y));
}

void TestTrainingSession::snapshotCarriesTheTestPredictions() {
    const auto data = GaussianBlobs();
    TrainingSession session(data, Initial(), Options(0.1));
    for (int i = 0; i < 3; ++i) session.Step();
    QTRY_COMPARE(session.Latest().iteration, size_t(3));
    const TrainingSnapshot& s = session.Latest();
    QCOMPARE(s.TestPredictions().size(), size_t(data->test.Count()));
    arma::uword right = 0;
    for (arma::uword c = 0; c < data->test.Count(); ++c) {
        const Prediction expected = PredictColumn(s.TestProbabilities(), c);
        QCOMPARE(s.TestPredictions()[c].predictedClass, expected.predictedClass);
        QCOMPARE(s.TestPredictions()[c].confidence, expected.confidence);
        QCOMPARE(s.TestClassProbabilities(c), ClassProbabilities(s.TestProbabilities(), c));
        right += s.TestPredictions()[c].predictedClass == data->test.y[c];
    }
    QCOMPARE(double(right) / double(data->test.Count()), s.testAccuracy);
}

void TestTrainingSession::destroyWhilePreparing() {
    auto data = GaussianBlobs();
    const std::weak_ptr<const DataSplit> watch = data;
    auto session = std::make_unique<TrainingSession>(std::move(data), Initial(), Options());
    auto* thread = session->findChild<QThread*>("trainingThread");
    QVERIFY(thread && thread->isRunning());
    QCOMPARE(session->State(), TrainingState::Preparing);
    session->Resume();  // queued behind the preparation: must not start a run nobody can stop
    session.reset();
    // The worker and its thread are gone, and nothing holds the data any more.
    QVERIFY(watch.expired());
}

void TestTrainingSession::historyWritesCsv() {
    TrainingSession session(GaussianBlobs(), Initial(), Options(0.1, 5));
    TrainingHistory history;
    connect(&session, &TrainingSession::costsReady, this,
            [&](const QVector<QPointF>& c) { history.AppendCosts(c); });
    connect(&session, &TrainingSession::snapshotReady, this,
            [&](const SnapshotPtr& s) { history.AppendSnapshot(*s); });
    session.Resume();
    QTRY_COMPARE(session.State(), TrainingState::Finished);
    QTemporaryDir dir;
    const QString path = dir.filePath("history.csv");
    QCOMPARE(history.WriteCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QString("iteration,train_cost,test_cost,train_accuracy,test_accuracy"));
    QCOMPARE(lines.size(), 1 + 5 + 1);  // header, iterations 0..4, the evaluation after 5
    QVERIFY(lines[1].startsWith("0,"));
    QCOMPARE(lines[1].count(','), 4);
    QVERIFY(!lines[1].section(',', 2, 2).isEmpty());  // the Ready snapshot evaluated iteration 0
    QVERIFY(lines[6].startsWith("5,"));
    QCOMPARE(history.WriteCsv(dir.filePath("missing/dir/history.csv")).isEmpty(), false);
}

void TestTrainingSession::identicalRunsDrawIdenticalCurves() {
    // Snapshots as often as the clock allows, so that evaluations tied to them would land at
    // different iterations each run; the chart's points must not.
    const auto run = [this](int snapshotMs) {
        SessionOptions options = Options(0.1, 2000);
        options.snapshotIntervalMs = snapshotMs;
        TrainingSession session(GaussianBlobs(), Initial(), options);
        TrainingHistory history;
        connect(&session, &TrainingSession::snapshotReady, this,
                [&](const SnapshotPtr& s) { history.AppendSnapshot(*s); });
        session.Resume();
        [&] { QTRY_COMPARE(session.State(), TrainingState::Finished); }();
        QVector<EvaluationPoint> points = history.Evaluations();
        return points;
    };
    const QVector<EvaluationPoint> a = run(0), b = run(1), c = run(3'600'000);
    // Every 10th iteration (2000 / 200), from the start to the end.
    QCOMPARE(a.size(), qsizetype(201));
    for (qsizetype i = 0; i < a.size(); ++i) QCOMPARE(a[i].iteration, 10.0 * double(i));
    for (const QVector<EvaluationPoint>* other : {&b, &c}) {
        QCOMPARE(other->size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE((*other)[i].iteration, a[i].iteration);
            QCOMPARE((*other)[i].testCost, a[i].testCost);
            QCOMPARE((*other)[i].trainAccuracy, a[i].trainAccuracy);
            QCOMPARE((*other)[i].testAccuracy, a[i].testAccuracy);
        }
    }
}

void TestTrainingSession::evaluationIntervalFollowsTheBudgetAndTheCost() {
    // The course run: 2500 iterations, 209 + 50 examples evaluated, full batch: every 12th.
    QCOMPARE(SessionOptions::EvaluationInterval(2500, 259, 209), size_t(12));
    // Fashion-MNIST in mini-batches of 128: measuring 15000 examples is 39 steps' work, so
    // every 781st of 4690 iterations, not every 23rd.
    QCOMPARE(SessionOptions::EvaluationInterval(4690, 15000, 128), size_t(781));
    // Measuring a full batch costs a third of a step: at most every 6th.
    QCOMPARE(SessionOptions::EvaluationInterval(5, 10, 10), size_t(6));
    QCOMPARE(SessionOptions::EvaluationInterval(100'000, 10, 10), size_t(500));
    QCOMPARE(SessionOptions::EvaluationInterval(0, 0, 0), size_t(1));
}

void TestTrainingSession::fullSpeedSnapshotsCarryTheLastEvaluation() {
    // Snapshots as often as the clock allows: at full speed none may measure the sets itself
    // (that cost the window a third of its speed); each carries the last evaluation, taken
    // every 10th iteration (2000 / 200), and the run's rests are measured where they are.
    SessionOptions options = Options(0.1, 2000);
    options.snapshotIntervalMs = 0;
    TrainingSession session(GaussianBlobs(), Initial(), options);
    TrainingHistory history;
    QVector<SnapshotPtr> running;
    connect(&session, &TrainingSession::snapshotReady, this, [&](const SnapshotPtr& s) {
        history.AppendSnapshot(*s);
        if (s->state == TrainingState::Running)
            running.append(s);
        else {
            QCOMPARE(s->measuredIteration, s->iteration);
            QCOMPARE(s->parametersIteration, s->iteration);  // resting: the weights of now
        }
    });
    session.Resume();
    QTRY_COMPARE(session.State(), TrainingState::Finished);
    QCOMPARE(session.Latest().measuredIteration, size_t(2000));
    QVERIFY(running.size() > 2);
    const QVector<EvaluationPoint> points = history.Evaluations();
    qsizetype between = 0;  // snapshots taken between two evaluations
    for (const SnapshotPtr& s : running) {
        QVERIFY2(s->measuredIteration % 10 == 0 && s->measuredIteration <= s->iteration,
                 qPrintable(QString("measured at %1, iteration %2")
                                .arg(s->measuredIteration)
                                .arg(s->iteration)));
        between += s->iteration % 10 != 0;
        const auto at = std::find_if(points.begin(), points.end(), [&](const EvaluationPoint& e) {
            return e.iteration == double(s->measuredIteration);
        });
        QVERIFY(at != points.end());
        QCOMPARE(s->testCost, at->testCost);
        QCOMPARE(s->testAccuracy, at->testAccuracy);
        QCOMPARE(s->TestPredictions().size(), size_t(s->TestProbabilities().n_cols));
        QVERIFY(s->parameters && s->parametersIteration <= s->iteration);
    }
    QVERIFY(between > 0);
    // One measurement is one shared object: the snapshots between two evaluations carry the same
    // results (so views redraw only for new ones), and a new evaluation brings a new object.
    qsizetype shared = 0;
    for (qsizetype i = 1; i < running.size(); ++i) {
        const bool sameMeasurement =
            running[i]->measuredIteration == running[i - 1]->measuredIteration;
        QCOMPARE(running[i]->testResults == running[i - 1]->testResults, sameMeasurement);
        shared += sameMeasurement;
        if (running[i]->parameters == running[i - 1]->parameters)
            QCOMPARE(running[i]->parametersIteration, running[i - 1]->parametersIteration);
    }
    QVERIFY(shared > 0);
}

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"
