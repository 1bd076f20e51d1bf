// TrainingMemory and TrainerFactory::Check: a run is refused from its shapes, before a weight is
// drawn, when its weights, gradients, optimiser state, activations and history do not fit the
// budget; the message names each part, largest first, and how to shrink the largest.
#include <QTest>
#include <cstdint>
#include <limits>

#include "DataColumns.h"
#include "EngineError.h"
#include "MemoryBudget.h"
#include "TrainerFactory.h"
#include "TrainingMemory.h"

using namespace layerlab;

Q_DECLARE_METATYPE(layerlab::TrainOptions)

namespace {

// count examples of `features` zeros, two classes: only the shapes matter here.
DataSet Zeros(arma::uword features, arma::uword count) {
    DataSet d;
    d.X.zeros(features, count);
    d.y.zeros(count);
    for (arma::uword i = 0; i < count; i += 2) d.y[i] = 1;
    d.classNames = {"non-cat", "cat"};
    d.source = "zeros";
    return d;
}

std::uint64_t PartBytes(const NetworkSpec& spec, const TrainOptions& o, size_t part) {
    return TrainingMemory::Parts(spec, 209, 50, o).at(part).bytes;
}

// What Check throws, "" when the run fits.
QString CheckError(const NetworkSpec& spec, const DataSet& train, const TrainOptions& o,
                   const TrainingMemory::Part& extra = {}) {
    try {
        TrainerFactory::Check(spec, train, nullptr, o, extra);
    } catch (const EngineError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

const NetworkSpec kCourse = NetworkSpec::WithDefaultActivations({12288, 20, 7, 5, 1});

}  // namespace

class TestTrainingMemory : public QObject {
    Q_OBJECT
private slots:
    // The machine's memory must not decide a test: 16 GB, as a modest laptop's.
    void init() { qputenv("LAYERLAB_MEMORY_BUDGET", "16000000000"); }
    void cleanup() { qunsetenv("LAYERLAB_MEMORY_BUDGET"); }

    void optimiserStateAndPrecisionCount() {
        const std::uint64_t P = kCourse.ParameterCount();
        TrainOptions gd, adam, momentum, gdFloat;
        adam.optimizer = OptimizerKind::Adam;
        momentum.optimizer = OptimizerKind::Momentum;
        gdFloat.precision = Precision::Float;
        // Adam keeps two averages per weight, momentum one, in the run's precision.
        QCOMPARE(PartBytes(kCourse, adam, 0) - PartBytes(kCourse, gd, 0), P * 2 * 8);
        QCOMPARE(PartBytes(kCourse, momentum, 0) - PartBytes(kCourse, gd, 0), P * 8);
        // The run's weights and gradients in float take half; the double copies stay.
        QCOMPARE(PartBytes(kCourse, gd, 0) - PartBytes(kCourse, gdFloat, 0), P * 2 * 4);
        // Full batch: the activations of all 209 examples; a batch of 64 holds fewer.
        TrainOptions batch64 = adam;
        batch64.batchSize = 64;
        QVERIFY(PartBytes(kCourse, batch64, 1) < PartBytes(kCourse, adam, 1));
        QVERIFY(PartBytes(kCourse, gd, 1) > 209ull * (4 * 33) * 8);
    }

    void refusedBeforeAnyWeight_data() {
        AddColumns<NetworkSpec, QStringList>({"spec", "expected"});
        // The weights alone (14.7 GB) fit 16 GB, so NetworkSpec passes it; with their gradients
        // and the copies they do not.
        QTest::newRow("12288,150000,1")
            << NetworkSpec::WithDefaultActivations({12288, 150000, 1})
            << QStringList{"layers 12288,150000,1: training (the weights with their gradients",
                           "more than the 16.0 GB LayerLab may use",
                           "; use fewer or smaller layers"};
        // The cheap refusal first: the input size, not 8 GB of W[1].
        QTest::newRow("999999999,1") << NetworkSpec::WithDefaultActivations({999999999, 1})
                                     << QStringList{
                                            "the network's input size is 999999999 but "
                                            "the data's examples have 12288 values"};
        QTest::newRow("12288,2^63-1,1")
            << NetworkSpec::WithDefaultActivations({12288, 9223372036854775807ull, 1})
            << QStringList{"would need more than 18 EB of memory"};
    }

    void refusedBeforeAnyWeight() {
        QFETCH(NetworkSpec, spec);
        QFETCH(QStringList, expected);
        const QString error = CheckError(spec, Zeros(12288, 209), TrainOptions{});
        QVERIFY2(!error.isEmpty(), "accepted");
        for (const QString& e : expected) QVERIFY2(error.contains(e), qPrintable(error));
    }

    void activationsOfAFullBatchSuggestMiniBatches() {
        // 60000 examples of 784 values through 20000 units: the weights fit, the full batch's
        // activations (38 GB) do not.
        const QString error = CheckError(NetworkSpec::WithDefaultActivations({784, 20000, 1}),
                                         Zeros(784, 60000), TrainOptions{});
        QVERIFY2(error.contains("training (the activations of a batch of 60000 examples"),
                 qPrintable(error));
        QVERIFY2(error.endsWith("train on mini-batches (a batch size below 60000) or use smaller "
                                "layers"),
                 qPrintable(error));
    }

    void extraIsCountedAndNamed() {
        const DataSet train = Zeros(12288, 209);
        QVERIFY(CheckError(kCourse, train, TrainOptions{}).isEmpty());
        const TrainingMemory::Part history{"the cost history of 100000000000 iterations",
                                           MemoryBudget::Multiply({100000000000ull, 48}),
                                           "train for fewer iterations"};
        const QString error = CheckError(kCourse, train, TrainOptions{}, history);
        QVERIFY2(error.startsWith("layers 12288,20,7,5,1: training (the cost history of "
                                  "100000000000 iterations 4800.0 GB; "),
                 qPrintable(error));
        QVERIFY2(error.endsWith("; train for fewer iterations"), qPrintable(error));
        const TrainingMemory::Part saturated{"the history",
                                             std::numeric_limits<std::uint64_t>::max(), "fewer"};
        QVERIFY2(CheckError(kCourse, train, TrainOptions{}, saturated)
                     .contains("would need more than 18 EB of memory"),
                 qPrintable(error));
    }

    void createChecksToo() {
        // A trainer is never built past the budget, whoever asks for it.
        qputenv("LAYERLAB_MEMORY_BUDGET", "1000000");
        Parameters p;
        p.spec = NetworkSpec::WithDefaultActivations({4, 3000, 1});
        p.W = {arma::mat(), arma::mat(3000, 4, arma::fill::zeros),
               arma::mat(1, 3000, arma::fill::zeros)};
        p.b = {arma::mat(), arma::mat(3000, 1, arma::fill::zeros),
               arma::mat(1, 1, arma::fill::zeros)};
        QVERIFY_THROWS_EXCEPTION(EngineError,
                                 TrainerFactory::Create(p, Zeros(4, 100), nullptr, {}));
    }
};

QTEST_GUILESS_MAIN(TestTrainingMemory)
#include "tst_trainingmemory.moc"
