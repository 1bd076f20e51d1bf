#include <QSignalSpy>
#include <QTest>
#include <memory>

#include "training/TrainingHistory.h"

using namespace layerlab;

namespace {

// A snapshot of a run with weights, at `iteration`, finishing `epochs` epochs.
TrainingSnapshot Snapshot(size_t iteration, double testCost, QVector<EpochPoint> epochs = {},
                          size_t stepsPerEpoch = 1) {
    TrainingSnapshot s;
    s.iteration = iteration;
    s.stepsPerEpoch = stepsPerEpoch;
    s.newEpochs = std::move(epochs);
    s.trainCost = 0.5;
    s.testCost = testCost;
    s.trainAccuracy = 0.75;
    s.testAccuracy = 0.5;
    s.newEvaluations = {{double(iteration), s.trainCost, testCost, s.trainAccuracy, 0.5}};
    s.parameters = std::make_shared<const Parameters>();
    return s;
}

using RangeList = QList<QPair<qsizetype, qsizetype>>;

// The (first, count) pairs a spy on an ...Appended signal saw.
RangeList Ranges(const QSignalSpy& spy) {
    RangeList ranges;
    for (const QList<QVariant>& call : spy)
        ranges.append({call[0].value<qsizetype>(), call[1].value<qsizetype>()});
    return ranges;
}

}  // namespace

class TestTrainingHistory : public QObject {
    Q_OBJECT
private slots:
    void costsSignalTheirRange();
    void snapshotsSignalTheirEvaluationAndEpochs();
    void aRepeatedIterationReplacesItsEvaluation();
    void aFailedRunHasNoEvaluation();
    void signalsSeeTheWholeSnapshot();
    void divergenceIsSignalledOnce();
    void clearSignals();
};

void TestTrainingHistory::costsSignalTheirRange() {
    TrainingHistory history;
    QSignalSpy spy(&history, &TrainingHistory::costsAppended);
    history.AppendCosts({{0, 0.7}, {1, 0.69}, {2, 0.68}});
    history.AppendCosts({});
    history.AppendCosts({{3, 0.6}, {4, 0.5}});
    QCOMPARE(Ranges(spy), (RangeList{{0, 3}, {3, 2}}));
    QCOMPARE(history.Costs().size(), qsizetype(5));
    QCOMPARE(history.Costs()[3], QPointF(3, 0.6));
}

void TestTrainingHistory::snapshotsSignalTheirEvaluationAndEpochs() {
    TrainingHistory history;
    QSignalSpy evaluations(&history, &TrainingHistory::evaluationsAppended);
    QSignalSpy epochs(&history, &TrainingHistory::epochsAppended);
    history.AppendSnapshot(Snapshot(0, 0.9));
    const EpochPoint e1{8, 1, 0.6, 0.7, 0.8}, e2{16, 2, 0.5, 0.6, 0.85}, e3{24, 3, 0.4, 0.5, 0.9};
    history.AppendSnapshot(Snapshot(20, 0.8, {e1, e2}, 8));
    history.AppendSnapshot(Snapshot(30, 0.7, {e3}, 8));
    QCOMPARE(Ranges(evaluations), (RangeList{{0, 1}, {1, 1}, {2, 1}}));
    QCOMPARE(Ranges(epochs), (RangeList{{0, 2}, {2, 1}}));
    QCOMPARE(history.Evaluations()[1].iteration, 20.0);
    QCOMPARE(history.Evaluations()[1].testCost, 0.8);
    QCOMPARE(history.Epochs()[2].trainCost, 0.4);
    QCOMPARE(history.StepsPerEpoch(), size_t(8));
}

void TestTrainingHistory::aRepeatedIterationReplacesItsEvaluation() {
    TrainingHistory history;
    QSignalSpy spy(&history, &TrainingHistory::evaluationsAppended);
    history.AppendSnapshot(Snapshot(0, 0.9));
    history.AppendSnapshot(Snapshot(10, 0.8));
    history.AppendSnapshot(Snapshot(10, 0.75));  // e.g. paused, then the budget raised
    QCOMPARE(Ranges(spy), (RangeList{{0, 1}, {1, 1}, {1, 1}}));
    QCOMPARE(history.Evaluations().size(), qsizetype(2));
    QCOMPARE(history.Evaluations()[1].testCost, 0.75);
}

void TestTrainingHistory::aFailedRunHasNoEvaluation() {
    TrainingHistory history;
    QSignalSpy evaluations(&history, &TrainingHistory::evaluationsAppended);
    QSignalSpy epochs(&history, &TrainingHistory::epochsAppended);
    TrainingSnapshot failed = Snapshot(5, 0.9, {{4, 1, 0.5, 0.6, 0.7}}, 4);
    failed.parameters.reset();
    history.AppendSnapshot(failed);
    QCOMPARE(evaluations.count(), 0);
    QCOMPARE(Ranges(epochs), (RangeList{{0, 1}}));
    QVERIFY(history.Evaluations().isEmpty());
    QCOMPARE(history.StepsPerEpoch(), size_t(1));
}

void TestTrainingHistory::signalsSeeTheWholeSnapshot() {
    // A receiver reading the history from any of a snapshot's signals finds all of it there.
    TrainingHistory history;
    history.AppendSnapshot(Snapshot(0, 0.9));
    int seen = 0;
    const auto check = [&] {
        ++seen;
        QCOMPARE(history.StepsPerEpoch(), size_t(8));
        QCOMPARE(history.Epochs().size(), qsizetype(1));
        QCOMPARE(history.Evaluations().size(), qsizetype(2));
        QCOMPARE(history.DivergedAt(), std::optional<double>(15));
    };
    connect(&history, &TrainingHistory::epochsAppended, this, check);
    connect(&history, &TrainingHistory::evaluationsAppended, this, check);
    connect(&history, &TrainingHistory::diverged, this, check);
    TrainingSnapshot s = Snapshot(16, 0.8, {{8, 1, 0.6, 0.7, 0.8}}, 8);
    s.diverged = true;
    s.divergedIteration = 15;
    history.AppendSnapshot(s);
    QCOMPARE(seen, 3);
}

void TestTrainingHistory::divergenceIsSignalledOnce() {
    TrainingHistory history;
    QSignalSpy spy(&history, &TrainingHistory::diverged);
    history.AppendSnapshot(Snapshot(3, 0.9));
    TrainingSnapshot s = Snapshot(7, 0.9);
    s.diverged = true;
    s.divergedIteration = 6;
    history.AppendSnapshot(s);
    history.AppendSnapshot(s);  // the final snapshot repeats the divergence
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].toDouble(), 6.0);
    QCOMPARE(history.DivergedAt(), std::optional<double>(6));
}

void TestTrainingHistory::clearSignals() {
    TrainingHistory history;
    history.AppendCosts({{0, 0.7}});
    TrainingSnapshot s = Snapshot(1, 0.9, {{1, 1, 0.6, 0.7, 0.8}}, 4);
    s.diverged = true;
    history.AppendSnapshot(s);
    QSignalSpy cleared(&history, &TrainingHistory::cleared);
    history.Clear();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(history.IsEmpty());
    QVERIFY(history.Epochs().isEmpty());
    QVERIFY(!history.DivergedAt());
    QCOMPARE(history.StepsPerEpoch(), size_t(1));
    // A new run that diverges at the same iteration is signalled again.
    QSignalSpy diverged(&history, &TrainingHistory::diverged);
    history.AppendSnapshot(s);
    QCOMPARE(diverged.count(), 1);
}

QTEST_GUILESS_MAIN(TestTrainingHistory)
#include "tst_traininghistory.moc"
