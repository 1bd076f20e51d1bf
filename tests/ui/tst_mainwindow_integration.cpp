// The window end to end with the pieces of the data-set and optimiser issues wired in: drops and
// pastes classified live, data sets replaced by a drop, mini-batch Adam runs with epochs on the
// chart and a live confusion matrix that filters the gallery.
#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include "ArchitectureEditor.h"
#include "ConfusionMatrixView.h"
#include "MainWindow.h"
#include "PredictionGallery.h"
#include "PredictionPanel.h"
#include "WindowFixture.h"
#include "training/TrainingSession.h"

using namespace layerlab;

namespace {

QImage Picture(const QColor& colour) {
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

// A class folder of n small PNGs in colour.
void WriteClass(const QString& root, const QString& name, const QColor& colour, int n) {
    QVERIFY(QDir(root).mkpath(name));
    for (int i = 0; i < n; ++i)
        QVERIFY(Picture(colour.lighter(100 + 5 * i))
                    .save(QStringLiteral("%1/%2/%3.png").arg(root, name).arg(i)));
}

void Drop(QWidget* target, const QList<QUrl>& urls) {
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

}  // namespace

class TestMainWindowIntegration : public QObject, public test::WindowFixture {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void droppedPictureIsClassifiedAndFollowsTraining();
    void pastedPictureIsClassified();
    void droppedFolderReplacesDataSet();
    void brokenFolderKeepsDataSet();
    void droppedModelLoadsItsNetworkAndWeights();
    void miniBatchAdamShowsEpochsAndConfusion();

private:
    QTemporaryDir m_dir;
};

void TestMainWindowIntegration::initTestCase() {
    QVERIFY(UseOwnSettings("tst_mainwindow_integration"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindowIntegration::init() {
    QVERIFY(OpenWindow(test::ColourClasses(2)));
}

void TestMainWindowIntegration::cleanup() {
    CloseWindow();
}

void TestMainWindowIntegration::droppedPictureIsClassifiedAndFollowsTraining() {
    const QString png = m_dir.filePath("bright.png");
    QVERIFY(Picture(QColor(240, 60, 60)).save(png));
    Drop(m_window.get(), {QUrl::fromLocalFile(png)});

    auto* panel = Find<PredictionPanel>("predictionPanel");
    QCOMPARE(panel->Count(), 1);
    // Classified at once, by the weights F5 would start from.
    QVERIFY(!panel->PredictedClass(0).isEmpty());
    auto* bar = panel->findChild<QProgressBar*>("predictionBar_1");
    QVERIFY(bar);
    QVERIFY(bar->format().startsWith("class1"));
    const int before = bar->value();

    Type("learningRateEdit", "0.5");
    Find<QSpinBox>("iterationsSpin")->setValue(200);
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
    // Re-classified from the snapshots' weights as training went on.
    QTRY_VERIFY(panel->findChild<QProgressBar*>("predictionBar_1")->value() != before);
    QVERIFY(!panel->PredictedClass(0).isEmpty());
}

void TestMainWindowIntegration::pastedPictureIsClassified() {
    QGuiApplication::clipboard()->setImage(Picture(QColor(30, 200, 30)));
    if (!QGuiApplication::clipboard()->mimeData()->hasImage())
        QSKIP("this platform plugin has no clipboard");
    m_window->PasteAction()->trigger();
    auto* panel = Find<PredictionPanel>("predictionPanel");
    QCOMPARE(panel->Count(), 1);
    QVERIFY(!panel->PredictedClass(0).isEmpty());
}

void TestMainWindowIntegration::droppedFolderReplacesDataSet() {
    const QString root = m_dir.filePath("shapes");
    WriteClass(root, "red", QColor(200, 20, 20), 6);
    WriteClass(root, "blue", QColor(20, 20, 200), 6);
    m_window->SetDataSet(test::ColourClasses(3), "three classes");  // a softmax output to replace
    const auto old = m_window->Data();
    Drop(m_window.get(), {QUrl::fromLocalFile(root)});
    QTRY_VERIFY(m_window->Data() != old);
    const DataSet& train = m_window->Data()->train;
    QCOMPARE(train.ClassCount(), size_t(2));
    QCOMPARE(train.Features(), arma::uword(64 * 64 * 3));  // image folders default to 64×64
    // The editor follows: 12288 inputs, one sigmoid unit for two classes (not three softmax).
    const NetworkSpec spec = Find<ArchitectureEditor>("architectureEditor")->Spec();
    QCOMPARE(spec.sizes.front(), arma::uword(12288));
    QCOMPARE(spec.sizes.back(), arma::uword(1));
    QCOMPARE(spec.OutputActivation(), Activation::Sigmoid);
    QVERIFY(Find<QLabel>("dataSummary")->text().contains("blue"));
}

void TestMainWindowIntegration::brokenFolderKeepsDataSet() {
    const QString root = m_dir.filePath("oneclass");
    WriteClass(root, "only", QColor(100, 100, 100), 3);
    const auto old = m_window->Data();
    Drop(m_window.get(), {QUrl::fromLocalFile(root)});
    QTRY_VERIFY(m_window->findChild<QMessageBox*>("errorMessage"));
    QVERIFY(!m_window->findChild<QMessageBox*>("errorMessage")->text().isEmpty());
    QCOMPARE(m_window->Data(), old);
    QCOMPARE(m_window->Data()->train.source, std::string("synthetic"));
}

void TestMainWindowIntegration::droppedModelLoadsItsNetworkAndWeights() {
    Find<QSpinBox>("iterationsSpin")->setValue(5);
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
    const QString path = m_dir.filePath("dropped-model.h5");
    QVERIFY(m_window->SaveModel(path));
    const auto saved = m_window->Session()->Latest().parameters;

    Type("layerUnits_1", "3");  // another network, which the model's replaces
    Drop(m_window.get(), {QUrl::fromLocalFile(path)});
    QCOMPARE(Find<ArchitectureEditor>("architectureEditor")->Spec().sizes[1], arma::uword(20));
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Ready);
    QVERIFY(arma::approx_equal(m_window->Session()->Latest().parameters->W[1], saved->W[1],
                               "absdiff", 0));
}

void TestMainWindowIntegration::miniBatchAdamShowsEpochsAndConfusion() {
    m_window->SetDataSet(test::ColourClasses(3), "three classes");
    // Three classes: a softmax output of three units.
    QCOMPARE(Find<ArchitectureEditor>("architectureEditor")->Spec().sizes.back(), arma::uword(3));

    Find<QToolButton>("optimisationToggle")->click();
    auto* optimizer = Find<QComboBox>("optimizerCombo");
    optimizer->setCurrentIndex(optimizer->findText("Adam"));
    Find<QSpinBox>("batchSizeSpin")->setValue(16);
    QVERIFY(!Find<QSpinBox>("iterationsSpin")->isEnabled());  // epochs are the budget now
    Find<QSpinBox>("epochsSpin")->setValue(6);
    Type("learningRateEdit", "0.01");
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);

    // 90 examples in batches of 16: 6 steps an epoch, 6 epochs.
    QCOMPARE(m_window->Session()->Latest().stepsPerEpoch, size_t(6));
    QCOMPARE(m_window->Session()->Latest().iteration, size_t(36));
    QTRY_COMPARE(m_window->History().Epochs().size(), qsizetype(6));
    QCOMPARE(m_window->History().Epochs().back().epoch, 6.0);
    auto* chart = Find<QChartView>("costChart")->chart();
    QTRY_COMPARE(chart->axes(Qt::Horizontal).first()->titleText(), QString("epoch"));

    auto* confusion = Find<ConfusionMatrixView>("confusionMatrixView");
    int total = 0, right = 0;
    for (int a = 0; a < 3; ++a)
        for (int p = 0; p < 3; ++p) {
            total += confusion->Count(a, p);
            if (a == p) right += confusion->Count(a, p);
        }
    QCOMPARE(total, 30);
    QCOMPARE(right, qRound(30 * m_window->Session()->Latest().testAccuracy));

    // A cell click shows its test images in the gallery; "Show all" brings every one back.
    int actual = 0, predicted = 0;
    for (int a = 0; a < 3; ++a)
        for (int p = 0; p < 3; ++p)
            if (confusion->Count(a, p) > 0 && (a != p || confusion->Count(actual, predicted) == 0))
                actual = a, predicted = p;
    auto* table = Find<QTableView>("confusionTable");
    const QRect cell = table->visualRect(table->model()->index(actual, predicted));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto* gallery = Find<PredictionGallery>("predictionGallery");
    QTRY_COMPARE(gallery->ShownCount(), confusion->Count(actual, predicted));
    auto* showAll = Find<QPushButton>("showAllTestImagesButton");
    QVERIFY(showAll->isVisible());
    showAll->click();
    QCOMPARE(gallery->ShownCount(), 30);
    QVERIFY(!showAll->isVisible());
}

QTEST_MAIN(TestMainWindowIntegration)
#include "tst_mainwindow_integration.moc"
