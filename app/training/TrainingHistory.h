#pragma once

#include <QObject>
#include <QPointF>
#include <QString>
#include <QVector>
#include <optional>

#include "TrainingSnapshot.h"

namespace layerlab {

// Everything a run has reported, for the chart and the CSV export: every iteration's cost and
// the evaluations (test cost, accuracies) the worker measured at their fixed iterations. It signals
// what it appended, once its state is whole again, so a view can follow a run without rereading it.
class TrainingHistory : public QObject {
    Q_OBJECT
public:
    using Evaluation = EvaluationPoint;

    explicit TrainingHistory(QObject* parent = nullptr) : QObject(parent) {}

    void Clear();
    void AppendCosts(const QVector<QPointF>& costs);
    void AppendSnapshot(const TrainingSnapshot& s);
    // The iteration a run diverged at, for the chart's marker.
    std::optional<double> DivergedAt() const { return m_divergedAt; }

    const QVector<QPointF>& Costs() const { return m_costs; }
    const QVector<Evaluation>& Evaluations() const { return m_evaluations; }
    // Mini-batch runs: one point per finished epoch, and the iterations an epoch takes (1 for
    // full-batch runs, whose chart stays in iterations).
    const QVector<EpochPoint>& Epochs() const { return m_epochs; }
    size_t StepsPerEpoch() const { return m_stepsPerEpoch; }
    bool IsEmpty() const { return m_costs.isEmpty() && m_evaluations.isEmpty(); }

    // Writes `iteration,train_cost,test_cost,train_accuracy,test_accuracy`, one row per iteration
    // (the evaluated columns filled where a snapshot was taken), by OutputFile's rules
    // (ExportFile). Returns an empty string on success, else why it failed.
    QString WriteCsv(const QString& path) const;

signals:
    // Costs()[first, first + count) are new.
    void costsAppended(qsizetype first, qsizetype count);
    // Evaluations()[first, first + count) are new. `first` is one less than the count before
    // when a snapshot of the same iteration replaced the last evaluation.
    void evaluationsAppended(qsizetype first, qsizetype count);
    void epochsAppended(qsizetype first, qsizetype count);
    // The run diverged at `iteration`: DivergedAt() is set.
    void diverged(double iteration);
    void cleared();

private:
    QVector<QPointF> m_costs;
    QVector<Evaluation> m_evaluations;
    QVector<EpochPoint> m_epochs;
    size_t m_stepsPerEpoch = 1;
    std::optional<double> m_divergedAt;
};

}  // namespace layerlab
