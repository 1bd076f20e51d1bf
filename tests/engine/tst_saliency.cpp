// Saliency: the input gradient of a class probability equals central finite differences of the
// network's own predictions (sigmoid, several sigmoid units and softmax, every class), and
// occlusion's drops are the predictions recomputed here with the patch greyed out by hand, on
// the grid of positions the patch and stride give; sizes that cannot work are refused.
#include <QTest>

#include "BiasedNet.h"
#include "EngineError.h"
#include "InitializeParameters.h"
#include "Saliency.h"

using namespace layerlab;

namespace {

Parameters Net(const std::vector<arma::uword>& sizes, const std::vector<Activation>& activations,
               std::uint64_t seed) {
    return BiasedNet(sizes, activations, seed, 0.04);
}

// The class probability as the course reads the output: a single sigmoid unit is class 1.
double Probability(const Parameters& p, const arma::vec& x, arma::uword c) {
    const arma::mat out = p.Predict(x);
    if (out.n_rows == 1) return c == 1 ? out(0, 0) : 1.0 - out(0, 0);
    return out(c, 0);
}

void CheckGradient(const Parameters& p, const arma::vec& x, arma::uword c) {
    const double eps = 1e-6;
    const arma::vec g = Saliency::Gradient(p, x, c);
    QCOMPARE(g.n_elem, x.n_elem);
    arma::vec approx(x.n_elem);
    for (arma::uword i = 0; i < x.n_elem; ++i) {
        arma::vec plus = x, minus = x;
        plus(i) += eps;
        minus(i) -= eps;
        approx(i) = (Probability(p, plus, c) - Probability(p, minus, c)) / (2 * eps);
    }
    const double difference = arma::norm(g - approx) / (arma::norm(g) + arma::norm(approx));
    QVERIFY2(arma::norm(g) > 1e-4, "the gradient is too small to tell anything");
    QVERIFY2(difference < 1e-6,
             qPrintable(QStringLiteral("class %1: relative difference %2").arg(c).arg(difference)));
}

QString Refusal(const std::function<void()>& f) {
    try {
        f();
    } catch (const EngineError& e) {
        return QString::fromUtf8(e.what());
    }
    return QString();
}

}  // namespace

class TestSaliency : public QObject {
    Q_OBJECT

private slots:
    void gradientOfASigmoidUnitMatchesFiniteDifferences() {
        const Parameters p =
            Net({5, 4, 3, 1}, {Activation::ReLU, Activation::Tanh, Activation::Sigmoid}, 21);
        const arma::vec x = {0.6, -0.3, 1.1, 0.2, -0.8};
        CheckGradient(p, x, 1);
        CheckGradient(p, x, 0);
        // Class 0 is 1 − a, so its gradient is class 1's with the sign flipped.
        QVERIFY(arma::approx_equal(Saliency::Gradient(p, x, 0), -Saliency::Gradient(p, x, 1),
                                   "absdiff", 1e-15));
    }

    void gradientOfSoftmaxMatchesFiniteDifferencesForEveryClass() {
        const Parameters p = Net({4, 6, 3}, {Activation::LeakyReLU, Activation::Softmax}, 8);
        const arma::vec x = {0.9, -0.4, 0.3, 1.2};
        for (arma::uword c = 0; c < 3; ++c) CheckGradient(p, x, c);
        // The probabilities sum to 1, so their gradients sum to 0.
        const arma::vec sum =
            Saliency::Gradient(p, x, 0) + Saliency::Gradient(p, x, 1) + Saliency::Gradient(p, x, 2);
        QVERIFY(arma::norm(sum) < 1e-12);
    }

    void gradientOfSeveralSigmoidUnitsMatchesFiniteDifferences() {
        const Parameters p =
            Net({3, 4, 4, 2}, {Activation::Sigmoid, Activation::ReLU, Activation::Sigmoid}, 4);
        const arma::vec x = {0.5, -1.0, 0.7};
        CheckGradient(p, x, 0);
        CheckGradient(p, x, 1);
    }

    void pixelOcclusionMatchesRecomputedPredictions() {
        // A 3 × 4 two-channel image into one sigmoid unit: logistic regression, nearly linear.
        const std::array<arma::uword, 3> shape{3, 4, 2};
        const Parameters p = Net({24, 1}, {Activation::Sigmoid}, 2);
        arma::vec x(24);
        for (arma::uword i = 0; i < 24; ++i) x(i) = 0.04 * static_cast<double>((i * 7) % 24);
        const double fill = 0.5;
        for (arma::uword c = 0; c < 2; ++c) {
            const arma::vec drops = Saliency::Occlusion(p, x, shape, c, 1, 1, fill);
            QCOMPARE(drops.n_elem, arma::uword{12});
            for (arma::uword r = 0; r < 3; ++r) {
                for (arma::uword col = 0; col < 4; ++col) {
                    arma::vec hidden = x;
                    double dz = 0.0;  // how far hiding the pixel moves z
                    for (arma::uword ch = 0; ch < 2; ++ch) {
                        const arma::uword i = (r * 4 + col) * 2 + ch;
                        hidden(i) = fill;
                        dz += p.W[1](0, i) * (fill - x(i));
                    }
                    const double want = Probability(p, x, c) - Probability(p, hidden, c);
                    const double got = drops(r * 4 + col);
                    QVERIFY2(std::abs(got - want) < 1e-12,
                             qPrintable(QStringLiteral("pixel %1,%2: %3 vs %4")
                                            .arg(r)
                                            .arg(col)
                                            .arg(got)
                                            .arg(want)));
                    // Class 1 falls exactly when hiding the pixel lowers z.
                    if (std::abs(dz) > 1e-9) QCOMPARE(got > 0, c == 1 ? dz < 0 : dz > 0);
                }
            }
        }
    }

    void patchOcclusionCoversItsGridRowMajor() {
        // 5 × 6 × 3 into a softmax net; a 2 × 2 patch every 2 pixels fits 2 × 3 times.
        const std::array<arma::uword, 3> shape{5, 6, 3};
        const Parameters p = Net({90, 5, 3}, {Activation::ReLU, Activation::Softmax}, 13);
        arma::vec x(90);
        for (arma::uword i = 0; i < 90; ++i) x(i) = 0.01 * static_cast<double>((i * 37) % 90);
        const auto grid = Saliency::OcclusionGrid(shape, 2, 2);
        QCOMPARE(grid[0], arma::uword{2});
        QCOMPARE(grid[1], arma::uword{3});
        QCOMPARE(Saliency::OcclusionGrid(shape, 2, 1)[0], arma::uword{4});
        QCOMPARE(Saliency::OcclusionGrid(shape, 2, 1)[1], arma::uword{5});
        QCOMPARE(Saliency::OcclusionGrid(shape, 5, 3)[0], arma::uword{1});
        QCOMPARE(Saliency::OcclusionGrid(shape, 5, 3)[1], arma::uword{1});

        const double fill = 0.25;
        const arma::vec drops = Saliency::Occlusion(p, x, shape, 2, 2, 2, fill);
        QCOMPARE(drops.n_elem, arma::uword{6});
        for (arma::uword gr = 0; gr < 2; ++gr) {
            for (arma::uword gc = 0; gc < 3; ++gc) {
                arma::vec hidden = x;
                for (arma::uword r = 2 * gr; r < 2 * gr + 2; ++r)
                    for (arma::uword c = 2 * gc; c < 2 * gc + 2; ++c)
                        for (arma::uword ch = 0; ch < 3; ++ch) hidden((r * 6 + c) * 3 + ch) = fill;
                const double want = Probability(p, x, 2) - Probability(p, hidden, 2);
                QVERIFY2(std::abs(drops(gr * 3 + gc) - want) < 1e-12,
                         qPrintable(QStringLiteral("position %1,%2").arg(gr).arg(gc)));
            }
        }
        // More positions than one batch: every drop still matches its own recomputation.
        const std::array<arma::uword, 3> big{12, 12, 1};
        const Parameters q = Net({144, 3, 1}, {Activation::Tanh, Activation::Sigmoid}, 6);
        arma::vec image(144);
        for (arma::uword i = 0; i < 144; ++i) image(i) = 0.007 * static_cast<double>(i);
        const arma::vec many = Saliency::Occlusion(q, image, big, 1, 1, 1);
        QCOMPARE(many.n_elem, arma::uword{144});
        for (arma::uword i = 0; i < 144; ++i) {
            arma::vec hidden = image;
            hidden(i) = 0.5;
            QVERIFY(std::abs(many(i) - (Probability(q, image, 1) - Probability(q, hidden, 1))) <
                    1e-12);
        }
    }

    void refusesSizesThatCannotWork() {
        const std::array<arma::uword, 3> shape{3, 4, 2};
        const Parameters p = Net({24, 1}, {Activation::Sigmoid}, 2);
        const arma::vec x(24, arma::fill::value(0.3));
        const auto occlusion = [&](std::array<arma::uword, 3> s, arma::uword c, arma::uword patch,
                                   arma::uword stride, const arma::vec& image) {
            return Refusal([&] { Saliency::Occlusion(p, image, s, c, patch, stride); });
        };
        QVERIFY(occlusion(shape, 1, 1, 1, x).isEmpty());
        QVERIFY(occlusion(shape, 1, 3, 1, x).isEmpty());
        const QString noPatch = occlusion(shape, 1, 0, 1, x);
        QVERIFY2(noPatch.contains(QStringLiteral("patch of 0")), qPrintable(noPatch));
        QVERIFY(!occlusion(shape, 1, 1, 0, x).isEmpty());
        const QString tooBig = occlusion(shape, 1, 4, 1, x);
        QVERIFY2(tooBig.contains(QStringLiteral("at most 3")), qPrintable(tooBig));
        QVERIFY(!occlusion({4, 4, 2}, 1, 1, 1, x).isEmpty());
        QVERIFY(!occlusion({0, 0, 0}, 1, 1, 1, x).isEmpty());
        QVERIFY(!occlusion(shape, 2, 1, 1, x).isEmpty());
        // The shape fits the example but the example does not fit the network.
        QVERIFY(!occlusion({3, 4, 1}, 1, 1, 1, arma::vec(12, arma::fill::zeros)).isEmpty());

        QVERIFY(!Refusal([&] {
                     Saliency::Gradient(p, arma::vec(23, arma::fill::zeros), 1);
                 }).isEmpty());
        const QString noClass = Refusal([&] { Saliency::Gradient(p, x, 2); });
        QVERIFY2(noClass.contains(QStringLiteral("from 0 to 1")), qPrintable(noClass));
        const Parameters softmax = Net({2, 3, 3}, {Activation::ReLU, Activation::Softmax}, 1);
        QVERIFY(!Refusal([&] { Saliency::Gradient(softmax, arma::vec{0.1, 0.2}, 3); }).isEmpty());
        QVERIFY(Refusal([&] { Saliency::Gradient(softmax, arma::vec{0.1, 0.2}, 2); }).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSaliency)
#include "tst_saliency.moc"
