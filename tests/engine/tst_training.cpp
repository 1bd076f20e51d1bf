// The second course's training: gradient checks with softmax and L2, dropout, learning-rate
// decay, mini-batches, reproducibility and early stopping, through Network and Trainer.
#include <QTest>
#include <cmath>
#include <random>

#include "DataColumns.h"
#include "DirectTrainer.h"
#include "EngineError.h"
#include "GradientCheck.h"
#include "InitializeParameters.h"
#include "MiniBatcher.h"
#include "Network.h"
#include "Prediction.h"
#include "RunTraining.h"
#include "ThreadTeam.h"
#include "TrainerFactory.h"
#include "losses/CrossEntropy.h"

using namespace layerlab;

Q_DECLARE_METATYPE(layerlab::TrainOptions)

namespace {

// `perClass` points around each of `classes` well-separated centres in 2-D.
DataSet Blobs(arma::uword classes, arma::uword perClass, double spread, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    DataSet d;
    d.X.set_size(2, classes * perClass);
    d.y.set_size(classes * perClass);
    for (arma::uword i = 0; i < d.X.n_cols; ++i) {
        const arma::uword c = i % classes;
        const double angle = 2.0 * M_PI * double(c) / double(classes);
        d.X(0, i) = 3.0 * std::cos(angle) + spread * normal(rng);
        d.X(1, i) = 3.0 * std::sin(angle) + spread * normal(rng);
        d.y[i] = c;
    }
    for (arma::uword c = 0; c < classes; ++c) d.classNames.push_back("class " + std::to_string(c));
    d.source = "blobs";
    return d;
}

// Random inputs with random labels: nothing to learn, everything to memorise.
DataSet Noise(arma::uword features, arma::uword count, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    DataSet d;
    d.X.set_size(features, count);
    d.X.imbue([&] { return normal(rng); });
    d.y.set_size(count);
    for (arma::uword i = 0; i < count; ++i) d.y[i] = rng() % 2;
    d.classNames = {"a", "b"};
    d.source = "noise";
    return d;
}

std::vector<double> Costs(Trainer& t, size_t steps) {
    std::vector<double> costs;
    RunTraining(t, steps, [&](const StepResult& s) {
        costs.push_back(s.cost);
        return true;
    });
    return costs;
}

// Threads a direct trainer shares each step among.
size_t ThreadsOf(const Trainer& t) {
    if (auto d = dynamic_cast<const DirectTrainer<double>*>(&t)) return d->Threads();
    if (auto f = dynamic_cast<const DirectTrainer<float>*>(&t)) return f->Threads();
    return 0;
}

bool SameParameters(const Parameters& a, const Parameters& b) {
    for (size_t l = 1; l <= a.L(); ++l)
        if (!arma::approx_equal(a.W[l], b.W[l], "absdiff", 0.0) ||
            !arma::approx_equal(a.b[l], b.b[l], "absdiff", 0.0))
            return false;
    return true;
}

}  // namespace

class TestTraining : public QObject {
    Q_OBJECT
private slots:
    void gradientCheck_data() {
        AddColumns<QString, QString, double>({"layers", "activations", "l2"});
        QTest::newRow("sigmoid") << "4,5,3,1"
                                 << "relu,tanh,sigmoid" << 0.0;
        QTest::newRow("sigmoid + L2") << "4,5,3,1"
                                      << "relu,tanh,sigmoid" << 0.7;
        QTest::newRow("softmax") << "4,6,3"
                                 << "leaky_relu,softmax" << 0.0;
        QTest::newRow("softmax + L2") << "4,5,4,3"
                                      << "relu,sigmoid,softmax" << 0.3;
    }

    // Backprop against central differences, in double, for every W and b.
    void gradientCheck() {
        QFETCH(QString, layers);
        QFETCH(QString, activations);
        QFETCH(double, l2);
        NetworkSpec spec;
        spec.sizes = ParseLayerSizes(layers.toStdString());
        spec.activations = ParseActivations(activations.toStdString());
        const Parameters p = InitializeParameters(spec, Initializer::Xavier, 3);
        DataSet d = Blobs(spec.sizes.back() == 1 ? 2 : spec.sizes.back(), 4, 1.0, 5);
        d.X = arma::join_cols(d.X, d.X % d.X);  // 4 features
        const arma::mat Y = d.Targets<double>(spec.sizes.back());
        const double difference = GradientCheck<double>(p, d.X, Y, 1e-6, l2);
        qInfo("relative difference %.3g", difference);
        QVERIFY(difference < 1e-7);
    }

    // L2 as the course adds it, and a gradient check that sees it: the check passes with λ > 0,
    // and the λ/m W term is a large enough share of dW that leaving it out would fail it.
    void gradientCheckSeesL2() {
        const NetworkSpec spec = NetworkSpec::WithDefaultActivations({2, 3, 3});
        Parameters p = InitializeParameters(spec, Initializer::He, 4);
        const DataSet d = Blobs(3, 3, 1.0, 6);
        const arma::mat Y = d.Targets<double>(3);
        const double lambda = 2.0;
        Network<double> net(p);
        net.SetL2(lambda, d.Count());
        net.Forward(d.X);
        const double cost = net.Cost(Y);
        Network<double> plain(p);
        plain.Forward(d.X);
        double squares = 0;
        for (size_t l = 1; l <= 2; ++l) squares += arma::accu(arma::square(p.W[l]));
        QVERIFY(std::abs(cost - (plain.Cost(Y) + lambda / (2.0 * d.Count()) * squares)) <=
                1e-15 * cost);
        net.Backward(Y);
        plain.Backward(Y);
        for (size_t l = 1; l <= 2; ++l) {
            const arma::mat term = lambda / d.Count() * p.W[l];
            QVERIFY(arma::approx_equal(net.dW[l], plain.dW[l] + term, "absdiff", 1e-12));
            QVERIFY(arma::norm(term) > 0.1 * arma::norm(net.dW[l]));
            QVERIFY(arma::approx_equal(net.db[l], plain.db[l], "absdiff", 0.0));  // b is free
        }
        const double difference = GradientCheck<double>(p, d.X, Y, 1e-6, lambda);
        qInfo("relative difference with L2 %.3g", difference);
        QVERIFY(difference < 1e-7);
    }

    // Inverted dropout keeps the expected activation; prediction never drops.
    void dropoutScaling() {
        const NetworkSpec spec = NetworkSpec::WithDefaultActivations({10, 200, 2});
        const Parameters p = InitializeParameters(spec, Initializer::He, 8);
        std::mt19937_64 rng(9);
        std::normal_distribution<double> normal;
        arma::mat X(10, 500);
        X.imbue([&] { return normal(rng); });
        Network<double> net(p);
        net.SetDropout({0.6, 1.0}, 11);
        net.Forward(X, true);
        const arma::mat& D = net.D[1];
        const double kept = double(arma::accu(D != 0.0)) / double(D.n_elem);
        QVERIFY2(std::abs(kept - 0.6) < 0.01, qPrintable(QString("kept %1").arg(kept)));
        QVERIFY(arma::all(arma::vectorise((D == 0.0) + (arma::abs(D - 1.0 / 0.6) < 1e-12)) == 1));
        const double meanA = arma::mean(arma::vectorise(net.A[1]));
        const double meanDropped = arma::mean(arma::vectorise(net.Adropped[1]));
        QVERIFY2(
            std::abs(meanDropped / meanA - 1.0) < 0.02,
            qPrintable(QString("mean %1 with dropout, %2 without").arg(meanDropped).arg(meanA)));
        // Dropout changed what layer 2 saw while training...
        const arma::mat trainingOutput = net.A[2];
        const arma::mat predicted = net.Predict(X);
        QVERIFY(!arma::approx_equal(trainingOutput, predicted, "absdiff", 1e-6));
        // ...but prediction and a forward pass not in training mode use every unit.
        net.Forward(X, false);
        QVERIFY(arma::approx_equal(net.A[2], predicted, "absdiff", 0.0));
        QVERIFY(arma::approx_equal(p.Predict(X), predicted, "absdiff", 1e-12));
    }

    void dropoutGradientFollowsTheMask() {
        // A dropped unit gets no gradient: its column of dW[2] and row of dW[1] are zero when
        // it is dropped for every example.
        const NetworkSpec spec = NetworkSpec::WithDefaultActivations({3, 50, 1});
        const Parameters p = InitializeParameters(spec, Initializer::He, 12);
        const DataSet d = Blobs(2, 1, 0.5, 13);  // 2 examples
        Network<double> net(p);
        net.SetDropout({0.5, 1.0}, 14);
        const arma::mat X = arma::join_cols(d.X, arma::ones<arma::rowvec>(2));
        net.Forward(X, true);
        net.Backward(d.Targets<double>(1));
        bool sawDropped = false;
        for (arma::uword u = 0; u < 50; ++u) {
            if (arma::any(net.D[1].row(u) != 0.0)) continue;
            sawDropped = true;
            QCOMPARE(net.dW[2](0, u), 0.0);
            QVERIFY(arma::all(net.dW[1].row(u) == 0.0));
        }
        QVERIFY(sawDropped);
    }

    void dropoutRefusals() {
        Network<float> net(InitializeParameters(NetworkSpec::WithDefaultActivations({2, 3, 1}),
                                                Initializer::He, 1));
        QVERIFY_THROWS_EXCEPTION(EngineError, net.SetDropout({0.5}, 1));       // one per layer
        QVERIFY_THROWS_EXCEPTION(EngineError, net.SetDropout({0.5, 0.5}, 1));  // output keeps 1
        QVERIFY_THROWS_EXCEPTION(EngineError, net.SetDropout({0.0, 1.0}, 1));  // keep > 0
        QVERIFY_THROWS_EXCEPTION(EngineError, net.SetDropout({1.5, 1.0}, 1));  // keep <= 1
    }

    void decaySchedule_data() {
        AddColumns<int, double, int, int, double>(
            {"kind", "rate", "interval", "epoch", "expected"});
        QTest::newRow("none") << int(DecayKind::None) << 0.5 << 1 << 7 << 0.2;
        QTest::newRow("inverse epoch 0") << int(DecayKind::Inverse) << 1.0 << 1 << 0 << 0.2;
        QTest::newRow("inverse epoch 3") << int(DecayKind::Inverse) << 1.0 << 1 << 3 << 0.05;
        QTest::newRow("inverse rate 0.5") << int(DecayKind::Inverse) << 0.5 << 1 << 2 << 0.1;
        QTest::newRow("exp epoch 0") << int(DecayKind::Exponential) << 0.5 << 1 << 0 << 0.2;
        QTest::newRow("exp epoch 3") << int(DecayKind::Exponential) << 0.5 << 1 << 3 << 0.025;
        QTest::newRow("step before the first") << int(DecayKind::Step) << 1.0 << 10 << 9 << 0.2;
        QTest::newRow("step at the first") << int(DecayKind::Step) << 1.0 << 10 << 10 << 0.1;
        QTest::newRow("step 2") << int(DecayKind::Step) << 1.0 << 10 << 25 << 0.2 / 3.0;
    }

    void decaySchedule() {
        QFETCH(int, kind);
        QFETCH(double, rate);
        QFETCH(int, interval);
        QFETCH(int, epoch);
        QFETCH(double, expected);
        QCOMPARE(DecayedLearningRate(DecayKind(kind), 0.2, rate, interval, epoch), expected);
    }

    // The trainer uses the decayed rate for every update of an epoch, and SetLearningRate moves α0.
    void decayInTraining() {
        const DataSet d = Blobs(3, 10, 0.5, 2);
        const Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({2, 4, 3}),
                                                  Initializer::He, 2);
        TrainOptions o;
        o.learningRate = 0.1;
        o.batchSize = 8;  // 4 updates per epoch
        o.decay = DecayKind::Exponential;
        o.decayRate = 0.5;
        auto t = TrainerFactory::Create(p, d, nullptr, o);
        QCOMPARE(t->StepsPerEpoch(), size_t(4));
        for (size_t i = 0; i < 12; ++i) {
            const StepResult s = t->Step();
            QCOMPARE(s.epoch, i / 4);
            QCOMPARE(s.batch, i % 4);
            QCOMPARE(s.epochEnded, i % 4 == 3);
            QCOMPARE(s.learningRate, 0.1 * std::pow(0.5, double(i / 4)));
        }
        QCOMPARE(t->Epoch(), size_t(3));
        t->SetLearningRate(0.4);
        QCOMPARE(t->Step().learningRate, 0.4 * 0.125);
    }

    void decayRefusals() {
        QVERIFY_THROWS_EXCEPTION(EngineError, CheckDecay(DecayKind::Exponential, 1.5, 1));
        QVERIFY_THROWS_EXCEPTION(EngineError, CheckDecay(DecayKind::Inverse, -1.0, 1));
        QVERIFY_THROWS_EXCEPTION(EngineError, CheckDecay(DecayKind::Step, 1.0, 0));
        CheckDecay(DecayKind::Step, 1.0, 5);
    }

    // Every training column appears exactly once per epoch, the last batch holds the remainder,
    // and each epoch has its own order.
    void miniBatchesCoverTheSet() {
        arma::mat X(2, 10);
        for (arma::uword c = 0; c < 10; ++c) X.col(c).fill(double(c));
        const arma::mat Y = X.row(0);
        MiniBatcher<double> batches(X, Y, arma::regspace<arma::uvec>(0, 9), 4, 3);
        QCOMPARE(batches.BatchesPerEpoch(), size_t(3));
        std::vector<double> orders[2];
        for (int epoch = 0; epoch < 2; ++epoch) {
            batches.BeginEpoch();
            for (size_t k = 0; k < 3; ++k) {
                batches.Gather(k);
                QCOMPARE(batches.X().n_cols, k < 2 ? arma::uword(4) : arma::uword(2));
                QVERIFY(arma::approx_equal(batches.X().row(0), batches.Y(), "absdiff", 0.0));
                for (arma::uword c = 0; c < batches.X().n_cols; ++c)
                    orders[epoch].push_back(batches.X()(1, c));
            }
            std::vector<double> sorted = orders[epoch];
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, (std::vector<double>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        }
        QVERIFY(orders[0] != orders[1]);
    }

    // Softmax, mini-batches and Adam learn a small 4-class set completely.
    void tinyMultiClassLearned() {
        const DataSet d = Blobs(4, 25, 0.4, 21);
        const Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({2, 8, 4}),
                                                  Initializer::He, 21);
        const TrainOptions o{.learningRate = 0.01,
                             .precision = Precision::Float,
                             .optimizer = OptimizerKind::Adam,
                             .batchSize = 16};
        auto t = TrainerFactory::Create(p, d, nullptr, o);
        const RunResult r = RunTraining(*t, 200 * t->StepsPerEpoch(), nullptr);
        QCOMPARE(int(r.status), int(RunResult::Status::Finished));
        QCOMPARE(Accuracy(t->TrainProbabilities(), d.y), 1.0);
    }

    void sameSeedSameRun_data() {
        QTest::addColumn<int>("precision");
        QTest::newRow("double") << int(Precision::Double);
        QTest::newRow("float") << int(Precision::Float);
    }

    // Shuffling, dropout masks and the validation split all come from the seed.
    void sameSeedSameRun() {
        QFETCH(int, precision);
        const DataSet d = Blobs(3, 30, 1.5, 4);
        const Parameters p = InitializeParameters(
            NetworkSpec::WithDefaultActivations({2, 16, 16, 3}), Initializer::He, 4);
        TrainOptions o;
        o.precision = Precision(precision);
        o.optimizer = OptimizerKind::Momentum;
        o.learningRate = 0.05;
        o.batchSize = 7;
        o.keepProbabilities = {0.8, 0.7, 1.0};
        o.l2 = 0.1;
        o.earlyStopPatience = 50;
        o.seed = 42;
        auto a = TrainerFactory::Create(p, d, nullptr, o);
        auto b = TrainerFactory::Create(p, d, nullptr, o);
        const std::vector<double> ca = Costs(*a, 60), cb = Costs(*b, 60);
        QCOMPARE(ca, cb);
        QVERIFY(SameParameters(a->CurrentParameters(), b->CurrentParameters()));
        o.seed = 43;
        auto c = TrainerFactory::Create(p, d, nullptr, o);
        QVERIFY(Costs(*c, 60) != ca);
    }

    // Threads sharing a step (by examples, and by input features in layer 1) give the run of one
    // thread, up to the order of a few additions, whatever the options.
    void threadsShareTheStep_data() {
        AddColumns<int, QString, QString, int, size_t>(
            {"precision", "layers", "activations", "optimizer", "batchSize"});
        QTest::addColumn<bool>("regularised");  // dropout and L2
        QTest::addColumn<size_t>("threads");
        const auto gd = int(OptimizerKind::GradientDescent), adam = int(OptimizerKind::Adam);
        const auto d = int(Precision::Double), f = int(Precision::Float);
        QTest::newRow("gd full batch")
            << d << "30,16,8,1"
            << "relu,relu,sigmoid" << gd << size_t(0) << false << size_t(2);
        QTest::newRow("adam batches with a tail")
            << d << "30,16,8,3"
            << "relu,tanh,softmax" << adam << size_t(32) << false << size_t(2);
        QTest::newRow("momentum, dropout and L2")
            << d << "30,16,8,3"
            << "leaky_relu,relu,softmax" << int(OptimizerKind::Momentum) << size_t(50) << true
            << size_t(3);
        QTest::newRow("rmsprop, float") << f << "30,16,8,3"
                                        << "relu,relu,softmax" << int(OptimizerKind::RMSprop)
                                        << size_t(40) << false << size_t(2);
        QTest::newRow("one layer") << d << "30,1"
                                   << "sigmoid" << gd << size_t(25) << false << size_t(2);
        QTest::newRow("more threads than features")
            << d << "30,4,3"
            << "relu,softmax" << adam << size_t(20) << true << size_t(40);
    }

    void threadsShareTheStep() {
        QFETCH(int, precision);
        QFETCH(QString, layers);
        QFETCH(QString, activations);
        QFETCH(int, optimizer);
        QFETCH(size_t, batchSize);
        QFETCH(bool, regularised);
        QFETCH(size_t, threads);
        const NetworkSpec spec{ParseLayerSizes(layers.toStdString()),
                               ParseActivations(activations.toStdString())};
        DataSet d = Noise(30, 230, 8);
        if (spec.sizes.back() > 1) {
            d.classNames = {"a", "b", "c"};
            for (arma::uword i = 0; i < d.y.n_elem; ++i) d.y[i] = i % 3;
        }
        const Parameters p = InitializeParameters(spec, Initializer::He, 8);
        TrainOptions o;
        o.precision = Precision(precision);
        o.optimizer = OptimizerKind(optimizer);
        o.learningRate = 0.01;
        o.batchSize = batchSize;
        if (regularised) {
            o.l2 = 0.3;
            o.keepProbabilities.assign(spec.L(), 0.8);
            o.keepProbabilities.back() = 1.0;
        }
        o.threads = 1;
        auto one = TrainerFactory::Create(p, d, nullptr, o);
        o.threads = threads;
        auto many = TrainerFactory::Create(p, d, nullptr, o);
        QCOMPARE(ThreadsOf(*one), size_t(1));
        QCOMPARE(ThreadsOf(*many), threads);
        const double tolerance = o.precision == Precision::Double ? 1e-12 : 1e-5;
        std::vector<double> costsOne, costsMany;
        double epochAccuracyOne = 0, epochAccuracyMany = 0;
        for (int i = 0; i < 40; ++i) {
            const StepResult a = one->Step(), b = many->Step();
            costsOne.push_back(a.cost);
            costsMany.push_back(b.cost);
            QCOMPARE(b.epochEnded, a.epochEnded);
            epochAccuracyOne += a.epochAccuracy;
            epochAccuracyMany += b.epochAccuracy;
        }
        QCOMPARE(epochAccuracyMany, epochAccuracyOne);
        for (size_t i = 0; i < costsOne.size(); ++i)
            QVERIFY2(std::abs(costsMany[i] - costsOne[i]) <= tolerance * std::abs(costsOne[i]),
                     qPrintable(QString("step %1: %2 vs %3")
                                    .arg(i)
                                    .arg(costsMany[i], 0, 'g', 17)
                                    .arg(costsOne[i], 0, 'g', 17)));
        const Parameters a = one->CurrentParameters(), b = many->CurrentParameters();
        for (size_t l = 1; l <= spec.L(); ++l) {
            QVERIFY(arma::approx_equal(a.W[l], b.W[l], "reldiff", 100 * tolerance));
            QVERIFY(arma::approx_equal(a.b[l], b.b[l], "reldiff", 100 * tolerance));
        }
        // Predictions shared across the threads are the same ones too.
        QVERIFY(arma::approx_equal(one->TrainProbabilities(), many->TrainProbabilities(), "reldiff",
                                   100 * tolerance));
    }

    // The direct trainer's update is the course's: on the full batch its costs and weights follow
    // the course Network's Forward, Cost, Backward and Update, shared by threads or not.
    void directTrainerFollowsTheCourseNetwork_data() {
        AddColumns<size_t, double>({"threads", "l2"});
        QTest::newRow("1 thread") << size_t(1) << 0.0;
        QTest::newRow("3 threads") << size_t(3) << 0.0;
        QTest::newRow("1 thread, L2") << size_t(1) << 0.5;
        QTest::newRow("2 threads, L2") << size_t(2) << 0.5;
    }

    void directTrainerFollowsTheCourseNetwork() {
        QFETCH(size_t, threads);
        QFETCH(double, l2);
        const DataSet d = Blobs(3, 20, 1.5, 12);
        const Parameters p = InitializeParameters(
            NetworkSpec::WithDefaultActivations({2, 12, 6, 3}), Initializer::He, 12);
        TrainOptions o;
        o.learningRate = 0.05;
        o.l2 = l2;
        o.threads = threads;
        auto trainer = TrainerFactory::Create(p, d, nullptr, o);
        QCOMPARE(ThreadsOf(*trainer), threads);
        Network<double> net(p);
        net.SetL2(l2, d.Count());
        const arma::mat Y = d.Targets<double>(3);
        double worst = 0;
        for (int i = 0; i < 100; ++i) {
            net.Forward(d.X, true);
            const double cost = net.Cost(Y);
            worst = std::max(worst, std::abs(trainer->Step().cost - cost) / cost);
            net.Backward(Y);
            net.Update(0.05);
        }
        qInfo("largest relative cost difference %.3g", worst);
        QVERIFY(worst <= 1e-12);
        const Parameters a = trainer->CurrentParameters(), b = net.ToParameters();
        for (size_t l = 1; l <= a.L(); ++l) {
            QVERIFY(arma::approx_equal(a.W[l], b.W[l], "reldiff", 1e-10));
            QVERIFY(arma::approx_equal(a.b[l], b.b[l], "reldiff", 1e-10));
        }
        // The weights handed out predict what the trainer predicts, through the same pass.
        QVERIFY(arma::approx_equal(a.Predict(d.X), trainer->TrainProbabilities(), "absdiff", 0.0));
    }

    // Predictions of a large set come a block of columns at a time (the activations of all of
    // them would add 120 MB for Fashion-MNIST), and a part of the training set is measured from
    // the trainer's own copy: both give exactly what one pass over all the columns gives.
    void largeSetsArePredictedInBlocks_data() {
        AddColumns<size_t>({"threads"});
        QTest::newRow("1 thread") << size_t(1);
        QTest::newRow("2 threads") << size_t(2);
    }

    void largeSetsArePredictedInBlocks() {
        QFETCH(size_t, threads);
        const DataSet d = Blobs(3, 3000, 1.5, 5);  // 9000 columns: several blocks per thread
        const Parameters p = InitializeParameters(
            NetworkSpec::WithDefaultActivations({2, 12, 6, 3}), Initializer::He, 3);
        TrainOptions o;
        o.threads = threads;
        o.batchSize = 64;  // the direct trainer, not the Gram path
        auto trainer = TrainerFactory::Create(p, d, nullptr, o);
        for (int i = 0; i < 5; ++i) trainer->Step();
        const arma::mat all = trainer->CurrentParameters().Predict(d.X);
        QVERIFY(arma::approx_equal(trainer->TrainProbabilities(), all, "absdiff", 1e-15));
        QVERIFY(arma::approx_equal(trainer->Predict(d.X), all, "absdiff", 1e-15));
        const arma::uvec stride = arma::regspace<arma::uvec>(1, 2, d.Count() - 1);  // 4500
        QVERIFY(arma::approx_equal(trainer->TrainProbabilities(stride), all.cols(stride), "absdiff",
                                   1e-15));
    }

    // Mini-batches of pictures are converted from their 8-bit codes as they are gathered: the
    // run is the one the same images as doubles give, bit for bit, in either precision, with or
    // without early stopping's validation split.
    void codesTrainAsTheirValues_data() {
        AddColumns<Precision, size_t>({"precision", "patience"});
        QTest::newRow("float") << Precision::Float << size_t(0);
        QTest::newRow("double") << Precision::Double << size_t(0);
        QTest::newRow("float, early stopping") << Precision::Float << size_t(3);
    }

    void codesTrainAsTheirValues() {
        // The conversion's one promise, for all 256 codes: NumPy's x / 255 in float64, and that
        // rounded to float32.
        for (int c = 0; c < 256; ++c) {
            const std::uint8_t code = static_cast<std::uint8_t>(c);
            double d = 0;
            float f = 0;
            DataSet::ConvertCodes(&code, &d, 1);
            DataSet::ConvertCodes(&code, &f, 1);
            QCOMPARE(d, c / 255.0);
            QVERIFY(f == static_cast<float>(c / 255.0));
        }
        QFETCH(Precision, precision);
        QFETCH(size_t, patience);
        std::mt19937_64 rng(4);
        DataSet codes;
        codes.codes.set_size(48, 700);
        codes.y.set_size(700);
        for (arma::uword i = 0; i < 700; ++i) {
            codes.y[i] = i % 3;
            for (arma::uword r = 0; r < 48; ++r)
                codes.codes(r, i) = std::uint8_t(rng() % 128 + (r % 3 == codes.y[i] ? 100 : 0));
        }
        codes.classNames = {"a", "b", "c"};
        codes.source = "codes";
        DataSet values = codes;
        values.X = codes.Values<double>();
        values.codes.reset();
        const Parameters p = InitializeParameters(
            NetworkSpec::WithDefaultActivations({48, 16, 8, 3}), Initializer::He, 6);
        TrainOptions o;
        o.precision = precision;
        o.batchSize = 64;
        o.optimizer = OptimizerKind::Adam;
        o.learningRate = 0.01;
        o.earlyStopPatience = patience;
        auto fromCodes = TrainerFactory::Create(p, codes, nullptr, o);
        auto fromValues = TrainerFactory::Create(p, values, nullptr, o);
        for (int i = 0; i < 40; ++i) {
            const StepResult a = fromCodes->Step(), b = fromValues->Step();
            QCOMPARE(a.cost, b.cost);
            QCOMPARE(a.validationCost, b.validationCost);
        }
        QVERIFY(arma::approx_equal(fromCodes->TrainProbabilities(),
                                   fromValues->TrainProbabilities(), "absdiff", 0.0));
        const arma::uvec stride = arma::regspace<arma::uvec>(0, 3, 699);
        QVERIFY(arma::approx_equal(fromCodes->TrainProbabilities(stride),
                                   fromValues->TrainProbabilities(stride), "absdiff", 0.0));
    }

    // The trainer shares a step only when it is big enough to gain, and never more ways than the
    // machine has cores (at most 4).
    void threadsChosenBySize() {
        DataSet d = Noise(784, 300, 9);
        TrainOptions o;
        o.precision = Precision::Float;
        o.batchSize = 128;
        auto big = TrainerFactory::Create(
            InitializeParameters(NetworkSpec::WithDefaultActivations({784, 256, 128, 100, 1}),
                                 Initializer::He, 1),
            d, nullptr, o);
        QCOMPARE(ThreadsOf(*big), ThreadTeam::AvailableCores(4));
        auto small = TrainerFactory::Create(
            InitializeParameters(NetworkSpec::WithDefaultActivations({784, 2, 1}), Initializer::He,
                                 1),
            d, nullptr, o);
        QCOMPARE(ThreadsOf(*small), size_t(1));
        o.threads = TrainOptions::kMaxThreads + 1;
        QVERIFY_THROWS_EXCEPTION(
            EngineError, TrainerFactory::Create(
                             InitializeParameters(NetworkSpec::WithDefaultActivations({784, 1}),
                                                  Initializer::He, 1),
                             d, nullptr, o));
    }

    // A batch of the whole set is the notebook's full-batch run, to the last bit.
    void fullBatchEqualsDirectRun_data() {
        QTest::addColumn<size_t>("batchSize");
        QTest::newRow("batch = m") << size_t(90);
        QTest::newRow("batch > m") << size_t(1000);
    }

    void fullBatchEqualsDirectRun() {
        QFETCH(size_t, batchSize);
        const DataSet d = Blobs(3, 30, 1.0, 5);
        const Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({2, 5, 3}),
                                                  Initializer::Notebook, 5);
        TrainOptions plain;
        plain.learningRate = 0.1;
        QVERIFY(plain.IsPlainFullBatchGradientDescent());
        TrainOptions batched = plain;
        batched.batchSize = batchSize;
        batched.seed = 99;
        auto a = TrainerFactory::Create(p, d, nullptr, plain);
        auto b = TrainerFactory::Create(p, d, nullptr, batched);
        QCOMPARE(b->StepsPerEpoch(), size_t(1));
        QCOMPARE(Costs(*a, 50), Costs(*b, 50));
        QVERIFY(SameParameters(a->CurrentParameters(), b->CurrentParameters()));
        // Mini-batches really take a different path.
        batched.batchSize = 30;
        auto c = TrainerFactory::Create(p, d, nullptr, batched);
        QVERIFY(!batched.IsPlainFullBatchGradientDescent());
        QVERIFY(Costs(*c, 3) != Costs(*TrainerFactory::Create(p, d, nullptr, plain), 3));
    }

    void plainOnlyWithDefaults_data() {
        AddColumns<TrainOptions, bool>({"options", "plain"});
        using O = TrainOptions;
        QTest::newRow("defaults") << O{} << true;
        QTest::newRow("dropout keeping every unit") << O{.keepProbabilities = {1.0, 1.0}} << true;
        QTest::newRow("adam") << O{.optimizer = OptimizerKind::Adam} << false;
        QTest::newRow("mini-batch") << O{.batchSize = 32} << false;
        QTest::newRow("l2") << O{.l2 = 0.1} << false;
        QTest::newRow("dropout") << O{.keepProbabilities = {0.8, 1.0}} << false;
        QTest::newRow("decay") << O{.decay = DecayKind::Inverse} << false;
        QTest::newRow("early stopping") << O{.earlyStopPatience = 3} << false;
    }

    // Only the notebook's plain run may take the Gram path.
    void plainOnlyWithDefaults() {
        QFETCH(TrainOptions, options);
        QFETCH(bool, plain);
        const TrainOptions& o = options;
        QCOMPARE(o.IsPlainFullBatchGradientDescent(), plain);
    }

    // A wide network memorising noise: the validation cost rises, training stops `patience`
    // epochs after its best, and the best epoch's weights are the ones left.
    void earlyStoppingRestoresBest() {
        const DataSet d = Noise(10, 80, 31);
        const Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({10, 64, 1}),
                                                  Initializer::He, 31);
        const TrainOptions o{.learningRate = 0.01,
                             .optimizer = OptimizerKind::Adam,
                             .batchSize = 16,
                             .earlyStopPatience = 5,
                             .validationFraction = 0.25};
        auto t = TrainerFactory::Create(p, d, nullptr, o);
        QCOMPARE(t->StepsPerEpoch(), size_t(4));  // 60 of 80 train
        std::vector<Parameters> afterEpoch;
        std::vector<double> validation;
        StepResult last;
        const RunResult r = RunTraining(*t, 400 * t->StepsPerEpoch(), [&](const StepResult& s) {
            if (s.epochEnded && !s.earlyStopped) {
                afterEpoch.push_back(t->CurrentParameters());
                validation.push_back(s.validationCost);
            }
            last = s;
            return true;
        });
        QCOMPARE(int(r.status), int(RunResult::Status::EarlyStopped));
        QVERIFY(last.earlyStopped);
        const size_t best =
            size_t(std::min_element(validation.begin(), validation.end()) - validation.begin());
        QCOMPARE(last.bestEpoch, best);
        QCOMPARE(last.epoch, best + 5);
        QVERIFY(last.validationCost > validation[best]);
        QVERIFY(SameParameters(t->CurrentParameters(), afterEpoch[best]));
        QVERIFY(!SameParameters(t->CurrentParameters(), afterEpoch.back()));
        QVERIFY(QString::fromStdString(r.message).contains(
            QString("lowest after epoch %1,").arg(best + 1)));
    }

    void optionRefusals_data() {
        QTest::addColumn<TrainOptions>("options");
        using O = TrainOptions;
        QTest::newRow("negative l2") << O{.l2 = -1};
        QTest::newRow("one keep probability for two layers") << O{.keepProbabilities = {0.5}};
        QTest::newRow("beta1 1") << O{.beta1 = 1.0};
        QTest::newRow("validation takes everything")
            << O{.earlyStopPatience = 3, .validationFraction = 1.0};
        QTest::newRow("validation holds 0 of 10")
            << O{.earlyStopPatience = 3, .validationFraction = 0.01};
        QTest::newRow("exponential decay to 0")
            << O{.decay = DecayKind::Exponential, .decayRate = 0.0};
    }

    void optionRefusals() {
        QFETCH(TrainOptions, options);
        const DataSet d = Blobs(2, 5, 1.0, 1);
        const Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({2, 3, 1}),
                                                  Initializer::He, 1);
        const TrainOptions& o = options;
        QVERIFY_THROWS_EXCEPTION(EngineError, TrainerFactory::Create(p, d, nullptr, o));
    }
};

QTEST_APPLESS_MAIN(TestTraining)
#include "tst_training.moc"
