#include "CostSeries.h"

#include <algorithm>
#include <cmath>

namespace layerlab {
namespace {

constexpr qsizetype kBlock = 16;  // points per leaf of the tree: the tree is 1/8 of the points

bool ByX(const QPointF& p, double x) {
    return p.x() < x;
}

}  // namespace

void CostSeries::Clear() {
    m_points.clear();
    m_levels.clear();
}

void CostSeries::Append(const QVector<QPointF>& points) {
    if (points.isEmpty()) return;
    const qsizetype first = m_points.size();
    m_points += points;
    UpdateFrom(first);
}

void CostSeries::Append(const QPointF& point) {
    m_points.append(point);
    UpdateFrom(m_points.size() - 1);
}

void CostSeries::TruncateFrom(double x) {
    const qsizetype keep =
        std::lower_bound(m_points.cbegin(), m_points.cend(), x, ByX) - m_points.cbegin();
    if (keep == m_points.size()) return;
    m_points.resize(keep);
    UpdateFrom(keep);
}

// Ties go to the earlier point, as a left-to-right scan that replaces its extreme only on a
// strictly lower (higher) value would pick.
bool CostSeries::Beats(qsizetype index, qsizetype current, bool lower) const {
    if (current < 0) return true;
    const double y = m_points[index].y(), c = m_points[current].y();
    return (lower ? y < c : y > c) || (y == c && index < current);
}

void CostSeries::Take(Extremes& into, const Extremes& from) const {
    if (from.lo >= 0 && Beats(from.lo, into.lo, true)) into.lo = from.lo;
    if (from.hi >= 0 && Beats(from.hi, into.hi, false)) into.hi = from.hi;
}

CostSeries::Extremes CostSeries::Scan(qsizetype begin, qsizetype end) const {
    Extremes e;
    for (qsizetype i = begin; i < end; ++i)
        if (!std::isnan(m_points[i].y())) Take(e, {i, i});
    return e;
}

CostSeries::Extremes CostSeries::Query(qsizetype begin, qsizetype end) const {
    qsizetype b0 = (begin + kBlock - 1) / kBlock, b1 = end / kBlock;  // whole blocks inside
    if (b0 >= b1) return Scan(begin, end);
    Extremes e = Scan(begin, b0 * kBlock);
    Take(e, Scan(b1 * kBlock, end));
    for (size_t level = 0; b0 < b1; ++level, b0 /= 2, b1 /= 2) {
        if (b0 & 1) Take(e, m_levels[level][size_t(b0++)]);
        if (b1 & 1) Take(e, m_levels[level][size_t(--b1)]);
    }
    return e;
}

void CostSeries::UpdateFrom(qsizetype first) {
    qsizetype count = (m_points.size() + kBlock - 1) / kBlock;
    qsizetype changed = first / kBlock;
    for (size_t level = 0;; ++level) {
        if (level == m_levels.size()) m_levels.emplace_back();
        std::vector<Extremes>& nodes = m_levels[level];
        nodes.resize(size_t(count));
        for (qsizetype i = changed; i < count; ++i) {
            if (level == 0) {
                nodes[size_t(i)] = Scan(i * kBlock, std::min((i + 1) * kBlock, m_points.size()));
                continue;
            }
            const std::vector<Extremes>& below = m_levels[level - 1];
            Extremes e = below[size_t(2 * i)];
            if (size_t(2 * i + 1) < below.size()) Take(e, below[size_t(2 * i + 1)]);
            nodes[size_t(i)] = e;
        }
        if (count <= 1) {
            m_levels.resize(level + 1);
            return;
        }
        count = (count + 1) / 2;
        changed /= 2;
    }
}

QVector<QPointF> CostSeries::Decimated(double x0, double x1, int buckets) const {
    auto first = std::lower_bound(m_points.cbegin(), m_points.cend(), x0, ByX);
    auto last = std::lower_bound(first, m_points.cend(), x1, ByX);
    if (first != m_points.cbegin()) --first;
    if (last != m_points.cend()) ++last;
    if (buckets < 1 || !(x1 > x0) || last - first <= 2 * static_cast<qsizetype>(buckets))
        return QVector<QPointF>(first, last);

    QVector<QPointF> out;
    out.reserve(2 * buckets + 2);
    const double width = (x1 - x0) / buckets;
    const qsizetype end = last - m_points.cbegin();
    for (qsizetype i = first - m_points.cbegin(); i < end;) {
        const double bucketEnd = x0 + (std::floor((m_points[i].x() - x0) / width) + 1) * width;
        // The first point always joins its bucket: rounding can put bucketEnd at or below it.
        const qsizetype next =
            std::lower_bound(m_points.cbegin() + i + 1, last, bucketEnd, ByX) - m_points.cbegin();
        const Extremes e = std::isnan(m_points[i].y()) ? Extremes{i, i} : Query(i, next);
        out.append(m_points[std::min(e.lo, e.hi)]);
        if (e.lo != e.hi) out.append(m_points[std::max(e.lo, e.hi)]);
        i = next;
    }
    return out;
}

}  // namespace layerlab
