#include "NetworkInspector.h"

#include <QMetaObject>
#include <algorithm>

#include "EngineError.h"
#include "Prediction.h"
#include "Saliency.h"
#include "inspect/WeightPictures.h"

namespace layerlab {
namespace {

// kSampleExamples columns spread evenly over m (all of them when m is smaller).
arma::uvec SampleColumns(arma::uword m) {
    const arma::uword n = std::min(m, NetworkInspector::kSampleExamples);
    arma::uvec cols(n);
    for (arma::uword k = 0; k < n; ++k) cols(k) = k * m / n;
    return cols;
}

// The example's features and label (-1 for a picture).
std::pair<arma::vec, int> ExampleOf(const ExampleChoice& e, const DataSplit& data) {
    const DataSet* set = e.source == ExampleChoice::Source::Test    ? &data.test
                         : e.source == ExampleChoice::Source::Train ? &data.train
                                                                    : nullptr;
    if (!set) return {e.features, -1};
    if (e.index >= set->Count())
        throw EngineError("example " + std::to_string(e.index) + " is not in the set of " +
                          std::to_string(set->Count()) + ": choose another");
    return {set->Column(e.index), int(set->y(e.index))};
}

void TraceExample(const Parameters& p, const DataSplit& data, const NetworkInspector::Request& r,
                  Inspection& out) {
    auto [x, label] = ExampleOf(out.example, data);
    if (x.n_elem != p.spec.sizes.front()) return;  // a picture from another data set
    const arma::uword outputs = p.spec.sizes.back();
    const std::vector<arma::mat> A = LayerActivations(p, x);
    const arma::vec output = A.back().col(0);
    out.predicted = PredictedClass(output.memptr(), output.n_elem);
    for (arma::uword c = 0; c < Saliency::ClassCount(p); ++c)
        out.classProbabilities.push_back(Saliency::ClassProbability(output, c));
    // The targets by the data set's one rule; a picture without a label is traced against what
    // the network predicts for it, the gradient that would make it surer.
    DataSet one;
    one.classNames = data.train.classNames;
    one.y = {arma::uword(label >= 0 ? label : int(out.predicted))};
    out.label = label;
    out.trace = ExampleTrace::Capture(p, x, one.Targets<double>(outputs).col(0));
    out.traced = true;
    out.saliency = Saliency::Gradient(p, x, out.predicted);
    const std::array<arma::uword, 3>& shape = data.train.imageShape;
    if (WeightPictures::ShapeFits(shape, x.n_elem)) {
        out.occlusionPatch = Saliency::OcclusionPatch(shape);
        out.occlusionGrid = Saliency::OcclusionGrid(shape, out.occlusionPatch, out.occlusionPatch);
        out.occlusion = Saliency::Occlusion(p, x, shape, out.predicted, out.occlusionPatch,
                                            out.occlusionPatch, Saliency::kOcclusionFill);
    }
    // One sigmoid unit is the probability of class 1 for both classes.
    size_t layer = r.layer;
    arma::uword unit = r.unit;
    if (layer == 0 || layer > p.L() || unit >= p.spec.sizes[layer]) {
        layer = p.L();
        unit = outputs == 1 ? 0 : out.predicted;
    }
    out.neuron = GlassBoxNeuron::Explain(p, out.trace, layer, unit,
                                         NetworkInspector::kGlassBoxTerms, r.learningRate);
}

}  // namespace

NetworkInspector::NetworkInspector(QObject* parent) : QObject(parent) {
    m_thread = std::thread([this] { Loop(); });
}

NetworkInspector::~NetworkInspector() {
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void NetworkInspector::SetData(std::shared_ptr<const DataSplit> data) {
    std::lock_guard lock(m_mutex);
    m_request = Request{};
    m_request.data = std::move(data);
    m_pending = false;
    m_ratios.reset();
    m_latest.reset();
}

void NetworkInspector::Restart() {
    std::lock_guard lock(m_mutex);
    m_request.parameters.reset();
    m_request.costs.clear();
    m_pending = false;
    m_ratios.reset();
}

void NetworkInspector::SetExample(const ExampleChoice& example) {
    std::lock_guard lock(m_mutex);
    m_request.example = example;
    PostLocked();
}

ExampleChoice NetworkInspector::Example() const {
    std::lock_guard lock(m_mutex);
    return m_request.example;
}

void NetworkInspector::SetUnit(size_t layer, arma::uword unit) {
    std::lock_guard lock(m_mutex);
    m_request.layer = layer;
    m_request.unit = unit;
    PostLocked();
}

void NetworkInspector::Inspect(std::shared_ptr<const Parameters> parameters, size_t iteration,
                               double learningRate, std::vector<double> costs) {
    std::lock_guard lock(m_mutex);
    m_request.parameters = std::move(parameters);
    m_request.iteration = iteration;
    m_request.learningRate = learningRate;
    m_request.costs = std::move(costs);
    PostLocked();
}

void NetworkInspector::PostLocked() {
    if (!m_request.parameters || !m_request.data) return;
    m_pending = true;
    m_wake.notify_all();
}

InspectionPtr NetworkInspector::Latest() const {
    std::lock_guard lock(m_mutex);
    return m_latest;
}

void NetworkInspector::Loop() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_quit || m_pending; });
        if (m_quit) return;
        const Request request = m_request;
        const std::shared_ptr<const GradientRatios> before = m_ratios;
        m_pending = false;
        lock.unlock();
        auto result = std::make_shared<Inspection>(Compute(request, before));
        lock.lock();
        // A new data set or run while this one was computed: its numbers belong to neither.
        if (request.data != m_request.data || (!m_request.parameters && !m_pending)) continue;
        if (result->ratios && before == m_ratios) m_ratios = result->ratios;
        m_latest = result;
        InspectionPtr published = result;
        QMetaObject::invokeMethod(
            this, [this, published] { emit inspected(published); }, Qt::QueuedConnection);
    }
}

ExampleChoice NetworkInspector::DefaultExample(const DataSplit& data) {
    ExampleChoice e;
    e.source = data.test.Count() > 0 ? ExampleChoice::Source::Test : ExampleChoice::Source::Train;
    return e;
}

Inspection NetworkInspector::Compute(const Request& r,
                                     const std::shared_ptr<const GradientRatios>& before) {
    Inspection out;
    out.iteration = r.iteration;
    out.parameters = r.parameters;
    out.ratios = before;
    out.example = r.example.IsSet() || !r.data ? r.example : DefaultExample(*r.data);
    if (!r.parameters || !r.data) return out;
    const Parameters& p = *r.parameters;
    const DataSet& train = r.data->train;
    try {
        if (train.Features() != p.spec.sizes.front())
            throw EngineError("the network takes " + std::to_string(p.spec.sizes.front()) +
                              " inputs but the data has " + std::to_string(train.Features()) +
                              " features: change the input layer or open matching data");
        const DataSet sample = train.Columns(SampleColumns(train.Count()));
        out.stats =
            MeasureLayers(p, sample.Values<double>(), sample.Targets<double>(p.spec.sizes.back()));
        out.findings = HealthFindings::All(out.stats, r.costs);
        if (!before || before->iterations.empty() || r.iteration > before->iterations.back()) {
            auto ratios = before ? std::make_shared<GradientRatios>(*before)
                                 : std::make_shared<GradientRatios>();
            ratios->perLayer.resize(out.stats.layers.size());
            ratios->iterations.push_back(double(r.iteration));
            for (size_t l = 0; l < out.stats.layers.size(); ++l)
                ratios->perLayer[l].push_back(out.stats.layers[l].relativeGradient);
            out.ratios = std::move(ratios);
        }
        if (out.example.IsSet()) TraceExample(p, *r.data, r, out);
    } catch (const EngineError& e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

}  // namespace layerlab
