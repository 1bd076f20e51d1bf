#include "GradientCheckJob.h"

#include <QThread>
#include <chrono>
#include <new>
#include <optional>

#include "EngineError.h"
#include "TrainerFactory.h"
#include "inspect/GradientCheckPlan.h"

namespace layerlab {

// What the worker hands back: a report or an error.
struct GradientCheckJob::Outcome {
    std::optional<GradientCheckReport> report;
    QString error;
    quint64 examples = 0, checked = 0, total = 0;
    double seconds = 0.0;
};

// The check itself, on the worker thread: the plan's refusals first, then the network against
// the data, then GradientCheckLayers with the command line's defaults. Throws EngineError for
// what the engine refuses.
void GradientCheckJob::Check(const Parameters* parameters, const DataSplit* data,
                             const AfterBackward& afterBackward, Outcome& outcome) {
    if (!parameters || !data) {
        outcome.error =
            tr("there is no network or data set to check: open a data set and set up a network "
               "first");
        return;
    }
    const Parameters& p = *parameters;
    p.spec.Validate();
    p.Validate();
    const GradientCheckPlan plan(p.spec, data->train.Count());
    outcome.examples = plan.Examples();
    outcome.checked = plan.Checked();
    outcome.total = plan.Total();
    if (plan.Examples() == 0) {
        outcome.error = tr("the data set has no training examples to check on: open one that has");
        return;
    }
    if (plan.TooLarge()) {
        outcome.error = plan.TooLargeMessage(tr("use fewer or smaller hidden layers"));
        return;
    }
    const DataSet subset = plan.Subset(data->train);
    // The input size, the outputs against the classes and the memory, as training checks them.
    TrainerFactory::Check(p.spec, subset, nullptr, TrainOptions{});
    GradientCheckOptions<double> options;
    options.samplePerTensor = plan.SamplePerTensor();
    options.afterBackward = afterBackward;
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    outcome.report = GradientCheckLayers<double>(
        p, subset.X, subset.Targets<double>(p.spec.sizes.back()), options);
    outcome.seconds = std::chrono::duration<double>(Clock::now() - start).count();
}

GradientCheckJob::GradientCheckJob(QObject* parent, AfterBackward afterBackward)
    : QObject(parent), m_afterBackward(std::move(afterBackward)) {
    setObjectName("gradientCheckJob");
}

GradientCheckJob::~GradientCheckJob() {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool GradientCheckJob::IsRunning() const {
    return m_thread != nullptr;
}

bool GradientCheckJob::Start(std::shared_ptr<const Parameters> parameters,
                             std::shared_ptr<const DataSplit> data) {
    if (IsRunning()) return false;
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    // The shared pointers keep the network and the data alive for the worker whatever the
    // window replaces meanwhile.
    m_thread = QThread::create([parameters, data, afterBackward = m_afterBackward, outcome] {
        try {
            Check(parameters.get(), data.get(), afterBackward, *outcome);
        } catch (const EngineError& e) {
            outcome->error = QString::fromUtf8(e.what());
        } catch (const std::bad_alloc&) {
            outcome->error =
                tr("not enough memory for the gradient check: use fewer or smaller layers");
        } catch (const std::exception& e) {
            outcome->error = QString::fromUtf8(e.what());
        }
    });
    m_thread->setObjectName("gradientCheckThread");
    // Queued: QThread::finished is emitted on the worker, Finish runs on the job's thread.
    connect(m_thread, &QThread::finished, this, &GradientCheckJob::Finish, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void GradientCheckJob::Finish() {
    if (!m_thread) return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (outcome->report)
        emit finished(*outcome->report, outcome->examples, outcome->checked, outcome->total,
                      outcome->seconds);
    else
        emit failed(outcome->error);
}

}  // namespace layerlab
