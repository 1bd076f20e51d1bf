// The activations: g and its fused bias-and-activate pass give the same bits, softmax columns
// are distributions even far out, and the backward pass refuses softmax, which only the output
// layer may use (its dZ comes from the cost).
#include <QTest>

#include "ActivationFunctions.h"
#include "EngineError.h"

using namespace layerlab;

Q_DECLARE_METATYPE(Activation)

class TestActivationFunctions : public QObject {
    Q_OBJECT

private slots:
    void fusedPassIsActivate_data() {
        QTest::addColumn<Activation>("activation");
        for (Activation a : {Activation::ReLU, Activation::LeakyReLU, Activation::Tanh,
                             Activation::Sigmoid, Activation::Softmax})
            QTest::newRow(ToString(a).data()) << a;
    }

    void fusedPassIsActivate() {
        QFETCH(Activation, activation);
        arma::arma_rng::set_seed(1);
        const arma::mat Z0 = 2.0 * arma::randn(5, 8);
        const arma::vec b = arma::randn(5);
        arma::mat Z = Z0, A;
        AddBiasAndActivate(activation, b, Z, A);
        arma::mat Zc = Z0, Ac;
        Zc.each_col() += b;
        Activate(activation, Zc, Ac);
        QVERIFY(arma::approx_equal(Z, Zc, "absdiff", 0.0));
        QVERIFY(arma::approx_equal(A, Ac, "absdiff", 0.0));
        QVERIFY(!arma::approx_equal(A, Zc, "absdiff", 1e-3));  // g did something
    }

    void softmaxColumnsAreDistributions() {
        const arma::mat Z = {{1e4, -1e4, 0.0}, {1e4 - 1.0, 1e4, 0.0}};
        arma::mat A;
        Activate(Activation::Softmax, Z, A);
        QVERIFY(A.is_finite());
        QVERIFY(arma::approx_equal(arma::sum(A, 0), arma::ones<arma::rowvec>(3), "absdiff", 1e-15));
        QCOMPARE(A(0, 0), 1.0 / (1.0 + std::exp(-1.0)));
        QCOMPARE(A(1, 2), 0.5);
    }

    void backwardRefusesSoftmax() {
        const arma::mat Z(3, 2, arma::fill::ones), dA(3, 2, arma::fill::ones);
        arma::mat A, dZ;
        Activate(Activation::Softmax, Z, A);
        try {
            ActivationBackward(Activation::Softmax, dA, Z, A, dZ);
            QFAIL("no EngineError was thrown");
        } catch (const EngineError& e) {
            QVERIFY2(QString(e.what()).contains("softmax belongs on the output layer only"),
                     e.what());
        }
        ActivationBackward(Activation::Tanh, dA, Z, A, dZ);  // a hidden activation is fine
        QCOMPARE(dZ.n_cols, arma::uword(2));
    }
};

QTEST_APPLESS_MAIN(TestActivationFunctions)
#include "tst_activationfunctions.moc"
