#include <QtTest>

#include "Activation.h"
#include "DataColumns.h"
#include "DecayKind.h"
#include "Initializer.h"
#include "Precision.h"
#include "optimizers/OptimizerKind.h"

using namespace layerlab;

// Every enum's names round-trip, aliases parse to their value, and anything else is refused:
// these names are what settings files, saved models and the command line store.
class TestEnumNames : public QObject {
    Q_OBJECT
private slots:
    void canonicalNamesRoundTrip() {
        for (Activation a : {Activation::ReLU, Activation::LeakyReLU, Activation::Tanh,
                             Activation::Sigmoid, Activation::Softmax})
            QCOMPARE(Parse<Activation>(ToString(a)), std::optional(a));
        for (OptimizerKind k : {OptimizerKind::GradientDescent, OptimizerKind::Momentum,
                                OptimizerKind::RMSprop, OptimizerKind::Adam})
            QCOMPARE(Parse<OptimizerKind>(ToString(k)), std::optional(k));
        for (DecayKind k :
             {DecayKind::None, DecayKind::Inverse, DecayKind::Exponential, DecayKind::Step})
            QCOMPARE(Parse<DecayKind>(ToString(k)), std::optional(k));
        for (Initializer i :
             {Initializer::Notebook, Initializer::Small, Initializer::He, Initializer::Xavier})
            QCOMPARE(Parse<Initializer>(ToString(i)), std::optional(i));
        for (Precision p : {Precision::Double, Precision::Float})
            QCOMPARE(Parse<Precision>(ToString(p)), std::optional(p));
    }

    // The names files already hold: changing one would make old settings and models unreadable.
    void canonicalNamesAreTheStoredOnes() {
        QCOMPARE(ToString(Activation::LeakyReLU), std::string("leaky_relu"));
        QCOMPARE(ToString(Activation::Softmax), std::string("softmax"));
        QCOMPARE(ToString(OptimizerKind::GradientDescent), std::string("gd"));
        QCOMPARE(ToString(OptimizerKind::Adam), std::string("adam"));
        QCOMPARE(ToString(DecayKind::Exponential), std::string("exp"));
        QCOMPARE(ToString(Initializer::Xavier), std::string("xavier"));
        QCOMPARE(ToString(Precision::Float), std::string("float"));
    }

    void aliasesParse_data() {
        AddColumns<QString, int>({"name", "expected"});
        QTest::newRow("leaky") << "leaky" << int(Activation::LeakyReLU);
        QTest::newRow("leakyrelu") << "leakyrelu" << int(Activation::LeakyReLU);
    }
    void aliasesParse() {
        QFETCH(QString, name);
        QFETCH(int, expected);
        QCOMPARE(Parse<Activation>(name.toStdString()), std::optional(Activation(expected)));
    }

    void otherAliases() {
        QCOMPARE(Parse<OptimizerKind>("sgd"), std::optional(OptimizerKind::GradientDescent));
        QCOMPARE(Parse<OptimizerKind>("gradient_descent"),
                 std::optional(OptimizerKind::GradientDescent));
        QCOMPARE(Parse<DecayKind>("exponential"), std::optional(DecayKind::Exponential));
        QCOMPARE(Parse<Initializer>("glorot"), std::optional(Initializer::Xavier));
        QCOMPARE(Parse<Precision>("float64"), std::optional(Precision::Double));
        QCOMPARE(Parse<Precision>("f32"), std::optional(Precision::Float));
    }

    void unknownNamesAreRefused_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << "";
        QTest::newRow("case") << "ReLU";
        QTest::newRow("prefix") << "rel";
        QTest::newRow("longer") << "relux";
        QTest::newRow("separator") << "relu;tanh";
        QTest::newRow("bar") << "|";
    }
    void unknownNamesAreRefused() {
        QFETCH(QString, name);
        QCOMPARE(Parse<Activation>(name.toStdString()), std::nullopt);
    }

    void nameListForMessages() {
        QCOMPARE(NameList<Activation>(), std::string("relu, leaky_relu, tanh, sigmoid or softmax"));
        QCOMPARE(NameList<Precision>(), std::string("double or float"));
        QCOMPARE(NameList<OptimizerKind>("and"), std::string("gd, momentum, rmsprop and adam"));
    }
};

QTEST_APPLESS_MAIN(TestEnumNames)
#include "tst_enumnames.moc"
