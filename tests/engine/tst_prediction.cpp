#include <QtTest>
#include <cmath>

#include "DataColumns.h"
#include "Prediction.h"

using namespace layerlab;

// The one predicted-class rule: a sigmoid unit is class 1's probability, class 1 above 0.5;
// several units are argmax, the first on ties. The window, the CLI and the trainers count and
// show predictions through it.
class TestPrediction : public QObject {
    Q_OBJECT
private slots:
    void sigmoidThreshold_data() {
        AddColumns<double, int, double>({"p", "cls", "confidence"});
        QTest::newRow("cat") << 0.9 << 1 << 0.9;
        QTest::newRow("non-cat") << 0.2 << 0 << 0.8;
        QTest::newRow("exactly 0.5 is class 0") << 0.5 << 0 << 0.5;
        QTest::newRow("just above") << 0.5000001 << 1 << 0.5000001;
    }
    void sigmoidThreshold() {
        QFETCH(double, p);
        QFETCH(int, cls);
        QFETCH(double, confidence);
        const arma::mat P(1, 1, arma::fill::value(p));
        const Prediction r = PredictColumn(P, 0);
        QCOMPARE(int(r.predictedClass), cls);
        QCOMPARE(r.confidence, confidence);
        QCOMPARE(int(PredictedClasses(P)[0]), cls);
        const float pf = float(p);
        QCOMPARE(int(PredictedClass(&pf, 1)), p > 0.5 && pf > 0.5f ? 1 : 0);
    }

    void softmaxArgmaxFirstOnTies() {
        const arma::mat P = {{0.2, 0.4, 0.1}, {0.5, 0.4, 0.1}, {0.3, 0.2, 0.8}};
        const arma::Row<arma::uword> classes = PredictedClasses(P);
        QCOMPARE(int(classes[0]), 1);
        QCOMPARE(int(classes[1]), 0);  // 0.4 = 0.4: the first wins
        QCOMPARE(int(classes[2]), 2);
        QCOMPARE(PredictColumn(P, 2).confidence, 0.8);
    }

    void classProbabilities() {
        const arma::mat sigmoid(1, 1, arma::fill::value(0.25));
        QCOMPARE(ClassProbabilities(sigmoid, 0), (std::vector<double>{0.75, 0.25}));
        const arma::mat softmax = arma::colvec{0.1, 0.7, 0.2};
        QCOMPARE(ClassProbabilities(softmax, 0), (std::vector<double>{0.1, 0.7, 0.2}));
    }

    void accuracyCountsTheRule() {
        const arma::mat P = arma::rowvec{0.9, 0.4, 0.6, 0.5};
        const arma::Row<arma::uword> y{1, 0, 0, 1};
        QCOMPARE(Accuracy(P, y), 0.5);
        QVERIFY(std::isnan(Accuracy(arma::mat(1, 0), arma::Row<arma::uword>())));
        QVERIFY_THROWS_EXCEPTION(std::exception, Accuracy(P, arma::Row<arma::uword>{1, 0}));
    }
};

QTEST_APPLESS_MAIN(TestPrediction)
#include "tst_prediction.moc"
