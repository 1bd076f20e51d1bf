// EvalCommand's own decisions: pictures are read the way the model was trained unless the
// options say otherwise, and data of another size is refused before any accuracy.
#include <QCommandLineParser>
#include <QTest>

#include "DataColumns.h"
#include "cli/EvalCommand.h"
#include "cli/UsageError.h"

using namespace layerlab;

Q_DECLARE_METATYPE(layerlab::Parameters)

namespace {

Parameters ModelFor(std::array<arma::uword, 3> imageShape) {
    Parameters model;
    model.imageShape = imageShape;
    return model;
}

}  // namespace

class TestEvalCommand : public QObject {
    Q_OBJECT

private slots:
    void dataOptionsFor_data() {
        AddColumns<QStringList, Parameters, QSize, bool>(
            {"arguments", "model", "imageSize", "grayscale"});
        // imageShape is height, width, channels; the image size is width × height.
        QTest::newRow("the model's size, RGB")
            << QStringList{} << ModelFor({4, 6, 3}) << QSize(6, 4) << false;
        QTest::newRow("the model's size, gray")
            << QStringList{} << ModelFor({28, 14, 1}) << QSize(14, 28) << true;
        QTest::newRow("--image-size wins")
            << QStringList{"--image-size", "10x12"} << ModelFor({4, 6, 1}) << QSize(10, 12) << true;
        QTest::newRow("--grayscale wins")
            << QStringList{"--grayscale"} << ModelFor({4, 6, 3}) << QSize(6, 4) << true;
        QTest::newRow("a model without its image size")
            << QStringList{} << ModelFor({0, 0, 0}) << QSize() << false;
    }

    void dataOptionsFor() {
        QFETCH(QStringList, arguments);
        QFETCH(Parameters, model);
        QFETCH(QSize, imageSize);
        QFETCH(bool, grayscale);
        QCommandLineParser parser;
        EvalCommand::AddOptions(parser);
        QVERIFY(parser.parse(QStringList{"layerlab"} + arguments));
        const LoadOptions options = EvalCommand::DataOptionsFor(parser, model);
        QCOMPARE(options.imageSize, imageSize);
        QCOMPARE(options.grayscale, grayscale);
    }

    void accuracyField() {
        // One sigmoid unit whose output is the first feature's sign: class 1 when x0 > 0.
        Parameters model;
        model.spec = NetworkSpec::WithDefaultActivations({2, 1});
        model.W = {arma::mat(), arma::mat{{10.0, 0.0}}};
        model.b = {arma::mat(), arma::mat(1, 1, arma::fill::zeros)};
        DataSet data;
        data.X = {{1.0, -1.0, 2.0, -2.0}, {0.0, 0.0, 0.0, 0.0}};
        data.y = {1, 1, 1, 0};
        data.source = "four.h5";
        QCOMPARE(EvalCommand::AccuracyField("test_accuracy", model, data),
                 QString("test_accuracy=0.750000"));

        data.X = arma::mat(3, 4, arma::fill::zeros);
        QString refusal;
        try {
            EvalCommand::AccuracyField("train_accuracy", model, data);
        } catch (const UsageError& e) {
            refusal = e.Message();
        }
        QCOMPARE(refusal, QString("four.h5 has 3 values per example but the model expects 2"));
    }
};

QTEST_GUILESS_MAIN(TestEvalCommand)
#include "tst_evalcommand.moc"
