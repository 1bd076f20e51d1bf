// One example followed through the network: the trace's Z, A, dZ, dW, db equal the course's
// formulas written out by hand for a small net, for a sigmoid and a softmax output.
#include <QTest>

#include "ExampleTrace.h"
#include "InitializeParameters.h"

using namespace layerlab;

namespace {

arma::mat Relu(const arma::mat& z) {
    return arma::clamp(z, 0.0, arma::datum::inf);
}

void CompareExact(const arma::mat& got, const arma::mat& want, const char* what, size_t l) {
    QVERIFY2(arma::size(got) == arma::size(want), what);
    QVERIFY2(arma::approx_equal(got, want, "absdiff", 1e-12),
             qPrintable(QStringLiteral("%1[%2] differs").arg(what).arg(l)));
}

}  // namespace

class TestExampleTrace : public QObject {
    Q_OBJECT

private slots:
    void sigmoidOutputMatchesTheFormulas() {
        const Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({3, 4, 1}),
                                                  Initializer::He, 7);
        const arma::vec x = {0.3, -1.2, 0.8};
        const arma::vec y = {1.0};
        const ExampleTrace t = ExampleTrace::Capture(p, x, y);

        const arma::mat Z1 = p.W[1] * x + p.b[1];
        const arma::mat A1 = Relu(Z1);
        const arma::mat Z2 = p.W[2] * A1 + p.b[2];
        const arma::mat A2 = 1.0 / (1.0 + arma::exp(-Z2));
        const arma::mat dZ2 = A2 - y;
        const arma::mat dZ1 = (p.W[2].t() * dZ2) % arma::conv_to<arma::mat>::from(Z1 > 0.0);
        CompareExact(t.A[0], x, "A", 0);
        CompareExact(t.Z[1], Z1, "Z", 1);
        CompareExact(t.A[1], A1, "A", 1);
        CompareExact(t.Z[2], Z2, "Z", 2);
        CompareExact(t.A[2], A2, "A", 2);
        CompareExact(t.dZ[2], dZ2, "dZ", 2);
        CompareExact(t.dW[2], dZ2 * A1.t(), "dW", 2);
        CompareExact(t.db[2], dZ2, "db", 2);
        CompareExact(t.dZ[1], dZ1, "dZ", 1);
        CompareExact(t.dW[1], dZ1 * x.t(), "dW", 1);
        CompareExact(t.db[1], dZ1, "db", 1);
    }

    void softmaxOutputMatchesTheFormulas() {
        const Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({2, 3, 3}),
                                                  Initializer::He, 11);
        const arma::vec x = {-0.4, 1.7};
        const arma::vec y = {0.0, 0.0, 1.0};
        const ExampleTrace t = ExampleTrace::Capture(p, x, y);

        const arma::mat Z1 = p.W[1] * x + p.b[1];
        const arma::mat A1 = Relu(Z1);
        const arma::mat Z2 = p.W[2] * A1 + p.b[2];
        const arma::mat e = arma::exp(Z2 - Z2.max());
        const arma::mat A2 = e / arma::accu(e);
        const arma::mat dZ2 = A2 - y;
        const arma::mat dZ1 = (p.W[2].t() * dZ2) % arma::conv_to<arma::mat>::from(Z1 > 0.0);
        CompareExact(t.Z[1], Z1, "Z", 1);
        CompareExact(t.A[2], A2, "A", 2);
        CompareExact(t.dW[2], dZ2 * A1.t(), "dW", 2);
        CompareExact(t.dW[1], dZ1 * x.t(), "dW", 1);
        CompareExact(t.db[1], dZ1, "db", 1);
    }

    void refusesAMismatchedExample() {
        const Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({3, 2, 1}),
                                                  Initializer::He, 1);
        QVERIFY_THROWS_EXCEPTION(std::exception, ExampleTrace::Capture(p, arma::vec(4), {1.0}));
        QVERIFY_THROWS_EXCEPTION(
            std::exception, ExampleTrace::Capture(p, arma::vec(3, arma::fill::zeros), {1.0, 0.0}));
    }
};

QTEST_APPLESS_MAIN(TestExampleTrace)
#include "tst_exampletrace.moc"
