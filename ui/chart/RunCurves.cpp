#include "RunCurves.h"

#include <algorithm>
#include <cmath>

#include "training/TrainingHistory.h"

namespace layerlab {

RunCurves::RunCurves(QObject* parent) : QObject(parent) {}

void RunCurves::SetHistory(const TrainingHistory* history) {
    if (m_history) m_history->disconnect(this);
    m_history = history;
    if (history) {
        connect(history, &TrainingHistory::cleared, this, &RunCurves::OnCleared);
        connect(history, &TrainingHistory::costsAppended, this, &RunCurves::OnCostsAppended);
        connect(history, &TrainingHistory::evaluationsAppended, this,
                &RunCurves::OnEvaluationsAppended);
        connect(history, &TrainingHistory::epochsAppended, this, &RunCurves::OnEpochsAppended);
        connect(history, &TrainingHistory::diverged, this, &RunCurves::OnDiverged);
    }
    Reload();
}

double RunCurves::LastIteration() const {
    double last = m_trainCost.IsEmpty() ? 0.0 : m_trainCost.Points().back().x();
    if (!m_trainAccuracy.IsEmpty()) last = std::max(last, m_trainAccuracy.Points().back().x());
    if (m_divergedAt) last = std::max(last, *m_divergedAt);
    return last;
}

void RunCurves::Reload() {
    QSignalBlocker quiet(this);
    OnCleared();
    if (m_history) {
        OnCostsAppended(0, m_history->Costs().size());
        OnEvaluationsAppended(0, m_history->Evaluations().size());
        OnEpochsAppended(0, m_history->Epochs().size());
        if (m_history->DivergedAt()) OnDiverged(*m_history->DivergedAt());
    }
    quiet.unblock();
    emit changed();
}

void RunCurves::OnCleared() {
    for (CostSeries* s : {&m_trainCost, &m_testCost, &m_trainAccuracy, &m_testAccuracy,
                          &m_epochTrainCost, &m_epochTestCost})
        s->Clear();
    m_divergedAt.reset();
    m_stepsPerEpoch = 1;
    emit changed();
}

void RunCurves::OnCostsAppended(qsizetype first, qsizetype count) {
    if (count <= 0) return;
    m_trainCost.Append(m_history->Costs().mid(first, count));
    emit changed();
}

void RunCurves::OnEvaluationsAppended(qsizetype first, qsizetype count) {
    m_stepsPerEpoch = m_history->StepsPerEpoch();
    if (count <= 0) return;
    const QVector<TrainingHistory::Evaluation>& all = m_history->Evaluations();
    // What was drawn from a replaced evaluation goes; evaluations before it are earlier.
    for (CostSeries* s : {&m_testCost, &m_trainAccuracy, &m_testAccuracy})
        s->TruncateFrom(all[first].iteration);
    for (qsizetype i = first; i < first + count; ++i) {
        const TrainingHistory::Evaluation& e = all[i];
        if (std::isfinite(e.testCost)) m_testCost.Append({e.iteration, e.testCost});
        if (std::isfinite(e.trainAccuracy))
            m_trainAccuracy.Append({e.iteration, 100 * e.trainAccuracy});
        if (std::isfinite(e.testAccuracy))
            m_testAccuracy.Append({e.iteration, 100 * e.testAccuracy});
    }
    emit changed();
}

void RunCurves::OnEpochsAppended(qsizetype first, qsizetype count) {
    for (qsizetype i = first; i < first + count; ++i) {
        const EpochPoint& e = m_history->Epochs()[i];
        m_epochTrainCost.Append({e.iteration, e.trainCost});
        if (std::isfinite(e.testCost)) m_epochTestCost.Append({e.iteration, e.testCost});
    }
    if (count > 0) emit changed();
}

void RunCurves::OnDiverged(double iteration) {
    m_divergedAt = iteration;
    emit changed();
}

}  // namespace layerlab
