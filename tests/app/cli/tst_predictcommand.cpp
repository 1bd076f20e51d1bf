// PredictCommand's answer line: the class and its probability come from the prediction rule,
// the class by name when the model has names.
#include <QTest>
#include <cmath>

#include "DataColumns.h"
#include "InitializeParameters.h"
#include "cli/PredictCommand.h"

using namespace layerlab;

namespace {

// A network whose output ignores the input: zero weights, so the output biases decide.
Parameters Constant(std::vector<arma::uword> sizes, const arma::vec& outputBias) {
    Parameters model =
        InitializeParameters(NetworkSpec::WithDefaultActivations(sizes), Initializer::Notebook, 1);
    for (size_t l = 1; l <= model.L(); ++l) {
        model.W[l].zeros();
        model.b[l].zeros();
    }
    model.b[model.L()] = outputBias;
    return model;
}

double Sigmoid(double z) {
    return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace

class TestPredictCommand : public QObject {
    Q_OBJECT

private slots:
    void answerLine_data() {
        AddColumns<QList<qulonglong>, QList<double>, QStringList, QString>(
            {"sizes", "outputBias", "classNames", "expected"});
        const QStringList names{"non-cat", "cat"};
        QTest::newRow("sigmoid, class 1")
            << QList<qulonglong>{3, 1} << QList<double>{2.0} << names
            << QString("in.png\tcat\t%1").arg(Sigmoid(2.0), 0, 'f', 6);
        // Class 0's probability is 1 − p.
        QTest::newRow("sigmoid, class 0")
            << QList<qulonglong>{3, 1} << QList<double>{-1.5} << names
            << QString("in.png\tnon-cat\t%1").arg(1.0 - Sigmoid(-1.5), 0, 'f', 6);
        QTest::newRow("no names: the index")
            << QList<qulonglong>{3, 1} << QList<double>{2.0} << QStringList{}
            << QString("in.png\t1\t%1").arg(Sigmoid(2.0), 0, 'f', 6);
        const double e = std::exp(1.0);
        QTest::newRow("softmax") << QList<qulonglong>{3, 4, 3} << QList<double>{0.0, 1.0, 0.0}
                                 << QStringList{"circle", "square", "triangle"}
                                 << QString("in.png\tsquare\t%1").arg(e / (2 + e), 0, 'f', 6);
        QTest::newRow("softmax, fewer names than classes")
            << QList<qulonglong>{3, 4, 3} << QList<double>{0.0, 0.0, 1.0}
            << QStringList{"circle", "square"}
            << QString("in.png\t2\t%1").arg(e / (2 + e), 0, 'f', 6);
    }

    void answerLine() {
        QFETCH(QList<qulonglong>, sizes);
        QFETCH(QList<double>, outputBias);
        QFETCH(QStringList, classNames);
        QFETCH(QString, expected);
        Parameters model =
            Constant(std::vector<arma::uword>(sizes.begin(), sizes.end()),
                     arma::vec(std::vector<double>(outputBias.begin(), outputBias.end())));
        for (const QString& name : classNames) model.classNames.push_back(name.toStdString());
        const arma::vec x = {0.2, 0.4, 0.6};
        QCOMPARE(PredictCommand::AnswerLine("in.png", model, x), expected);
    }
};

QTEST_GUILESS_MAIN(TestPredictCommand)
#include "tst_predictcommand.moc"
