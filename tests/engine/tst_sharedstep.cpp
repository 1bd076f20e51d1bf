// SharedStep against the course Network it cuts in parts: the same Z, A, masks, cost, accuracy,
// dZ, dA, gradients and update, for 1 and several parts, every hidden activation, sigmoid and
// softmax outputs, dropout and L2, in both precisions; its Gram-path pass too.
#include <QTest>

#include "ActivationRows.h"
#include "DataColumns.h"
#include "EngineError.h"
#include "InitializeParameters.h"
#include "Network.h"
#include "ThreadTeam.h"
#include "optimizers/GradientDescent.h"
#include "parallel/SharedStep.h"

using namespace layerlab;

namespace {

struct Problem {
    Parameters p;
    arma::mat X, Y;
};

// A network of n0 inputs with non-zero biases, and m examples with their targets.
Problem MakeProblem(Activation hidden, Activation output, arma::uword outputs, arma::uword m) {
    NetworkSpec spec;
    spec.sizes = {7, 6, 5, outputs};
    spec.activations = {hidden, hidden, output};
    Problem pr;
    pr.p = InitializeParameters(spec, Initializer::He, 5);
    arma::arma_rng::set_seed(6);
    for (size_t l = 1; l <= pr.p.L(); ++l) pr.p.b[l] = 0.3 * arma::randn(pr.p.b[l].n_rows, 1);
    pr.X = arma::randn(7, m);
    pr.Y.zeros(outputs, m);
    for (arma::uword i = 0; i < m; ++i) {
        if (output == Activation::Softmax)
            pr.Y(i % outputs, i) = 1.0;
        else
            for (arma::uword u = 0; u < outputs; ++u) pr.Y(u, i) = (i * 7 + u * 3) % 5 < 2;
    }
    return pr;
}

// Whether a and b agree to tol relative to their size (exactly when tol is 0).
template <typename eT>
bool Close(const arma::Mat<eT>& a, const arma::Mat<eT>& b, double tol) {
    if (a.n_rows != b.n_rows || a.n_cols != b.n_cols) return false;
    if (tol == 0.0) return arma::approx_equal(a, b, "absdiff", eT(0));
    const double scale = std::max(1.0, double(arma::abs(b).max()));
    return double(arma::abs(a - b).max()) <= tol * scale;
}

}  // namespace

class TestSharedStep : public QObject {
    Q_OBJECT

private:
    // The course Network's pass and the shared one on a copy of it, compared; then one update.
    template <typename eT>
    void CompareWithNetwork(const Problem& pr, size_t parts, bool dropout, double l2,
                            bool threads) {
        using Mat = arma::Mat<eT>;
        const Mat X = arma::conv_to<Mat>::from(pr.X), Y = arma::conv_to<Mat>::from(pr.Y);
        const double tol = std::is_same_v<eT, float> ? 2e-5 : 1e-12;
        const std::vector<double> keep = {0.7, 0.6, 1.0};
        Network<eT> course(pr.p), shared(pr.p);
        for (Network<eT>* n : {&course, &shared}) {
            if (dropout) n->SetDropout(keep, 9);
            n->SetL2(l2, X.n_cols);
        }
        course.Forward(X, true);
        const eT cost = course.Cost(Y);
        const arma::uword correct = course.CorrectCount(Y);
        course.Backward(Y);

        SharedStep<eT> step(shared);
        step.Begin(X, true, parts);
        QCOMPARE(step.Parts(), parts);
        ThreadTeam team(threads ? parts : 1);
        // Without threads the parts run one after the other, as a team of one would run them.
        auto run = [&](auto&& task) {
            if (threads) {
                team.Run(task);
            } else {
                for (size_t part = 0; part < parts; ++part) task(part);
            }
        };
        std::vector<double> costs(parts);
        std::vector<arma::uword> corrects(parts);
        auto first = [&](size_t part) { step.FirstProduct(part); };
        run(first);
        auto columns = [&](size_t part) {
            step.ForwardColumns(step.Columns(part));
            costs[part] = step.CostSum(Y, step.Columns(part));
            corrects[part] = step.CorrectCount(Y, step.Columns(part));
            step.BackwardColumns(Y, step.Columns(part));
        };
        run(columns);
        auto gradients = [&](size_t part) { step.Gradients(part); };
        run(gradients);

        double sum = 0;
        arma::uword correctSum = 0;
        for (size_t part = 0; part < parts; ++part)
            sum += costs[part], correctSum += corrects[part];
        QVERIFY2(
            std::abs(double(shared.CostFromSum(sum, X.n_cols)) - double(cost)) <=
                tol * double(cost),
            qPrintable(QString("cost %1 vs %2").arg(shared.CostFromSum(sum, X.n_cols)).arg(cost)));
        QCOMPARE(correctSum, correct);
        for (size_t l = 1; l <= course.L(); ++l) {
            const QByteArray at = "layer " + QByteArray::number(qulonglong(l));
            QVERIFY2(Close(shared.Z[l], course.Z[l], tol), at + " Z");
            QVERIFY2(Close(shared.A[l], course.A[l], tol), at + " A");
            QVERIFY2(Close(shared.dZ[l], course.dZ[l], tol), at + " dZ");
            if (l < course.L()) QVERIFY2(Close(shared.dA[l], course.dA[l], tol), at + " dA");
            QVERIFY2(Close(shared.dW[l], course.dW[l], tol), at + " dW");
            QVERIFY2(Close(shared.db[l], course.db[l], tol), at + " db");
            if (dropout && l < course.L()) {
                QVERIFY2(Close(shared.D[l], course.D[l], 0.0), at + " mask");  // the same draws
                QVERIFY2(Close(shared.Adropped[l], course.Adropped[l], tol), at + " dropped A");
            }
        }

        // Each part updates its own shares, as DirectTrainer does; Network::Update is the rule.
        const eT lr = eT(0.1);
        GradientDescent<eT> descent;
        auto update = [&](size_t part) {
            for (size_t l = 1; l <= shared.L(); ++l) {
                const arma::uword n = shared.W[l].n_rows;
                const ThreadTeam::Range share = step.WeightShare(l, part);
                descent.UpdateRange(0, shared.W[l], shared.dW[l], lr, share.first * n,
                                    share.count * n);
                if (step.BiasPart(l) == part) descent.Update(0, shared.b[l], shared.db[l], lr);
            }
        };
        run(update);
        course.Update(lr);
        for (size_t l = 1; l <= course.L(); ++l) {
            QVERIFY(Close(shared.W[l], course.W[l], tol));
            QVERIFY(Close(shared.b[l], course.b[l], tol));
        }
    }

private slots:
    void matchesTheNetwork_data() {
        AddColumns<int, int, int, int, bool, double, bool, bool>(
            {"hidden", "output", "outputs", "parts", "dropout", "l2", "single", "threads"});
        for (const auto& [hname, h] : kHiddenActivations)
            for (const OutputRow& o : kOutputRows)
                for (int parts : {1, 3})
                    QTest::addRow("%s/%s/%d parts", hname, o.name, parts)
                        << int(h) << int(o.activation) << o.units << parts << false << 0.0 << false
                        << false;
        const auto relu = int(Activation::ReLU), tanh = int(Activation::Tanh);
        const auto sig = int(Activation::Sigmoid), soft = int(Activation::Softmax);
        QTest::newRow("dropout/1 part") << relu << sig << 1 << 1 << true << 0.0 << false << false;
        QTest::newRow("dropout/2 parts") << tanh << soft << 3 << 2 << true << 0.0 << false << false;
        QTest::newRow("l2/1 part") << relu << soft << 3 << 1 << false << 0.7 << false << false;
        QTest::newRow("l2/3 parts") << tanh << sig << 1 << 3 << false << 0.7 << false << false;
        QTest::newRow("dropout, l2/4 parts")
            << relu << soft << 3 << 4 << true << 0.3 << false << false;
        QTest::newRow("more parts than inputs")
            << relu << sig << 1 << 9 << true << 0.3 << false << false;
        QTest::newRow("float/1 part") << tanh << soft << 3 << 1 << true << 0.3 << true << false;
        QTest::newRow("float/3 parts") << relu << sig << 1 << 3 << true << 0.3 << true << false;
        QTest::newRow("threads/2") << relu << soft << 3 << 2 << true << 0.3 << false << true;
        QTest::newRow("threads/3, float") << tanh << sig << 1 << 3 << true << 0.3 << true << true;
    }

    void matchesTheNetwork() {
        QFETCH(int, hidden);
        QFETCH(int, output);
        QFETCH(int, outputs);
        QFETCH(int, parts);
        QFETCH(bool, dropout);
        QFETCH(double, l2);
        QFETCH(bool, single);
        QFETCH(bool, threads);
        const Problem pr = MakeProblem(Activation(hidden), Activation(output), outputs, 11);
        if (single)
            CompareWithNetwork<float>(pr, size_t(parts), dropout, l2, threads);
        else
            CompareWithNetwork<double>(pr, size_t(parts), dropout, l2, threads);
    }

    // The Gram path's pass: from W[1]·X on, the Network's pass, without dW[1].
    void gramPathMatchesTheNetwork_data() {
        AddColumns<int, int>({"output", "outputs"});
        QTest::newRow("sigmoid") << int(Activation::Sigmoid) << 1;
        QTest::newRow("softmax") << int(Activation::Softmax) << 3;
    }

    void gramPathMatchesTheNetwork() {
        QFETCH(int, output);
        QFETCH(int, outputs);
        const Problem pr = MakeProblem(Activation::Tanh, Activation(output), outputs, 10);
        Network<double> course(pr.p), shared(pr.p);
        course.Forward(pr.X);
        course.Backward(pr.Y);
        SharedStep<double> step(shared);
        const arma::mat P = shared.W[1] * pr.X;
        const arma::mat AL = step.ForwardFromProduct(P);
        QVERIFY(Close(AL, course.A[course.L()], 1e-12));
        const double cost = shared.CostFromSum(step.CostSum(pr.Y, step.Batch()), pr.X.n_cols);
        QVERIFY(std::abs(cost - course.Cost(pr.Y)) <= 1e-12 * cost);
        QCOMPARE(step.CorrectCount(pr.Y, step.Batch()), course.CorrectCount(pr.Y));
        const arma::mat dZ1 = step.BackwardToFirstLayer(pr.Y);
        QVERIFY(Close(dZ1, course.dZ[1], 1e-12));
        QVERIFY(Close(shared.db[1], course.db[1], 1e-12));
        QVERIFY(shared.dW[1].is_zero(0.0));  // left to the Gram path
        for (size_t l = 2; l <= course.L(); ++l) {
            QVERIFY(Close(shared.dW[l], course.dW[l], 1e-12));
            QVERIFY(Close(shared.db[l], course.db[l], 1e-12));
        }
    }

    void refusals() {
        const Problem pr = MakeProblem(Activation::ReLU, Activation::Sigmoid, 1, 4);
        Network<double> net(pr.p);
        SharedStep<double> step(net);
        QVERIFY_THROWS_EXCEPTION(EngineError, step.CostSum(pr.Y, {0, 4}));  // no pass yet
        QVERIFY_THROWS_EXCEPTION(EngineError, step.Begin(arma::mat(3, 4), false, 1));
        QVERIFY_THROWS_EXCEPTION(EngineError, step.ForwardFromProduct(arma::mat(2, 4)));
        step.Begin(pr.X, false, 2);
        QVERIFY_THROWS_EXCEPTION(EngineError, step.CostSum(arma::mat(1, 3), {0, 3}));
    }
};

QTEST_APPLESS_MAIN(TestSharedStep)
#include "tst_sharedstep.moc"
