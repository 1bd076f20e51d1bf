// One unit opened up: GlassBoxNeuron's terms add up to the trace's z and to the course's
// W[l](j,:)·A[l-1] + b[l](j) computed here by hand, its backward numbers are the trace's, its
// update is Network's own Update, for every unit of a sigmoid, a softmax and a tanh/leaky-ReLU
// net; it refuses layers and units that do not exist.
#include <QTest>

#include "BiasedNet.h"
#include "EngineError.h"
#include "GlassBoxNeuron.h"
#include "InitializeParameters.h"
#include "Network.h"

using namespace layerlab;

namespace {

Parameters Net(const std::vector<arma::uword>& sizes, const std::vector<Activation>& activations,
               std::uint64_t seed) {
    return BiasedNet(sizes, activations, seed, 0.05);
}

// The course's forward pass, written out apart from the engine.
std::vector<arma::mat> ForwardByHand(const Parameters& p, const arma::vec& x) {
    std::vector<arma::mat> A(p.L() + 1);
    A[0] = x;
    for (size_t l = 1; l <= p.L(); ++l) {
        const arma::mat Z = p.W[l] * A[l - 1] + p.b[l];
        switch (p.spec.activations[l - 1]) {
            case Activation::ReLU:
                A[l] = arma::clamp(Z, 0.0, arma::datum::inf);
                break;
            case Activation::LeakyReLU:
                A[l] = Z;
                A[l].transform([](double z) { return z > 0 ? z : 0.01 * z; });
                break;
            case Activation::Tanh:
                A[l] = arma::tanh(Z);
                break;
            case Activation::Sigmoid:
                A[l] = 1.0 / (1.0 + arma::exp(-Z));
                break;
            case Activation::Softmax: {
                const arma::mat e = arma::exp(Z - Z.max());
                A[l] = e / arma::accu(e);
                break;
            }
        }
    }
    return A;
}

// How Lines() prints a number: 4 significant digits with a real minus sign.
QString Printed(double x) {
    return QString::number(x, 'g', 4).replace(QLatin1Char('-'), QChar(0x2212));
}

void CheckEveryUnit(const Parameters& p, const arma::vec& x, const arma::vec& y, size_t top) {
    const double alpha = 0.1;
    const ExampleTrace t = ExampleTrace::Capture(p, x, y);
    const std::vector<arma::mat> A = ForwardByHand(p, x);
    Network<double> stepped(p);
    const arma::mat X = x;  // Forward keeps a pointer to it until Backward
    stepped.Forward(X);
    stepped.Backward(arma::mat(y));
    stepped.Update(alpha);

    for (size_t l = 1; l <= p.L(); ++l) {
        for (arma::uword j = 0; j < p.W[l].n_rows; ++j) {
            const QByteArray where = QStringLiteral("layer %1 unit %2").arg(l).arg(j).toUtf8();
            const GlassBoxNeuron n = GlassBoxNeuron::Explain(p, t, l, j, top, alpha);
            QCOMPARE(n.layer, l);
            QCOMPARE(n.unit, j);
            QCOMPARE(n.inputs, p.W[l].n_cols);
            QCOMPARE(n.activationName, ToString(p.spec.activations[l - 1]));

            // The listed terms are the largest |w·a|, in decreasing order, and hold W and A.
            const size_t shown = std::min<size_t>(top, p.W[l].n_cols);
            QCOMPARE(n.terms.size(), shown);
            QCOMPARE(n.restCount, p.W[l].n_cols - shown);
            std::vector<bool> listed(p.W[l].n_cols, false);
            double listedSum = 0.0;
            double smallestListed = arma::datum::inf;
            for (size_t i = 0; i < n.terms.size(); ++i) {
                const GlassBoxNeuron::Term& term = n.terms[i];
                QVERIFY2(term.k < p.W[l].n_cols, where);
                QVERIFY2(!listed[term.k], where);
                listed[term.k] = true;
                QCOMPARE(term.w, p.W[l](j, term.k));
                QCOMPARE(term.a, t.A[l - 1](term.k, 0));
                QCOMPARE(term.product, term.w * term.a);
                if (i > 0)
                    QVERIFY2(std::abs(term.product) <= std::abs(n.terms[i - 1].product), where);
                smallestListed = std::min(smallestListed, std::abs(term.product));
                listedSum += term.product;
            }
            double restSum = 0.0;
            for (arma::uword k = 0; k < p.W[l].n_cols; ++k) {
                if (listed[k]) continue;
                const double product = p.W[l](j, k) * A[l - 1](k, 0);
                QVERIFY2(std::abs(product) <= smallestListed, where);
                restSum += product;
            }
            QVERIFY2(std::abs(n.restSum - restSum) < 1e-12, where);

            // z three ways: the shown sum, the trace, and W[l](j,:)·A[l-1] + b[l](j) by hand.
            const double byHand = arma::as_scalar(p.W[l].row(j) * A[l - 1]) + p.b[l](j, 0);
            QCOMPARE(n.b, p.b[l](j, 0));
            QCOMPARE(n.z, t.Z[l](j, 0));
            QVERIFY2(std::abs(listedSum + n.restSum + n.b - t.Z[l](j, 0)) < 1e-12, where);
            QVERIFY2(std::abs(n.zFromTerms - t.Z[l](j, 0)) < 1e-12, where);
            QVERIFY2(std::abs(n.zFromTerms - byHand) < 1e-12, where);
            QCOMPARE(n.a, t.A[l](j, 0));
            QVERIFY2(std::abs(n.a - A[l](j, 0)) < 1e-12, where);

            // Backward: the trace's numbers, and where dz came from.
            QCOMPARE(n.dz, t.dZ[l](j, 0));
            QCOMPARE(n.db, t.db[l](j, 0));
            QVERIFY2(std::abs(n.dWRowNorm - arma::norm(t.dW[l].row(j), 2)) < 1e-15, where);
            for (const GlassBoxNeuron::Term& term : n.terms) {
                QCOMPARE(term.dW, t.dW[l](j, term.k));
                QVERIFY2(std::abs(term.dW - n.dz * term.a) < 1e-12, where);
            }
            QCOMPARE(n.outputLayer, l == p.L());
            if (n.outputLayer)
                QVERIFY2(std::abs(n.target - y(j)) < 1e-12, where);
            else
                QVERIFY2(std::abs(n.da * n.slope - n.dz) < 1e-12, where);

            // The update is the one Network::Update makes.
            QVERIFY(n.hasUpdate);
            QCOMPARE(n.alpha, alpha);
            for (const GlassBoxNeuron::Term& term : n.terms) {
                QCOMPARE(term.wNew, p.W[l](j, term.k) - alpha * t.dW[l](j, term.k));
                QVERIFY2(std::abs(term.wNew - stepped.W[l](j, term.k)) < 1e-15, where);
            }
            QCOMPARE(n.bNew, p.b[l](j, 0) - alpha * t.db[l](j, 0));
            QVERIFY2(std::abs(n.bNew - stepped.b[l](j, 0)) < 1e-15, where);

            // The printout shows z's value at the end of the sum, and a's after the activation.
            const std::vector<std::string> lines = n.Lines();
            QVERIFY2(lines.size() >= 6, where);
            const QString sum = QString::fromStdString(lines[1]);
            QVERIFY2(sum.startsWith(QStringLiteral("z = w·a + b = ")), qPrintable(sum));
            QVERIFY2(sum.endsWith(QStringLiteral(" = ") + Printed(t.Z[l](j, 0))), qPrintable(sum));
            if (n.restCount > 0)
                QVERIFY2(sum.contains(QStringLiteral("%1 more term").arg(n.restCount)),
                         qPrintable(sum));
            const QString activation = QString::fromStdString(lines[2]);
            QVERIFY2(activation.endsWith(QStringLiteral(" = ") + Printed(t.A[l](j, 0))),
                     qPrintable(activation));
            bool updateShown = false;
            for (const std::string& line : lines)
                updateShown |=
                    QString::fromStdString(line).startsWith(QStringLiteral("W ← W − α·dW"));
            QVERIFY2(updateShown, where);
        }
    }
}

}  // namespace

class TestGlassBoxNeuron : public QObject {
    Q_OBJECT

private slots:
    void sigmoidNetAddsUpForEveryUnit() {
        const Parameters p =
            Net({6, 4, 3, 1}, {Activation::ReLU, Activation::ReLU, Activation::Sigmoid}, 5);
        const arma::vec x = {0.3, -1.2, 0.8, 0.5, -0.1, 1.4};
        CheckEveryUnit(p, x, arma::vec{1.0}, 2);
        if (QTest::currentTestFailed()) return;
        CheckEveryUnit(p, x, arma::vec{0.0}, 5);
    }

    void softmaxNetAddsUpForEveryUnit() {
        const Parameters p = Net({5, 4, 3}, {Activation::ReLU, Activation::Softmax}, 9);
        const arma::vec x = {-0.4, 1.7, 0.2, -0.9, 0.6};
        CheckEveryUnit(p, x, arma::vec{0.0, 1.0, 0.0}, 3);
    }

    void tanhAndLeakyReluSlopesExplainDz() {
        const Parameters p =
            Net({4, 5, 3, 1}, {Activation::Tanh, Activation::LeakyReLU, Activation::Sigmoid}, 3);
        const arma::vec x = {0.9, -0.7, 0.25, -1.5};
        CheckEveryUnit(p, x, arma::vec{1.0}, 1);
    }

    void listsAllOrNoTerms() {
        const Parameters p =
            Net({6, 4, 3, 1}, {Activation::ReLU, Activation::ReLU, Activation::Sigmoid}, 5);
        const ExampleTrace t =
            ExampleTrace::Capture(p, arma::vec{0.3, -1.2, 0.8, 0.5, -0.1, 1.4}, arma::vec{1.0});
        const GlassBoxNeuron all = GlassBoxNeuron::Explain(p, t, 1, 2, 100);
        QCOMPARE(all.terms.size(), size_t{6});
        QCOMPARE(all.restCount, arma::uword{0});
        QCOMPARE(all.restSum, 0.0);
        QVERIFY(!all.hasUpdate);
        for (const std::string& line : all.Lines())
            QVERIFY(!QString::fromStdString(line).contains(QStringLiteral("more term")));

        const GlassBoxNeuron none = GlassBoxNeuron::Explain(p, t, 2, 1, 0);
        QVERIFY(none.terms.empty());
        QCOMPARE(none.restCount, arma::uword{4});
        QVERIFY(std::abs(none.restSum + none.b - t.Z[2](1, 0)) < 1e-12);
        QVERIFY(QString::fromStdString(none.Lines()[1]).contains(QStringLiteral("(4 terms: ")));
        // A window's own words for the same sum, the number where its {n} stands.
        GlassBoxNeuron::Words words;
        words.allTerms = "共 {n} 项";
        QVERIFY(
            QString::fromStdString(none.Lines(words)[1]).contains(QStringLiteral("(共 4 项: ")));
        const GlassBoxNeuron some = GlassBoxNeuron::Explain(p, t, 1, 2, 2, 0.5);
        words.moreTerms = "另外 {n} 项";
        words.with = "取";
        const std::vector<std::string> lines = some.Lines(words);
        QVERIFY(QString::fromStdString(lines[1]).contains(QStringLiteral("(另外 4 项: ")));
        bool update = false;
        for (const std::string& line : lines)
            update = update || QString::fromStdString(line).contains(QStringLiteral("取 α = 0.5:"));
        QVERIFY(update);
    }

    void refusesLayersAndUnitsOutOfRange() {
        const Parameters p =
            Net({6, 4, 3, 1}, {Activation::ReLU, Activation::ReLU, Activation::Sigmoid}, 5);
        const ExampleTrace t = ExampleTrace::Capture(p, arma::vec(6, arma::fill::ones), {1.0});
        const auto message = [&](size_t l, arma::uword j, double rate = 0) {
            try {
                GlassBoxNeuron::Explain(p, t, l, j, 5, rate);
            } catch (const EngineError& e) {
                return QString::fromUtf8(e.what());
            }
            return QString();
        };
        QVERIFY2(message(0, 0).contains(QStringLiteral("from 1 to 3")), qPrintable(message(0, 0)));
        QVERIFY2(message(4, 0).contains(QStringLiteral("from 1 to 3")), qPrintable(message(4, 0)));
        QVERIFY2(message(1, 4).contains(QStringLiteral("from 0 to 3")), qPrintable(message(1, 4)));
        QVERIFY2(message(2, 3).contains(QStringLiteral("from 0 to 2")), qPrintable(message(2, 3)));
        QVERIFY2(message(3, 1).contains(QStringLiteral("from 0 to 0")), qPrintable(message(3, 1)));
        QVERIFY(!message(1, 0, -0.1).isEmpty());
        QVERIFY(message(3, 0).isEmpty());

        // A trace of another network's shape is refused, not read out of bounds.
        const Parameters other =
            Net({6, 5, 3, 1}, {Activation::ReLU, Activation::ReLU, Activation::Sigmoid}, 5);
        QVERIFY_THROWS_EXCEPTION(EngineError, GlassBoxNeuron::Explain(other, t, 2, 0));
    }
};

QTEST_APPLESS_MAIN(TestGlassBoxNeuron)
#include "tst_glassboxneuron.moc"
