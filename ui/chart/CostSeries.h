#pragma once

#include <QPointF>
#include <QVector>
#include <vector>

namespace layerlab {

// One curve of the chart (points sorted by x, appended as a run reports them) and the points to
// draw of it. Drawing thins the curve to the pixels on screen: the points in [x0, x1], plus one
// neighbour on each side so the line runs to the edges, cut into `buckets` equal slices of x
// when there are more than 2 × buckets of them; each slice keeps only its lowest and highest
// point, in order, so the drawn curve keeps every spike. A point whose y is NaN never counts as
// a slice's extreme unless it opens the slice, and then it stands for the whole slice.
//
// A tree of each slice's extremes over blocks of points, kept up to date as points arrive, makes
// a drawing cost about buckets × log(points) however long the run, rather than a pass over it.
class CostSeries {
public:
    void Clear();
    // Adds points at or after the last one's x.
    void Append(const QVector<QPointF>& points);
    void Append(const QPointF& point);
    // Drops the points at x or beyond (a re-reported point replaces the one it repeats).
    void TruncateFrom(double x);

    const QVector<QPointF>& Points() const { return m_points; }
    qsizetype Size() const { return m_points.size(); }
    bool IsEmpty() const { return m_points.isEmpty(); }

    // The points to draw for the x range [x0, x1] over `buckets` slices (see above).
    QVector<QPointF> Decimated(double x0, double x1, int buckets) const;

private:
    // The first lowest and first highest point of a stretch, by index; -1 when it has none.
    struct Extremes {
        qsizetype lo = -1;
        qsizetype hi = -1;
    };

    // Whether point `index` is a lower (higher) extreme than point `current` (-1: none yet).
    bool Beats(qsizetype index, qsizetype current, bool lower) const;
    void Take(Extremes& into, const Extremes& from) const;
    // The extremes of [begin, end) point by point, ignoring NaN.
    Extremes Scan(qsizetype begin, qsizetype end) const;
    // The same through the tree.
    Extremes Query(qsizetype begin, qsizetype end) const;
    // Recomputes the tree's nodes that cover points from `first` on.
    void UpdateFrom(qsizetype first);

    QVector<QPointF> m_points;
    // m_levels[0][b] covers the points of block b (kBlock of them); m_levels[k][i] covers
    // m_levels[k - 1][2i] and [2i + 1]. The top level has one node.
    std::vector<std::vector<Extremes>> m_levels;
};

}  // namespace layerlab
