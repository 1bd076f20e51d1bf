// Every lesson LayerLab ships trains, headless, to what its text tells the students: the
// notebook's run is the notebook's, the rate that is too large diverges and the right one
// learns, the two networks have the same size, tiny weights leave a deep net at a coin toss
// while He's train it, L2 and dropout narrow the train/test gap in cost, and Adam gets
// Fashion-MNIST past 80% in two epochs. Each run is the one the window would make from the lesson's
// settings.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <cmath>

#include "EngineError.h"
#include "datasets/DataSetLoader.h"
#include "lessons/LessonFile.h"
#include "losses/CrossEntropy.h"
#include "persistence/RunSettings.h"
#include "training/TrainingRun.h"

using namespace layerlab;

namespace {

struct Outcome {
    RunResult result;
    std::vector<double> costs;
    double trainAccuracy = 0, testAccuracy = 0, trainCost = 0, testCost = 0;
    arma::uword parameters = 0;
};

Lesson Shipped(const QString& name) {
    return LessonFile::Read(QStringLiteral(LAYERLAB_SOURCE_DIR "/resources/lessons/") + name +
                            ".layerlab");
}

}  // namespace

class TestLessons : public QObject {
    Q_OBJECT

    // The lesson's run with some settings changed as the students are told to, trained as the
    // window trains it. Skips (returns false) when its data set is not on this machine.
    bool Train(const Lesson& lesson, const QJsonObject& changes, Outcome& out) {
        const QString spec =
            LessonFile::DataSpec(lesson, {QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat")});
        if (spec.isEmpty() || (!spec.startsWith("builtin:") && !QFileInfo::exists(spec))) {
            m_skipped = QStringLiteral("%1: its data set (%2) is not on this machine")
                            .arg(lesson.title, lesson.data);
            return false;
        }
        LoadedData data = DataSetLoader::Load(spec, lesson.dataOptions);
        QJsonObject settings = lesson.settings;
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            settings[it.key()] = it.value();
        const RunSetup setup = RunSettings::Read(settings);
        const TrainOptions& o = setup.options.train;
        const Parameters initial =
            TrainingRun::DrawWeights(setup.spec, setup.initializer, o.seed, data.train);
        const std::uint64_t iterations = SessionOptions::Budget(
            setup.options.iterations, setup.options.epochs, o.StepsPerEpoch(data.train.Count()));
        TrainingRun run(initial, data.train, &data.test, o, iterations, true);
        out.result = run.Train({});
        out.costs = run.Costs();
        out.parameters = setup.spec.ParameterCount();
        const RunRecord record = run.Finish({}, out.result, data.train.y, &data.test.y);
        out.trainAccuracy = record.trainAccuracy;
        out.testAccuracy = record.testAccuracy;
        if (out.result.status != RunResult::Status::Diverged) {
            out.trainCost = CrossEntropy::Mean(run.GetTrainer().TrainProbabilities(), data.train.y);
            out.testCost = CrossEntropy::Mean(run.GetTrainer().TestProbabilities(), data.test.y);
        }
        qInfo(
            "%s %s: %zu iterations, cost %.6f → %.6f, train %.4f test %.4f, costs train %.4f "
            "test %.4f",
            qPrintable(lesson.title),
            qPrintable(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))),
            out.costs.size(), out.costs.empty() ? 0.0 : out.costs.front(),
            out.costs.empty() ? 0.0 : out.costs.back(), out.trainAccuracy, out.testAccuracy,
            out.trainCost, out.testCost);
        return true;
    }

private slots:
    void theNotebookRunIsTheNotebooks() {
        Outcome run;
        if (!Train(Shipped("01-notebook-cat"), {}, run)) QSKIP(qPrintable(m_skipped));
        // ../shared/data/catvnoncat/README.md: the reference run's figures.
        QCOMPARE(run.costs.size(), size_t(2500));
        QVERIFY(std::abs(run.costs[0] - 0.77174932842376864) < 1e-12);
        QVERIFY(std::abs(run.costs[100] - 0.672053440) < 1e-8);
        QVERIFY(std::abs(run.costs[1000] - 0.315186989) < 1e-8);
        QVERIFY(std::abs(run.costs[2499] - 0.088439943441702001) < 1e-10);
        QVERIFY(std::abs(run.trainAccuracy - 206.0 / 209) < 1e-9);
        QCOMPARE(run.testAccuracy, 0.8);
    }

    void aRateTooLargeDivergesAndTheRightOneLearns() {
        const Lesson lesson = Shipped("02-learning-rate");
        Outcome large, right;
        if (!Train(lesson, {}, large)) QSKIP(qPrintable(m_skipped));
        QCOMPARE(large.result.status, RunResult::Status::Diverged);
        QVERIFY(large.costs.size() < 10);  // at once
        QVERIFY(Train(lesson, {{"lr", 0.0075}}, right));
        QCOMPARE(right.result.status, RunResult::Status::Finished);
        QVERIFY(right.costs.back() < right.costs.front() / 3);  // as the text says
        // No jump like the large rate's: a step never raises the cost by more than 0.05.
        for (size_t i = 1; i < right.costs.size(); ++i)
            QVERIFY2(right.costs[i] <= right.costs[i - 1] + 0.05,
                     qPrintable(QString("the cost jumped at iteration %1").arg(i)));
    }

    void depthAndWidthHaveTheSameSize() {
        const Lesson lesson = Shipped("03-depth-width");
        Outcome wide, deep;
        if (!Train(lesson, {}, wide)) QSKIP(qPrintable(m_skipped));
        QVERIFY(Train(lesson, {{"layers", "12288,20,7,5,1"}}, deep));
        // The numbers the lesson's text gives.
        QCOMPARE(wide.parameters, arma::uword(245801));
        QCOMPARE(deep.parameters, arma::uword(245973));
        QVERIFY(lesson.text.contains("245,801") && lesson.text.contains("245,973"));
        // Both learn; which learns better is the students' question.
        QVERIFY(wide.costs.back() < 0.6 * wide.costs.front());
        QVERIFY(deep.costs.back() < 0.6 * deep.costs.front());
    }

    void tinyWeightsStayAtACoinTossAndHesTrain() {
        const Lesson lesson = Shipped("04-dead-relu");
        Outcome small, he;
        if (!Train(lesson, {}, small)) QSKIP(qPrintable(m_skipped));
        // ln 2: the cost of predicting 50% for every picture.
        for (double c : small.costs) QVERIFY(std::abs(c - std::log(2.0)) < 1e-3);
        QVERIFY(Train(lesson, {{"init", "he"}}, he));
        QVERIFY(he.costs.back() < 0.45);
        QVERIFY(he.trainAccuracy > 0.8);
    }

    void regularisationNarrowsTheGap() {
        const Lesson lesson = Shipped("05-overfitting");
        Outcome plain, l2, dropout;
        if (!Train(lesson, {}, plain)) QSKIP(qPrintable(m_skipped));
        QVERIFY(Train(lesson, {{"l2", 5}}, l2));
        QVERIFY(Train(lesson, {{"dropout", QJsonArray{0.9, 0.5, 1.0, 1.0}}}, dropout));
        // The gap in cost: on 50 test photos a narrower gap barely moves the accuracy, as the
        // lesson says, but the network is less sure of its wrong answers.
        const double gap = plain.testCost - plain.trainCost;
        QVERIFY2(gap > 0.5, "the plain run does not overfit");
        QVERIFY(plain.trainAccuracy - plain.testAccuracy > 0.15);
        QVERIFY(l2.testCost - l2.trainCost < 0.85 * gap);
        QVERIFY(l2.testCost < plain.testCost);
        QVERIFY(dropout.testCost - dropout.trainCost < 0.7 * gap);
        QVERIFY(dropout.testCost < plain.testCost);
        QVERIFY(dropout.testAccuracy >= plain.testAccuracy - 0.02);
    }

    void adamGetsFashionPast80PercentInTwoEpochs() {
        Outcome run;
        if (!Train(Shipped("06-fashion-adam"), {}, run)) QSKIP(qPrintable(m_skipped));
        QVERIFY(run.testAccuracy > 0.8);
    }

private:
    QString m_skipped;
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
