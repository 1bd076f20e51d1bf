// The course's L-layer network: backprop against central differences for every activation and
// cost in both precisions, costs at saturation, the update rule, prediction, the initialisers'
// statistics, every refusal with its message, divergence, and that small problems are learned.
#include <QTest>
#include <cmath>
#include <functional>

#include "ActivationRows.h"
#include "DataColumns.h"
#include "EngineError.h"
#include "GradientCheck.h"
#include "InitializeParameters.h"
#include "Network.h"
#include "Prediction.h"
#include "RunTraining.h"
#include "TrainerFactory.h"
#include "losses/CrossEntropy.h"
#include "optimizers/GradientDescent.h"

using namespace layerlab;

using Action = std::function<void()>;
Q_DECLARE_METATYPE(Action)

namespace {

DataSet MakeDataSet(const arma::mat& X, const arma::Row<arma::uword>& y,
                    std::vector<std::string> classes) {
    DataSet d;
    d.X = X;
    d.y = y;
    d.classNames = std::move(classes);
    d.source = "tiny data";
    return d;
}

// Two classes split by the line x0 + x1 = 0, 2 features, m examples.
DataSet LineProblem(arma::uword m, arma::uword seed) {
    arma::arma_rng::set_seed(seed);
    const arma::mat X = arma::randn(2, m);
    const arma::Row<arma::uword> y =
        arma::conv_to<arma::Row<arma::uword>>::from(arma::sum(X, 0) > 0.0);
    return MakeDataSet(X, y, {"below", "above"});
}

// Three well separated blobs in the plane, m per class.
DataSet BlobProblem(arma::uword m, arma::uword seed) {
    arma::arma_rng::set_seed(seed);
    const arma::mat centres = {{0.0, 3.0, -3.0}, {3.0, 0.0, -3.0}};
    arma::mat X(2, 3 * m);
    arma::Row<arma::uword> y(3 * m);
    for (arma::uword k = 0; k < 3; ++k)
        for (arma::uword i = 0; i < m; ++i) {
            X.col(k * m + i) = centres.col(k) + 0.5 * arma::randn(2);
            y[k * m + i] = k;
        }
    return MakeDataSet(X, y, {"a", "b", "c"});
}

Parameters Build(std::vector<arma::uword> sizes, std::vector<Activation> activations,
                 Initializer init = Initializer::Xavier, std::uint64_t seed = 3) {
    NetworkSpec spec;
    spec.sizes = std::move(sizes);
    spec.activations = std::move(activations);
    return InitializeParameters(spec, init, seed);
}

TrainOptions Options(double lr, Precision precision = Precision::Double) {
    TrainOptions o;
    o.learningRate = lr;
    o.precision = precision;
    return o;
}

std::vector<double> Costs(Trainer& trainer, size_t iterations) {
    std::vector<double> costs;
    const RunResult r = RunTraining(trainer, iterations, [&](const StepResult& s) {
        costs.push_back(s.cost);
        return true;
    });
    if (r.status != RunResult::Status::Finished) throw EngineError("run did not finish");
    return costs;
}

}  // namespace

class TestNetwork : public QObject {
    Q_OBJECT

private slots:
    void gradientCheck_data() {
        AddColumns<int, int, int, bool>({"hidden", "output", "outputUnits", "single"});
        for (const auto& [hname, h] : kHiddenActivations)
            for (const OutputRow& o : kOutputRows)
                for (bool single : {false, true})
                    QTest::addRow("%s/%s/%s", hname, o.name, single ? "float" : "double")
                        << int(h) << int(o.activation) << o.units << single;
    }

    void gradientCheck() {
        QFETCH(int, hidden);
        QFETCH(int, output);
        QFETCH(int, outputUnits);
        QFETCH(bool, single);
        const auto h = Activation(hidden);
        Parameters p = Build({5, 4, 3, arma::uword(outputUnits)}, {h, h, Activation(output)});
        // Non-zero biases, so db is tested and ReLU units sit on both sides of their kink.
        arma::arma_rng::set_seed(11);
        for (size_t l = 1; l <= p.L(); ++l) p.b[l] = 0.3 * arma::randn(p.b[l].n_rows, 1);
        const arma::mat X = arma::randn(5, 7);
        arma::mat Y(outputUnits, 7, arma::fill::zeros);
        if (Activation(output) == Activation::Softmax) {
            for (arma::uword i = 0; i < 7; ++i) Y(i % outputUnits, i) = 1.0;
        } else {
            Y = arma::conv_to<arma::mat>::from(arma::randu(outputUnits, 7) > 0.5);
        }
        // Double: ε = 1e-7 as the course does; backprop agrees to ~1e-9, a wrong derivative gives
        // ~1e-1. Float: a cost near 1 is rounded to ~6e-8, so (J+ − J−)/2ε carries ~6e-8/ε of
        // noise per component; ε = 1e-3 keeps that near 1e-4 of gradients of ~1e-1 while ε² stays
        // negligible, and a wrong derivative still shows as ~1e-1.
        const double epsilon = single ? 1e-3 : 1e-7;
        const double threshold = single ? 2e-3 : 1e-7;
        const double diff = single ? GradientCheck<float>(p, X, Y, epsilon)
                                   : GradientCheck<double>(p, X, Y, epsilon);
        qInfo("relative difference %.3g", diff);
        QVERIFY2(diff < threshold, qPrintable(QString("relative difference %1").arg(diff)));
    }

    void costMatchesNotebookFormula() {
        // The stable form max(z,0) − zy + log(1+e^−|z|) equals the notebook's
        // −(1/m) Σ y log a + (1−y) log(1−a) wherever the latter is finite.
        Parameters p = Build({3, 4, 1}, {Activation::ReLU, Activation::Sigmoid});
        arma::arma_rng::set_seed(5);
        const arma::mat X = arma::randn(3, 9);
        const arma::mat Y = arma::conv_to<arma::mat>::from(arma::randu(1, 9) > 0.5);
        Network<double> net(p);
        const arma::mat AL = net.Forward(X);
        const double notebook =
            -arma::accu(Y % arma::log(AL) + (1.0 - Y) % arma::log(1.0 - AL)) / 9.0;
        QVERIFY(std::abs(net.Cost(Y) - notebook) <= 1e-14 * notebook);

        // Softmax: −(1/m) Σ y log a.
        Parameters q = Build({3, 4, 3}, {Activation::Tanh, Activation::Softmax});
        arma::mat Y3(3, 9, arma::fill::zeros);
        for (arma::uword i = 0; i < 9; ++i) Y3(i % 3, i) = 1.0;
        Network<double> net3(q);
        const arma::mat A3 = net3.Forward(X);
        const double categorical = -arma::accu(Y3 % arma::log(A3)) / 9.0;
        QVERIFY(std::abs(net3.Cost(Y3) - categorical) <= 1e-14 * categorical);
    }

    void updateIsGradientDescent_data() {
        QTest::addColumn<bool>("single");
        QTest::newRow("double") << false;
        QTest::newRow("float") << true;
    }

    // Update moves every W[l] and b[l] by −α times its gradient, so a small step lowers the cost;
    // the GradientDescent optimiser the trainers use gives the same bits.
    void updateIsGradientDescent() {
        QFETCH(bool, single);
        const Parameters p =
            Build({3, 5, 4, 1}, {Activation::Tanh, Activation::ReLU, Activation::Sigmoid});
        arma::arma_rng::set_seed(21);
        const arma::mat X = arma::randn(3, 12);
        const arma::mat Y = arma::conv_to<arma::mat>::from(arma::randu(1, 12) > 0.5);
        auto check = [&](auto zero) {
            using eT = decltype(zero);
            using Mat = arma::Mat<eT>;
            const Mat Xe = arma::conv_to<Mat>::from(X), Ye = arma::conv_to<Mat>::from(Y);
            const eT lr = eT(0.05);
            Network<eT> net(p);
            net.Forward(Xe);
            const double before = net.Cost(Ye);
            net.Backward(Ye);
            Network<eT> descended = net;
            GradientDescent<eT> descent;
            for (size_t l = 1; l <= net.L(); ++l) {
                descent.Update(2 * (l - 1), descended.W[l], descended.dW[l], lr);
                descent.Update(2 * (l - 1) + 1, descended.b[l], descended.db[l], lr);
            }
            const Network<eT> start = net;
            net.Update(lr);
            for (size_t l = 1; l <= net.L(); ++l) {
                QVERIFY(arma::approx_equal(net.W[l], Mat(start.W[l] - lr * start.dW[l]), "absdiff",
                                           eT(0)));
                QVERIFY(arma::approx_equal(net.b[l], Mat(start.b[l] - lr * start.db[l]), "absdiff",
                                           eT(0)));
                QVERIFY(!arma::approx_equal(net.W[l], start.W[l], "absdiff", eT(0)));
                QVERIFY(arma::approx_equal(net.W[l], descended.W[l], "absdiff", eT(0)));
                QVERIFY(arma::approx_equal(net.b[l], descended.b[l], "absdiff", eT(0)));
            }
            net.Forward(Xe);
            const double after = net.Cost(Ye);
            qInfo("cost %.9g -> %.9g", before, after);
            QVERIFY(after < before);
        };
        if (single) {
            check(0.0f);
        } else {
            check(0.0);
        }
    }

    void correctCountIsTheAccuracyRule_data() {
        AddColumns<int, int>({"output", "classes"});
        QTest::newRow("sigmoid") << int(Activation::Sigmoid) << 2;
        QTest::newRow("softmax") << int(Activation::Softmax) << 3;
    }

    // The training pass counts as correct exactly the examples Accuracy counts on its output.
    void correctCountIsTheAccuracyRule() {
        QFETCH(int, output);
        QFETCH(int, classes);
        const arma::uword units = classes == 2 ? 1 : arma::uword(classes);
        const Parameters p =
            Build({2, 5, units}, {Activation::Tanh, Activation(output)}, Initializer::He, 9);
        const DataSet d = classes == 2 ? LineProblem(40, 9) : BlobProblem(14, 9);
        Network<double> net(p);
        const arma::mat probabilities = net.Forward(d.X);
        const arma::uword correct = net.CorrectCount(d.Targets<double>(units));
        qInfo("%llu of %llu correct", qulonglong(correct), qulonglong(d.Count()));
        QVERIFY(correct > 0 && correct < d.Count());  // untrained: some right, some wrong
        QCOMPARE(double(correct) / double(d.Count()), Accuracy(probabilities, d.y));
    }

    // Predict is Forward without dropout and without touching the caches, through the one
    // prediction pass that Parameters::Predict uses too.
    void predictIsTheForwardPass() {
        const Parameters p =
            Build({4, 6, 5, 3}, {Activation::LeakyReLU, Activation::Sigmoid, Activation::Softmax});
        arma::arma_rng::set_seed(22);
        const arma::mat X = arma::randn(4, 9);
        Network<double> net(p);
        net.SetDropout({0.5, 0.5, 1.0}, 3);
        const arma::mat trained = net.Forward(X, true);
        const arma::mat predicted = net.Predict(X);
        QVERIFY(arma::approx_equal(net.A[3], trained, "absdiff", 0.0));  // caches untouched
        QVERIFY(!arma::approx_equal(trained, predicted, "absdiff", 1e-6));
        net.Forward(X, false);
        QVERIFY(arma::approx_equal(net.A[3], predicted, "reldiff", 1e-14));
        QVERIFY(arma::approx_equal(p.Predict(X), predicted, "absdiff", 0.0));
        QVERIFY(arma::approx_equal(arma::sum(predicted, 0), arma::ones<arma::rowvec>(9), "absdiff",
                                   1e-15));
    }

    void saturatedCostStaysFinite_data() {
        AddColumns<int, int, bool, double>({"output", "units", "single", "scale"});
        for (bool single : {false, true}) {
            const char* prec = single ? "float" : "double";
            // exp(1e4) overflows both precisions; 1e30 is near float's largest finite value.
            for (double scale : {1e4, 1e30}) {
                QTest::addRow("sigmoid1/%s/%g", prec, scale)
                    << int(Activation::Sigmoid) << 1 << single << scale;
                QTest::addRow("sigmoid3/%s/%g", prec, scale)
                    << int(Activation::Sigmoid) << 3 << single << scale;
                QTest::addRow("softmax3/%s/%g", prec, scale)
                    << int(Activation::Softmax) << 3 << single << scale;
            }
        }
    }

    void saturatedCostStaysFinite() {
        QFETCH(int, output);
        QFETCH(int, units);
        QFETCH(bool, single);
        QFETCH(double, scale);
        // One layer and X = I: unit u sees Z = +scale on example u % 2 and −scale on the other,
        // so A saturates to exactly 0 and 1 where the notebook's formula would take log(0).
        Parameters p = Build({2, arma::uword(units)}, {Activation(output)});
        for (arma::uword u = 0; u < arma::uword(units); ++u) {
            p.W[1](u, u % 2) = scale;
            p.W[1](u, 1 - u % 2) = -scale;
        }
        const arma::mat X = arma::eye(2, 2);
        arma::mat Y(units, 2, arma::fill::zeros);
        double expected = 0.0;
        if (Activation(output) == Activation::Softmax) {
            // Example 0 has Z = (s, −s, s) and class 1: loss 2s + log 2. Example 1 has
            // Z = (−s, s, −s) and class 1: loss 0.
            Y(1, 0) = 1.0;
            Y(1, 1) = 1.0;
            expected = (2.0 * scale + std::log(2.0)) / 2.0;
        } else {
            // Every target 0: each unit is wrong by s on one example and right on the other.
            expected = units * scale / 2.0;
        }
        auto check = [&](auto zero) {
            using eT = decltype(zero);
            using Mat = arma::Mat<eT>;
            Network<eT> net(p);
            const Mat Xe = arma::conv_to<Mat>::from(X), Ye = arma::conv_to<Mat>::from(Y);
            net.Forward(Xe);
            const double cost = net.Cost(Ye);
            QVERIFY2(std::isfinite(cost), qPrintable(QString("cost %1").arg(cost)));
            QVERIFY2(std::abs(cost - expected) <= 1e-6 * expected,
                     qPrintable(QString("cost %1, expected %2").arg(cost).arg(expected)));
            net.Backward(Ye);
            QVERIFY(net.dW[1].is_finite());
            QVERIFY(net.db[1].is_finite());
        };
        if (single) {
            check(0.0f);
        } else {
            check(0.0);
        }
    }

    void initializerStatistics_data() {
        AddColumns<int, double>({"kind", "expectedStd"});
        // Layer 1 of 2000 → 400: 800 000 draws, so the sample std is within ~0.1 % of the truth.
        const double in = 2000, out = 400;
        QTest::newRow("notebook") << int(Initializer::Notebook) << 1.0 / std::sqrt(in);
        QTest::newRow("small") << int(Initializer::Small) << 0.01;
        QTest::newRow("he") << int(Initializer::He) << std::sqrt(2.0 / in);
        QTest::newRow("xavier") << int(Initializer::Xavier) << std::sqrt(2.0 / (in + out));
    }

    void initializerStatistics() {
        QFETCH(int, kind);
        QFETCH(double, expectedStd);
        const NetworkSpec spec = NetworkSpec::WithDefaultActivations({2000, 400, 1});
        const Parameters p = InitializeParameters(spec, Initializer(kind), 42);
        const arma::mat& W = p.W[1];
        QCOMPARE(W.n_rows, arma::uword(400));
        QCOMPARE(W.n_cols, arma::uword(2000));
        const double sd = arma::stddev(arma::vectorise(W));
        // 2 % separates every pair of formulas here (the closest, He and Xavier, differ by 9 %).
        QVERIFY2(std::abs(sd - expectedStd) <= 0.02 * expectedStd,
                 qPrintable(QString("std %1, expected %2").arg(sd).arg(expectedStd)));
        QVERIFY(std::abs(arma::mean(arma::vectorise(W))) <=
                5.0 * expectedStd / std::sqrt(W.n_elem));
        for (size_t l = 1; l <= p.L(); ++l) {
            QVERIFY(p.b[l].is_zero(0.0));
            QCOMPARE(p.b[l].n_rows, spec.sizes[l]);
        }

        const Parameters same = InitializeParameters(spec, Initializer(kind), 42);
        const Parameters other = InitializeParameters(spec, Initializer(kind), 43);
        for (size_t l = 1; l <= p.L(); ++l) {
            QVERIFY(arma::approx_equal(p.W[l], same.W[l], "absdiff", 0.0));
            QVERIFY(!arma::approx_equal(p.W[l], other.W[l], "absdiff", 0.0));
        }
    }

    void refusals_data() {
        AddColumns<Action, QString>({"action", "message"});
        static const DataSet line = LineProblem(8, 1);
        const auto spec = [](std::vector<arma::uword> sizes, std::vector<Activation> acts) {
            return [=] {
                NetworkSpec s;
                s.sizes = sizes;
                s.activations = acts;
                s.Validate();
            };
        };
        const Activation relu = Activation::ReLU, sig = Activation::Sigmoid,
                         soft = Activation::Softmax;
        QTest::newRow("0-unit layer") << Action(spec({4, 3, 0, 1}, {relu, relu, sig}))
                                      << "layer 2 has 0 units: each layer needs at least 1";
        QTest::newRow("0-unit input")
            << Action(spec({0, 3, 1}, {relu, sig})) << "the input layer has 0 units";
        QTest::newRow("no layers")
            << Action(spec({4}, {})) << "needs an input size and at least one layer";
        QTest::newRow("softmax hidden")
            << Action(spec({4, 3, 2}, {soft, soft}))
            << "layer 1 uses softmax: softmax is only allowed on the output layer";
        QTest::newRow("activation count")
            << Action(spec({4, 3, 1}, {sig})) << "1 activations given for 2 layers";
        QTest::newRow("relu output")
            << Action(spec({4, 3, 1}, {relu, relu})) << "the output layer uses relu";
        QTest::newRow("softmax one unit")
            << Action(spec({4, 1}, {soft})) << "a softmax output needs at least 2 units";
        QTest::newRow("layer sizes text") << Action([] { ParseLayerSizes("12288,abc,1"); })
                                          << "layer size 'abc' is not a whole number";
        QTest::newRow("negative size") << Action([] { ParseLayerSizes("12288,-20,1"); })
                                       << "layer size '-20' is not a whole number";
        QTest::newRow("activation name")
            << Action([] { ParseActivations("relu,swish"); }) << "unknown activation 'swish'";

        const auto create = [](std::vector<arma::uword> sizes, const DataSet& train, double lr,
                               const DataSet* test = nullptr) {
            return [=] {
                TrainerFactory::Create(
                    InitializeParameters(NetworkSpec::WithDefaultActivations(sizes),
                                         Initializer::Notebook, 1),
                    train, test, Options(lr));
            };
        };
        for (double lr : {0.0, -0.5, std::nan(""), HUGE_VAL})
            QTest::addRow("learning rate %g", lr)
                << Action(create({2, 3, 1}, line, lr))
                << QString("learning rate %1 refused: it must be greater than 0")
                       .arg(QString::asprintf("%g", lr));
        QTest::newRow("set learning rate 0") << Action([] {
            auto t = TrainerFactory::Create(Build({2, 1}, {Activation::Sigmoid}), line, nullptr,
                                            Options(0.1));
            t->SetLearningRate(0.0);
        }) << "must be greater than 0";
        QTest::newRow("input size") << Action(create({5, 3, 1}, line, 0.1))
                                    << "the network's input size is 5 but the data's examples "
                                       "have 2 values: make the first layer size 2";
        static const DataSet outside = [] {
            DataSet d = LineProblem(8, 1);
            d.y[3] = 2;
            return d;
        }();
        QTest::newRow("label outside classes") << Action(create({2, 3, 1}, outside, 0.1))
                                               << "label 2 of example 3 is outside the 2 classes";
        QTest::newRow("test label outside classes")
            << Action(create({2, 3, 1}, line, 0.1, &outside))
            << "label 2 of example 3 is outside the 2 classes";
        static const DataSet wide = [] {
            DataSet d = LineProblem(8, 1);
            d.X = arma::join_cols(d.X, d.X);
            return d;
        }();
        QTest::newRow("test input size")
            << Action(create({2, 3, 1}, line, 0.1, &wide))
            << "the test examples have 4 values but the training examples have 2";
        static const DataSet blobs = BlobProblem(4, 1);
        QTest::newRow("3 classes, 1 sigmoid unit")
            << Action(create({2, 3, 1}, blobs, 0.1))
            << "one sigmoid output unit can tell 2 classes apart, the data has 3";
        QTest::newRow("3 classes, 2 softmax units")
            << Action(create({2, 3, 2}, blobs, 0.1))
            << "the output layer has 2 units but the data has 3 classes";
        QTest::newRow("0 iterations") << Action([] {
            auto t = TrainerFactory::Create(Build({2, 1}, {Activation::Sigmoid}), line, nullptr,
                                            Options(0.1));
            RunTraining(*t, 0, nullptr);
        }) << "0 iterations refused: train for at least 1 iteration";
        QTest::newRow("predict input size") << Action([] {
            Build({2, 1}, {Activation::Sigmoid}).Predict(arma::mat(3, 1, arma::fill::ones));
        }) << "the input has 3 features but the network expects 2";
        QTest::newRow("parameter shapes") << Action([] {
            Parameters p = Build({2, 3, 1}, {Activation::ReLU, Activation::Sigmoid});
            p.W[2] = arma::mat(1, 4);
            Network<double> net(p);
        }) << "W2 is 1 × 4 but layer 2 needs 1 × 3";
    }

    void refusals() {
        QFETCH(Action, action);
        QFETCH(QString, message);
        try {
            action();
            QFAIL("no EngineError was thrown");
        } catch (const EngineError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message),
                     qPrintable(QString("message: %1").arg(e.what())));
        }
    }

    void divergenceEndsTheRun_data() {
        AddColumns<int, double, bool>({"hidden", "lr", "single"});
        // The weights must overflow for the cost to leave the finite numbers: leaky ReLU grows
        // them geometrically; with plain ReLU most units die first, so double needs a wilder rate.
        QTest::newRow("leaky_relu/1e3/double") << int(Activation::LeakyReLU) << 1e3 << false;
        QTest::newRow("leaky_relu/1e3/float") << int(Activation::LeakyReLU) << 1e3 << true;
        QTest::newRow("relu/1e12/float") << int(Activation::ReLU) << 1e12 << true;
        QTest::newRow("relu/1e50/double") << int(Activation::ReLU) << 1e50 << false;
    }

    void divergenceEndsTheRun() {
        QFETCH(int, hidden);
        QFETCH(double, lr);
        QFETCH(bool, single);
        const DataSet data = LineProblem(20, 2);
        const auto h = Activation(hidden);
        auto trainer =
            TrainerFactory::Create(Build({2, 8, 8, 1}, {h, h, Activation::Sigmoid}), data, &data,
                                   Options(lr, single ? Precision::Float : Precision::Double));
        std::vector<StepResult> steps;
        const RunResult r = RunTraining(*trainer, 1000, [&](const StepResult& s) {
            steps.push_back(s);
            return true;
        });
        QCOMPARE(int(r.status), int(RunResult::Status::Diverged));
        QVERIFY(!steps.empty());
        const StepResult& last = steps.back();
        QVERIFY(last.diverged);
        // Past the finite numbers, or first past a thousand times the first cost (Divergence).
        QVERIFY(!std::isfinite(last.cost) ||
                last.cost > Divergence::kGrowth * std::max(steps.front().cost, 1.0));
        QCOMPARE(r.iterations, last.iteration);
        QCOMPARE(r.iterations, trainer->Iteration());
        for (size_t i = 0; i + 1 < steps.size(); ++i) QVERIFY(std::isfinite(steps[i].cost));
        QCOMPARE(r.message, DivergenceMessage(last, lr));
        QVERIFY(r.message.starts_with("cost diverged at iteration " +
                                      std::to_string(last.iteration) + ": "));
        qInfo("%s", r.message.c_str());
        // The trainer is still usable: the app shows the weights and lets the user lower the rate.
        (void)trainer->CurrentParameters();
        (void)trainer->TestProbabilities();
        trainer->SetLearningRate(0.01);
        QCOMPARE(trainer->LearningRate(), 0.01);
    }

    void stopAndObserver() {
        const DataSet data = LineProblem(10, 3);
        auto trainer = TrainerFactory::Create(Build({2, 1}, {Activation::Sigmoid}), data, nullptr,
                                              Options(0.1));
        RunResult r =
            RunTraining(*trainer, 50, [](const StepResult& s) { return s.iteration < 4; });
        QCOMPARE(int(r.status), int(RunResult::Status::Stopped));
        QCOMPARE(r.iterations, size_t(5));
        std::atomic<bool> stop{true};
        r = RunTraining(*trainer, 50, nullptr, &stop);
        QCOMPARE(int(r.status), int(RunResult::Status::Stopped));
        QCOMPARE(r.iterations, size_t(0));
        QCOMPARE(trainer->Iteration(), size_t(5));
    }

    void floatAndDoubleAgree() {
        const DataSet data = LineProblem(50, 4);
        const Parameters init =
            Build({2, 6, 4, 1}, {Activation::ReLU, Activation::Tanh, Activation::Sigmoid});
        auto d = TrainerFactory::Create(init, data, nullptr, Options(0.1, Precision::Double));
        auto f = TrainerFactory::Create(init, data, nullptr, Options(0.1, Precision::Float));
        QCOMPARE(int(f->GetPrecision()), int(Precision::Float));
        const std::vector<double> cd = Costs(*d, 300), cf = Costs(*f, 300);
        double worst = 0.0;
        for (size_t i = 0; i < cd.size(); ++i)
            worst = std::max(worst, std::abs(cd[i] - cf[i]) / cd[i]);
        qInfo("largest relative cost difference float vs double: %.3g", worst);
        // float carries 7 digits; 300 updates of a small net stay within 1e-5 (measured 6e-7).
        QVERIFY(worst < 1e-5);
        QVERIFY(worst > 0.0);  // the float path really ran in float
        QVERIFY(
            arma::approx_equal(d->TrainProbabilities(), f->TrainProbabilities(), "absdiff", 1e-4));
    }

    void learnsTinyProblem_data() {
        AddColumns<bool, bool>({"blobs", "single"});
        for (bool single : {false, true}) {
            QTest::addRow("line, sigmoid/%s", single ? "float" : "double") << false << single;
            QTest::addRow("blobs, softmax/%s", single ? "float" : "double") << true << single;
        }
    }

    void learnsTinyProblem() {
        QFETCH(bool, blobs);
        QFETCH(bool, single);
        const DataSet train = blobs ? BlobProblem(30, 5) : LineProblem(100, 5);
        const DataSet test = blobs ? BlobProblem(10, 6) : LineProblem(40, 6);
        const Parameters init = blobs ? Build({2, 8, 3}, {Activation::Tanh, Activation::Softmax})
                                      : Build({2, 8, 1}, {Activation::ReLU, Activation::Sigmoid});
        auto trainer = TrainerFactory::Create(
            init, train, &test, Options(0.5, single ? Precision::Float : Precision::Double));
        const std::vector<double> costs = Costs(*trainer, 1500);
        qInfo("cost %.4f -> %.4f", costs.front(), costs.back());
        QVERIFY(costs.back() < 0.1 * costs.front());
        const double trainAcc = Accuracy(trainer->TrainProbabilities(), train.y);
        const double testAcc = Accuracy(trainer->TestProbabilities(), test.y);
        qInfo("train accuracy %.3f, test accuracy %.3f", trainAcc, testAcc);
        QVERIFY(trainAcc >= 0.97);
        QVERIFY(testAcc >= 0.9);
        // The weights handed out predict what the trainer predicts.
        QVERIFY(arma::approx_equal(trainer->CurrentParameters().Predict(test.X),
                                   trainer->TestProbabilities(), "absdiff", single ? 1e-5 : 1e-12));
    }
};

QTEST_APPLESS_MAIN(TestNetwork)
#include "tst_network.moc"
