#pragma once

#include <QObject>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "DataSet.h"
#include "ExampleChoice.h"
#include "Inspection.h"
#include "Parameters.h"

namespace layerlab {

// Computes what the inside views show (Inspection) on a thread of its own, from the weights the
// training snapshots already share, so the views never touch engine state and the training loop
// never waits for them. Requests coalesce: while one inspection is computed, newer weights
// replace older ones waiting, so at full speed it measures as often as it can keep up and no
// more (a few times a second for the course's network, the weights' own rate).
class NetworkInspector : public QObject {
    Q_OBJECT
public:
    // Training examples the statistics and findings are measured on, spread evenly over the set:
    // all 209 of the course's, 256 of Fashion-MNIST's 60000 (a 256-unit layer's activations for
    // all of them would be 120 MB and a second of work per inspection).
    static constexpr arma::uword kSampleExamples = 256;
    // The glass box lists this many terms of z one by one, the rest summed.
    static constexpr size_t kGlassBoxTerms = 6;

    // Everything one inspection depends on.
    struct Request {
        std::shared_ptr<const Parameters> parameters;
        size_t iteration = 0;
        double learningRate = 0.0;
        // The cost history the rising-cost finding reads: per iteration in full-batch runs, per
        // epoch in mini-batch ones (HealthFindings::OfCosts).
        std::vector<double> costs;
        std::shared_ptr<const DataSplit> data;
        ExampleChoice example;
        size_t layer = 0;  // the glass box's unit: 0 is the output unit of the predicted class
        arma::uword unit = 0;
    };

    explicit NetworkInspector(QObject* parent = nullptr);
    ~NetworkInspector() override;

    // A new data set or a new run: the gradient-ratio curves start again.
    void SetData(std::shared_ptr<const DataSplit> data);
    void Restart();
    // The example to follow (inspected again at once with the last weights); an unset choice
    // follows test image 0, or training image 0 without a test set.
    void SetExample(const ExampleChoice& example);
    ExampleChoice Example() const;
    // The unit the glass box opens (layer 1..L); layer 0 is the predicted class's output unit.
    void SetUnit(size_t layer, arma::uword unit);
    // Inspect these weights (they replace any not yet started).
    void Inspect(std::shared_ptr<const Parameters> parameters, size_t iteration,
                 double learningRate, std::vector<double> costs);
    // The latest inspection published, or nullptr.
    InspectionPtr Latest() const;

    // The inspection itself, on the calling thread; `before` holds the ratio curves so far
    // (a point is added when the iteration is past their last one).
    static Inspection Compute(const Request& request,
                              const std::shared_ptr<const GradientRatios>& before);
    // The example the views follow when none was chosen.
    static ExampleChoice DefaultExample(const DataSplit& data);

signals:
    void inspected(const layerlab::InspectionPtr& inspection);

private:
    void Loop();
    // Queues the current request unless it has no weights (under m_mutex).
    void PostLocked();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    Request m_request;       // the latest inputs
    bool m_pending = false;  // m_request is waiting to be computed
    bool m_quit = false;
    std::shared_ptr<const GradientRatios> m_ratios;
    InspectionPtr m_latest;
    std::thread m_thread;  // last: started once the rest is built
};

}  // namespace layerlab
