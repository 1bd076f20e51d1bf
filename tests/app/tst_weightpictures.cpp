// WeightPictures: the diverging colour scale, the upscaling, the layout of a unit's weights in
// its image shape (channels side by side) and the mark that tells LayerLab's PNGs from others.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "EngineError.h"
#include "inspect/WeightPictures.h"

using namespace layerlab;

class TestWeightPictures : public QObject {
    Q_OBJECT

private slots:
    void divergingScale() {
        QCOMPARE(WeightPictures::Diverging(2.0, 2.0), qRgb(255, 0, 0));
        QCOMPARE(WeightPictures::Diverging(-2.0, 2.0), qRgb(0, 0, 255));
        QCOMPARE(WeightPictures::Diverging(0.0, 2.0), qRgb(255, 255, 255));
        QCOMPARE(WeightPictures::Diverging(1.0, 2.0), qRgb(255, 128, 128));
        QCOMPARE(WeightPictures::Diverging(-5.0, 2.0), qRgb(0, 0, 255));  // clamped
        QCOMPARE(WeightPictures::Diverging(1.0, 0.0), qRgb(255, 255, 255));
    }

    void upscaleFactor() {
        QCOMPARE(WeightPictures::UpscaleFactor(28, 28), 3);
        QCOMPARE(WeightPictures::UpscaleFactor(64, 64), 1);
        QCOMPARE(WeightPictures::UpscaleFactor(200, 300), 1);
        QCOMPARE(WeightPictures::UpscaleFactor(1, 6), 64);
        // The long side stays within kLongestSide: 1 × 1000 gets 4, not 64.
        QCOMPARE(WeightPictures::UpscaleFactor(1, 1000), 4);
    }

    // A 2 × 3 RGB unit: each channel a panel of its own, a one-weight gap between, upscaled to
    // 32 per weight (64 / 2 rows).
    void unitPictureLayout() {
        const std::array<arma::uword, 3> shape{2, 3, 3};
        arma::rowvec w(18, arma::fill::zeros);
        w((1 * 3 + 2) * 3 + 1) = 0.5;    // row 1, column 2, green: the largest
        w((0 * 3 + 0) * 3 + 2) = -0.25;  // row 0, column 0, blue channel
        double scale = 0.0;
        const QImage image = WeightPictures::UnitPicture(w, shape, &scale);
        QCOMPARE(scale, 0.5);
        QCOMPARE(image.width(), (3 * 3 + 2) * 32);
        QCOMPARE(image.height(), 2 * 32);
        const auto at = [&](int row, int column) {
            return image.pixel(column * 32 + 5, row * 32 + 5);
        };
        QCOMPARE(at(1, 1 * 4 + 2), qRgb(255, 0, 0));      // green panel, row 1, column 2
        QCOMPARE(at(0, 2 * 4 + 0), qRgb(128, 128, 255));  // blue panel, row 0, column 0
        QCOMPARE(at(0, 0), qRgb(255, 255, 255));
        QCOMPARE(at(0, 3), qRgb(128, 128, 128));  // the gap
        QVERIFY_THROWS_EXCEPTION(EngineError, WeightPictures::UnitPicture(arma::rowvec(17), shape));
    }

    void heatMap() {
        const arma::mat W{{1.0, -4.0}, {0.0, 2.0}, {-1.0, 4.0}};
        double scale = 0.0;
        const QImage image = WeightPictures::HeatMap(W, &scale);
        QCOMPARE(scale, 4.0);
        const int f = WeightPictures::UpscaleFactor(3, 2);
        QCOMPARE(image.size(), QSize(2 * f, 3 * f));
        QCOMPARE(image.pixel(f + 1, 1), qRgb(0, 0, 255));
        QCOMPARE(image.pixel(f + 1, 2 * f + 1), qRgb(255, 0, 0));
        QCOMPARE(image.pixel(1, f + 1), qRgb(255, 255, 255));
    }

    void markedPng() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ours = dir.filePath("ours.png"), plain = dir.filePath("plain.png");
        QFile file(ours);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(WeightPictures::Png(WeightPictures::HeatMap(arma::mat(1, 1, arma::fill::ones))));
        file.close();
        QVERIFY(WeightPictures::WrittenByLayerLab(ours));
        QVERIFY(QImage(ours).size() == QSize(64, 64));
        QVERIFY(QImage(8, 8, QImage::Format_RGB32).save(plain, "PNG"));
        QVERIFY(!WeightPictures::WrittenByLayerLab(plain));
        QVERIFY(!WeightPictures::WrittenByLayerLab(dir.filePath("absent.png")));
    }

    void fileNames() {
        QCOMPARE(WeightPictures::UnitFileName(7, 20), QString("unit-07.png"));
        QCOMPARE(WeightPictures::UnitFileName(0, 128), QString("unit-000.png"));
        QCOMPARE(WeightPictures::UnitFileName(5, 6), QString("unit-5.png"));
    }
};

QTEST_GUILESS_MAIN(TestWeightPictures)
#include "tst_weightpictures.moc"
