#include "TrainingHistory.h"

#include <QIODevice>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ExportFile.h"

namespace layerlab {
namespace {

QString Number(double v) {
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
}

}  // namespace

void TrainingHistory::Clear() {
    m_costs.clear();
    m_evaluations.clear();
    m_epochs.clear();
    m_stepsPerEpoch = 1;
    m_divergedAt.reset();
    emit cleared();
}

void TrainingHistory::AppendCosts(const QVector<QPointF>& costs) {
    if (costs.isEmpty()) return;
    const qsizetype first = m_costs.size();
    m_costs += costs;
    emit costsAppended(first, costs.size());
}

void TrainingHistory::AppendSnapshot(const TrainingSnapshot& s) {
    const bool newDivergence =
        s.diverged && m_divergedAt != static_cast<double>(s.divergedIteration);
    if (s.diverged) m_divergedAt = static_cast<double>(s.divergedIteration);
    const qsizetype firstEpoch = m_epochs.size();
    m_epochs += s.newEpochs;
    qsizetype firstEvaluation = -1;
    if (s.parameters) {  // a failed run has nothing to evaluate
        m_stepsPerEpoch = std::max<size_t>(1, s.stepsPerEpoch);
        if (!s.newEvaluations.isEmpty()) {
            // A paused run measured again at the same iteration (its budget raised, say)
            // replaces that point.
            if (!m_evaluations.isEmpty() &&
                m_evaluations.back().iteration >= s.newEvaluations.front().iteration)
                m_evaluations.removeLast();
            firstEvaluation = m_evaluations.size();
            m_evaluations += s.newEvaluations;
        }
    }
    if (newDivergence) emit diverged(*m_divergedAt);
    if (!s.newEpochs.isEmpty()) emit epochsAppended(firstEpoch, s.newEpochs.size());
    if (firstEvaluation >= 0)
        emit evaluationsAppended(firstEvaluation, m_evaluations.size() - firstEvaluation);
}

QString TrainingHistory::WriteCsv(const QString& path) const {
    QByteArray bytes;
    QTextStream out(&bytes, QIODevice::WriteOnly);
    out << "iteration,train_cost,test_cost,train_accuracy,test_accuracy\n";
    // Costs are indexed by iteration; evaluations by iterations done, merged in order.
    qsizetype e = 0;
    const auto writeEvaluationsUpTo = [&](double x) {
        while (e < m_evaluations.size() && m_evaluations[e].iteration < x) {
            const Evaluation& v = m_evaluations[e++];
            out << Number(v.iteration) << ',' << Number(v.trainCost) << ',' << Number(v.testCost)
                << ',' << Number(v.trainAccuracy) << ',' << Number(v.testAccuracy) << '\n';
        }
    };
    for (const QPointF& c : m_costs) {
        writeEvaluationsUpTo(c.x());
        out << Number(c.x()) << ',' << Number(c.y());
        if (e < m_evaluations.size() && m_evaluations[e].iteration == c.x()) {
            const Evaluation& v = m_evaluations[e++];
            out << ',' << Number(v.testCost) << ',' << Number(v.trainAccuracy) << ','
                << Number(v.testAccuracy);
        } else {
            out << ",,,";
        }
        out << '\n';
    }
    writeEvaluationsUpTo(std::numeric_limits<double>::infinity());
    out.flush();
    return ExportFile::Write(path, bytes);
}

}  // namespace layerlab
