#pragma once

#include <QJsonObject>

#include "RunRecord.h"

namespace layerlab {

// A run as JSON: what `layerlab runs export --json` writes, and what a lesson file's "compare"
// list holds, so a teacher exports runs and hands them out to be overlaid on the students' chart.
class RunJson {
public:
    // Every field but the weights; the evaluations as [iteration, train cost, test cost, train
    // accuracy, test accuracy] rows (NaN as null).
    static QJsonObject Of(const RunRecord& run);
    // The inverse, for runs from a file: throws EngineError naming the field that is missing or
    // of the wrong kind (`where` says whose: "lesson.layerlab: compare[2]"). At most kMaxPoints
    // costs and evaluations.
    static RunRecord Read(const QJsonObject& json, const QString& where);
    static constexpr qsizetype kMaxPoints = 1'000'000;
};

}  // namespace layerlab
