// The inside views' numbers: an inspection computed from a snapshot's weights equals the engine's
// own statistics, trace, glass box and saliency for the same weights and example; inspections run
// off the calling thread and coalesce; the gradient-ratio curves grow once per iteration.
#include <QSignalSpy>
#include <QTest>

#include "BiasedNet.h"
#include "ExampleTrace.h"
#include "GlassBoxNeuron.h"
#include "Saliency.h"
#include "inspect/NetworkInspector.h"

using namespace layerlab;

namespace {

// 6×6 grey pictures of 3 classes as 8-bit codes: 30 training images, 9 test images.
std::shared_ptr<const DataSplit> Pictures() {
    arma::arma_rng::set_seed(11);
    const auto make = [](arma::uword m) {
        DataSet d;
        d.codes = arma::randi<arma::Mat<std::uint8_t>>(36, m, arma::distr_param(0, 255));
        d.y.set_size(m);
        for (arma::uword i = 0; i < m; ++i) d.y(i) = i % 3;
        d.classNames = {"a", "b", "c"};
        d.imageShape = {6, 6, 1};
        return d;
    };
    return std::make_shared<const DataSplit>(DataSplit{make(30), make(9)});
}

std::shared_ptr<const Parameters> Net() {
    return std::make_shared<const Parameters>(
        BiasedNet({36, 5, 3}, {Activation::ReLU, Activation::Softmax}, 4, 0.01));
}

NetworkInspector::Request RequestFor(std::shared_ptr<const Parameters> p,
                                     std::shared_ptr<const DataSplit> data, size_t iteration) {
    NetworkInspector::Request r;
    r.parameters = std::move(p);
    r.data = std::move(data);
    r.iteration = iteration;
    r.learningRate = 0.1;
    return r;
}

}  // namespace

class TestNetworkInspector : public QObject {
    Q_OBJECT

private slots:
    void statisticsAreTheEnginesOnTheSample() {
        const auto data = Pictures();
        const auto p = Net();
        const Inspection in = NetworkInspector::Compute(RequestFor(p, data, 3), nullptr);
        QVERIFY2(in.error.isEmpty(), qPrintable(in.error));
        // 30 examples are fewer than the sample size: all of them, in order.
        QCOMPARE(in.stats.examples, arma::uword(30));
        const NetworkStatistics direct =
            MeasureLayers(*p, data->train.Values<double>(), data->train.Targets<double>(3));
        QCOMPARE(in.stats.layers.size(), direct.layers.size());
        for (size_t l = 0; l < direct.layers.size(); ++l) {
            QCOMPARE(in.stats.layers[l].normDW, direct.layers[l].normDW);
            QCOMPARE(in.stats.layers[l].histA.counts, direct.layers[l].histA.counts);
        }
        QCOMPARE(in.stats.cost, direct.cost);
        QVERIFY(in.ratios);
        QCOMPARE(in.ratios->iterations, std::vector<double>{3.0});
        QCOMPARE(in.ratios->perLayer[0].front(), direct.layers[0].relativeGradient);
    }

    void aLargeSetIsSampledEvenly() {
        arma::arma_rng::set_seed(2);
        DataSplit big;
        big.train.X = arma::randu(36, 1000);
        big.train.y = arma::Row<arma::uword>(1000, arma::fill::zeros);
        big.train.classNames = {"a", "b", "c"};
        const Inspection in = NetworkInspector::Compute(
            RequestFor(Net(), std::make_shared<const DataSplit>(big), 1), nullptr);
        QCOMPARE(in.stats.examples, NetworkInspector::kSampleExamples);
    }

    void theExampleIsTracedAsTheEngineTracesIt() {
        const auto data = Pictures();
        const auto p = Net();
        auto r = RequestFor(p, data, 1);
        r.example.source = ExampleChoice::Source::Test;
        r.example.index = 4;
        const Inspection in = NetworkInspector::Compute(r, nullptr);
        QVERIFY(in.traced);
        QCOMPARE(in.label, 1);  // 4 % 3
        const arma::vec x = data->test.Column(4);
        arma::vec y(3, arma::fill::zeros);
        y(1) = 1.0;
        const ExampleTrace t = ExampleTrace::Capture(*p, x, y);
        for (size_t l = 1; l <= p->L(); ++l) {
            QVERIFY(arma::approx_equal(in.trace.A[l], t.A[l], "absdiff", 0.0));
            QVERIFY(arma::approx_equal(in.trace.dW[l], t.dW[l], "absdiff", 0.0));
        }
        const arma::uword predicted = in.trace.A[2].col(0).index_max();
        QCOMPARE(in.predicted, predicted);
        QCOMPARE(in.classProbabilities.size(), size_t(3));
        QCOMPARE(in.classProbabilities[predicted], in.trace.A[2](predicted, 0));
        QVERIFY(
            arma::approx_equal(in.saliency, Saliency::Gradient(*p, x, predicted), "absdiff", 0.0));
        // 6 pixels: a patch of 1, a 6 × 6 occlusion map.
        QCOMPARE(in.occlusionPatch, arma::uword(1));
        QCOMPARE(in.occlusion.n_elem, arma::uword(36));
        // The glass box opens the predicted class's output unit, with the step's update.
        QVERIFY(in.neuron);
        QCOMPARE(in.neuron->layer, size_t(2));
        QCOMPARE(in.neuron->unit, predicted);
        QVERIFY(in.neuron->hasUpdate);
        QCOMPARE(in.neuron->z, t.Z[2](predicted, 0));
        QVERIFY(std::abs(in.neuron->zFromTerms - in.neuron->z) < 1e-12);
    }

    void aClickedUnitIsOpenedAndAPictureTracedAgainstItsPrediction() {
        const auto data = Pictures();
        auto r = RequestFor(Net(), data, 1);
        r.example.source = ExampleChoice::Source::Picture;
        r.example.features = data->train.Column(7);
        r.layer = 1;
        r.unit = 3;
        const Inspection in = NetworkInspector::Compute(r, nullptr);
        QVERIFY(in.traced);
        QCOMPARE(in.label, -1);
        QCOMPARE(in.neuron->layer, size_t(1));
        QCOMPARE(in.neuron->unit, arma::uword(3));
        // Against its own prediction: dZ[L] = a − y is negative only at the predicted class.
        const arma::vec dZ = in.trace.dZ[2].col(0);
        QVERIFY(dZ(in.predicted) < 0.0);
        // A unit that does not exist falls back to the output unit.
        r.unit = 99;
        QCOMPARE(NetworkInspector::Compute(r, nullptr).neuron->layer, size_t(2));
    }

    void aNetworkThatDoesNotFitSaysWhy() {
        auto r = RequestFor(
            std::make_shared<const Parameters>(BiasedNet({10, 3}, {Activation::Softmax}, 1, 0.0)),
            Pictures(), 1);
        const Inspection in = NetworkInspector::Compute(r, nullptr);
        QVERIFY(in.error.contains("10 inputs"));
        QVERIFY(in.error.contains("36 features"));
    }

    void inspectionsArriveFromTheThreadAndTheCurvesGrowPerIteration() {
        NetworkInspector inspector;
        inspector.SetData(Pictures());
        QSignalSpy spy(&inspector, &NetworkInspector::inspected);
        const auto p = Net();
        inspector.Inspect(p, 1, 0.1, {});
        QVERIFY(spy.wait());
        InspectionPtr first = spy.takeFirst().at(0).value<InspectionPtr>();
        QCOMPARE(first->iteration, size_t(1));
        QCOMPARE(first->example.source, ExampleChoice::Source::Test);  // the default
        QCOMPARE(first->ratios->iterations.size(), size_t(1));
        // A new example at the same iteration: inspected again, no new curve point.
        ExampleChoice e;
        e.source = ExampleChoice::Source::Train;
        e.index = 2;
        inspector.SetExample(e);
        QVERIFY(spy.wait());
        InspectionPtr second = spy.takeFirst().at(0).value<InspectionPtr>();
        QCOMPARE(second->example.index, arma::uword(2));
        QCOMPARE(second->ratios->iterations.size(), size_t(1));
        inspector.Inspect(p, 2, 0.1, {});
        QVERIFY(spy.wait());
        InspectionPtr third = spy.takeFirst().at(0).value<InspectionPtr>();
        QCOMPARE(third->ratios->iterations, (std::vector<double>{1.0, 2.0}));
        // The earlier inspection's curves are its own.
        QCOMPARE(first->ratios->iterations.size(), size_t(1));
        QCOMPARE(inspector.Latest(), third);
        // A new run starts the curves again.
        inspector.Restart();
        inspector.Inspect(p, 5, 0.1, {});
        QVERIFY(spy.wait());
        QCOMPARE(spy.takeFirst().at(0).value<InspectionPtr>()->ratios->iterations,
                 std::vector<double>{5.0});
    }

    void risingCostsAreFound() {
        auto r = RequestFor(Net(), Pictures(), 7);
        r.costs = {1.0, 1.1, 1.2, 1.3, 1.4, 1.5};
        const Inspection in = NetworkInspector::Compute(r, nullptr);
        bool rising = false;
        for (const HealthFinding& f : in.findings)
            rising = rising || f.kind == HealthFinding::Kind::RisingCost;
        QVERIFY(rising);
    }
};

QTEST_GUILESS_MAIN(TestNetworkInspector)
#include "tst_networkinspector.moc"
