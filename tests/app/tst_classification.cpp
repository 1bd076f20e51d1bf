#include <QTest>

#include "training/Classification.h"

using namespace layerlab;

class TestClassification : public QObject {
    Q_OBJECT
private slots:
    void sigmoidOutput() {
        // One unit: class 1's probability, thresholded at 0.5 (0.5 itself is class 0).
        const Classification c(arma::mat{{0.2, 0.9, 0.5}});
        QCOMPARE(c.Count(), arma::uword(3));
        QCOMPARE(c.predictions.size(), size_t(3));
        QCOMPARE(c.predictions[0].predictedClass, arma::uword(0));
        QCOMPARE(c.predictions[0].confidence, 0.8);
        QCOMPARE(c.predictions[1].predictedClass, arma::uword(1));
        QCOMPARE(c.predictions[1].confidence, 0.9);
        QCOMPARE(c.predictions[2].predictedClass, arma::uword(0));
        QCOMPARE(c.ClassProbabilities(0), (std::vector<double>{0.8, 0.2}));
    }

    void softmaxOutput() {
        // The largest wins, the first on ties.
        const Classification c(arma::mat{{0.1, 0.4}, {0.3, 0.4}, {0.6, 0.2}});
        QCOMPARE(c.predictions[0].predictedClass, arma::uword(2));
        QCOMPARE(c.predictions[0].confidence, 0.6);
        QCOMPARE(c.predictions[1].predictedClass, arma::uword(0));
        QCOMPARE(c.ClassProbabilities(1), (std::vector<double>{0.4, 0.4, 0.2}));
    }

    void nothingToClassify() {
        const Classification c;
        QCOMPARE(c.Count(), arma::uword(0));
        QVERIFY(c.predictions.empty());
    }
};

QTEST_GUILESS_MAIN(TestClassification)
#include "tst_classification.moc"
