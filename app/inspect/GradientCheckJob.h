#pragma once

#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>

#include "DataSet.h"
#include "GradientCheck.h"
#include "Parameters.h"

class QThread;

namespace layerlab {

// The window's gradient check: GradientCheckLayers on a network and the first examples of a
// data set's training set, on a worker thread so the window stays responsive, checking what
// `layerlab gradcheck` checks by default (GradientCheckPlan). The worker only reads the shared,
// const network and data; the outcome comes back as a signal on the job's thread.
class GradientCheckJob : public QObject {
    Q_OBJECT
public:
    using AfterBackward = decltype(GradientCheckOptions<double>::afterBackward);

    // afterBackward: the mutation tests' seam of GradientCheckOptions, passed on to every check;
    // empty in every real use.
    explicit GradientCheckJob(QObject* parent = nullptr, AfterBackward afterBackward = {});
    // Waits for a running check (well under a second with the plan's sample) and drops its
    // outcome: GradientCheckLayers cannot be interrupted, and the worker must not outlive the
    // job's signals.
    ~GradientCheckJob() override;

    // Starts checking parameters on data's training set; false (nothing started) while another
    // check runs. Every refusal (no network, a network that does not fit the data, a check
    // too large) arrives as failed(), like the outcome, after Start returns.
    bool Start(std::shared_ptr<const Parameters> parameters, std::shared_ptr<const DataSplit> data);
    bool IsRunning() const;

signals:
    // examples: how many training examples the cost was computed on; checked of total
    // parameters perturbed; seconds: the check's own time.
    void finished(const layerlab::GradientCheckReport& report, quint64 examples, quint64 checked,
                  quint64 total, double seconds);
    // What was refused and what to do instead.
    void failed(const QString& message);

private:
    struct Outcome;
    static void Check(const Parameters* parameters, const DataSplit* data,
                      const AfterBackward& afterBackward, Outcome& outcome);
    void Finish();

    AfterBackward m_afterBackward;
    QThread* m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
};

}  // namespace layerlab
