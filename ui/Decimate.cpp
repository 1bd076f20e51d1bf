#include "Decimate.h"

#include <algorithm>
#include <cmath>

namespace layerlab {

QVector<QPointF> Decimate(const QVector<QPointF>& points, double x0, double x1, int buckets) {
    const auto byX = [](const QPointF& p, double x) { return p.x() < x; };
    auto first = std::lower_bound(points.begin(), points.end(), x0, byX);
    auto last = std::lower_bound(first, points.end(), x1, byX);
    if (first != points.begin()) --first;
    if (last != points.end()) ++last;
    const qsizetype count = last - first;
    if (buckets < 1 || !(x1 > x0) || count <= 2 * static_cast<qsizetype>(buckets))
        return QVector<QPointF>(first, last);

    QVector<QPointF> out;
    out.reserve(2 * buckets + 2);
    const double width = (x1 - x0) / buckets;
    auto it = first;
    while (it != last) {
        const double bucketEnd = x0 + (std::floor((it->x() - x0) / width) + 1) * width;
        auto lo = it, hi = it;
        // The first point always joins its bucket: rounding can put bucketEnd at or below it.
        for (++it; it != last && it->x() < bucketEnd; ++it) {
            if (it->y() < lo->y()) lo = it;
            if (it->y() > hi->y()) hi = it;
        }
        out.append(*std::min(lo, hi));
        if (lo != hi) out.append(*std::max(lo, hi));
    }
    return out;
}

}  // namespace layerlab
