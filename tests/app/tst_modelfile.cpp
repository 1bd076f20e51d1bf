#include <QTemporaryDir>
#include <QTest>

#include "DataColumns.h"
#include "EngineError.h"
#include "InitializeParameters.h"
#include "ModelFile.h"
#include "ParameterIO.h"

using namespace layerlab;

namespace {

// m examples of n features in k classes; only the shapes and names matter here.
DataSet Data(arma::uword features, size_t classes) {
    DataSet d;
    d.X.zeros(features, 6);
    d.y = arma::regspace<arma::Row<arma::uword>>(0, 5).transform(
        [classes](arma::uword i) { return i % classes; });
    for (size_t c = 0; c < classes; ++c) d.classNames.push_back("class" + std::to_string(c));
    d.imageShape = {features, 1, 1};
    return d;
}

// The standardisation of 4 features fitted on a fixed spread of values (seeded).
FeatureStandardiser Fitted(int seed) {
    arma::arma_rng::set_seed(seed);
    return FeatureStandardiser::Fit(arma::randu<arma::mat>(4, 10));
}

RunDescription Described(const FeatureStandardiser& s) {
    RunDescription run;
    run.hyperparameters = R"({"layers":"4,3,1"})";
    s.Describe(run);
    return run;
}

Parameters Model(std::vector<arma::uword> sizes) {
    return InitializeParameters(NetworkSpec::WithDefaultActivations(std::move(sizes)),
                                Initializer::He, 5);
}

}  // namespace

class TestModelFile : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void savedModelOpensWithItsWeights();
    void missingLabelsComeFromTheData();
    void aModelThatDoesNotFitIsRefused_data();
    void aModelThatDoesNotFitIsRefused();
    void aFailedSaveSaysWhy();
    void aModelCarriesItsStandardiserBack();
    void standardisationMustMatchTheData_data();
    void standardisationMustMatchTheData();

private:
    QTemporaryDir m_dir;
};

void TestModelFile::savedModelOpensWithItsWeights() {
    Parameters p = Model({4, 3, 1});
    p.classNames = {"no", "yes"};
    p.imageShape = {2, 2, 1};
    const QString path = m_dir.filePath("model.h5");
    ModelFile::Save(path, p);
    const Parameters back = ModelFile::Open(path, Data(4, 2));
    QVERIFY(back.spec == p.spec);
    for (size_t l = 1; l <= p.L(); ++l) {
        QVERIFY(arma::approx_equal(back.W[l], p.W[l], "absdiff", 0));
        QVERIFY(arma::approx_equal(back.b[l], p.b[l], "absdiff", 0));
    }
    QCOMPARE(back.classNames, p.classNames);  // its own, not the data's
    QVERIFY(back.imageShape == p.imageShape);
}

void TestModelFile::missingLabelsComeFromTheData() {
    const QString path = m_dir.filePath("bare.h5");
    ModelFile::Save(path, Model({4, 3, 1}));  // no class names, no image shape
    const DataSet data = Data(4, 2);
    const Parameters back = ModelFile::Open(path, data);
    QCOMPARE(back.classNames, data.classNames);
    QVERIFY(back.imageShape == data.imageShape);
}

void TestModelFile::aModelThatDoesNotFitIsRefused_data() {
    AddColumns<arma::uword, int, QString>({"features", "classes", "reason"});
    // The model takes 4 inputs and has one sigmoid output.
    QTest::newRow("other inputs") << arma::uword(5) << 2
                                  << "takes 4 inputs but the data's images have 5 values";
    QTest::newRow("three classes") << arma::uword(4) << 3 << "one sigmoid output unit";
}

void TestModelFile::aModelThatDoesNotFitIsRefused() {
    QFETCH(arma::uword, features);
    QFETCH(int, classes);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath("model.h5");
    ModelFile::Save(path, Model({4, 3, 1}));
    try {
        ModelFile::Open(path, Data(features, size_t(classes)));
        QFAIL("a model that does not fit was opened");
    } catch (const EngineError& e) {
        const QString what = QString::fromStdString(e.what());
        QVERIFY2(what.contains(reason), qPrintable(what));
    }
}

void TestModelFile::aFailedSaveSaysWhy() {
    QVERIFY_THROWS_EXCEPTION(EngineError,
                             ModelFile::Save(m_dir.filePath("missing/model.h5"), Model({4, 1})));
    QVERIFY_THROWS_EXCEPTION(EngineError, ModelFile::Open(m_dir.filePath("none.h5"), Data(4, 2)));
}

void TestModelFile::aModelCarriesItsStandardiserBack() {
    const FeatureStandardiser s = Fitted(3);
    const QString path = m_dir.filePath("standardised.h5");
    ModelFile::Save(path, Model({4, 3, 1}), Described(s));
    RunDescription run;
    ParameterIO::Load(path.toStdString(), &run);
    const FeatureStandardiser back = FeatureStandardiser::Of(run);
    QVERIFY(!back.IsIdentity());
    QVERIFY(arma::approx_equal(back.Mean(), s.Mean(), "absdiff", 0));
    QVERIFY(arma::approx_equal(back.Scale(), s.Scale(), "absdiff", 0));
    // Applied the same way as at training time.
    arma::arma_rng::set_seed(4);
    const arma::mat x = arma::randu<arma::mat>(4, 3);
    arma::mat a = x, b = x;
    s.Apply(a);
    back.Apply(b);
    QVERIFY(arma::approx_equal(a, b, "absdiff", 0));
    // And the window opens it on data standardised the same way.
    const Parameters p = ModelFile::Open(path, Data(4, 2), s);
    QCOMPARE(p.spec.sizes, (std::vector<arma::uword>{4, 3, 1}));
}

void TestModelFile::standardisationMustMatchTheData_data() {
    AddColumns<int, int, int, QString>({"model", "data", "describes", "reason"});
    // 0: none, else the seed of the fitted statistics. describes: the model records its run.
    QTest::newRow("standardised model, raw data")
        << 3 << 0 << 1
        << "trained on standardised features but this data set was opened without "
           "standardisation";
    QTest::newRow("raw model, standardised data")
        << 0 << 3 << 1 << "trained on features that were not standardised";
    QTest::newRow("other statistics")
        << 3 << 5 << 1 << "training mean and deviation are not the ones the model was";
    QTest::newRow("same statistics") << 3 << 3 << 1 << "";
    QTest::newRow("raw model, raw data") << 0 << 0 << 1 << "";
    // A file from before models recorded their run cannot say how it was trained.
    QTest::newRow("older file, standardised data") << 0 << 3 << 0 << "";
}

void TestModelFile::standardisationMustMatchTheData() {
    QFETCH(int, model);
    QFETCH(int, data);
    QFETCH(int, describes);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath("model.h5");
    RunDescription run = model ? Described(Fitted(model)) : RunDescription{};
    if (describes && !model) run.hyperparameters = R"({"layers":"4,3,1"})";
    ModelFile::Save(path, Model({4, 3, 1}), run);
    const FeatureStandardiser standardiser = data ? Fitted(data) : FeatureStandardiser{};
    try {
        ModelFile::Open(path, Data(4, 2), standardiser);
        QVERIFY2(reason.isEmpty(), "the model was opened");
    } catch (const EngineError& e) {
        const QString what = QString::fromStdString(e.what());
        QVERIFY2(!reason.isEmpty() && what.startsWith(path + ": ") && what.contains(reason),
                 qPrintable(what));
    }
}

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
