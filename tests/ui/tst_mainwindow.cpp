#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "ArchitectureEditor.h"
#include "CostChartView.h"
#include "DiscardAnswerer.h"
#include "MainWindow.h"
#include "ParameterIO.h"
#include "PredictionGallery.h"
#include "PredictionModel.h"
#include "WindowFixture.h"
#include "training/TrainingSession.h"

using namespace layerlab;

class TestMainWindow : public QObject, public test::WindowFixture {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editArchitectureChangesParameterCount();
    void trainUpdatesChartAndGallery();
    void budgetFollowsThePanels();
    void pauseResumeStepStop();
    void changeLearningRateMidRun();
    void divergenceIsShown();
    void misclassifiedFilter();
    void badDataSetKeepsWhatWasLoaded();
    void saveAndOpenModel();
    void weightsFromFileAreShown();
    void imageDialogShowsEveryClass();
    void chartLogScaleAndExport();
    void closeWhileTraining();
    void settingsAreRemembered();

private:
    void SetIterations(int n) { Find<QSpinBox>("iterationsSpin")->setValue(n); }
    // Trains the window's network for iterations and saves it as path (check
    // QTest::currentTestFailed() after it).
    void TrainAndSave(int iterations, const QString& path) {
        SetIterations(iterations);
        m_window->TrainAction()->trigger();
        QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
        QVERIFY(m_window->SaveModel(path));
    }
};

void TestMainWindow::initTestCase() {
    QVERIFY(UseOwnSettings("tst_mainwindow"));
}

void TestMainWindow::init() {
    QVERIFY(OpenWindow());
}

void TestMainWindow::cleanup() {
    CloseWindow();
}

void TestMainWindow::editArchitectureChangesParameterCount() {
    auto* editor = Find<ArchitectureEditor>("architectureEditor");
    auto* count = Find<QLabel>("parameterCount");
    QCOMPARE(editor->Spec().sizes, (std::vector<arma::uword>{48, 20, 7, 5, 1}));
    const QString before = count->text();
    // 20·48+20 + 7·20+7 + 5·7+5 + 1·5+1
    QVERIFY2(before.contains(QLocale().toString(1173)), qPrintable(before));

    Type("layerUnits_1", "30");
    QCOMPARE(editor->Spec().sizes[1], arma::uword(30));
    const arma::uword expected = 30 * 48 + 30 + 7 * 30 + 7 + 5 * 7 + 5 + 5 + 1;
    QCOMPARE(editor->Spec().ParameterCount(), expected);
    QVERIFY(count->text() != before);
    QVERIFY(Find<QLabel>("layerShapes_1")->text().contains(QString::fromUtf8("W[1]: 30 × 48")));
    QVERIFY(Find<QLabel>("layerShapes_2")->text().contains(QString::fromUtf8("W[2]: 7 × 30")));

    // A bad entry is refused inline with the reason and the network keeps its last good size.
    Type("layerUnits_1", "0");
    QVERIFY(Find<QLabel>("architectureError")->isVisible());
    QVERIFY2(Find<QLabel>("architectureError")->text().contains("layer 1 has 0 units"),
             qPrintable(Find<QLabel>("architectureError")->text()));
    QCOMPARE(editor->Spec().sizes[1], arma::uword(30));
    Type("layerUnits_1", "abc");
    QVERIFY(Find<QLabel>("architectureError")->text().contains("not a whole number"));
    Type("layerUnits_1", "25");
    QVERIFY(!Find<QLabel>("architectureError")->isVisible());

    QTest::mouseClick(Find<QToolButton>("addLayerButton"), Qt::LeftButton);
    QCOMPARE(editor->Spec().L(), size_t(5));
    QTest::mouseClick(Find<QToolButton>("layerDown_1"), Qt::LeftButton);
    QCOMPARE(editor->Spec().sizes[2], arma::uword(25));
    QTest::mouseClick(Find<QToolButton>("layerRemove_2"), Qt::LeftButton);
    QCOMPARE(editor->Spec().sizes, (std::vector<arma::uword>{48, 7, 5, 2, 1}));
    QVERIFY(count->text().contains(QString::number(editor->Spec().ParameterCount())));
}

void TestMainWindow::trainUpdatesChartAndGallery() {
    SetIterations(300);
    auto* chart = Find<CostChartView>("costChartView");
    auto* gallery = Find<PredictionGallery>("predictionGallery");
    QVERIFY(!gallery->Model()->HasPredictions());
    QCOMPARE(gallery->Model()->rowCount(), 20);
    const QModelIndex first = gallery->Model()->index(0);
    QCOMPARE(first.data(PredictionModel::ImageRole).value<QImage>().size(), QSize(4, 4));
    QVERIFY(!first.data(PredictionModel::ThumbnailRole).value<QPixmap>().isNull());
    QVERIFY(m_window->TrainAction()->isEnabled());
    m_window->TrainAction()->trigger();
    QVERIFY(m_window->Session());
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
    QTRY_VERIFY(chart->DrawnCostPoints() > 0);
    QCOMPARE(m_window->History().Costs().size(), qsizetype(300));
    QVERIFY(gallery->Model()->HasPredictions());
    QVERIFY(Find<QLabel>("gallerySummary")->text().contains("of 20 right"));
    QVERIFY(Find<QLabel>("statusIteration")->text().contains("300"));
    QVERIFY(!m_window->PauseAction()->isEnabled());
}

void TestMainWindow::budgetFollowsThePanels() {
    auto* status = Find<QLabel>("statusIteration");
    SetIterations(300);
    QCOMPARE(status->text(), QString("Iteration 0 / 300"));
    // 60 examples in batches of 16: 4 steps an epoch, for 6 epochs; the iterations do not count.
    Find<QSpinBox>("batchSizeSpin")->setValue(16);
    Find<QSpinBox>("epochsSpin")->setValue(6);
    QCOMPARE(status->text(), QString("Iteration 0 / 24"));
    QVERIFY(!Find<QSpinBox>("iterationsSpin")->isEnabled());
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
    QCOMPARE(m_window->Session()->Latest().iteration, size_t(24));
    QVERIFY(status->text().startsWith("Iteration 24 / 24"));
    Find<QSpinBox>("batchSizeSpin")->setValue(0);  // the full batch: iterations again
    QVERIFY(Find<QSpinBox>("iterationsSpin")->isEnabled());
}

void TestMainWindow::pauseResumeStepStop() {
    SetIterations(10'000'000);
    m_window->TrainAction()->trigger();
    TrainingSession* session = m_window->Session();
    QTRY_COMPARE(session->State(), TrainingState::Running);
    QVERIFY(m_window->PauseAction()->isEnabled());
    QVERIFY(!Find<ArchitectureEditor>("architectureEditor")->isEnabled());

    m_window->PauseAction()->trigger();
    QTRY_COMPARE(session->State(), TrainingState::Paused);
    QVERIFY(m_window->TrainAction()->text().contains("Resume"));
    const size_t paused = session->Latest().iteration;

    m_window->StepAction()->trigger();
    QTRY_COMPARE(session->Latest().iteration, paused + 1);

    m_window->TrainAction()->trigger();  // resumes the same run
    QTRY_VERIFY(session->Latest().iteration > paused + 1 &&
                session->State() == TrainingState::Running);
    QCOMPARE(m_window->Session(), session);

    m_window->StopAction()->trigger();
    QTRY_COMPARE(session->State(), TrainingState::Stopped);
    QVERIFY(Find<ArchitectureEditor>("architectureEditor")->isEnabled());
    QVERIFY(!m_window->StopAction()->isEnabled());
}

void TestMainWindow::changeLearningRateMidRun() {
    SetIterations(10'000'000);
    m_window->TrainAction()->trigger();
    TrainingSession* session = m_window->Session();
    QTRY_COMPARE(session->State(), TrainingState::Running);
    QCOMPARE(session->Latest().learningRate, 0.0075);
    Type("learningRateEdit", "0.05");
    QTRY_COMPARE(session->Latest().learningRate, 0.05);
    QCOMPARE(session->State(), TrainingState::Running);
    Type("learningRateEdit", "-1");  // refused: the run keeps 0.05
    QVERIFY(Find<QLabel>("learningRateError")->isVisible());
    m_window->PauseAction()->trigger();
    QTRY_COMPARE(session->State(), TrainingState::Paused);
    QCOMPARE(session->Latest().learningRate, 0.05);
}

void TestMainWindow::divergenceIsShown() {
    // Large enough that the first update overflows Z to Inf.
    Type("learningRateEdit", "1e308");
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Diverged);
    QTRY_VERIFY(Find<QLabel>("statusMessage")->text().startsWith("cost diverged at iteration "));
    QVERIFY(m_window->History().DivergedAt().has_value());
    QVERIFY(m_window->TrainAction()->isEnabled());
}

void TestMainWindow::misclassifiedFilter() {
    SetIterations(3);
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
    auto* gallery = Find<PredictionGallery>("predictionGallery");
    QCOMPARE(gallery->ShownCount(), 20);
    Find<QCheckBox>("misclassifiedOnlyCheck")->setChecked(true);
    QCOMPARE(gallery->ShownCount(), 20 - gallery->Model()->RightCount());
    Find<QCheckBox>("misclassifiedOnlyCheck")->setChecked(false);
    QCOMPARE(gallery->ShownCount(), 20);
}

void TestMainWindow::badDataSetKeepsWhatWasLoaded() {
    const auto before = m_window->Data();
    QVERIFY(!m_window->OpenDataSet("/nonexistent/data.h5"));
    QCOMPARE(m_window->Data(), before);
    QVERIFY(Find<QLabel>("statusMessage")->text().contains("nonexistent"));
}

void TestMainWindow::saveAndOpenModel() {
    QTemporaryDir dir;
    const QString path = dir.filePath("model.h5");
    TrainAndSave(50, path);
    if (QTest::currentTestFailed()) return;
    const Parameters saved = ParameterIO::Load(path.toStdString());
    QVERIFY(arma::approx_equal(saved.W[1], m_window->Session()->Latest().parameters->W[1],
                               "absdiff", 0));

    Type("layerUnits_1", "3");  // a different network, replaced by the model's own
    QVERIFY(m_window->OpenModel(path));
    QCOMPARE(Find<ArchitectureEditor>("architectureEditor")->Spec().sizes[1], arma::uword(20));
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Ready);
    QVERIFY(arma::approx_equal(m_window->Session()->Latest().parameters->W[1], saved.W[1],
                               "absdiff", 0));
}

void TestMainWindow::weightsFromFileAreShown() {
    QTemporaryDir dir;
    const QString path = dir.filePath("init_seed7.h5");
    TrainAndSave(5, path);
    if (QTest::currentTestFailed()) return;
    const arma::mat fileW1 = ParameterIO::Load(path.toStdString()).W[1];
    auto* initializer = Find<QComboBox>("initializerCombo");
    auto* seed = Find<QSpinBox>("seedSpin");
    const int choices = initializer->count();

    QVERIFY(m_window->OpenModel(path));
    QCOMPARE(initializer->currentText(), QString("Weights from init_seed7.h5"));
    QVERIFY(!seed->isEnabled());  // no seed draws these weights
    QVERIFY(seed->toolTip().contains("init_seed7.h5"));
    // A fresh run starts from the file too, as the panel says.
    m_window->ResetAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Ready);
    QVERIFY(
        arma::approx_equal(m_window->Session()->Latest().parameters->W[1], fileW1, "absdiff", 0));
    QCOMPARE(initializer->currentText(), QString("Weights from init_seed7.h5"));

    // Picking an initialiser again: drawn from it and the seed, and the file leaves the list.
    initializer->setCurrentIndex(initializer->findData(int(Initializer::Notebook)));
    QCOMPARE(initializer->count(), choices);
    QVERIFY(!initializer->currentText().contains("init_seed7.h5"));
    QVERIFY(seed->isEnabled());
    m_window->ResetAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Ready);
    QVERIFY(
        !arma::approx_equal(m_window->Session()->Latest().parameters->W[1], fileW1, "absdiff", 0));
}

void TestMainWindow::imageDialogShowsEveryClass() {
    SetIterations(20);
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
    auto* gallery = Find<PredictionGallery>("predictionGallery");
    gallery->OpenImage(3);
    auto* dialog = m_window->findChild<QDialog*>("predictionDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains("bright"));  // test image 3 is of class 1
    const QVector<double> p = gallery->Model()
                                  ->index(3)
                                  .data(PredictionModel::ProbabilitiesRole)
                                  .value<QVector<double>>();
    QCOMPARE(p.size(), qsizetype(2));
    QCOMPARE(dialog->findChild<QProgressBar*>("classProbability_1")->value(),
             static_cast<int>(std::lround(1000 * p[1])));
    // The verdict carries its mark, not only its colour.
    const QString verdict = dialog->findChild<QLabel*>("predictionVerdict")->text();
    const bool right = gallery->Model()->index(3).data(PredictionModel::CorrectRole).toInt() == 1;
    QVERIFY2(
        verdict.startsWith(right ? QStringLiteral("✓ predicted ") : QStringLiteral("✗ predicted ")),
        qPrintable(verdict));
}

void TestMainWindow::chartLogScaleAndExport() {
    SetIterations(100);
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Finished);
    auto* chart = Find<CostChartView>("costChartView");
    QTRY_VERIFY(chart->DrawnCostPoints() > 0);
    // Hovering over the train cost of iteration 50 names it and its value.
    const QPointF point = m_window->History().Costs().at(50);
    const QString text = chart->ValueTextAt(chart->ViewportPosition(point));
    QVERIFY2(text.contains("iteration ") && text.contains("cost"), qPrintable(text));
    Find<QCheckBox>("logScaleCheck")->setChecked(true);
    QVERIFY(chart->LogScale());
    QVERIFY(m_window->findChild<QAction*>("actionLogScale")->isChecked());
    QTemporaryDir dir;
    QCOMPARE(chart->ExportPng(dir.filePath("cost.png")), QString());
    QVERIFY(!QImage(dir.filePath("cost.png")).isNull());
    QVERIFY(!chart->ExportPng(dir.filePath("missing/cost.png")).isEmpty());
    QCOMPARE(m_window->History().WriteCsv(dir.filePath("history.csv")), QString());
}

void TestMainWindow::closeWhileTraining() {
    SetIterations(10'000'000);
    m_window->TrainAction()->trigger();
    QTRY_COMPARE(m_window->Session()->State(), TrainingState::Running);
    QTRY_VERIFY(m_window->Session()->Latest().iteration > 0);
    const test::DiscardAnswerer discard(QMessageBox::Discard);  // the trained run is not saved
    QVERIFY(m_window->close());
    QCOMPARE(discard.Asked(), 1);
    QCOMPARE(m_window->Session(), nullptr);  // stopped and joined
    m_window.reset();
}

void TestMainWindow::settingsAreRemembered() {
    Type("learningRateEdit", "0.02");
    Type("layerUnits_2", "9");
    SetIterations(777);
    Find<QCheckBox>("logScaleCheck")->setChecked(true);
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>();
    m_window->SetDataSet(test::BrightAndDark(), "synthetic");
    QCOMPARE(Find<QLineEdit>("learningRateEdit")->text(), QString("0.02"));
    QCOMPARE(Find<QSpinBox>("iterationsSpin")->value(), 777);
    QCOMPARE(Find<ArchitectureEditor>("architectureEditor")->Spec().sizes,
             (std::vector<arma::uword>{48, 20, 9, 5, 1}));
    QVERIFY(Find<CostChartView>("costChartView")->LogScale());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
