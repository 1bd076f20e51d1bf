#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "DataColumns.h"
#include "EngineError.h"
#include "GaussianBlobs.h"
#include "InitializeParameters.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "persistence/RunDatabase.h"
#include "persistence/RunSettings.h"
#include "persistence/RunWeights.h"
#include "training/RunController.h"
#include "training/TrainingSession.h"

using namespace layerlab;

namespace {

const NetworkSpec kSpec = NetworkSpec::WithDefaultActivations({4, 5, 1});

SessionOptions Options(size_t iterations, double lr = 0.1) {
    SessionOptions o;
    o.train.learningRate = lr;
    o.train.seed = 3;
    o.iterations = iterations;
    return o;
}

// A controller on the blobs with the 4-5-1 network, He initialised.
void Prepare(RunController& run, const SessionOptions& options) {
    run.SetData(GaussianBlobs());
    run.SetNetwork(kSpec, Initializer::He);
    run.SetOptions(options);
}

}  // namespace

class TestRunController : public QObject {
    Q_OBJECT
private slots:
    void trainResumesUntilTheBudgetIsSpent();
    void stepPauseStop();
    void budgetComesFromTheTrainer_data();
    void budgetComesFromTheTrainer();
    void learningRateAndBudgetReachTheLiveRun();
    void aNewNetworkEndsARunNotInProgress();
    void classifyUsesTheWeightsShown();
    void aNetworkThatCannotBeBuiltSaysWhy();
    void aRunThatCannotFitLeavesTheLiveOneAsItWas();
    void saveAndOpenModel();
    void aModelRecordsTheWindowsStandardisation();
    void everyRunIsRecorded();
    void anEarlyStoppedRunIsRecordedSo();
    void aBrokenHistoryIsOffAndTrainingGoesOn();
    void aRecordKeepsItsEvaluationsAndFinalWeights();
    void aRecordedRunReRunsToTheSameCurve();
    void aBranchTrainsOnFromTheFinalWeights();
    void optionsChangedBeforeTrainingReachTheRun();
};

void TestRunController::trainResumesUntilTheBudgetIsSpent() {
    RunController run;
    QVERIFY(!run.Train());  // no data: nothing to train
    Prepare(run, Options(50));
    QSignalSpy started(&run, &RunController::sessionStarted);
    QSignalSpy appended(&run, &RunController::historyAppended);
    QSignalSpy snapshots(&run, &RunController::snapshot);
    QVERIFY(run.Train());
    QCOMPARE(started.size(), 1);
    TrainingSession* first = run.Session();
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    QCOMPARE(first->Latest().iteration, size_t(50));
    QCOMPARE(run.History().Costs().size(), qsizetype(50));
    QVERIFY(appended.size() > 0);
    QCOMPARE(snapshots.last().at(0).value<SnapshotPtr>().get(), &first->Latest());

    run.SetOptions(Options(80));  // a raised budget continues the same run
    QVERIFY(run.Train());
    QTRY_COMPARE(run.Session()->Latest().iteration, size_t(80));
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    QCOMPARE(run.Session(), first);
    QCOMPARE(started.size(), 1);
    QCOMPARE(run.History().Costs().size(), qsizetype(80));

    QVERIFY(run.Train());         // spent: a fresh run from new weights
    QCOMPARE(started.size(), 2);  // (the new session may reuse the old one's address)
    QCOMPARE(run.History().Costs().size(), qsizetype(0));
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    QCOMPARE(run.History().Costs().size(), qsizetype(80));
}

void TestRunController::stepPauseStop() {
    RunController run;
    Prepare(run, Options(1'000'000'000));
    QSignalSpy states(&run, &RunController::stateChanged);
    QVERIFY(run.Step());
    QTRY_COMPARE(run.Session()->Latest().iteration, size_t(1));
    QCOMPARE(run.State(), TrainingState::Paused);
    QVERIFY(run.InRun());
    QVERIFY(run.Train());  // resumes the paused run
    QTRY_VERIFY(run.IsRunning());
    run.Pause();
    QTRY_COMPARE(run.State(), TrainingState::Paused);
    run.Stop();
    QTRY_COMPARE(run.State(), TrainingState::Stopped);
    QVERIFY(!run.InRun());
    QSignalSpy started(&run, &RunController::sessionStarted);
    QVERIFY(run.Step());  // an ended run is not stepped: a fresh one is
    QCOMPARE(started.size(), 1);
    QTRY_COMPARE(run.Session()->Latest().iteration, size_t(1));
    const qsizetype before = states.size();
    run.End();
    QCOMPARE(run.Session(), nullptr);
    QCOMPARE(run.State(), TrainingState::Stopped);
    QCOMPARE(states.size(), before + 1);
}

void TestRunController::budgetComesFromTheTrainer_data() {
    AddColumns<size_t, size_t, bool, size_t>({"batch", "patience", "inEpochs", "budget"});
    // 40 examples; 4 epochs or 70 iterations. Early stopping holds a quarter (10) out.
    QTest::newRow("full batch") << size_t(0) << size_t(0) << false << size_t(70);
    QTest::newRow("batches of 16") << size_t(16) << size_t(0) << true << size_t(4 * 3);
    QTest::newRow("16, 10 held out") << size_t(16) << size_t(2) << true << size_t(4 * 2);
    // What is left after the hold-out fits one batch: a full-batch run, counted in iterations.
    QTest::newRow("35, 10 held out") << size_t(35) << size_t(2) << false << size_t(70);
}

void TestRunController::budgetComesFromTheTrainer() {
    QFETCH(size_t, batch);
    QFETCH(size_t, patience);
    QFETCH(bool, inEpochs);
    QFETCH(size_t, budget);
    SessionOptions options = Options(70);
    options.epochs = 4;
    options.train.batchSize = batch;
    options.train.earlyStopPatience = patience;
    options.train.validationFraction = 0.25;
    RunController run;
    Prepare(run, options);
    QCOMPARE(run.BudgetInEpochs(), inEpochs);
    QCOMPARE(run.IterationBudget(), budget);  // before the trainer is built
    QVERIFY(run.Reset());
    QTRY_COMPARE(run.State(), TrainingState::Ready);
    QCOMPARE(run.Session()->Latest().iterationBudget, budget);  // what the worker will do
    QCOMPARE(run.IterationBudget(), budget);
}

void TestRunController::learningRateAndBudgetReachTheLiveRun() {
    RunController run;
    Prepare(run, Options(1'000'000'000));
    QVERIFY(run.Train());
    QTRY_VERIFY(run.IsRunning());
    run.SetOptions(Options(1'000'000'000, 0.02));
    QTRY_COMPARE(run.Session()->Latest().learningRate, 0.02);
    run.SetOptions(Options(5, 0.02));  // less than done: the run finishes
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    run.Stop();
    QTRY_COMPARE(run.State(), TrainingState::Stopped);
    run.SetOptions(Options(5, 0.5));  // an ended run keeps its rate
    QCOMPARE(run.Session()->Latest().learningRate, 0.02);
}

void TestRunController::aNewNetworkEndsARunNotInProgress() {
    RunController run;
    Prepare(run, Options(1'000'000'000));
    QVERIFY(run.Train());
    QTRY_VERIFY(run.IsRunning());
    const NetworkSpec other = NetworkSpec::WithDefaultActivations({4, 3, 1});
    run.SetNetwork(other, Initializer::He);  // the window locks its editor instead
    QVERIFY(run.Session() != nullptr);
    run.SetNetwork(kSpec, Initializer::He);
    run.Pause();
    QTRY_COMPARE(run.State(), TrainingState::Paused);
    run.Stop();
    QTRY_COMPARE(run.State(), TrainingState::Stopped);
    run.SetNetwork(kSpec, Initializer::Xavier);  // the same network: the run stays
    QVERIFY(run.Session() != nullptr);
    run.SetNetwork(other, Initializer::He);
    QCOMPARE(run.Session(), nullptr);
}

void TestRunController::classifyUsesTheWeightsShown() {
    RunController run;
    QCOMPARE(run.Classify(arma::mat(4, 3, arma::fill::randu)).Count(), arma::uword(0));
    Prepare(run, Options(1'000'000'000));
    const arma::mat X = GaussianBlobs()->test.X;
    // Before any run: the weights F5 would start from.
    const arma::mat fresh = InitializeParameters(kSpec, Initializer::He, 3).Predict(X);
    const Classification before = run.Classify(X);
    QVERIFY(arma::approx_equal(before.probabilities, fresh, "absdiff", 0));
    QCOMPARE(before.predictions.size(), size_t(X.n_cols));
    for (arma::uword c = 0; c < X.n_cols; ++c) {
        QCOMPARE(before.predictions[c].predictedClass, PredictColumn(fresh, c).predictedClass);
        QCOMPARE(before.predictions[c].confidence, PredictColumn(fresh, c).confidence);
    }
    for (int i = 0; i < 20; ++i) run.Step();
    QTRY_COMPARE(run.Session()->Latest().iteration, size_t(20));
    const arma::mat trained = run.Session()->Latest().parameters->Predict(X);
    QVERIFY(!arma::approx_equal(trained, fresh, "absdiff", 1e-6));
    QVERIFY(arma::approx_equal(run.Classify(X).probabilities, trained, "absdiff", 0));
    QVERIFY_THROWS_EXCEPTION(EngineError, run.Classify(arma::mat(7, 2, arma::fill::zeros)));
}

void TestRunController::aNetworkThatCannotBeBuiltSaysWhy() {
    RunController run;
    Prepare(run, Options(10));
    run.SetNetwork(NetworkSpec::WithDefaultActivations({4, 0, 1}), Initializer::He);
    QString error;
    QVERIFY(!run.Train(&error));
    QVERIFY2(error.contains("0 units"), qPrintable(error));
    QCOMPARE(run.Session(), nullptr);
    error.clear();
    QVERIFY(!run.Reset(&error));
    QVERIFY(!error.isEmpty());
}

void TestRunController::aRunThatCannotFitLeavesTheLiveOneAsItWas() {
    // 100 MB: the weights of 4-1000000-1 (48 MB) fit, its run (activations 1.3 GB) does not.
    qputenv("LAYERLAB_MEMORY_BUDGET", "100000000");
    RunController run;
    Prepare(run, Options(10));
    QVERIFY(run.Step());
    QTRY_COMPARE(run.State(), TrainingState::Paused);
    TrainingSession* live = run.Session();
    run.SetNetwork(NetworkSpec::WithDefaultActivations({4, 1000000, 1}), Initializer::He);
    QString error;
    QVERIFY(!run.Reset(&error));
    QVERIFY2(error.startsWith("layers 4,1000000,1: training (the activations of a batch of 40 "
                              "examples"),
             qPrintable(error));
    QVERIFY2(error.contains("more than the 100 MB LayerLab may use"), qPrintable(error));
    QCOMPARE(run.Session(), live);
    QCOMPARE(run.State(), TrainingState::Paused);

    qunsetenv("LAYERLAB_MEMORY_BUDGET");
}

void TestRunController::saveAndOpenModel() {
    QTemporaryDir dir;
    const QString path = dir.filePath("model.h5");
    RunController run;
    QString error;
    QVERIFY(!run.OpenModel(path, &error));
    QVERIFY2(error.contains("Open a data set first"), qPrintable(error));
    Prepare(run, Options(30));
    QVERIFY(!run.SaveModel(path, &error));
    QVERIFY2(error.contains("no weights"), qPrintable(error));
    QVERIFY(run.Train());
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    QVERIFY(run.SaveModel(path));
    const auto saved = run.Session()->Latest().parameters;
    QVERIFY(
        arma::approx_equal(ParameterIO::Load(path.toStdString()).W[1], saved->W[1], "absdiff", 0));

    run.SetNetwork(NetworkSpec::WithDefaultActivations({4, 9, 1}), Initializer::He);
    QSignalSpy started(&run, &RunController::sessionStarted);
    QVERIFY(run.OpenModel(path));
    QCOMPARE(started.size(), 1);
    QVERIFY(run.Spec() == saved->spec);  // the model's network replaces the one set
    QTRY_COMPARE(run.State(), TrainingState::Ready);
    QVERIFY(
        arma::approx_equal(run.Session()->Latest().parameters->W[1], saved->W[1], "absdiff", 0));
    QVERIFY(!run.SaveModel(dir.filePath("missing/model.h5"), &error));
    QVERIFY(!error.isEmpty());
}

// A model saved from standardised data records the statistics and the run's settings, and is
// opened again only on data standardised the same way (the window trains and predicts on it).
void TestRunController::aModelRecordsTheWindowsStandardisation() {
    QTemporaryDir dir;
    const QString path = dir.filePath("standardised.h5");
    RunController run;
    Prepare(run, Options(20));
    const FeatureStandardiser standardiser =
        FeatureStandardiser::Fit(run.Data()->train.Values<double>());
    run.SetStandardiser(standardiser);
    QVERIFY(run.Train());
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    QVERIFY(run.SaveModel(path));
    RunDescription saved;
    ParameterIO::Load(path.toStdString(), &saved);
    QVERIFY(arma::approx_equal(saved.mean, standardiser.Mean(), "absdiff", 0));
    QVERIFY(arma::approx_equal(saved.deviation, standardiser.Scale(), "absdiff", 0));
    QCOMPARE(saved.data, run.Data()->train.source);
    const QJsonObject settings =
        QJsonDocument::fromJson(QByteArray::fromStdString(saved.hyperparameters)).object();
    QCOMPARE(settings["standardise"].toBool(), true);
    QCOMPARE(settings["lr"].toDouble(), 0.1);
    QCOMPARE(settings["layers"].toString(), QString("4,5,1"));

    // New data is not standardised until the window says so.
    run.SetData(run.Data());
    QString error;
    QVERIFY(!run.OpenModel(path, &error));
    QVERIFY2(error.contains("trained on standardised features"), qPrintable(error));
    run.SetStandardiser(standardiser);
    QVERIFY2(run.OpenModel(path, &error), qPrintable(error));
}

// The window's runs reach the run history with their settings and whole curve: a finished run,
// a run stopped midway, and a paused one left behind for a new run; each once.
void TestRunController::everyRunIsRecorded() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("runs.sqlite");
    qputenv("LAYERLAB_RUNS_DB", path.toUtf8());
    {
        RunController run;
        qunsetenv("LAYERLAB_RUNS_DB");
        QCOMPARE(run.Recorder().Path(), path);
        Prepare(run, Options(40, 0.05));
        QVERIFY(run.Train());
        QTRY_COMPARE(run.State(), TrainingState::Finished);
        run.Recorder().Flush();
        const QList<RunRecord> first = RunDatabase(path).List();
        QCOMPARE(first.size(), qsizetype(1));
        const RunRecord r = *RunDatabase(path).Get(first[0].id);
        QCOMPARE(r.source, QString("window"));
        QCOMPARE(r.state, QString("finished"));
        QCOMPARE(r.costs.size(), size_t(40));
        QCOMPARE(r.costs.back(), run.History().Costs().back().y());
        QCOMPARE(r.finalCost, r.costs.back());
        QCOMPARE(r.settings.value("lr").toDouble(), 0.05);
        QCOMPARE(r.settings.value("layers").toString(), QString("4,5,1"));
        QCOMPARE(r.settings.value("init").toString(), QString("he"));
        QCOMPARE(r.settings.value("iterations").toInteger(), qint64(40));
        QCOMPARE(r.data, QString::fromStdString(run.Data()->train.source));
        QCOMPARE(r.dataHash.size(), qsizetype(64));
        QCOMPARE(r.trainAccuracy, run.Session()->Latest().trainAccuracy);

        // Resting at the end again without training more records nothing new.
        run.Pause();
        run.Recorder().Flush();
        QCOMPARE(RunDatabase(path).List().size(), qsizetype(1));

        // A fresh run stepped a few times and left paused, then replaced: recorded as stopped.
        QVERIFY(run.Reset());
        for (int i = 0; i < 3; ++i) QVERIFY(run.Step());
        QTRY_COMPARE(run.Session()->Latest().iteration, size_t(3));
        QTRY_VERIFY(run.State() != TrainingState::Running);
        QVERIFY(run.Reset());
        run.Recorder().Flush();
        const QList<RunRecord> all = RunDatabase(path).List();
        QCOMPARE(all.size(), qsizetype(2));
        QCOMPARE(all[1].state, QString("stopped"));
        QCOMPARE(RunDatabase(path).Get(all[1].id)->costs.size(), size_t(3));
        QCOMPARE(all[1].dataHash, all[0].dataHash);  // the same data set
    }
}

// Early stopping ends a window run as Finished with the best epoch's weights back; the history
// says "early-stopped", as the command line's record does, not "finished".
void TestRunController::anEarlyStoppedRunIsRecordedSo() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("runs.sqlite");
    qputenv("LAYERLAB_RUNS_DB", path.toUtf8());
    RunController run;
    qunsetenv("LAYERLAB_RUNS_DB");
    // A wide network memorising noise: the validation cost soon rises for good.
    arma::arma_rng::set_seed(31);
    DataSplit noise;
    noise.train.X = arma::randn(10, 80);
    noise.train.y = arma::randi<arma::Row<arma::uword>>(80, arma::distr_param(0, 1));
    noise.train.classNames = {"a", "b"};
    run.SetData(std::make_shared<const DataSplit>(std::move(noise)));
    run.SetNetwork(NetworkSpec::WithDefaultActivations({10, 64, 1}), Initializer::He);
    SessionOptions o = Options(0, 0.01);
    o.train.optimizer = OptimizerKind::Adam;
    o.train.batchSize = 16;
    o.train.earlyStopPatience = 5;
    o.train.validationFraction = 0.25;
    o.epochs = 400;
    run.SetOptions(o);
    QVERIFY(run.Train());
    QTRY_COMPARE_WITH_TIMEOUT(run.State(), TrainingState::Finished, 30000);
    QVERIFY(run.Session()->Latest().earlyStopped);
    QVERIFY(run.Session()->Latest().iteration < 400 * 4);
    run.Recorder().Flush();
    const QList<RunRecord> runs = RunDatabase(path).List();
    QCOMPARE(runs.size(), qsizetype(1));
    QCOMPARE(runs[0].state, QString("early-stopped"));
}

// A history that cannot be written says so once; the run trains and finishes all the same.
void TestRunController::aBrokenHistoryIsOffAndTrainingGoesOn() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("runs.sqlite");
    QFile junk(path);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));  // not a database
    junk.close();
    qputenv("LAYERLAB_RUNS_DB", path.toUtf8());
    RunController run;
    qunsetenv("LAYERLAB_RUNS_DB");
    QSignalSpy off(&run, &RunController::historyOff);
    Prepare(run, Options(20));
    QVERIFY(run.Train());
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    QTRY_COMPARE(off.size(), 1);
    const QString message = off.at(0).at(0).toString();
    QVERIFY2(message.contains("Run history is off") && message.contains(path), qPrintable(message));
    QVERIFY(!run.Recorder().Enabled());
    QVERIFY(run.Train());  // a fresh run trains; the history stays off, without a second message
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    run.Recorder().Flush();
    QCOMPARE(off.size(), 1);
    QCOMPARE(run.Session()->Latest().iteration, size_t(20));
}

// The record holds the evaluated points and the final weights, which rebuild the very weights
// the run ended with.
void TestRunController::aRecordKeepsItsEvaluationsAndFinalWeights() {
    QTemporaryDir dir;
    const QString path = dir.filePath("runs.sqlite");
    qputenv("LAYERLAB_RUNS_DB", path.toUtf8());
    RunController run;
    qunsetenv("LAYERLAB_RUNS_DB");
    Prepare(run, Options(60, 0.05));
    QVERIFY(run.Train());
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    run.Recorder().Flush();
    const RunRecord r = *RunDatabase(path).Get(RunDatabase(path).List().at(0).id);
    const QVector<EvaluationPoint>& shown = run.History().Evaluations();
    QCOMPARE(r.evaluations.size(), size_t(shown.size()));
    QVERIFY(r.evaluations.size() >= 2);
    QCOMPARE(r.evaluations.back().iteration, shown.back().iteration);
    QCOMPARE(r.evaluations.back().trainAccuracy, shown.back().trainAccuracy);
    const Parameters& last = *run.Session()->Latest().parameters;
    const Parameters back = RunWeights::Rebuild(r.weights, last.spec, run.Data()->train);
    for (size_t l = 1; l <= last.L(); ++l) {
        QVERIFY(arma::approx_equal(back.W[l], last.W[l], "absdiff", 0.0));
        QVERIFY(arma::approx_equal(back.b[l], last.b[l], "absdiff", 0.0));
    }
    // A list one value short is refused, not read past its end.
    std::vector<double> shorter = r.weights;
    shorter.pop_back();
    QVERIFY_THROWS_EXCEPTION(EngineError,
                             RunWeights::Rebuild(shorter, last.spec, run.Data()->train));
}

// The settings a run recorded, read back (RunSettings::Read) and trained again, give the same
// curve bit for bit: Re-run with the same initial weights is the same run.
void TestRunController::aRecordedRunReRunsToTheSameCurve() {
    QTemporaryDir dir;
    const QString path = dir.filePath("runs.sqlite");
    qputenv("LAYERLAB_RUNS_DB", path.toUtf8());
    RunController run;
    qunsetenv("LAYERLAB_RUNS_DB");
    SessionOptions o = Options(30, 0.07);
    o.train.optimizer = OptimizerKind::Momentum;
    o.train.beta1 = 0.8;
    o.train.l2 = 0.3;
    o.train.seed = 11;
    run.SetData(GaussianBlobs());
    run.SetNetwork(NetworkSpec::WithDefaultActivations({4, 6, 3, 1}), Initializer::Xavier);
    run.SetOptions(o);
    QVERIFY(run.Train());
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    run.Recorder().Flush();
    const RunRecord first = *RunDatabase(path).Get(RunDatabase(path).List().at(0).id);
    const RunSetup setup = RunSettings::Read(first.settings);
    QCOMPARE(setup.spec, NetworkSpec::WithDefaultActivations({4, 6, 3, 1}));
    QCOMPARE(setup.options.train, o.train);
    QCOMPARE(setup.options.iterations, size_t(30));
    QCOMPARE(setup.initializer, Initializer::Xavier);

    run.SetNetwork(setup.spec, setup.initializer);
    run.SetOptions(setup.options);
    QVERIFY(run.Reset());
    QVERIFY(run.Train());
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    run.Recorder().Flush();
    const QList<RunRecord> all = RunDatabase(path).List();
    QCOMPARE(all.size(), qsizetype(2));
    QCOMPARE(RunDatabase(path).Get(all[1].id)->costs, first.costs);
}

// Branch: a run from another's final weights starts where that one ended, trains with the
// options set now, and its record names the run it continued.
void TestRunController::aBranchTrainsOnFromTheFinalWeights() {
    QTemporaryDir dir;
    const QString path = dir.filePath("runs.sqlite");
    qputenv("LAYERLAB_RUNS_DB", path.toUtf8());
    RunController run;
    qunsetenv("LAYERLAB_RUNS_DB");
    Prepare(run, Options(25, 0.05));
    QVERIFY(run.Train());
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    run.Recorder().Flush();
    const double ended = run.Session()->Latest().trainCost;  // of the final weights
    const RunRecord parent = *RunDatabase(path).Get(RunDatabase(path).List().at(0).id);
    QString error;
    QVERIFY2(run.StartFromRun(parent.id, parent.weights, kSpec, &error), qPrintable(error));
    QCOMPARE(run.StartFile(), QString("run %1's final weights").arg(parent.id));
    QTRY_COMPARE(run.Session()->Latest().trainCost, ended);  // where the parent ended
    run.SetOptions(Options(10, 0.2));
    QVERIFY(run.Train());
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    run.Recorder().Flush();
    const QList<RunRecord> all = RunDatabase(path).List();
    QCOMPARE(all.size(), qsizetype(2));
    QCOMPARE(all[1].settings.value("branch-of").toInteger(), parent.id);
    QVERIFY(!all[1].settings.contains("init"));
    QCOMPARE(all[1].settings.value("lr").toDouble(), 0.2);
    QCOMPARE(RunDatabase(path).Get(all[1].id)->costs.front(), ended);
    // Weights of another network are refused with why.
    QVERIFY(!run.StartFromRun(parent.id, parent.weights,
                              NetworkSpec::WithDefaultActivations({4, 7, 1}), &error));
    QVERIFY2(error.contains("damaged"), qPrintable(error));
}

// A run not yet trained (a model opened, a branch) takes options changed before F5: the mini-
// batch size set after opening is the one it trains with.
void TestRunController::optionsChangedBeforeTrainingReachTheRun() {
    RunController run;
    Prepare(run, Options(6, 0.05));
    QVERIFY(run.Reset());
    QVERIFY(run.Session());
    // (A new session may reuse the old one's address: count the starts.)
    QSignalSpy started(&run, &RunController::sessionStarted);
    SessionOptions o = Options(6, 0.05);
    o.train.batchSize = 10;
    o.epochs = 2;
    run.SetOptions(o);
    QCOMPARE(started.size(), 1);  // rebuilt, from the same weights
    QVERIFY(run.Train());
    QTRY_COMPARE(run.State(), TrainingState::Finished);
    QVERIFY(run.Session()->Latest().stepsPerEpoch > 1);
    // A run that has trained keeps going: only the learning rate reaches it.
    o.train.learningRate = 0.01;
    o.train.batchSize = 20;
    run.SetOptions(o);
    QCOMPARE(started.size(), 1);  // Train resumed the rebuilt run; nothing since
}

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
