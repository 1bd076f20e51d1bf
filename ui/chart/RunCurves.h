#pragma once

#include <QObject>
#include <QPointer>
#include <optional>

#include "CostSeries.h"

namespace layerlab {

class TrainingHistory;

// The chart's own copy of a run's curves, x in iterations: kept up to date from a
// TrainingHistory's signals, so drawing a frame never rereads the history. Non-finite test costs
// and accuracies are left out, as the chart draws them; accuracies are in percent.
class RunCurves : public QObject {
    Q_OBJECT
public:
    explicit RunCurves(QObject* parent = nullptr);

    // Follows `history` (not owned) from what it holds now; nullptr follows nothing.
    void SetHistory(const TrainingHistory* history);

    const CostSeries& TrainCost() const { return m_trainCost; }
    const CostSeries& TestCost() const { return m_testCost; }
    const CostSeries& TrainAccuracy() const { return m_trainAccuracy; }
    const CostSeries& TestAccuracy() const { return m_testAccuracy; }
    // Mini-batch runs: the train and test cost at the end of each epoch.
    const CostSeries& EpochTrainCost() const { return m_epochTrainCost; }
    const CostSeries& EpochTestCost() const { return m_epochTestCost; }
    std::optional<double> DivergedAt() const { return m_divergedAt; }
    // Iterations per epoch: 1 for full-batch runs, whose chart stays in iterations.
    size_t StepsPerEpoch() const { return m_stepsPerEpoch; }
    // The furthest iteration the run has reached on any curve, 0 before it starts.
    double LastIteration() const;

signals:
    void changed();

private:
    void Reload();
    void OnCleared();
    void OnCostsAppended(qsizetype first, qsizetype count);
    void OnEvaluationsAppended(qsizetype first, qsizetype count);
    void OnEpochsAppended(qsizetype first, qsizetype count);
    void OnDiverged(double iteration);

    QPointer<const TrainingHistory> m_history;
    CostSeries m_trainCost, m_testCost, m_trainAccuracy, m_testAccuracy;
    CostSeries m_epochTrainCost, m_epochTestCost;
    std::optional<double> m_divergedAt;
    size_t m_stepsPerEpoch = 1;
};

}  // namespace layerlab
