#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "RunRecord.h"

namespace layerlab {

// The one rule for what differs between runs, for `layerlab runs diff`, the Runs panel's columns
// and the chart's overlay legend: settings are compared key by key, a key one run lacks differs.
class RunComparison {
public:
    // A setting's value as text: numbers to 10 significant digits, lists joined by commas, a
    // missing key "(not set)".
    static QString ValueText(const QJsonValue& value);
    // The keys (sorted) whose values are not the same in every run; none for fewer than two.
    // Activations that are every run's defaults for its own layers differ only with the layers,
    // so they are not a key of their own then.
    static QStringList DifferingKeys(const QList<RunRecord>& runs);
    // "lr: 0.0075 → 0.03" for each setting that differs from a to b, then the data set when it
    // does (by name, or by contents under the same name).
    static QStringList Differences(const RunRecord& a, const RunRecord& b);
    // A curve's name in the chart's legend: "run 7" for the reference itself, else "run 7: lr
    // 0.0075 → 0.03, layers 12288,20,1 → 12288,50,1" over the given keys.
    static QString Label(const RunRecord& run, const RunRecord& reference, const QStringList& keys);
};

}  // namespace layerlab
