// Each optimiser through its interface on problems whose minimum is known: a convex quadratic,
// and logistic regression against the solution Newton's method finds.
#include <QTest>
#include <cmath>
#include <limits>
#include <optional>
#include <random>

#include "DataColumns.h"
#include "EngineError.h"
#include "FlushToZero.h"
#include "Prediction.h"
#include "RunTraining.h"
#include "TrainerFactory.h"
#include "losses/CrossEntropy.h"
#include "optimizers/Adam.h"
#include "optimizers/OptimizerFactory.h"

using namespace layerlab;

namespace {

// Labels drawn from a known logistic model, so the maximum-likelihood solution is finite.
DataSet LogisticData() {
    std::mt19937_64 rng(7);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    DataSet d;
    d.X.set_size(2, 300);
    d.y.set_size(300);
    for (arma::uword i = 0; i < 300; ++i) {
        d.X(0, i) = normal(rng);
        d.X(1, i) = normal(rng);
        const double p = 1.0 / (1.0 + std::exp(-(1.5 * d.X(0, i) - 2.0 * d.X(1, i) + 0.5)));
        d.y[i] = uniform(rng) < p ? 1 : 0;
    }
    d.classNames = {"no", "yes"};
    d.source = "logistic test data";
    return d;
}

// The maximum-likelihood weights (w1, w2, b) by Newton's method (iteratively reweighted least
// squares), the reference every optimiser must reach.
arma::vec NewtonSolution(const DataSet& d) {
    arma::mat Xb = arma::join_cols(d.X, arma::ones<arma::rowvec>(d.X.n_cols));
    const arma::vec y = arma::conv_to<arma::vec>::from(d.y.t());
    arma::vec theta(3, arma::fill::zeros);
    for (int it = 0; it < 50; ++it) {
        const arma::vec p = 1.0 / (1.0 + arma::exp(-Xb.t() * theta));
        const arma::vec grad = Xb * (p - y);
        const arma::mat H = Xb * arma::diagmat(p % (1.0 - p)) * Xb.t();
        theta -= arma::solve(H, grad);
    }
    return theta;
}

}  // namespace

class TestOptimizers : public QObject {
    Q_OBJECT
private slots:
    void quadraticMinimum_data() {
        AddColumns<int, double, int>({"kind", "learningRate", "steps"});
        QTest::newRow("gd") << int(OptimizerKind::GradientDescent) << 0.05 << 2000;
        QTest::newRow("momentum") << int(OptimizerKind::Momentum) << 0.05 << 2000;
        QTest::newRow("rmsprop") << int(OptimizerKind::RMSprop) << 0.01 << 4000;
        QTest::newRow("adam") << int(OptimizerKind::Adam) << 0.05 << 4000;
    }

    // f(θ) = ½ Σ a_i (θ_i - c_i)², minimum at c, badly conditioned (a from 1 to 20). The rate
    // decays as 1/(1 + t/200) so the adaptive methods settle instead of circling the minimum.
    void quadraticMinimum() {
        QFETCH(int, kind);
        QFETCH(double, learningRate);
        QFETCH(int, steps);
        auto opt = MakeOptimizer<double>(OptimizerKind(kind), 0.9, 0.999, 1e-8);
        const arma::mat a = {{1.0, 5.0, 20.0}, {2.0, 10.0, 0.5}};
        const arma::mat c = {{3.0, -1.0, 0.5}, {-2.0, 4.0, 1.0}};
        const arma::vec bc = {0.25, -0.75};
        const arma::vec ba = {4.0, 8.0};
        arma::mat theta(2, 3, arma::fill::zeros);
        arma::vec bias(2, arma::fill::zeros);
        opt->Initialize({arma::size(theta), arma::size(bias)});
        arma::mat g;
        arma::vec gb;
        for (int t = 0; t < steps; ++t) {
            g = a % (theta - c);
            gb = ba % (bias - bc);
            opt->BeginStep();
            const double lr = learningRate / (1.0 + t / 200.0);
            opt->Update(0, theta, g, lr);
            opt->Update(1, bias, gb, lr);
        }
        QVERIFY2(arma::approx_equal(theta, c, "absdiff", 1e-3),
                 qPrintable(QString("max error %1").arg(arma::abs(theta - c).max())));
        QVERIFY(arma::approx_equal(bias, bc, "absdiff", 1e-3));
    }

    // The first updates, worked by hand from the papers' formulas.
    void firstSteps() {
        const arma::mat g = {{2.0, -0.5}};
        // Momentum: v = (1-β) g, θ -= α v.
        auto momentum = MakeOptimizer<double>(OptimizerKind::Momentum, 0.9, 0.999, 1e-8);
        arma::mat p(1, 2, arma::fill::zeros);
        momentum->Initialize({arma::size(p)});
        momentum->BeginStep();
        momentum->Update(0, p, g, 0.1);
        QVERIFY(arma::approx_equal(p, arma::mat{{-0.02, 0.005}}, "absdiff", 1e-15));
        momentum->BeginStep();
        momentum->Update(0, p, g, 0.1);  // v = 0.9·0.1 g + 0.1 g = 0.19 g
        QVERIFY(
            arma::approx_equal(p, arma::mat{{-0.02 - 0.038, 0.005 + 0.0095}}, "absdiff", 1e-15));
        // Adam's bias correction makes the first step α·sign(g) whatever β1 and β2.
        Adam<double> adam(0.9, 0.999, 1e-8);
        p.zeros();
        adam.Initialize({arma::size(p)});
        adam.BeginStep();
        adam.Update(0, p, g, 0.1);
        QCOMPARE(adam.StepCount(), size_t(1));
        QVERIFY(arma::approx_equal(p, arma::mat{{-0.1, 0.1}}, "absdiff", 1e-8));
        // RMSprop: s = (1-β) g², θ -= α g / (√s + ε).
        auto rms = MakeOptimizer<double>(OptimizerKind::RMSprop, 0.9, 0.99, 1e-8);
        p.zeros();
        rms->Initialize({arma::size(p)});
        rms->BeginStep();
        rms->Update(0, p, g, 0.1);
        QVERIFY(arma::approx_equal(p, arma::mat{{-0.1 / std::sqrt(0.01), 0.1 / std::sqrt(0.01)}},
                                   "absdiff", 1e-6));
    }

    void logisticRegression_data() {
        AddColumns<int, double, int>({"kind", "learningRate", "decay"});
        QTest::newRow("gd") << int(OptimizerKind::GradientDescent) << 1.0 << int(DecayKind::None);
        QTest::newRow("momentum") << int(OptimizerKind::Momentum) << 0.5 << int(DecayKind::None);
        QTest::newRow("rmsprop") << int(OptimizerKind::RMSprop) << 0.02 << int(DecayKind::Inverse);
        QTest::newRow("adam") << int(OptimizerKind::Adam) << 0.05 << int(DecayKind::Inverse);
    }

    // A network with no hidden layer is logistic regression: every optimiser, through the
    // trainer, must land on Newton's maximum-likelihood weights.
    void logisticRegression() {
        QFETCH(int, kind);
        QFETCH(double, learningRate);
        QFETCH(int, decay);
        const DataSet data = LogisticData();
        const arma::vec solution = NewtonSolution(data);
        Parameters p;
        p.spec = NetworkSpec::WithDefaultActivations({2, 1});
        p.W = {arma::mat(), arma::mat(1, 2, arma::fill::zeros)};
        p.b = {arma::mat(), arma::mat(1, 1, arma::fill::zeros)};
        TrainOptions o;
        o.optimizer = OptimizerKind(kind);
        o.learningRate = learningRate;
        o.decay = DecayKind(decay);
        o.decayRate = 0.002;
        auto trainer = TrainerFactory::Create(p, data, nullptr, o);
        const RunResult r = RunTraining(*trainer, 6000, nullptr);
        QCOMPARE(int(r.status), int(RunResult::Status::Finished));
        const Parameters trained = trainer->CurrentParameters();
        const arma::vec got = {trained.W[1](0, 0), trained.W[1](0, 1), trained.b[1](0, 0)};
        QVERIFY2(arma::approx_equal(got, solution, "absdiff", 1e-3),
                 qPrintable(QString("got %1 %2 %3, Newton %4 %5 %6")
                                .arg(got[0])
                                .arg(got[1])
                                .arg(got[2])
                                .arg(solution[0])
                                .arg(solution[1])
                                .arg(solution[2])));
    }

    void refusesBadSettings_data() {
        AddColumns<double, double, double>({"beta1", "beta2", "epsilon"});
        QTest::newRow("beta1 = 1") << 1.0 << 0.999 << 1e-8;
        QTest::newRow("negative beta2") << 0.9 << -0.1 << 1e-8;
        QTest::newRow("epsilon 0") << 0.9 << 0.999 << 0.0;
    }

    void refusesBadSettings() {
        QFETCH(double, beta1);
        QFETCH(double, beta2);
        QFETCH(double, epsilon);
        QVERIFY_THROWS_EXCEPTION(EngineError,
                                 MakeOptimizer<float>(OptimizerKind::Adam, beta1, beta2, epsilon));
    }

    // Decayed averages end at 0, never in the slow subnormal range; normal numbers pass.
    void subnormalsFlushed() {
        const float subnormal = std::numeric_limits<float>::min() / 4.0f;
        QVERIFY(std::fpclassify(subnormal) == FP_SUBNORMAL);
        QCOMPARE(FlushSubnormal(subnormal), 0.0f);
        QCOMPARE(FlushSubnormal(-subnormal), 0.0f);
        QCOMPARE(FlushSubnormal(std::numeric_limits<float>::min()),
                 std::numeric_limits<float>::min());
        QCOMPARE(FlushSubnormal(-2.5), -2.5);
    }

    // The trainer runs its steps with subnormals flushed by the CPU (FlushToZero): inside the
    // guard they become 0, after it they are back.
    void flushToZeroIsScoped() {
        if (!FlushToZero::kAvailable) QSKIP("this CPU has no flush-to-zero mode: nothing to check");
        volatile float smallest = std::numeric_limits<float>::min();
        volatile float quarter = 0.25f;
        {
            const FlushToZero flush;
            const float product = smallest * quarter;
            QCOMPARE(product, 0.0f);
        }
        QVERIFY(std::fpclassify(smallest * quarter) == FP_SUBNORMAL);
    }

    // Flushing changes no result of Adam: its averages of units that stopped learning decay to 0
    // either way (FlushSubnormal), only much faster with the CPU's flush-to-zero.
    void flushToZeroKeepsAdamsResults() {
        std::mt19937 rng(5);
        std::normal_distribution<float> normal(0.0f, 1e-3f);
        arma::fmat g(200, 1);
        g.imbue([&] { return normal(rng); });
        auto run = [&](bool flush) {
            auto adam = MakeOptimizer<float>(OptimizerKind::Adam, 0.9, 0.999, 1e-8);
            adam->Initialize({arma::size(g)});
            arma::fmat p(200, 1, arma::fill::ones);
            arma::fmat gradient = g;
            for (int step = 0; step < 2000; ++step) {
                if (step == 5) gradient.rows(100, 199).zeros();  // half the units stop learning
                const std::optional<FlushToZero> guard =
                    flush ? std::optional<FlushToZero>(std::in_place) : std::nullopt;
                adam->BeginStep();
                adam->Update(0, p, gradient, 0.01f);
            }
            return p;
        };
        const arma::fmat plain = run(false), flushed = run(true);
        QVERIFY(arma::approx_equal(plain, flushed, "absdiff", 0.0f));
    }

    void namesRoundTrip() {
        for (OptimizerKind k : {OptimizerKind::GradientDescent, OptimizerKind::Momentum,
                                OptimizerKind::RMSprop, OptimizerKind::Adam})
            QCOMPARE(int(*Parse<OptimizerKind>(ToString(k))), int(k));
        QVERIFY(!Parse<OptimizerKind>("adagrad"));
    }
};

QTEST_APPLESS_MAIN(TestOptimizers)
#include "tst_optimizers.moc"
