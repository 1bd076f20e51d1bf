#pragma once

#include <QPointF>
#include <QVector>

namespace layerlab {

// The points of a curve (sorted by x) that fall in [x0, x1], plus one neighbour on each side so
// the line runs to the edges, thinned to at most two per bucket (the lowest and highest, in
// order) when there are more than 2 × buckets: the drawn curve keeps every spike.
QVector<QPointF> Decimate(const QVector<QPointF>& points, double x0, double x1, int buckets);

}  // namespace layerlab
