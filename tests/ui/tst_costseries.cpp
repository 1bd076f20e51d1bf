#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <tuple>

#include "DataColumns.h"
#include "chart/CostSeries.h"

using namespace layerlab;

namespace {

// The thinning rule in one plain pass over the points, as the chart drew it before CostSeries
// kept a tree: the oracle the tree must match point for point.
QVector<QPointF> OnePass(const QVector<QPointF>& points, double x0, double x1, int buckets) {
    const auto byX = [](const QPointF& p, double x) { return p.x() < x; };
    auto first = std::lower_bound(points.begin(), points.end(), x0, byX);
    auto last = std::lower_bound(first, points.end(), x1, byX);
    if (first != points.begin()) --first;
    if (last != points.end()) ++last;
    if (buckets < 1 || !(x1 > x0) || last - first <= 2 * static_cast<qsizetype>(buckets))
        return QVector<QPointF>(first, last);
    QVector<QPointF> out;
    const double width = (x1 - x0) / buckets;
    auto it = first;
    while (it != last) {
        const double bucketEnd = x0 + (std::floor((it->x() - x0) / width) + 1) * width;
        auto lo = it, hi = it;
        for (++it; it != last && it->x() < bucketEnd; ++it) {
            if (it->y() < lo->y()) lo = it;
            if (it->y() > hi->y()) hi = it;
        }
        out.append(*std::min(lo, hi));
        if (lo != hi) out.append(*std::max(lo, hi));
    }
    return out;
}

// A falling cost with noise, one point per iteration. "plateaus" repeats values (ties), "nan"
// and "inf" sprinkle non-finite costs (a NaN also opens some buckets), "steps" puts several
// points on one x.
QVector<QPointF> Curve(const QString& shape, int n, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> noise(-0.05, 0.05);
    std::uniform_int_distribution<int> pick(0, 40);
    QVector<QPointF> points;
    for (int i = 0; i < n; ++i) {
        double y = 1.0 / (1 + 0.01 * i) + noise(rng);
        if (shape == "plateaus") y = std::round(y * 8) / 8;
        if (shape == "nan" && pick(rng) == 0) y = std::numeric_limits<double>::quiet_NaN();
        if (shape == "inf" && pick(rng) == 0)
            y = pick(rng) % 2 ? std::numeric_limits<double>::infinity()
                              : -std::numeric_limits<double>::infinity();
        const double x = shape == "steps" ? double(i / 3) : double(i);
        points.append({x, y});
    }
    return points;
}

CostSeries SeriesOf(const QVector<QPointF>& points) {
    CostSeries s;
    s.Append(points);
    return s;
}

// Point for point, NaN equal to NaN: QPointF's own == is fuzzy and NaN-blind.
bool Same(const QVector<QPointF>& a, const QVector<QPointF>& b, QString* why) {
    const auto same = [](double u, double v) { return u == v || (std::isnan(u) && std::isnan(v)); };
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (!same(a[i].x(), b[i].x()) || !same(a[i].y(), b[i].y())) {
            *why = QString("point %1: (%2, %3) against (%4, %5)")
                       .arg(i)
                       .arg(a[i].x())
                       .arg(a[i].y())
                       .arg(b[i].x())
                       .arg(b[i].y());
            return false;
        }
    *why = QString("%1 points against %2").arg(a.size()).arg(b.size());
    return a.size() == b.size();
}

}  // namespace

class TestCostSeries : public QObject {
    Q_OBJECT
private slots:
    void keepsEverySpike();
    void keepsTheEdges();
    void matchesOnePass_data();
    void matchesOnePass();
    void appendingEqualsRebuilding_data();
    void appendingEqualsRebuilding();
    void truncateDropsFromX();
};

void TestCostSeries::keepsEverySpike() {
    QVector<QPointF> points;
    for (int i = 0; i < 10'000; ++i) points.append({double(i), 1.0 / (1 + i)});
    points[5003].setY(7.0);
    points[8001].setY(-2.0);
    const CostSeries series = SeriesOf(points);
    const QVector<QPointF> drawn = series.Decimated(0, 9999, 100);
    QVERIFY(drawn.size() <= 2 * 100 + 2);
    QVERIFY(drawn.contains(points[5003]));
    QVERIFY(drawn.contains(points[8001]));
    QVERIFY(std::is_sorted(drawn.begin(), drawn.end(),
                           [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
    // 136 460 × 1.1 over 1056 buckets puts a bucket's end at 34 115 by rounding: it looped.
    QVector<QPointF> many;
    for (int i = 0; i < 140'000; ++i) many.append({double(i), 1.0});
    QVERIFY(SeriesOf(many).Decimated(0, 136460 * 1.1, 1056).size() <= 2 * 1056 + 2);
}

void TestCostSeries::keepsTheEdges() {
    QVector<QPointF> points;
    for (int i = 0; i < 10'000; ++i) points.append({double(i), 1.0 / (1 + i)});
    const CostSeries series = SeriesOf(points);
    const QVector<QPointF> whole = series.Decimated(0, 9999, 100);
    QCOMPARE(whole.front(), points.front());
    QCOMPARE(whole.back(), points.back());
    // A zoomed-in range keeps every point there, plus one neighbour each side.
    const QVector<QPointF> zoomed = series.Decimated(100, 150, 100);
    QCOMPARE(zoomed.size(), qsizetype(52));
    QCOMPARE(zoomed.front(), points[99]);
    QCOMPARE(zoomed.back(), points[150]);
    // Thinned, a range still runs from the neighbour before it to the one after it.
    const QVector<QPointF> thinned = series.Decimated(1000.5, 8000.5, 100);
    QCOMPARE(thinned.front(), points[1000]);
    QCOMPARE(thinned.back(), points[8001]);
    QCOMPARE(series.Decimated(5, 5, 100).size(), qsizetype(2));  // an empty range ends
    QVERIFY(CostSeries().Decimated(0, 10, 100).isEmpty());
}

void TestCostSeries::matchesOnePass_data() {
    AddColumns<QString, int, double, double, int>({"shape", "count", "x0", "x1", "buckets"});
    QTest::newRow("whole run") << "noisy" << 20'000 << 0.0 << 20'000.0 << 700;
    QTest::newRow("followed, 10% ahead") << "noisy" << 20'000 << 0.0 << 22'000.0 << 1056;
    QTest::newRow("budget far ahead") << "noisy" << 3'000 << 0.0 << 2'500'000.0 << 100;
    QTest::newRow("zoomed") << "noisy" << 50'000 << 12'345.6 << 13'999.9 << 300;
    QTest::newRow("zoomed past the end") << "noisy" << 5'000 << 4'000.0 << 9'000.0 << 100;
    QTest::newRow("before the start") << "noisy" << 5'000 << -300.0 << 1'000.0 << 100;
    QTest::newRow("fewer points than buckets") << "noisy" << 150 << 0.0 << 150.0 << 100;
    QTest::newRow("one bucket") << "noisy" << 1'000 << 0.0 << 1'000.0 << 1;
    QTest::newRow("ties") << "plateaus" << 30'000 << 0.0 << 33'000.0 << 500;
    QTest::newRow("NaN costs") << "nan" << 30'000 << 0.0 << 30'000.0 << 400;
    QTest::newRow("NaN costs, fine buckets") << "nan" << 3'000 << 0.0 << 3'000.0 << 1'000;
    QTest::newRow("infinite costs") << "inf" << 30'000 << 0.0 << 30'000.0 << 400;
    QTest::newRow("several points per x") << "steps" << 30'000 << 0.0 << 10'000.0 << 333;
}

void TestCostSeries::matchesOnePass() {
    QFETCH(QString, shape);
    QFETCH(int, count);
    QFETCH(double, x0);
    QFETCH(double, x1);
    QFETCH(int, buckets);
    const QVector<QPointF> points = Curve(shape, count, 3);
    const QVector<QPointF> drawn = SeriesOf(points).Decimated(x0, x1, buckets);
    QString why;
    QVERIFY2(Same(drawn, OnePass(points, x0, x1, buckets), &why), qPrintable(why));
}

void TestCostSeries::appendingEqualsRebuilding_data() {
    AddColumns<QString, int>({"shape", "chunk"});
    QTest::newRow("one by one") << "noisy" << 1;
    QTest::newRow("in sevens") << "noisy" << 7;
    QTest::newRow("a block at a time") << "noisy" << 16;
    QTest::newRow("in 17s, with NaN") << "nan" << 17;
    QTest::newRow("in 1000s, with ties") << "plateaus" << 1000;
}

void TestCostSeries::appendingEqualsRebuilding() {
    QFETCH(QString, shape);
    QFETCH(int, chunk);
    const QVector<QPointF> points = Curve(shape, 12'000, 5);
    CostSeries grown;
    const auto check = [&](qsizetype upTo) {
        const CostSeries whole = SeriesOf(points.first(upTo));
        QString differs;
        QVERIFY2(Same(grown.Points(), whole.Points(), &differs), qPrintable(differs));
        const double end = points[upTo - 1].x();
        const std::tuple<double, double, int> ranges[] = {
            {0.0, end * 1.1, 100}, {0.0, end, 37}, {end / 3, end / 2, 50}};
        for (const auto& [x0, x1, buckets] : ranges) {
            QString why;
            QVERIFY2(
                Same(grown.Decimated(x0, x1, buckets), whole.Decimated(x0, x1, buckets), &why),
                qPrintable(
                    QString("after %1 points, [%2, %3]: %4").arg(upTo).arg(x0).arg(x1).arg(why)));
        }
    };
    for (qsizetype at = 0; at < points.size(); at += chunk) {
        const qsizetype n = std::min<qsizetype>(chunk, points.size() - at);
        if (n == 1)
            grown.Append(points[at]);
        else
            grown.Append(points.mid(at, n));
        // Every step would make the one-by-one case slow; the checks land on varied sizes.
        if ((at / chunk) % 97 == 3 || at + n == points.size()) check(at + n);
        if (QTest::currentTestFailed()) return;
    }
    // Cutting the tail and growing it again leaves the tree as a fresh one's.
    grown.TruncateFrom(points[7'777].x());
    grown.Append(points.mid(7'777, 1'000));
    check(8'777);
}

void TestCostSeries::truncateDropsFromX() {
    CostSeries series = SeriesOf({{0, 3}, {1, 2}, {2, 5}, {3, 1}, {4, 4}});
    series.TruncateFrom(2.5);
    QCOMPARE(series.Points(), (QVector<QPointF>{{0, 3}, {1, 2}, {2, 5}}));
    series.TruncateFrom(2);
    QCOMPARE(series.Points(), (QVector<QPointF>{{0, 3}, {1, 2}}));
    series.TruncateFrom(9);
    QCOMPARE(series.Size(), qsizetype(2));
    series.Append({5, 0.5});
    QCOMPARE(series.Decimated(0, 10, 1), (QVector<QPointF>{{0, 3}, {5, 0.5}}));
    series.TruncateFrom(-1);
    QVERIFY(series.IsEmpty());
}

QTEST_GUILESS_MAIN(TestCostSeries)
#include "tst_costseries.moc"
