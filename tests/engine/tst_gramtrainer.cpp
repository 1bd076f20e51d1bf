// The Gram path (GramTrainer) against the direct path (DirectTrainer) and the course Network: the
// same costs, parameters and predictions on the course data and on small synthetic sets with
// m < n[0], and neither path allocates inside its training loop.
#include <QFile>
#include <QTest>
#include <cmath>

#ifndef LAYERLAB_NO_ALLOCATION_COUNTER
#include "AllocationCounter.h"
#endif
#include "CourseDataReader.h"
#include "DataColumns.h"
#include "DirectTrainer.h"
#include "GramTrainer.h"
#include "InitializeParameters.h"
#include "Network.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "RunTraining.h"
#include "TrainerFactory.h"
#include "losses/CrossEntropy.h"

using namespace layerlab;

namespace {

// train + test examples of n0 features in [0, 1); an example's label is the class whose fixed
// random projection of it is largest, so the task is learnable and both sets follow one rule.
DataSplit SyntheticSplit(arma::uword n0, arma::uword train, arma::uword test, arma::uword classes) {
    arma::arma_rng::set_seed(7);
    const arma::mat X = arma::randu<arma::mat>(n0, train + test);
    const arma::mat R = arma::randn<arma::mat>(classes, n0);
    const arma::mat scores = R * (X - 0.5);
    DataSplit d;
    for (DataSet* s : {&d.train, &d.test}) {
        const bool isTrain = s == &d.train;
        s->X = isTrain ? X.cols(0, train - 1) : X.cols(train, train + test - 1);
        s->y.set_size(s->X.n_cols);
        for (arma::uword i = 0; i < s->X.n_cols; ++i)
            s->y[i] = scores.col(isTrain ? i : train + i).index_max();
        for (arma::uword c = 0; c < classes; ++c)
            s->classNames.push_back("class " + std::to_string(c));
        s->source = "synthetic";
    }
    return d;
}

Parameters InitialParameters(const QString& sizes, const QString& activations) {
    NetworkSpec spec{ParseLayerSizes(sizes.toStdString()),
                     ParseActivations(activations.toStdString())};
    spec.Validate();
    return InitializeParameters(spec, Initializer::Notebook, 1);
}

TrainOptions Options(Precision precision, double learningRate, bool gram) {
    TrainOptions o;
    o.precision = precision;
    o.learningRate = learningRate;
    o.allowGramPath = gram;
    return o;
}

bool IsGram(const Trainer& t) {
    return dynamic_cast<const GramTrainer<double>*>(&t) ||
           dynamic_cast<const GramTrainer<float>*>(&t);
}
bool IsDirect(const Trainer& t) {
    return dynamic_cast<const DirectTrainer<double>*>(&t) ||
           dynamic_cast<const DirectTrainer<float>*>(&t);
}

// Steps both trainers `iterations` times; returns the largest relative difference of their costs.
double CostDifference(Trainer& a, Trainer& b, size_t iterations) {
    double worst = 0;
    for (size_t i = 0; i < iterations; ++i) {
        const StepResult ra = a.Step(), rb = b.Step();
        if (ra.diverged || rb.diverged) return INFINITY;
        worst = std::max(worst, std::abs(ra.cost - rb.cost) / std::abs(rb.cost));
    }
    return worst;
}

// Largest absolute difference of any weight or bias.
double ParameterDifference(const Parameters& a, const Parameters& b) {
    double worst = 0;
    for (size_t l = 1; l <= a.L(); ++l) {
        worst = std::max(worst, arma::abs(a.W[l] - b.W[l]).max());
        worst = std::max(worst, arma::abs(a.b[l] - b.b[l]).max());
    }
    return worst;
}

double MaxDifference(const arma::mat& a, const arma::mat& b) {
    if (a.n_rows != b.n_rows || a.n_cols != b.n_cols) return INFINITY;
    return arma::abs(a - b).max();
}

}  // namespace

class TestGramTrainer : public QObject {
    Q_OBJECT
private:
    QString m_dir = QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");

    static void AddPrecisionRows() {
        QTest::addColumn<int>("precision");
        QTest::newRow("float64") << int(Precision::Double);
        QTest::newRow("float32") << int(Precision::Float);
    }

private slots:
    void createPicksThePath_data() { AddPrecisionRows(); }
    void createPicksThePath() {
        QFETCH(int, precision);
        const Parameters init = InitialParameters("40,6,1", "relu,sigmoid");
        const DataSplit fewer = SyntheticSplit(40, 25, 5, 2);
        const DataSplit more = SyntheticSplit(40, 60, 5, 2);
        QVERIFY(IsGram(*TrainerFactory::Create(init, fewer.train, &fewer.test,
                                               Options(Precision(precision), 0.1, true))));
        QVERIFY(IsDirect(*TrainerFactory::Create(init, fewer.train, &fewer.test,
                                                 Options(Precision(precision), 0.1, false))));
        QVERIFY(IsDirect(*TrainerFactory::Create(init, more.train, &more.test,
                                                 Options(Precision(precision), 0.1, true))));
    }

    void syntheticAgree_data() {
        AddColumns<QString, QString, int, int>({"sizes", "activations", "classes", "precision"});
        const struct {
            const char *name, *sizes, *activations;
            int classes;
        } nets[] = {
            {"relu", "40,9,5,1", "relu,relu,sigmoid", 2},
            {"tanh", "40,6,3,1", "tanh,tanh,sigmoid", 2},
            {"leaky relu", "40,8,4,1", "leaky_relu,leaky_relu,sigmoid", 2},
            {"softmax", "40,7,3", "relu,softmax", 3},
            {"one layer", "40,1", "sigmoid", 2},
        };
        for (const auto& n : nets)
            for (Precision p : {Precision::Double, Precision::Float})
                QTest::newRow(
                    qPrintable(QString("%1 %2").arg(n.name, QString::fromStdString(ToString(p)))))
                    << QString(n.sizes) << QString(n.activations) << n.classes << int(p);
    }

    void syntheticAgree() {
        QFETCH(QString, sizes);
        QFETCH(QString, activations);
        QFETCH(int, classes);
        QFETCH(int, precision);
        const bool f64 = Precision(precision) == Precision::Double;
        const DataSplit data = SyntheticSplit(40, 25, 10, classes);
        const Parameters init = InitialParameters(sizes, activations);
        auto gram = TrainerFactory::Create(init, data.train, &data.test,
                                           Options(Precision(precision), 0.1, true));
        auto direct = TrainerFactory::Create(init, data.train, &data.test,
                                             Options(Precision(precision), 0.1, false));
        QVERIFY(IsGram(*gram) && IsDirect(*direct));

        const double costs = CostDifference(*gram, *direct, 300);
        const Parameters pg = gram->CurrentParameters(), pd = direct->CurrentParameters();
        const double params = ParameterDifference(pg, pd);
        const double train =
            MaxDifference(gram->TrainProbabilities(), direct->TrainProbabilities());
        const double test = MaxDifference(gram->TestProbabilities(), direct->TestProbabilities());
        // New inputs: the trainer's own Predict and the materialised W[1] of CurrentParameters.
        const arma::mat Xnew = arma::randu<arma::mat>(40, 6);
        const double predict = MaxDifference(gram->Predict(Xnew), direct->Predict(Xnew));
        const double viaParams = MaxDifference(pg.Predict(Xnew), direct->Predict(Xnew));
        qInfo(
            "relative cost %.2g, parameters %.2g, train %.2g, test %.2g, predict %.2g, via "
            "parameters %.2g",
            costs, params, train, test, predict, viaParams);
        // The paths round differently, nothing more: float64 agrees to ~1e-15, float32 to ~1e-6.
        const double tolerance = f64 ? 1e-10 : 1e-3;
        QVERIFY(costs <= tolerance);
        QVERIFY(params <= tolerance);
        QVERIFY(train <= tolerance);
        QVERIFY(test <= tolerance);
        QVERIFY(predict <= tolerance);
        QVERIFY(viaParams <= tolerance);
        // And the run learned something, so agreeing was not trivial.
        QVERIFY(Accuracy(gram->TrainProbabilities(), data.train.y) >= 0.8);
    }

    // The Gram path's update is the course's: its costs and weights follow the course Network's
    // Forward, Cost, Backward and Update.
    void followsTheCourseNetwork_data() {
        AddColumns<QString, QString, int>({"sizes", "activations", "classes"});
        QTest::newRow("sigmoid") << "40,9,5,1"
                                 << "relu,tanh,sigmoid" << 2;
        QTest::newRow("softmax") << "40,7,3"
                                 << "leaky_relu,softmax" << 3;
    }
    void followsTheCourseNetwork() {
        QFETCH(QString, sizes);
        QFETCH(QString, activations);
        QFETCH(int, classes);
        const DataSplit data = SyntheticSplit(40, 25, 10, classes);
        const Parameters init = InitialParameters(sizes, activations);
        auto gram = TrainerFactory::Create(init, data.train, &data.test,
                                           Options(Precision::Double, 0.1, true));
        QVERIFY(IsGram(*gram));
        Network<double> net(init);
        const arma::mat Y = data.train.Targets<double>(init.spec.sizes.back());
        const arma::mat trainX = data.train.Values<double>();  // Forward keeps a reference to it
        double worst = 0;
        for (int i = 0; i < 200; ++i) {
            net.Forward(trainX);
            const double cost = net.Cost(Y);
            worst = std::max(worst, std::abs(gram->Step().cost - cost) / cost);
            net.Backward(Y);
            net.Update(0.1);
        }
        const double params = ParameterDifference(gram->CurrentParameters(), net.ToParameters());
        qInfo("relative cost %.2g, parameters %.2g", worst, params);
        QVERIFY(worst <= 1e-10);
        QVERIFY(params <= 1e-10);
        QVERIFY(MaxDifference(gram->TestProbabilities(), net.Predict(data.test.Values<double>())) <=
                1e-10);
    }

    void learningRateChangeMidRun_data() { AddPrecisionRows(); }
    void learningRateChangeMidRun() {
        QFETCH(int, precision);
        const DataSplit data = SyntheticSplit(40, 25, 10, 2);
        const Parameters init = InitialParameters("40,9,5,1", "relu,relu,sigmoid");
        auto gram = TrainerFactory::Create(init, data.train, &data.test,
                                           Options(Precision(precision), 0.02, true));
        auto direct = TrainerFactory::Create(init, data.train, &data.test,
                                             Options(Precision(precision), 0.02, false));
        auto unchanged = TrainerFactory::Create(init, data.train, &data.test,
                                                Options(Precision(precision), 0.02, true));
        const double before = CostDifference(*gram, *direct, 100);
        for (size_t i = 0; i < 100; ++i) unchanged->Step();
        // The run to compare with is the same run so far, to the last bit.
        QCOMPARE(ParameterDifference(gram->CurrentParameters(), unchanged->CurrentParameters()),
                 0.0);
        gram->SetLearningRate(0.2);
        direct->SetLearningRate(0.2);
        QCOMPARE(gram->LearningRate(), 0.2);
        const double after = CostDifference(*gram, *direct, 100);
        const double tolerance = Precision(precision) == Precision::Double ? 1e-10 : 1e-3;
        qInfo("relative cost difference %.2g before the change, %.2g after", before, after);
        QVERIFY(before <= tolerance);
        QVERIFY(after <= tolerance);
        QVERIFY(ParameterDifference(gram->CurrentParameters(), direct->CurrentParameters()) <=
                tolerance);
        // The new rate took effect: the cost fell faster than at the old one.
        for (size_t i = 0; i < 100; ++i) unchanged->Step();
        QVERIFY(gram->Step().cost < unchanged->Step().cost);
    }

    void stepsAllocateNothing_data() {
        AddColumns<bool, int, size_t, size_t>({"gram", "precision", "threads", "batchSize"});
        QTest::newRow("gram float64") << true << int(Precision::Double) << size_t(0) << size_t(0);
        QTest::newRow("gram float32") << true << int(Precision::Float) << size_t(0) << size_t(0);
        QTest::newRow("direct float64")
            << false << int(Precision::Double) << size_t(1) << size_t(0);
        QTest::newRow("direct float32") << false << int(Precision::Float) << size_t(1) << size_t(0);
        QTest::newRow("direct float32, 2 threads")
            << false << int(Precision::Float) << size_t(2) << size_t(0);
        QTest::newRow("mini-batches, 2 threads")
            << false << int(Precision::Float) << size_t(2) << size_t(8);
    }
    void stepsAllocateNothing() {
        QFETCH(bool, gram);
        QFETCH(int, precision);
        QFETCH(size_t, threads);
        QFETCH(size_t, batchSize);
        const DataSplit data = SyntheticSplit(300, 40, 10, 3);
        const Parameters init = InitialParameters("300,20,7,5,3", "relu,tanh,leaky_relu,softmax");
        TrainOptions options = Options(Precision(precision), 0.05, gram);
        options.threads = threads;
        options.batchSize = batchSize;  // 40 examples: five batches of 8, none shorter
        auto trainer = TrainerFactory::Create(init, data.train, &data.test, options);
        QCOMPARE(IsGram(*trainer), gram);
        trainer->Step();  // the first step sizes every buffer
#ifdef LAYERLAB_NO_ALLOCATION_COUNTER
        QSKIP("a sanitizer build: counting allocations would replace the sanitizer's malloc");
#else
        AllocationCounter::Start();
        for (int i = 0; i < 20; ++i) trainer->Step();
        AllocationCounter::Stop();
        QCOMPARE(AllocationCounter::Count(), size_t(0));
#endif
    }

    void courseData_data() {
        AddPrecisionRows();
    }
    void courseData() {
        QFETCH(int, precision);
        if (!QFile::exists(m_dir + "/train_catvnoncat.h5"))
            QSKIP(qPrintable("the course data is not at " + m_dir +
                             " (../shared beside the project)"));
        const DataSplit data = CourseDataReader::Read(m_dir.toStdString());
        const Parameters init = ParameterIO::Load((m_dir + "/init_seed1.h5").toStdString());
        auto gram = TrainerFactory::Create(init, data.train, &data.test,
                                           Options(Precision(precision), 0.0075, true));
        auto direct = TrainerFactory::Create(init, data.train, &data.test,
                                             Options(Precision(precision), 0.0075, false));
        QVERIFY(IsGram(*gram) && IsDirect(*direct));
        // 200 iterations: before the notebook's curve starts to oscillate (about iteration 300),
        // where float32 rounding, on either path, sends the run along its own path.
        const double costs = CostDifference(*gram, *direct, 200);
        const double params =
            ParameterDifference(gram->CurrentParameters(), direct->CurrentParameters());
        const arma::mat directTest = direct->TestProbabilities();
        const double test = MaxDifference(gram->TestProbabilities(), directTest);
        const double viaParams = MaxDifference(
            gram->CurrentParameters().Predict(data.test.Values<double>()), directTest);
        qInfo("relative cost %.2g, parameters %.2g, test %.2g, via parameters %.2g", costs, params,
              test, viaParams);
        const double tolerance = Precision(precision) == Precision::Double ? 1e-10 : 1e-4;
        QVERIFY(costs <= tolerance);
        QVERIFY(params <= tolerance);
        QVERIFY(test <= tolerance);
        QVERIFY(viaParams <= tolerance);
    }
};

QTEST_APPLESS_MAIN(TestGramTrainer)
#include "tst_gramtrainer.moc"
