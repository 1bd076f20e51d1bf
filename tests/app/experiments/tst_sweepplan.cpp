// SweepPlan: each axis's text, what it refuses and how it says so, the grid's size and order, and
// the seeded sample.
#include <QTest>
#include <cmath>
#include <set>

#include "EngineError.h"
#include "experiments/SweepPlan.h"

using namespace layerlab;

namespace {

QString Refusal(const std::function<void()>& parse) {
    try {
        parse();
    } catch (const EngineError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

}  // namespace

class TestSweepPlan : public QObject {
    Q_OBJECT

private slots:
    void learningRateRangeIsLogSpaced() {
        const std::vector<double> rates = SweepPlan::ParseLearningRates("0.001:0.1:log5");
        QCOMPARE(rates.size(), size_t(5));
        // Both ends exactly as written, the middle a tenth of the way in decades.
        QCOMPARE(rates.front(), 0.001);
        QCOMPARE(rates.back(), 0.1);
        QCOMPARE(rates[2], 0.01);
        QVERIFY(std::abs(rates[1] - std::sqrt(0.001 * 0.01)) < 1e-18);
        QVERIFY(std::abs(rates[3] - std::sqrt(0.01 * 0.1)) < 1e-17);
        QCOMPARE(SweepPlan::ParseLearningRates("0.01, 0.03"), (std::vector<double>{0.01, 0.03}));
    }

    void hiddenGroups() {
        const auto networks = SweepPlan::ParseHidden("20,7,5|50|100,50|none");
        QCOMPARE(networks.size(), size_t(4));
        QCOMPARE(networks[0], (std::vector<arma::uword>{20, 7, 5}));
        QCOMPARE(networks[1], (std::vector<arma::uword>{50}));
        QCOMPARE(networks[2], (std::vector<arma::uword>{100, 50}));
        QVERIFY(networks[3].empty());
        SweepPoint p;
        p.hidden = networks[0];
        // The window's rule: one sigmoid for two classes, softmax over more.
        QCOMPARE(p.Spec(12288, 2).sizes, (std::vector<arma::uword>{12288, 20, 7, 5, 1}));
        QCOMPARE(p.Spec(784, 10).sizes, (std::vector<arma::uword>{784, 20, 7, 5, 10}));
    }

    void listsOfTheOtherAxes() {
        QCOMPARE(SweepPlan::ParseBatchSizes("0,32,64"), (std::vector<std::uint64_t>{0, 32, 64}));
        QCOMPARE(SweepPlan::ParseOptimizers("gd,adam"),
                 (std::vector<OptimizerKind>{OptimizerKind::GradientDescent, OptimizerKind::Adam}));
        QCOMPARE(SweepPlan::ParseL2("0,0.7"), (std::vector<double>{0, 0.7}));
        QCOMPARE(SweepPlan::ParseKeepProbabilities("1,0.8"), (std::vector<double>{1, 0.8}));
        QCOMPARE(SweepPlan::ParseInitializers("notebook,he"),
                 (std::vector<Initializer>{Initializer::Notebook, Initializer::He}));
        QCOMPARE(SweepPlan::Seeds(5, 3), (std::vector<std::uint64_t>{5, 6, 7}));
    }

    void refusals_data() {
        QTest::addColumn<QString>("axis");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("lr word") << "lr"
                                 << "fast"
                                 << "--lr: 'fast' refused: give a comma list";
        QTest::newRow("lr range backwards")
            << "lr"
            << "0.1:0.001:log3"
            << "--lr '0.1:0.001:log3' refused: a range needs 0 < FROM < TO";
        QTest::newRow("lr range of one") << "lr"
                                         << "0.001:0.1:log1"
                                         << "a range takes 2 to 10000 rates";
        QTest::newRow("lr range without log") << "lr"
                                              << "0.001:0.1:5"
                                              << "FROM:TO:logN such as 0.001:0.1:log5";
        QTest::newRow("lr zero") << "lr"
                                 << "0,0.1"
                                 << "--lr 0 refused:";
        QTest::newRow("lr twice") << "lr"
                                  << "0.1,0.1"
                                  << "--lr lists '0.1' twice";
        QTest::newRow("hidden empty group") << "hidden"
                                            << "20||50"
                                            << "--hidden '20||50': '' is not a layer size ≥ 1";
        QTest::newRow("hidden zero") << "hidden"
                                     << "20,0"
                                     << "'0' is not a layer size ≥ 1";
        QTest::newRow("hidden twice") << "hidden"
                                      << "50|50"
                                      << "--hidden lists '50' twice";
        QTest::newRow("batch negative") << "batch-size"
                                        << "-1"
                                        << "--batch-size: '-1' refused";
        QTest::newRow("optimizer") << "optimizer"
                                   << "lbfgs"
                                   << "--optimizer: 'lbfgs' refused: give optimisers from gd, "
                                      "momentum, rmsprop or adam";
        QTest::newRow("l2 negative") << "l2"
                                     << "-0.1"
                                     << "--l2: '-0.1' refused: give λ values ≥ 0";
        QTest::newRow("dropout zero") << "dropout"
                                      << "0"
                                      << "--dropout: '0' refused: give keep";
        QTest::newRow("dropout above 1") << "dropout"
                                         << "1.5"
                                         << "--dropout: '1.5' refused";
        QTest::newRow("init") << "init"
                              << "zeros"
                              << "--init: 'zeros' refused: give initialisers from notebook";
    }

    void refusals() {
        QFETCH(QString, axis);
        QFETCH(QString, text);
        QFETCH(QString, message);
        const QString said = Refusal([&] {
            if (axis == "lr") SweepPlan::ParseLearningRates(text);
            if (axis == "hidden") SweepPlan::ParseHidden(text);
            if (axis == "batch-size") SweepPlan::ParseBatchSizes(text);
            if (axis == "optimizer") SweepPlan::ParseOptimizers(text);
            if (axis == "l2") SweepPlan::ParseL2(text);
            if (axis == "dropout") SweepPlan::ParseKeepProbabilities(text);
            if (axis == "init") SweepPlan::ParseInitializers(text);
        });
        QVERIFY2(said.contains(message), qPrintable(said));
    }

    void seedsAreCheckedAgainstNumpysRange() {
        QVERIFY(Refusal([] { SweepPlan::Seeds(1, 0); }).contains("--seeds 0 refused"));
        QVERIFY(Refusal([] {
                    SweepPlan::Seeds(SweepPlan::kMaxSeed, 2);
                }).contains("goes past the largest seed, 4294967295"));
        QCOMPARE(SweepPlan::Seeds(SweepPlan::kMaxSeed, 1).back(), SweepPlan::kMaxSeed);
    }

    // The grid in order, the seeds of one setting side by side, and the dropout a train run
    // would be given.
    void expandsTheGrid() {
        SweepPlan plan;
        plan.hidden = SweepPlan::ParseHidden("8|4,3");
        plan.learningRates = {0.01, 0.03};
        plan.keepProbabilities = {1, 0.8};
        plan.seeds = SweepPlan::Seeds(1, 2);
        plan.base.beta1 = 0.5;
        QCOMPARE(plan.GridSize(), std::uint64_t(16));
        const std::vector<SweepPoint> points = plan.Expand();
        QCOMPARE(points.size(), size_t(16));
        QCOMPARE(points[0].options.seed, std::uint64_t(1));
        QCOMPARE(points[1].options.seed, std::uint64_t(2));
        QCOMPARE(points[1].keep, 1.0);
        QVERIFY(points[1].options.keepProbabilities.empty());
        QCOMPARE(points[2].keep, 0.8);
        QCOMPARE(points[2].options.keepProbabilities, (std::vector<double>{0.8, 1}));
        QCOMPARE(points[4].options.learningRate, 0.03);
        QCOMPARE(points[8].hidden, (std::vector<arma::uword>{4, 3}));
        QCOMPARE(points[10].options.keepProbabilities, (std::vector<double>{0.8, 0.8, 1}));
        std::set<QString> distinct;
        for (const SweepPoint& p : points) {
            QCOMPARE(p.options.beta1, 0.5);  // the base is every run's
            QCOMPARE(p.options.threads, size_t(1));
            QStringList key;
            for (const QString& axis : plan.VaryingAxes()) key << SweepPlan::Value(p, axis);
            distinct.insert(key.join(' '));
        }
        QCOMPARE(distinct.size(), size_t(16));
        QCOMPARE(plan.VaryingAxes(), (QStringList{"hidden", "lr", "dropout", "seed"}));
    }

    void refusesAGridTooLargeBeforeMakingIt() {
        SweepPlan plan;
        plan.learningRates = SweepPlan::ParseLearningRates("0.0001:1:log100");
        plan.seeds = SweepPlan::Seeds(1, 200);
        QCOMPARE(plan.GridSize(), std::uint64_t(20000));
        QVERIFY(Refusal([&] { plan.Expand(); })
                    .contains("the sweep has 20000 runs, more than 10000: give fewer values, or "
                              "--sample K"));
        // Five axes of 10^4 values could not be counted: refused, not wrapped around.
        plan.learningRates = SweepPlan::ParseLearningRates("0.0001:1:log10000");
        plan.seeds = SweepPlan::Seeds(1, 10000);
        plan.batchSizes.clear();
        for (std::uint64_t b = 1; b <= 10000; ++b) plan.batchSizes.push_back(b);
        plan.l2 = std::vector<double>(10000, 0.0);
        plan.keepProbabilities = std::vector<double>(10000, 1.0);
        plan.sample = 5;
        QVERIFY(Refusal([&] { plan.Expand(); }).contains("more runs than can be counted"));
    }

    void samplesTheGridBySeed() {
        SweepPlan plan;
        plan.learningRates = SweepPlan::ParseLearningRates("0.0001:1:log100");
        plan.seeds = SweepPlan::Seeds(1, 200);
        plan.sample = 30;
        plan.sampleSeed = 7;
        const std::vector<SweepPoint> a = plan.Expand();
        QCOMPARE(a.size(), size_t(30));
        std::set<std::pair<double, std::uint64_t>> seen;
        for (const SweepPoint& p : a) seen.insert({p.options.learningRate, p.options.seed});
        QCOMPARE(seen.size(), size_t(30));  // distinct points
        // The same seed draws the same runs; another seed others.
        const std::vector<SweepPoint> again = plan.Expand();
        plan.sampleSeed = 8;
        const std::vector<SweepPoint> other = plan.Expand();
        bool same = true, differs = false;
        for (size_t i = 0; i < a.size(); ++i) {
            same = same && a[i].options == again[i].options;
            differs = differs || !(a[i].options == other[i].options);
        }
        QVERIFY(same);
        QVERIFY(differs);
        plan.sample = 20000;
        QVERIFY(Refusal([&] {
                    plan.Expand();
                }).contains("--sample 20000 refused: a sweep makes at most 10000 runs"));
        plan.learningRates = {0.01};
        plan.seeds = {1, 2};
        plan.sample = 2;
        QVERIFY(Refusal([&] {
                    plan.Expand();
                }).contains("--sample 2 refused: the grid has only 2 runs"));
    }
};

QTEST_GUILESS_MAIN(TestSweepPlan)
#include "tst_sweepplan.moc"
