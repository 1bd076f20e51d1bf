// The confusion matrix, the training-options panel and the dropout editor, driven through their
// widgets offscreen.
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include "ConfusionMatrixModel.h"
#include "ConfusionMatrixView.h"
#include "DropoutEditor.h"
#include "PredictionModel.h"
#include "TrainingOptionsPanel.h"

using namespace layerlab;

namespace {

// A snapshot that carries only a measurement, as the views read it.
SnapshotPtr SnapshotOf(std::shared_ptr<const TestResults> results) {
    auto s = std::make_shared<TrainingSnapshot>();
    s->testResults = std::move(results);
    return s;
}

}  // namespace

namespace {

// Every child widget is findable by name and explains itself to a student.
void CheckNamesAndTips(QWidget* root) {
    QVERIFY(!root->objectName().isEmpty());
    for (QWidget* w : root->findChildren<QWidget*>()) {
        // Qt's own internals (a spin box's line edit, a view's viewport) are not ours to name.
        if (w->objectName().startsWith("qt_") ||
            qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
            qobject_cast<QAbstractScrollArea*>(w->parentWidget()) ||
            qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        if (w->parentWidget() != root) continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        if (qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
            qobject_cast<QLineEdit*>(w) || qobject_cast<QCheckBox*>(w))
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
    }
}

}  // namespace

class TestTrainingWidgets : public QObject {
    Q_OBJECT
private slots:
    void confusionCounts() {
        ConfusionMatrixView view;
        view.SetClassNames({"cat", "dog", "bird"});
        view.SetResults({0, 1, 1, 2, 0, 2}, {0, 1, 0, 2, 2, 2});
        ConfusionMatrixModel* model = view.Model();
        QCOMPARE(model->rowCount(), 3);
        const int expected[3][3] = {{1, 1, 0}, {0, 1, 0}, {1, 0, 2}};
        for (int a = 0; a < 3; ++a)
            for (int p = 0; p < 3; ++p) {
                QCOMPARE(view.Count(a, p), expected[a][p]);
                QCOMPARE(model->data(model->index(a, p), Qt::DisplayRole).toInt(), expected[a][p]);
            }
        QCOMPARE(view.Indices(2, 0), QVector<int>{4});
        QCOMPARE(model->headerData(2, Qt::Vertical, Qt::DisplayRole).toString(), QString("bird"));
        QCOMPARE(model->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), QString("bird"));
        // Ten names cannot fit over narrow columns: columns are numbered, rows numbered and named.
        view.SetClassNames({"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
                            "Shirt", "Sneaker", "Bag", "Ankle boot"});
        QCOMPARE(model->headerData(6, Qt::Horizontal, Qt::DisplayRole).toString(), QString("6"));
        QCOMPARE(model->headerData(6, Qt::Vertical, Qt::DisplayRole).toString(),
                 QString("6  Shirt"));
        QCOMPARE(model->headerData(6, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QString("Predicted class: Shirt"));
        // Counts are never elided ("7…" for 786 misleads); ten columns get a smaller cell font.
        auto* table = view.findChild<QTableView*>("confusionTable");
        QVERIFY(table);
        QCOMPARE(table->textElideMode(), Qt::ElideNone);
        QVERIFY(table->font().pointSizeF() < view.font().pointSizeF());
        view.SetClassNames({"cat", "dog", "bird"});
        // Right answers are green, mistakes red, an empty cell white.
        const QColor right =
            model->data(model->index(2, 2), Qt::BackgroundRole).value<QBrush>().color();
        const QColor wrong =
            model->data(model->index(2, 0), Qt::BackgroundRole).value<QBrush>().color();
        const QColor empty =
            model->data(model->index(0, 2), Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(right.green() > right.red());
        QVERIFY(wrong.red() > wrong.green());
        QCOMPARE(empty, QColor(Qt::white));
        CheckNamesAndTips(&view);
    }

    void confusionNormalizedToggle() {
        ConfusionMatrixView view;
        view.SetClassNames({"cat", "dog", "bird"});
        view.SetResults({0, 1, 1, 2, 0, 2}, {0, 1, 0, 2, 2, 2});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* toggle = view.findChild<QCheckBox*>("confusionNormalize");
        QVERIFY(toggle);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(view.IsNormalized());
        ConfusionMatrixModel* model = view.Model();
        QCOMPARE(model->data(model->index(0, 0), Qt::DisplayRole).toString(), QString("50%"));
        QCOMPARE(model->data(model->index(2, 2), Qt::DisplayRole).toString(), QString("67%"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!view.IsNormalized());
        QCOMPARE(model->data(model->index(2, 2), Qt::DisplayRole).toInt(), 2);
    }

    void confusionLiveUpdateAndClick() {
        ConfusionMatrixView view;
        view.resize(500, 400);
        view.SetClassNames({"cat", "dog"});
        view.SetResults({0, 0, 0, 0}, {0, 1, 1, 0});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy changed(view.Model(), &QAbstractItemModel::dataChanged);
        view.SetResults({0, 1, 0, 0}, {0, 1, 1, 0});  // training moved example 1 to the right cell
        QCOMPARE(changed.count(), 1);
        QCOMPARE(view.Count(1, 1), 1);
        QCOMPARE(view.Count(1, 0), 1);

        auto* table = view.findChild<QTableView*>("confusionTable");
        QVERIFY(table);
        QSignalSpy clicked(&view, &ConfusionMatrixView::cellClicked);
        const QRect cell = table->visualRect(view.Model()->index(1, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 1);
        QCOMPARE(clicked.at(0).at(1).toInt(), 0);
        QCOMPARE(clicked.at(0).at(2).value<QVector<int>>(), QVector<int>{2});
    }

    // A full-speed run shares one measurement between many snapshots: the matrix is counted and
    // redrawn for a new measurement only (redrawing it 30 times a second slowed the training).
    void confusionRedrawsOnlyForNewResults() {
        ConfusionMatrixView view;
        view.SetClassNames({"cat", "dog"});
        const arma::Row<arma::uword> actual = {0, 1, 1};
        auto first = std::make_shared<TestResults>();
        first->predictions = {{0, 0.9}, {0, 0.6}, {1, 0.7}};
        QSignalSpy changed(view.Model(), &QAbstractItemModel::modelReset);
        QSignalSpy cellsChanged(view.Model(), &QAbstractItemModel::dataChanged);
        const auto redraws = [&] { return changed.count() + cellsChanged.count(); };
        view.SetPredictions(SnapshotOf(first), actual);
        QCOMPARE(view.Count(1, 0), 1);
        const int afterFirst = redraws();
        QVERIFY(afterFirst > 0);
        view.SetPredictions(SnapshotOf(first), actual);  // a later snapshot, the same numbers
        view.SetPredictions(SnapshotOf(first), actual);
        QCOMPARE(redraws(), afterFirst);
        auto second = std::make_shared<TestResults>();
        second->predictions = {{0, 0.9}, {1, 0.6}, {1, 0.7}};
        view.SetPredictions(SnapshotOf(second), actual);
        QVERIFY(redraws() > afterFirst);
        QCOMPARE(view.Count(1, 1), 2);
        // Cleared (a new run), the same measurement shows again.
        view.SetResults({}, {});
        view.SetPredictions(SnapshotOf(second), actual);
        QCOMPARE(view.Count(1, 1), 2);
    }

    // The gallery's model keeps the data, not a decoded copy of every picture: a picture is
    // decoded from its codes when it is shown, and predictions are redrawn only when the
    // measurement is new.
    void galleryDecodesWhenShownAndRedrawsForNewResults() {
        auto split = std::make_shared<DataSplit>();
        DataSet& test = split->test;
        test.codes = arma::Mat<std::uint8_t>{
            {0, 255, 10}, {51, 0, 20}, {102, 128, 30}, {255, 7, 40}};  // 3 pictures of 2×2 gray
        test.y = {0, 1, 1};
        test.classNames = {"cat", "dog"};
        test.imageShape = {2, 2, 1};
        PredictionModel model(32);
        model.SetDataSet(split);
        QCOMPARE(model.rowCount(), 3);
        const QImage first = model.index(0).data(PredictionModel::ImageRole).value<QImage>();
        QCOMPARE(first.size(), QSize(2, 2));
        QCOMPARE(qGray(first.pixel(0, 0)), 0);    // row 0, column 0: code 0
        QCOMPARE(qGray(first.pixel(1, 0)), 51);   // row 0, column 1
        QCOMPARE(qGray(first.pixel(1, 1)), 255);  // row 1, column 1
        QCOMPARE(qGray(model.index(1).data(PredictionModel::ImageRole).value<QImage>().pixel(0, 0)),
                 255);
        QVERIFY(!model.index(2).data(PredictionModel::ThumbnailRole).value<QPixmap>().isNull());

        auto results = std::make_shared<TestResults>();
        results->predictions = {{0, 0.9}, {0, 0.6}, {1, 0.7}};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.SetPredictions(SnapshotOf(results));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.RightCount(), 2);
        model.SetPredictions(SnapshotOf(results));  // a later snapshot, the same numbers
        QCOMPARE(changed.count(), 1);
        auto better = std::make_shared<TestResults>();
        better->predictions = {{0, 0.9}, {1, 0.6}, {1, 0.7}};
        model.SetPredictions(SnapshotOf(better));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.RightCount(), 3);
    }

    void panelDefaultsAreTheNotebook() {
        TrainingOptionsPanel panel;
        QVERIFY(panel.Options().IsPlainFullBatchGradientDescent());
        CheckNamesAndTips(&panel);
        // Only the optimiser's own settings are editable.
        QVERIFY(!panel.findChild<QDoubleSpinBox*>("beta1Spin")->isEnabled());
        QVERIFY(!panel.findChild<QLineEdit*>("epsilonEdit")->isEnabled());
        QVERIFY(!panel.findChild<QDoubleSpinBox*>("decayRateSpin")->isEnabled());
    }

    void panelRoundTrip() {
        TrainOptions o;
        o.learningRate = 0.001;
        o.seed = 7;
        o.keepProbabilities = {0.8, 1.0};
        o.optimizer = OptimizerKind::RMSprop;
        o.beta1 = 0.8;
        o.beta2 = 0.99;
        o.epsilon = 1e-6;
        o.batchSize = 64;
        o.l2 = 0.7;
        o.decay = DecayKind::Step;
        o.decayRate = 0.5;
        o.decayInterval = 20;
        o.earlyStopPatience = 4;
        o.validationFraction = 0.2;
        TrainingOptionsPanel panel;
        QSignalSpy spy(&panel, &TrainingOptionsPanel::optionsChanged);
        panel.SetOptions(o);
        QCOMPARE(spy.count(), 0);  // setting is not editing
        // Every field comes back, including those owned by other editors (learning rate, seed,
        // dropout), which pass through.
        QVERIFY(panel.Options() == o);
        QVERIFY(panel.findChild<QSpinBox*>("decayIntervalSpin")->isEnabled());
    }

    void panelEditedThroughWidgets() {
        TrainingOptionsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy spy(&panel, &TrainingOptionsPanel::optionsChanged);
        auto* optimizer = panel.findChild<QComboBox*>("optimizerCombo");
        optimizer->setCurrentIndex(optimizer->findData(int(OptimizerKind::Adam)));
        QVERIFY(spy.count() >= 1);
        QVERIFY(panel.findChild<QDoubleSpinBox*>("beta1Spin")->isEnabled());
        auto* epsilon = panel.findChild<QLineEdit*>("epsilonEdit");
        QVERIFY(epsilon->isEnabled());
        epsilon->clear();
        QTest::keyClicks(epsilon, "1e-6");
        auto* batch = panel.findChild<QSpinBox*>("batchSizeSpin");
        batch->selectAll();
        QTest::keyClicks(batch, "128");
        auto* patience = panel.findChild<QSpinBox*>("patienceSpin");
        patience->selectAll();
        QTest::keyClicks(patience, "3");
        const TrainOptions o = panel.Options();
        QCOMPARE(int(o.optimizer), int(OptimizerKind::Adam));
        QCOMPARE(o.epsilon, 1e-6);
        QCOMPARE(o.batchSize, size_t(128));
        QCOMPARE(o.earlyStopPatience, size_t(3));
        QVERIFY(panel.findChild<QDoubleSpinBox*>("validationSpin")->isEnabled());
        QVERIFY(!o.IsPlainFullBatchGradientDescent());
        o.Validate(3, 1000);  // what the panel produces, the engine accepts
        panel.SetEpochs(25);
        QCOMPARE(panel.Epochs(), 25);
    }

    void dropoutEditor() {
        DropoutEditor editor;
        editor.SetLayerSizes({784, 256, 128, 10});
        CheckNamesAndTips(&editor);
        QVERIFY(editor.KeepProbabilities().empty());  // all 1: no dropout
        QSignalSpy spy(&editor, &DropoutEditor::changed);
        auto* first = editor.findChild<QDoubleSpinBox*>("keepSpin1");
        QVERIFY(first);
        QVERIFY(editor.findChild<QDoubleSpinBox*>("keepSpin2"));
        QVERIFY(!editor.findChild<QDoubleSpinBox*>("keepSpin3"));  // the output layer has none
        first->setValue(0.8);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(editor.KeepProbabilities(), (std::vector<double>{0.8, 1.0, 1.0}));
        // A new hidden layer keeps the first one's setting.
        editor.SetLayerSizes({784, 256, 128, 64, 10});
        QCOMPARE(editor.KeepProbabilities(), (std::vector<double>{0.8, 1.0, 1.0, 1.0}));
        editor.SetKeepProbabilities({0.5, 0.6, 0.7, 1.0});
        QCOMPARE(editor.KeepProbabilities(), (std::vector<double>{0.5, 0.6, 0.7, 1.0}));
    }
};

QTEST_MAIN(TestTrainingWidgets)
#include "tst_trainingwidgets.moc"
