// RunSettings::Read is Of's inverse: every option the history records comes back as it was, and
// settings that are wrong (a hand-edited lesson, a damaged record) are refused by key and reason.
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

#include "EngineError.h"
#include "datasets/DataSetLoader.h"
#include "persistence/RunSettings.h"

using namespace layerlab;

namespace {

QString Refusal(const QJsonObject& settings) {
    try {
        RunSettings::Read(settings);
    } catch (const EngineError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QJsonObject Course() {
    return RunSettings::Of(NetworkSpec::WithDefaultActivations({12288, 20, 7, 5, 1}), {});
}

}  // namespace

class TestRunSettings : public QObject {
    Q_OBJECT
private slots:
    void readsBackWhatOfWrote_data() {
        QTest::addColumn<int>("variant");
        for (int v = 0; v < 6; ++v) QTest::addRow("variant %d", v) << v;
    }
    void readsBackWhatOfWrote() {
        QFETCH(int, variant);
        NetworkSpec spec = NetworkSpec::WithDefaultActivations({784, 64, 32, 10});
        TrainOptions o;
        switch (variant) {
            case 0:
                break;  // the defaults
            case 1:
                o.optimizer = OptimizerKind::Adam;
                o.beta1 = 0.85;
                o.beta2 = 0.99;
                o.epsilon = 1e-7;
                o.batchSize = 64;
                o.learningRate = 0.001;
                break;
            case 2:
                o.optimizer = OptimizerKind::Momentum;
                o.beta1 = 0.7;
                o.decay = DecayKind::Step;
                o.decayRate = 0.5;
                o.decayInterval = 300;
                break;
            case 3:
                o.l2 = 0.7;
                o.keepProbabilities = {0.8, 0.9, 1.0};
                o.seed = 123456789012ull;
                break;
            case 4:
                o.earlyStopPatience = 7;
                o.validationFraction = 0.2;
                o.batchSize = 32;
                o.optimizer = OptimizerKind::RMSprop;
                o.precision = Precision::Float;
                o.threads = 2;
                break;
            case 5:
                spec.activations = {Activation::Tanh, Activation::LeakyReLU, Activation::Softmax};
                o.decay = DecayKind::Inverse;
                o.decayRate = 2;
                break;
        }
        QJsonObject s = RunSettings::Of(spec, o);
        s["iterations"] = 1234;
        s["init"] = "he";
        const RunSetup r = RunSettings::Read(s);
        QCOMPARE(r.spec, spec);
        QCOMPARE(r.options.train, o);
        QCOMPARE(r.options.iterations, size_t(1234));
        QCOMPARE(r.initializer, Initializer::He);
        // And Of of what Read gave is what was recorded (nothing invented, nothing lost).
        QJsonObject again = RunSettings::Of(r.spec, r.options.train);
        again["iterations"] = 1234;
        again["init"] = "he";
        QCOMPARE(again, s);
    }

    void missingKeysAreTheDefaults() {
        const RunSetup r = RunSettings::Read({{"layers", "2,3,1"}});
        QCOMPARE(r.spec, NetworkSpec::WithDefaultActivations({2, 3, 1}));
        QCOMPARE(r.options.train, TrainOptions{});
        QCOMPARE(r.options.epochs, size_t(0));
        QCOMPARE(r.initializer, Initializer::Notebook);
        QVERIFY(r.initWeights.isEmpty());
        QCOMPARE(r.branchOf, qint64(0));
        const RunSetup b =
            RunSettings::Read({{"layers", "2,3,1"}, {"branch-of", 17}, {"epochs", 5}});
        QCOMPARE(b.branchOf, qint64(17));
        QCOMPARE(b.options.epochs, size_t(5));
    }

    void refusesWhatIsWrongByKey_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("lr text") << "lr" << QJsonValue("fast") << "\"lr\" is 'fast'";
        QTest::newRow("lr negative") << "lr" << QJsonValue(-1) << "a number from";
        QTest::newRow("lr infinite") << "lr" << QJsonValue(1e300 * 1e300) << "\"lr\"";
        QTest::newRow("optimizer") << "optimizer" << QJsonValue("sgd2") << "adam";
        QTest::newRow("batch fraction") << "batch-size" << QJsonValue(1.5) << "whole number";
        QTest::newRow("seed negative") << "seed" << QJsonValue(-3) << "whole number";
        QTest::newRow("iterations zero") << "iterations" << QJsonValue(0) << "\"iterations\"";
        QTest::newRow("iterations huge") << "iterations" << QJsonValue(1e18) << "\"iterations\"";
        QTest::newRow("threads") << "threads" << QJsonValue(999) << "\"threads\"";
        QTest::newRow("init") << "init" << QJsonValue("zeros") << "notebook";
        QTest::newRow("dropout length") << "dropout" << QJsonValue(QJsonArray{0.5}) << "4 keep";
        QTest::newRow("dropout zero")
            << "dropout" << QJsonValue(QJsonArray{0, 1, 1, 1}) << "above 0";
        QTest::newRow("dropout output")
            << "dropout" << QJsonValue(QJsonArray{1, 1, 1, 0.5}) << "settings:";
        QTest::newRow("layers number") << "layers" << QJsonValue(12) << "\"layers\"";
        QTest::newRow("layers zero") << "layers" << QJsonValue("12288,0,1") << "layers";
        QTest::newRow("activations")
            << "activations" << QJsonValue("relu,cube,relu,relu") << "activations";
    }
    void refusesWhatIsWrongByKey() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, says);
        QJsonObject s = Course();
        s[key] = value;
        const QString why = Refusal(s);
        QVERIFY2(why.contains(says), qPrintable(why));
    }

    // The course's set opened as its folder (train's --data) or as its file (the window's Open)
    // is one name in the history, so the Runs panel lists the command line's runs too.
    void aDataSetHasOneNameHoweverItWasOpened() {
        const QString folder = QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");
        if (!QFileInfo::exists(folder)) QSKIP("the course's data is not in ../shared");
        const QString byFolder = RunSettings::DataName(DataSetLoader::Load(folder).train);
        const QString byFile =
            RunSettings::DataName(DataSetLoader::Load(folder + "/train_catvnoncat.h5").train);
        QCOMPARE(byFolder, byFile);
        QVERIFY(QFileInfo(byFolder).isAbsolute());
        QCOMPARE(RunSettings::DataName(DataSetLoader::Load("builtin:shapes").train),
                 QString("builtin:shapes"));
    }

    void refusesSettingsWithoutANetwork() {
        QVERIFY(Refusal({{"lr", 0.1}}).contains("\"layers\" must list the layer sizes"));
    }
};

QTEST_GUILESS_MAIN(TestRunSettings)
#include "tst_runsettings.moc"
