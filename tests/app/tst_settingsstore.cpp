#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "DataColumns.h"
#include "SettingsStore.h"

using namespace layerlab;

namespace {

SettingsStore::Setup NonDefaults() {
    SettingsStore::Setup s;
    TrainOptions& o = s.session.train;
    o.learningRate = 0.02;
    o.precision = Precision::Float;
    o.seed = 42;
    o.optimizer = OptimizerKind::Adam;
    o.decay = DecayKind::Exponential;
    o.batchSize = 64;
    o.beta1 = 0.8;
    o.beta2 = 0.99;
    o.l2 = 0.7;
    o.decayRate = 0.95;
    o.earlyStopPatience = 3;
    s.session.iterations = 777;
    s.session.epochs = 12;
    s.initializer = Initializer::Xavier;
    s.hiddenLayers = "9:tanh,4:relu";
    s.logScale = true;
    return s;
}

}  // namespace

class TestSettingsStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void roundTrip();
    void nothingStoredKeepsTheDefaults();
    void invalidValuesAreNotRead_data();
    void invalidValuesAreNotRead();
    void enumsAreStoredByName();
    void windowLayoutAndLastDataSet();
    void colourBlindSafeColours();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestSettingsStore::init() {
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath("test.ini"), QSettings::IniFormat);
    m_settings->clear();
}

void TestSettingsStore::roundTrip() {
    const SettingsStore::Setup written = NonDefaults();
    SettingsStore(m_settings.get()).WriteSetup(written);
    const SettingsStore::Setup read = SettingsStore(m_settings.get()).ReadSetup({});
    QVERIFY(read.session.train == written.session.train);
    QCOMPARE(read.session.iterations, written.session.iterations);
    QCOMPARE(read.session.epochs, written.session.epochs);
    QCOMPARE(int(read.initializer), int(written.initializer));
    QCOMPARE(read.hiddenLayers, written.hiddenLayers);
    QCOMPARE(read.logScale, written.logScale);
    // No hidden layer is a network too.
    SettingsStore::Setup none = written;
    none.hiddenLayers = QString();
    SettingsStore(m_settings.get()).WriteSetup(none);
    QCOMPARE(SettingsStore(m_settings.get()).ReadSetup({}).hiddenLayers, std::optional(QString()));
}

void TestSettingsStore::nothingStoredKeepsTheDefaults() {
    const SettingsStore::Setup defaults = NonDefaults();
    const SettingsStore::Setup read = SettingsStore(m_settings.get()).ReadSetup(defaults);
    QVERIFY(read.session.train == defaults.session.train);
    QCOMPARE(read.session.iterations, defaults.session.iterations);
    QCOMPARE(read.session.epochs, defaults.session.epochs);
    QCOMPARE(read.hiddenLayers, defaults.hiddenLayers);
    QVERIFY(!SettingsStore(m_settings.get()).ReadSetup({}).hiddenLayers.has_value());
}

void TestSettingsStore::invalidValuesAreNotRead_data() {
    AddColumns<QString, QString>({"key", "value"});
    QTest::newRow("negative rate") << "training/learningRate"
                                   << "-1";
    QTest::newRow("infinite rate") << "training/learningRate"
                                   << "inf";
    QTest::newRow("rate not a number") << "training/learningRate"
                                       << "fast";
    QTest::newRow("no iterations") << "training/iterations"
                                   << "0";
    QTest::newRow("iterations not a number") << "training/iterations"
                                             << "many";
    QTest::newRow("seed not a number") << "training/seed"
                                       << "x";
    QTest::newRow("unknown initialiser") << "training/initializer"
                                         << "magic";
    QTest::newRow("unknown precision") << "training/precision"
                                       << "quad";
    QTest::newRow("unknown optimiser") << "optimisation/optimizer"
                                       << "sgd2";
    QTest::newRow("unknown decay") << "optimisation/decay"
                                   << "cosine";
    QTest::newRow("negative batch") << "optimisation/batchSize"
                                    << "-3";
    QTest::newRow("NaN β1") << "optimisation/beta1"
                            << "nan";
    QTest::newRow("negative λ") << "optimisation/l2"
                                << "-0.5";
    QTest::newRow("no epochs") << "optimisation/epochs"
                               << "0";
}

void TestSettingsStore::invalidValuesAreNotRead() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    m_settings->setValue(key, value);
    const SettingsStore::Setup defaults = NonDefaults();
    const SettingsStore::Setup read = SettingsStore(m_settings.get()).ReadSetup(defaults);
    QVERIFY(read.session.train == defaults.session.train);
    QCOMPARE(read.session.iterations, defaults.session.iterations);
    QCOMPARE(read.session.epochs, defaults.session.epochs);
    QCOMPARE(int(read.initializer), int(defaults.initializer));
}

void TestSettingsStore::enumsAreStoredByName() {
    SettingsStore(m_settings.get()).WriteSetup(NonDefaults());
    QCOMPARE(m_settings->value("optimisation/optimizer").toString(), QString("adam"));
    QCOMPARE(m_settings->value("optimisation/decay").toString(), QString("exp"));
    QCOMPARE(m_settings->value("training/precision").toString(), QString("float"));
    QCOMPARE(m_settings->value("training/initializer").toString(), QString("xavier"));
    // Written by hand, as an older LayerLab or a user would: read back by name.
    m_settings->setValue("optimisation/optimizer", "momentum");
    QCOMPARE(int(SettingsStore(m_settings.get()).ReadSetup({}).session.train.optimizer),
             int(OptimizerKind::Momentum));
}

void TestSettingsStore::windowLayoutAndLastDataSet() {
    SettingsStore store(m_settings.get());
    QVERIFY(!store.HasWindowState());
    store.SetWindowLayout("geometry", "state");
    QVERIFY(store.HasWindowState());
    QCOMPARE(store.WindowGeometry(), QByteArray("geometry"));
    QCOMPARE(store.WindowState(), QByteArray("state"));
    QCOMPARE(store.LastDataSet(), QString());
    store.SetLastDataSet("/data/catvnoncat");
    QCOMPARE(SettingsStore(m_settings.get()).LastDataSet(), QString("/data/catvnoncat"));
}

void TestSettingsStore::colourBlindSafeColours() {
    SettingsStore store(m_settings.get());
    QVERIFY(!store.ColourBlindSafe());  // off until chosen
    store.SetColourBlindSafe(true);
    QVERIFY(SettingsStore(m_settings.get()).ColourBlindSafe());
    store.SetColourBlindSafe(false);
    QVERIFY(!SettingsStore(m_settings.get()).ColourBlindSafe());
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
