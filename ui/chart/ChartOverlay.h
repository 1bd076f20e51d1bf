#pragma once

#include <QColor>
#include <QString>

#include "CostSeries.h"

namespace layerlab {

// A past run drawn over the live one (the Runs panel's ticked runs): its training cost and, where
// it measured them, its test accuracies, x in its own iterations. stepsPerEpoch lets the chart
// put it on an epoch axis beside a mini-batch run (1 for a full-batch run, whose iterations are
// its epochs).
struct ChartOverlay {
    QString name;  // for the legend: "run 7: lr 0.0075 → 0.03"
    QColor colour;
    CostSeries cost;
    CostSeries testAccuracy;  // in percent; empty when the run measured none
    size_t stepsPerEpoch = 1;
};

}  // namespace layerlab
