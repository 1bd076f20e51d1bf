// The layer-health view's histograms: every finite value counted once in the bin its value falls
// in, the largest in the last bin, a constant layer as one bar.
#include <QTest>
#include <limits>

#include "Histogram.h"

using namespace layerlab;

class TestHistogram : public QObject {
    Q_OBJECT

private slots:
    void valuesFallInTheirBins() {
        const arma::mat v = {{0.0, 0.1, 0.2, 0.3}, {0.9, 1.0, 0.55, 0.5}};
        const Histogram h = Histogram::Of(v, 4);
        QCOMPARE(h.lo, 0.0);
        QCOMPARE(h.hi, 1.0);
        QCOMPARE(h.BinWidth(), 0.25);
        // [0, .25): 0, .1, .2; [.25, .5): .3; [.5, .75): .5, .55; [.75, 1]: .9 and the maximum 1.
        QCOMPARE(h.counts, (std::vector<arma::uword>{3, 1, 2, 2}));
        QCOMPARE(h.total, arma::uword(8));
        QCOMPARE(h.Largest(), arma::uword(3));
    }

    void nonFiniteValuesAreLeftOut() {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const Histogram h = Histogram::Of(arma::mat{{-1.0, nan, inf, 1.0}}, 2);
        QCOMPARE(h.lo, -1.0);
        QCOMPARE(h.hi, 1.0);
        QCOMPARE(h.total, arma::uword(2));
        QCOMPARE(h.counts, (std::vector<arma::uword>{1, 1}));
    }

    void aConstantIsOneBarAndNothingIsNoBar() {
        const Histogram h = Histogram::Of(arma::mat(3, 3, arma::fill::value(0.25)), 5);
        QCOMPARE(h.lo, 0.25);
        QCOMPARE(h.hi, 0.25);
        QCOMPARE(h.counts, (std::vector<arma::uword>{0, 0, 9, 0, 0}));
        const Histogram empty = Histogram::Of(arma::mat(), 5);
        QCOMPARE(empty.total, arma::uword(0));
        QCOMPARE(empty.Largest(), arma::uword(0));
    }
};

QTEST_APPLESS_MAIN(TestHistogram)
#include "tst_histogram.moc"
