#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include "TrainingSetupPanel.h"
#include "WindowTestHelpers.h"

using namespace layerlab;

class TestTrainingSetupPanel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void optionsComposeEveryPanel();
    void setOptionsShowsThemAndSignalsOnce();
    void everyEditSignals_data();
    void everyEditSignals();
    void budgetInEpochsTurnsTheIterationsOff();
    void aRunLocksWhatItCannotChange();
    void aBatchOfTheWholeSetIsTheFullBatch();
    void scrollsAndLendsItsDropoutRows();

private:
    template <typename T>
    T* Find(const QString& name) {
        T* w = m_network->findChild<T*>(name);
        return w ? w : test::FindChild<T>(m_panel, name);
    }

    QWidget* m_network = nullptr;  // where the dropout rows are shown
    TrainingSetupPanel* m_panel = nullptr;
};

void TestTrainingSetupPanel::init() {
    m_network = new QWidget;
    m_panel = new TrainingSetupPanel(m_network);
    m_panel->SetLayerSizes({12, 6, 4, 1});
}

void TestTrainingSetupPanel::cleanup() {
    delete m_panel;
    delete m_network;
}

void TestTrainingSetupPanel::optionsComposeEveryPanel() {
    // The defaults are the notebook's.
    SessionOptions defaults = m_panel->Options();
    QVERIFY(defaults.train.IsPlainFullBatchGradientDescent());
    QCOMPARE(defaults.train.learningRate, 0.0075);
    QCOMPARE(defaults.iterations, size_t(2500));
    QCOMPARE(defaults.epochs, size_t(10));

    test::TypeInto(Find<QLineEdit>("learningRateEdit"), "0.03");
    Find<QSpinBox>("iterationsSpin")->setValue(321);
    Find<QSpinBox>("seedSpin")->setValue(9);
    auto* precision = Find<QComboBox>("precisionCombo");
    precision->setCurrentIndex(precision->findData(int(Precision::Float)));
    auto* optimizer = Find<QComboBox>("optimizerCombo");
    optimizer->setCurrentIndex(optimizer->findData(int(OptimizerKind::Adam)));
    Find<QSpinBox>("batchSizeSpin")->setValue(32);
    Find<QSpinBox>("epochsSpin")->setValue(7);
    Find<QDoubleSpinBox>("keepSpin2")->setValue(0.8);
    auto* initializer = Find<QComboBox>("initializerCombo");
    initializer->setCurrentIndex(initializer->findData(int(Initializer::Xavier)));

    const SessionOptions o = m_panel->Options();
    QCOMPARE(o.train.learningRate, 0.03);
    QCOMPARE(o.iterations, size_t(321));
    QCOMPARE(o.train.seed, std::uint64_t(9));
    QCOMPARE(int(o.train.precision), int(Precision::Float));
    QCOMPARE(int(o.train.optimizer), int(OptimizerKind::Adam));
    QCOMPARE(o.train.batchSize, size_t(32));
    QCOMPARE(o.epochs, size_t(7));
    QCOMPARE(o.train.keepProbabilities, (std::vector<double>{1.0, 0.8, 1.0}));
    QCOMPARE(int(m_panel->GetInitializer()), int(Initializer::Xavier));
}

void TestTrainingSetupPanel::setOptionsShowsThemAndSignalsOnce() {
    SessionOptions o;
    o.train.learningRate = 0.001;
    o.train.seed = 17;
    o.train.precision = Precision::Float;
    o.train.optimizer = OptimizerKind::RMSprop;
    o.train.beta2 = 0.99;
    o.train.batchSize = 64;
    o.train.l2 = 0.3;
    o.train.keepProbabilities = {0.5, 0.9, 1.0};
    o.iterations = 1234;
    o.epochs = 5;
    QSignalSpy changed(m_panel, &TrainingSetupPanel::optionsChanged);
    m_panel->SetOptions(o);
    QCOMPARE(changed.size(), 1);
    const SessionOptions back = m_panel->Options();
    QVERIFY(back.train == o.train);
    QCOMPARE(back.iterations, o.iterations);
    QCOMPARE(back.epochs, o.epochs);
    QCOMPARE(Find<QLineEdit>("learningRateEdit")->text(), QString("0.001"));
}

void TestTrainingSetupPanel::everyEditSignals_data() {
    QTest::addColumn<QString>("widget");
    for (const char* name : {"iterationsSpin", "seedSpin", "initializerCombo", "precisionCombo",
                             "optimizerCombo", "batchSizeSpin", "epochsSpin", "keepSpin1"})
        QTest::newRow(name) << QString(name);
}

void TestTrainingSetupPanel::everyEditSignals() {
    QFETCH(QString, widget);
    QSignalSpy changed(m_panel, &TrainingSetupPanel::optionsChanged);
    QWidget* w = Find<QWidget>(widget);
    if (auto* spin = qobject_cast<QSpinBox*>(w))
        spin->setValue(spin->value() + 1);
    else if (auto* real = qobject_cast<QDoubleSpinBox*>(w))
        real->setValue(real->value() - 0.1);
    else if (auto* combo = qobject_cast<QComboBox*>(w))
        combo->setCurrentIndex(1);
    QCOMPARE(changed.size(), 1);
}

void TestTrainingSetupPanel::budgetInEpochsTurnsTheIterationsOff() {
    auto* iterations = Find<QSpinBox>("iterationsSpin");
    const QString tip = iterations->toolTip();
    QVERIFY(!tip.isEmpty());
    m_panel->ShowBudgetInEpochs(true);
    QVERIFY(!iterations->isEnabled());
    QVERIFY(iterations->toolTip().contains("epochs"));
    m_panel->ShowBudgetInEpochs(false);
    QVERIFY(iterations->isEnabled());
    QCOMPARE(iterations->toolTip(), tip);
}

void TestTrainingSetupPanel::aRunLocksWhatItCannotChange() {
    m_panel->SetRunLive(true, true);
    QVERIFY(!Find<QWidget>("trainingOptionsPanel")->isEnabled());
    QVERIFY(!Find<QWidget>("dropoutEditor")->isEnabled());
    QVERIFY(!Find<QWidget>("seedSpin")->isEnabled());
    QVERIFY(Find<QWidget>("learningRateEdit")->isEnabled());  // changes a run as it goes
    m_panel->SetRunLive(false, true);
    QVERIFY(Find<QWidget>("trainingOptionsPanel")->isEnabled());
    QVERIFY(Find<QWidget>("dropoutEditor")->isEnabled());
    QVERIFY(Find<QWidget>("seedSpin")->isEnabled());
    m_panel->SetRunLive(false, false);  // no data: no layers to drop from
    QVERIFY(!Find<QWidget>("dropoutEditor")->isEnabled());
}

void TestTrainingSetupPanel::aBatchOfTheWholeSetIsTheFullBatch() {
    Find<QSpinBox>("batchSizeSpin")->setValue(64);
    m_panel->FitBatchTo(100);
    QCOMPARE(m_panel->Options().train.batchSize, size_t(64));
    m_panel->FitBatchTo(64);
    QCOMPARE(m_panel->Options().train.batchSize, size_t(0));
}

void TestTrainingSetupPanel::scrollsAndLendsItsDropoutRows() {
    QCOMPARE(m_panel->DropoutSection()->parent(), m_network);
    QVERIFY(m_panel->DropoutSection()->findChild<QLabel*>("dropoutTitle"));
    QVERIFY(!m_panel->findChild<QWidget*>("dropoutEditor"));  // shown beside the network
    auto* toggle = Find<QToolButton>("optimisationToggle");
    QVERIFY(Find<QWidget>("trainingOptionsPanel")->isHidden());
    toggle->click();
    QVERIFY(!Find<QWidget>("trainingOptionsPanel")->isHidden());
    QCOMPARE(toggle->arrowType(), Qt::DownArrow);
    QScrollArea* scroll = m_panel->InScrollArea(nullptr);
    QCOMPARE(scroll->widget(), m_panel);
    QCOMPARE(scroll->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QVERIFY(scroll->minimumWidth() >= m_panel->minimumSizeHint().width());
    scroll->takeWidget();  // the test deletes the panel itself
    delete scroll;
}

QTEST_MAIN(TestTrainingSetupPanel)
#include "tst_trainingsetuppanel.moc"
