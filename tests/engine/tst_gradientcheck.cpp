// The gradient check reported per layer, and its mutation tests: it passes on the network's own
// backward pass and fails on deliberately wrong ones injected through afterBackward, in the layer
// that is wrong; a seeded sample of the parameters finds the same bugs.
#include <QTest>
#include <functional>

#include "ActivationFunctions.h"
#include "DataColumns.h"
#include "GradientCheck.h"
#include "InitializeParameters.h"
#include "Network.h"

using namespace layerlab;

using Mutation = std::function<void(Network<double>&, const arma::mat&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// 6 inputs, ReLU, ReLU, sigmoid, with non-zero biases so ReLU units sit on both sides of 0.
Parameters SmallNetwork() {
    Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({6, 5, 4, 1}),
                                        Initializer::Xavier, 7);
    arma::arma_rng::set_seed(13);
    for (size_t l = 1; l <= p.L(); ++l) p.b[l] = 0.3 * arma::randn(p.b[l].n_rows, 1);
    return p;
}

// The network's backward pass redone with hidden layer `wrongLayer`'s ReLU derivative
// forgotten (dZ = dA, as if g' were 1 everywhere): the classic backprop bug.
void ForgetReluDerivative(Network<double>& net, const arma::mat& X, const arma::mat& Y,
                          size_t wrongLayer) {
    const size_t L = net.L();
    const double invM = 1.0 / static_cast<double>(Y.n_cols);
    for (size_t l = L; l >= 1; --l) {
        if (l < L) {
            if (l == wrongLayer)
                net.dZ[l] = net.dA[l];
            else
                ActivationBackward(net.Spec().activations[l - 1], net.dA[l], net.Z[l], net.A[l],
                                   net.dZ[l]);
        }
        net.dW[l] = invM * net.dZ[l] * (l == 1 ? X : net.A[l - 1]).t();
        net.db[l] = invM * arma::sum(net.dZ[l], 1);
        if (l == 1) break;
        net.dA[l - 1] = net.W[l].t() * net.dZ[l];
    }
}

}  // namespace

class TestGradientCheck : public QObject {
    Q_OBJECT

    arma::mat m_X, m_Y;

private slots:
    void initTestCase() {
        arma::arma_rng::set_seed(21);
        m_X = arma::randn(6, 9);
        m_Y = arma::conv_to<arma::mat>::from(arma::randu(1, 9) > 0.5);
    }

    void verdicts() {
        QCOMPARE(VerdictOf(0.0), GradientVerdict::Good);
        QCOMPARE(VerdictOf(9.9e-8), GradientVerdict::Good);
        QCOMPARE(VerdictOf(1e-7), GradientVerdict::Acceptable);
        QCOMPARE(VerdictOf(1e-5), GradientVerdict::Acceptable);
        QCOMPARE(VerdictOf(1.1e-5), GradientVerdict::Suspicious);
        QCOMPARE(VerdictOf(std::nan("")), GradientVerdict::Suspicious);
    }

    void correctBackwardPasses() {
        const Parameters p = SmallNetwork();
        GradientCheckOptions<double> options;
        const GradientCheckReport report = GradientCheckLayers<double>(p, m_X, m_Y, options);
        QCOMPARE(report.layers.size(), size_t(3));
        QCOMPARE(report.checked, p.spec.ParameterCount());
        QCOMPARE(report.total, p.spec.ParameterCount());
        for (const GradientCheckLayer& layer : report.layers) {
            QCOMPARE(layer.W.checked, p.W[layer.layer].n_elem);
            QVERIFY2(layer.W.difference < kGradientGoodBelow,
                     qPrintable(QString::number(layer.W.difference)));
            QVERIFY2(layer.b.difference < kGradientGoodBelow,
                     qPrintable(QString::number(layer.b.difference)));
        }
        QCOMPARE(VerdictOf(report.difference), GradientVerdict::Good);
        // The one-number check is the report's overall difference.
        QCOMPARE(GradientCheck<double>(p, m_X, m_Y, 1e-7), report.difference);
    }

    void wrongBackwardFails_data() {
        AddColumns<Mutation, size_t>({"mutation", "wrongLayer"});
        QTest::newRow("ReLU derivative forgotten in layer 1")
            << Mutation([this](Network<double>& n, const arma::mat& Y) {
                   ForgetReluDerivative(n, m_X, Y, 1);
               })
            << size_t(1);
        QTest::newRow("ReLU derivative forgotten in layer 2")
            << Mutation([this](Network<double>& n, const arma::mat& Y) {
                   ForgetReluDerivative(n, m_X, Y, 2);
               })
            << size_t(2);
        // Off by 1 %: small, and still far above the suspicious line.
        QTest::newRow("dW[3] 1 % too large")
            << Mutation([](Network<double>& n, const arma::mat&) { n.dW[3] *= 1.01; }) << size_t(3);
        QTest::newRow("db[1] without 1/m")
            << Mutation([](Network<double>& n, const arma::mat& Y) { n.db[1] *= double(Y.n_cols); })
            << size_t(1);
    }

    void wrongBackwardFails() {
        QFETCH(Mutation, mutation);
        QFETCH(size_t, wrongLayer);
        const Parameters p = SmallNetwork();
        for (const arma::uword sample : {arma::uword(0), arma::uword(3)}) {
            GradientCheckOptions<double> options;
            options.afterBackward = mutation;
            options.samplePerTensor = sample;
            const GradientCheckReport report = GradientCheckLayers<double>(p, m_X, m_Y, options);
            QVERIFY2(
                VerdictOf(report.difference) == GradientVerdict::Suspicious,
                qPrintable(QString("sample %1: difference %2").arg(sample).arg(report.difference)));
            // The layers above the wrong one are still right: the report points at the bug.
            for (const GradientCheckLayer& layer : report.layers)
                if (layer.layer > wrongLayer) {
                    QVERIFY(layer.W.difference < kGradientGoodBelow);
                    QVERIFY(layer.b.difference < kGradientGoodBelow);
                }
            const GradientCheckLayer& wrong = report.layers[wrongLayer - 1];
            QVERIFY(std::max(wrong.W.difference, wrong.b.difference) > kGradientSuspiciousAbove);
        }
    }

    void sampleIsSeededAndBounded() {
        const auto a = SampledElements(1000, 10, 5);
        QCOMPARE(a.size(), size_t(10));
        QVERIFY(std::is_sorted(a.begin(), a.end()));
        QVERIFY(std::adjacent_find(a.begin(), a.end()) == a.end());
        QVERIFY(a.back() < 1000);
        QCOMPARE(SampledElements(1000, 10, 5), a);
        QVERIFY(SampledElements(1000, 10, 6) != a);
        QCOMPARE(SampledElements(4, 10, 5), (std::vector<arma::uword>{0, 1, 2, 3}));
        QCOMPARE(SampledElements(4, 0, 5).size(), size_t(4));

        GradientCheckOptions<double> options;
        options.samplePerTensor = 2;
        const GradientCheckReport report =
            GradientCheckLayers<double>(SmallNetwork(), m_X, m_Y, options);
        QCOMPARE(report.layers[0].W.checked, arma::uword(2));
        QCOMPARE(report.layers[0].W.total, arma::uword(30));
        QCOMPARE(report.layers[2].b.checked, arma::uword(1));
        QCOMPARE(report.checked, arma::uword(2 + 2 + 2 + 2 + 2 + 1));
        QCOMPARE(VerdictOf(report.difference), GradientVerdict::Good);
    }
};

QTEST_APPLESS_MAIN(TestGradientCheck)
#include "tst_gradientcheck.moc"
