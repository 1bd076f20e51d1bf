#include <QChartView>
#include <QCheckBox>
#include <QLineSeries>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>
#include <cmath>
#include <limits>
#include <memory>

#include "CostChartView.h"
#include "DataColumns.h"
#include "WindowTestHelpers.h"
#include "chart/ChartLegend.h"
#include "training/TrainingHistory.h"

using namespace layerlab;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A train cost for every iteration, distinct from its neighbours'.
double TrainCost(int i) {
    return 0.7 - 0.004 * i + 0.02 * std::sin(i);
}

TrainingSnapshot Snapshot(int iteration, double testCost, double testAccuracy,
                          size_t stepsPerEpoch = 1, QVector<EpochPoint> epochs = {}) {
    TrainingSnapshot s;
    s.iteration = size_t(iteration);
    s.stepsPerEpoch = stepsPerEpoch;
    s.newEpochs = std::move(epochs);
    s.trainCost = TrainCost(iteration);
    s.testCost = testCost;
    s.trainAccuracy = 0.05 + 0.0001 * iteration;  // low on the chart, clear of the costs
    s.testAccuracy = testAccuracy;
    s.newEvaluations = {{double(iteration), s.trainCost, testCost, s.trainAccuracy, testAccuracy}};
    s.parameters = std::make_shared<const Parameters>();
    return s;
}

// How a test run reports itself: `iterations` costs in chunks of `chunk`, a snapshot after each
// chunk (reported twice every third time, as a pause does), the epochs of `stepsPerEpoch`
// iterations that ended in the chunk, a NaN cost and a diverged snapshot at the end if asked.
struct Run {
    int iterations = 100;
    int chunk = 10;
    size_t stepsPerEpoch = 1;
    bool testSet = true;
    bool diverges = false;
};

// Plays one chunk of `run` into `history`, from iteration `from`; returns where it stopped.
int PlayChunk(const Run& run, int from, TrainingHistory& history) {
    const int to = std::min(run.iterations, from + run.chunk);
    QVector<QPointF> costs;
    QVector<EpochPoint> epochs;
    for (int i = from; i < to; ++i) {
        const bool last = i == run.iterations - 1;
        costs.append({double(i), run.diverges && last ? kNaN : TrainCost(i)});
        const size_t done = size_t(i) + 1;
        if (run.stepsPerEpoch > 1 && done % run.stepsPerEpoch == 0)
            epochs.append({double(done), double(done / run.stepsPerEpoch), TrainCost(i) - 0.1,
                           run.testSet ? TrainCost(i) - 0.2 : kNaN, 0.5});
    }
    history.AppendCosts(costs);
    const double testCost = run.testSet ? 0.3 - 0.001 * to : kNaN;
    const double testAccuracy = run.testSet ? 0.02 : kNaN;
    TrainingSnapshot s = Snapshot(to, testCost, testAccuracy, run.stepsPerEpoch, epochs);
    if (run.diverges && to == run.iterations) {
        s.diverged = true;
        s.divergedIteration = size_t(run.iterations - 1);
    }
    history.AppendSnapshot(s);
    if ((from / run.chunk) % 3 == 1) {
        s.newEpochs.clear();
        s.testCost -= 0.01;
        history.AppendSnapshot(s);  // the same iteration again replaces its evaluation
    }
    return to;
}

QList<QLineSeries*> SeriesOf(CostChartView* chart) {
    QList<QLineSeries*> series;
    for (QAbstractSeries* s : test::FindChild<QChartView>(chart, "costChart")->chart()->series())
        series.append(static_cast<QLineSeries*>(s));
    return series;
}

}  // namespace

class TestCostChartView : public QObject {
    Q_OBJECT
private slots:
    void hoverNamesTheIterationAndItsValue_data();
    void hoverNamesTheIterationAndItsValue();
    void hoverOnAnEpochAxis();
    void hoverFarFromEveryCurveShowsNothing();
    void followsARunIncrementally_data();
    void followsARunIncrementally();
    void clearEmptiesTheChart();
    void showsDivergence();
    void legendNamesTheCurvesShown();
    void legendWrapsInsteadOfEliding();

private:
    std::unique_ptr<CostChartView> MakeChart(const TrainingHistory* history) {
        auto chart = std::make_unique<CostChartView>();
        chart->resize(900, 600);
        chart->show();
        if (!QTest::qWaitForWindowExposed(chart.get())) qFatal("the chart was never shown");
        chart->SetHistory(history);
        return chart;
    }
    // Plays the whole run into history, chunk by chunk, and waits for the frame that draws it.
    static bool PlayAndDraw(const Run& run, TrainingHistory& history, CostChartView* chart) {
        for (int at = 0; at < run.iterations;) at = PlayChunk(run, at, history);
        return NextFrame(chart);
    }
    // Waits for the frame that draws what the chart was last told.
    static bool NextFrame(CostChartView* chart) {
        QSignalSpy rendered(chart, &CostChartView::rendered);
        return rendered.wait(2000);
    }
};

void TestCostChartView::hoverNamesTheIterationAndItsValue_data() {
    QTest::addColumn<int>("iteration");
    QTest::addColumn<bool>("testCost");  // hover the test cost's point, else the train cost's
    QTest::addColumn<bool>("logScale");
    QTest::newRow("second iteration") << 1 << false << false;  // 0 is on the plot's edge
    QTest::newRow("iteration 37") << 37 << false << false;
    QTest::newRow("iteration 64") << 64 << false << false;
    QTest::newRow("last iteration") << 99 << false << false;
    QTest::newRow("iteration 52, log scale") << 52 << false << true;
    QTest::newRow("test cost at 40") << 40 << true << false;
}

void TestCostChartView::hoverNamesTheIterationAndItsValue() {
    QFETCH(int, iteration);
    QFETCH(bool, testCost);
    QFETCH(bool, logScale);
    TrainingHistory history;
    auto chart = MakeChart(&history);
    chart->SetLogScale(logScale);
    // 100 iterations across the chart: about 7 pixels each.
    const Run run{100, 10};
    QVERIFY(PlayAndDraw(run, history, chart.get()));

    double value = history.Costs()[iteration].y();
    if (testCost) {
        // Snapshots come every 10 iterations from iteration 10 on.
        const TrainingHistory::Evaluation& evaluation = history.Evaluations()[iteration / 10 - 1];
        QCOMPARE(evaluation.iteration, double(iteration));
        value = evaluation.testCost;
    }
    const QString text = chart->ValueTextAt(chart->ViewportPosition({double(iteration), value}));
    QCOMPARE(text, QString("iteration %1\n%2: %3")
                       .arg(QLocale().toString(iteration), testCost ? "test cost" : "train cost",
                            QString::number(value, 'g', 6)));
}

void TestCostChartView::hoverOnAnEpochAxis() {
    TrainingHistory history;
    auto chart = MakeChart(&history);
    const Run run{120, 16, 10};
    QVERIFY(PlayAndDraw(run, history, chart.get()));
    // The axis counts epochs of 10 iterations; the strong line is the per-epoch train cost.
    const EpochPoint& third = history.Epochs()[2];
    QCOMPARE(third.epoch, 3.0);
    const QString text = chart->ValueTextAt(chart->ViewportPosition({3.0, third.trainCost}));
    QCOMPARE(text, QString("epoch 3.00\ntrain cost per epoch: %1")
                       .arg(QString::number(third.trainCost, 'g', 6)));
    // A mini-batch's own cost, between two epochs.
    const QPointF batch = history.Costs()[45];
    QCOMPARE(chart->ValueTextAt(chart->ViewportPosition({4.5, batch.y()})),
             QString("epoch 4.50\ntrain cost: %1").arg(QString::number(batch.y(), 'g', 6)));
}

void TestCostChartView::hoverFarFromEveryCurveShowsNothing() {
    TrainingHistory history;
    auto chart = MakeChart(&history);
    const Run run{100, 10};
    QVERIFY(PlayAndDraw(run, history, chart.get()));
    // Well above the train cost at iteration 50, and outside the plot altogether.
    QCOMPARE(chart->ValueTextAt(chart->ViewportPosition({50, TrainCost(50) + 0.15})), QString());
    QCOMPARE(chart->ValueTextAt(QPoint(1, 1)), QString());
}

void TestCostChartView::followsARunIncrementally_data() {
    AddColumns<int, int, int, bool, bool, int>(
        {"iterations", "chunk", "stepsPerEpoch", "testSet", "diverges", "budget"});
    QTest::newRow("full batch") << 300 << 23 << 1 << true << false << 300;
    QTest::newRow("no test set") << 200 << 30 << 1 << false << false << 0;
    QTest::newRow("mini-batch") << 400 << 37 << 16 << true << false << 480;
    QTest::newRow("thinned to the pixels") << 30'000 << 1'700 << 1 << true << false << 0;
    QTest::newRow("thinned, mini-batch") << 30'000 << 1'700 << 64 << true << false << 40'000;
    QTest::newRow("diverged") << 150 << 20 << 1 << true << true << 1'000;
}

void TestCostChartView::followsARunIncrementally() {
    QFETCH(int, iterations);
    QFETCH(int, chunk);
    QFETCH(int, stepsPerEpoch);
    QFETCH(bool, testSet);
    QFETCH(bool, diverges);
    QFETCH(int, budget);
    const Run run{iterations, chunk, size_t(stepsPerEpoch), testSet, diverges};

    TrainingHistory history;
    auto following = MakeChart(&history);
    following->SetIterationBudget(size_t(budget));
    for (int at = 0; at < run.iterations;) {
        at = PlayChunk(run, at, history);
        QVERIFY(NextFrame(following.get()));
    }
    auto whole = MakeChart(&history);
    whole->SetIterationBudget(size_t(budget));
    QVERIFY(NextFrame(whole.get()));

    QVERIFY(following->DrawnCostPoints() > 0);
    const QList<QLineSeries*> a = SeriesOf(following.get()), b = SeriesOf(whole.get());
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i]->name(), b[i]->name());
        QCOMPARE(a[i]->points(), b[i]->points());
    }
    const auto axisX = [](CostChartView* chart) {
        const auto* axis = static_cast<QValueAxis*>(
            test::FindChild<QChartView>(chart, "costChart")->chart()->axes(Qt::Horizontal)[0]);
        return QPointF(axis->min(), axis->max());
    };
    QCOMPARE(axisX(following.get()), axisX(whole.get()));

    if (run.iterations < 1'000) {
        // Nothing thinned: every cost is drawn as recorded, a NaN at 0, in epochs if mini-batch.
        QVector<QPointF> expected;
        for (const QPointF& c : history.Costs())
            expected.append({c.x() / stepsPerEpoch, std::isfinite(c.y()) ? c.y() : 0.0});
        QCOMPARE(a[0]->points(), expected);
        // Each evaluation once, replaced ones gone; on an epoch axis the per-epoch test cost.
        if (testSet)
            QCOMPARE(a[1]->count() + a[6]->count(),
                     stepsPerEpoch > 1 ? history.Epochs().size() : history.Evaluations().size());
    }
}

void TestCostChartView::clearEmptiesTheChart() {
    TrainingHistory history;
    auto chart = MakeChart(&history);
    const Run run{50, 10, 8, true, true};
    QVERIFY(PlayAndDraw(run, history, chart.get()));
    QCOMPARE(chart->DrawnCostPoints(), qsizetype(50));
    history.Clear();
    QVERIFY(NextFrame(chart.get()));
    for (QLineSeries* s : SeriesOf(chart.get())) QCOMPARE(s->count(), 0);
    QCOMPARE(chart->ValueTextAt(chart->ViewportPosition({20, TrainCost(20)})), QString());
}

void TestCostChartView::showsDivergence() {
    TrainingHistory history;
    auto chart = MakeChart(&history);
    const Run run{60, 20, 1, true, true};
    QVERIFY(PlayAndDraw(run, history, chart.get()));
    QLineSeries* marker = SeriesOf(chart.get())[4];
    QCOMPARE(marker->name(), QString("diverged at iteration 59"));
    QCOMPARE(marker->count(), 2);
    QCOMPARE(marker->at(0).x(), 59.0);
    QCOMPARE(marker->at(1).x(), 59.0);
}

namespace {

QStringList LegendNames(CostChartView* chart) {
    QStringList names;
    for (const ChartLegend::Entry& e :
         test::FindChild<ChartLegend>(chart, "chartLegend")->Entries())
        names << e.name;
    return names;
}

}  // namespace

void TestCostChartView::legendNamesTheCurvesShown() {
    TrainingHistory history;
    auto chart = MakeChart(&history);
    QCOMPARE(LegendNames(chart.get()),
             QStringList({"train cost", "test cost", "train acc.", "test acc."}));
    QVERIFY(PlayAndDraw({120, 16, 10}, history, chart.get()));
    // On an epoch axis the light per-batch cost and the strong per-epoch costs.
    QCOMPARE(LegendNames(chart.get()),
             QStringList({"batch cost", "train cost", "test cost", "train acc.", "test acc."}));

    TrainingHistory diverging;
    auto other = MakeChart(&diverging);
    QVERIFY(PlayAndDraw({60, 20, 1, true, true}, diverging, other.get()));
    QCOMPARE(LegendNames(other.get()).back(), QString("diverged at iteration 59"));
}

void TestCostChartView::legendWrapsInsteadOfEliding() {
    TrainingHistory history;
    auto chart = MakeChart(&history);
    QVERIFY(PlayAndDraw({120, 16, 10}, history, chart.get()));
    auto* legend = test::FindChild<ChartLegend>(chart.get(), "chartLegend");
    const auto rows = [&] {
        QSet<int> tops;
        for (const QRect& r : legend->EntryRects(legend->width())) tops.insert(r.top());
        return tops.size();
    };
    QCOMPARE(rows(), 1);  // 900 px holds the five names on one line

    // As narrow as the chart gets at 1280×720 with Chinese names: two lines, every name whole.
    chart->resize(330, 400);
    QTRY_COMPARE_GT(rows(), 1);
    const QFontMetrics metrics = legend->fontMetrics();
    const QList<QRect> rects = legend->EntryRects(legend->width());
    QCOMPARE(rects.size(), legend->Entries().size());
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QString& name = legend->Entries()[i].name;
        QVERIFY2(rects[i].width() > metrics.horizontalAdvance(name), qPrintable(name));
        QVERIFY2(rects[i].left() >= 0 && rects[i].right() < legend->width(), qPrintable(name));
        for (qsizetype j = 0; j < i; ++j) QVERIFY(!rects[i].intersects(rects[j]));
    }
    // Every line shows: the legend is as tall as its lines.
    QTRY_VERIFY(legend->height() >= rects.back().bottom());
}

QTEST_MAIN(TestCostChartView)
#include "tst_costchartview.moc"
