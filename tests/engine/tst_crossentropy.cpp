// The one cost: CrossEntropy::Mean on a network's own probabilities is the cost Network::Cost
// computes from Z[L] with SumFromLogits, for sigmoid and softmax outputs; the clamp of confident
// mistakes; SumFromLogits over ranges adds up.
#include <QTest>
#include <cmath>

#include "DataColumns.h"
#include "EngineError.h"
#include "InitializeParameters.h"
#include "Network.h"
#include "losses/CrossEntropy.h"

using namespace layerlab;

class TestCrossEntropy : public QObject {
    Q_OBJECT

private slots:
    void meanIsTheNetworksCost_data() {
        AddColumns<int, int>({"output", "classes"});
        QTest::newRow("binary, sigmoid") << int(Activation::Sigmoid) << 2;
        QTest::newRow("3 classes, softmax") << int(Activation::Softmax) << 3;
        QTest::newRow("5 classes, softmax") << int(Activation::Softmax) << 5;
    }

    void meanIsTheNetworksCost() {
        QFETCH(int, output);
        QFETCH(int, classes);
        NetworkSpec spec;
        const arma::uword units = Activation(output) == Activation::Sigmoid ? 1 : classes;
        spec.sizes = {4, 6, units};
        spec.activations = {Activation::Tanh, Activation(output)};
        const Parameters p = InitializeParameters(spec, Initializer::Xavier, 2);
        arma::arma_rng::set_seed(3);
        const arma::mat X = arma::randn(4, 30);
        arma::Row<arma::uword> y(30);
        for (arma::uword i = 0; i < 30; ++i) y[i] = (i * 7) % classes;
        arma::mat Y(units, 30, arma::fill::zeros);
        for (arma::uword i = 0; i < 30; ++i) {
            if (units == 1)
                Y(0, i) = double(y[i]);
            else
                Y(y[i], i) = 1.0;
        }
        Network<double> net(p);
        const arma::mat probabilities = net.Forward(X);
        // Moderate weights: no probability comes near the clamp, so the two must agree.
        QVERIFY(probabilities.min() > 1e-6 && probabilities.max() < 1.0 - 1e-6);
        const double mean = CrossEntropy::Mean(probabilities, y);
        const double cost = net.Cost(Y);
        const double fromLogits =
            CrossEntropy::SumFromLogits(spec.OutputActivation(), net.Z[2], Y, 0, 30) / 30.0;
        qInfo("Mean %.17g, Network::Cost %.17g", mean, cost);
        QVERIFY(std::abs(mean - cost) <= 1e-12 * cost);
        QVERIFY(std::abs(fromLogits - cost) <= 1e-15 * cost);
        QVERIFY(cost > 0.1);  // a real cost, not a trivial 0
    }

    // A confident mistake costs −log 1e-15, not infinity; a hand-worked pair without clamping.
    void meanByHand() {
        const arma::mat binary = {{0.8, 0.3}};
        QCOMPARE(CrossEntropy::Mean(binary, {1, 0}), -(std::log(0.8) + std::log(0.7)) / 2.0);
        const arma::mat certain = {{1.0, 0.0}, {0.0, 1.0}};
        QCOMPARE(CrossEntropy::Mean(certain, {1, 1}), -std::log(CrossEntropy::kTiny) / 2.0);
        QVERIFY(std::isnan(CrossEntropy::Mean(arma::mat(1, 0), arma::Row<arma::uword>())));
        QVERIFY_THROWS_EXCEPTION(EngineError, CrossEntropy::Mean(certain, {0, 2}));
        QVERIFY_THROWS_EXCEPTION(EngineError, CrossEntropy::Mean(certain, {0}));
    }

    void sumsOverRangesAddUp() {
        arma::arma_rng::set_seed(4);
        const arma::mat Z = 3.0 * arma::randn(3, 10);
        arma::mat Y(3, 10, arma::fill::zeros);
        for (arma::uword i = 0; i < 10; ++i) Y(i % 3, i) = 1.0;
        for (Activation a : {Activation::Sigmoid, Activation::Softmax}) {
            const double whole = CrossEntropy::SumFromLogits(a, Z, Y, 0, 10);
            const double parts = CrossEntropy::SumFromLogits(a, Z, Y, 0, 4) +
                                 CrossEntropy::SumFromLogits(a, Z, Y, 4, 6);
            QVERIFY(std::abs(whole - parts) <= 1e-13 * whole);
            QVERIFY(whole > 1.0);
        }
    }
};

QTEST_APPLESS_MAIN(TestCrossEntropy)
#include "tst_crossentropy.moc"
