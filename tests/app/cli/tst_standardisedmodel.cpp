// A model trained with --standardise, saved and used again by another process: the file records
// the run (its settings, data, hash and history id) and the training mean and deviation, and
// predict and eval feed new inputs through them, so the reloaded model answers as the training
// process's did. Runs the real binary on the course data (skipped without ../shared).
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "LayerLabProcess.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "RunDescription.h"
#include "datasets/DataSetLoader.h"
#include "datasets/ImageEncoder.h"
#include "persistence/RunDatabase.h"

using namespace layerlab;
using test::RunLayerLab;

namespace {

const QString kCourse = QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");

// "train_accuracy=0.985646 test_accuracy=0.800000" from a line that may go on with seconds=.
QString Accuracies(const QString& out) {
    for (const QString& line : out.split('\n'))
        if (line.startsWith("train_accuracy=")) return line.section(' ', 0, 1);
    return {};
}

}  // namespace

class TestStandardisedModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_model, m_runs, m_trainOut;

private slots:
    void initTestCase() {
        if (!QFile::exists(kCourse + "/train_catvnoncat.h5"))
            QSKIP(qPrintable(kCourse + " is absent (../shared beside the project)"));
        QVERIFY(m_dir.isValid());
        m_model = m_dir.filePath("standardised.h5");
        m_runs = m_dir.filePath("runs.sqlite");
        const test::ProcessResult r =
            RunLayerLab({"train", "--data", kCourse, "--layers", "12288,7,1", "--iterations", "40",
                         "--lr", "0.0075", "--standardise", "--print-every", "0", "--save", m_model,
                         "--runs-db", m_runs});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.Describe()));
        m_trainOut = Accuracies(r.out);
        QVERIFY2(!m_trainOut.isEmpty(), qPrintable(r.out));
    }

    // The attributes name the run as the history recorded it.
    void theModelRecordsItsRun() {
        RunDescription run;
        ParameterIO::Load(m_model.toStdString(), &run);
        const QList<RunRecord> runs = RunDatabase(m_runs).List();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(run.runId, runs.front().id);
        // The set by what its reader read: the course's train file, opened as a folder or not.
        QCOMPARE(QString::fromStdString(run.data),
                 QFileInfo(QDir(kCourse).filePath("train_catvnoncat.h5")).absoluteFilePath());
        QCOMPARE(QString::fromStdString(run.dataHash), runs.front().dataHash);
        QVERIFY(!run.dataHash.empty());
        const QJsonObject settings =
            QJsonDocument::fromJson(QByteArray::fromStdString(run.hyperparameters)).object();
        QCOMPARE(settings, runs.front().settings);
        QCOMPARE(settings["layers"].toString(), QString("12288,7,1"));
        QCOMPARE(settings["standardise"].toBool(), true);
        // The training set's own statistics, as the loader fits them.
        LoadOptions options;
        options.standardise = true;
        const LoadedData data = DataSetLoader::Load(kCourse, options);
        QVERIFY(arma::approx_equal(run.mean, data.standardiser.Mean(), "absdiff", 0));
        QVERIFY(arma::approx_equal(run.deviation, data.standardiser.Scale(), "absdiff", 0));
    }

    // eval reads the data raw and standardises it with the model's statistics: the training
    // process's accuracies, and --standardise again does not standardise twice.
    void evalAnswersAsTheTrainingProcessDid() {
        for (const QStringList& extra : {QStringList{}, QStringList{"--standardise"}}) {
            const test::ProcessResult r =
                RunLayerLab(QStringList{"eval", "--model", m_model, "--data", kCourse} + extra);
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.Describe()));
            QCOMPARE(r.out.trimmed(), m_trainOut);
            if (!extra.isEmpty())
                QVERIFY2(r.err.contains("those are used (the data is standardised once)"),
                         qPrintable(r.err));
        }
    }

    // predict on pictures of test images gives the probabilities the model gives the
    // standardised test set in this process.
    void predictStandardisesEachPicture() {
        LoadOptions options;
        options.standardise = true;
        LoadedData data = DataSetLoader::Load(kCourse, options);
        const LoadedData raw = DataSetLoader::Load(kCourse);
        const Parameters model = ParameterIO::Load(m_model.toStdString());
        QStringList pictures, expected;
        for (arma::uword i = 0; i < 8; ++i) {
            const QString picture = m_dir.filePath(QString("test%1.png").arg(i));
            QVERIFY(ImageEncoder::Decode(raw.test.Column(i), raw.test.imageShape).save(picture));
            pictures << picture;
            const Prediction p = PredictColumn(model.Predict(data.test.Column(i)), 0);
            expected << QString("%1\t%2\t%3")
                            .arg(picture,
                                 QString::fromStdString(model.classNames[p.predictedClass]))
                            .arg(p.confidence, 0, 'f', 6);
        }
        const test::ProcessResult r =
            RunLayerLab(QStringList{"predict", "--model", m_model} + pictures);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.Describe()));
        QCOMPARE(r.out.trimmed().split('\n'), expected);
    }

    // Without the history, the model records no id and no hash (the hash is the history's).
    void anUnrecordedRunHasNoId() {
        const QString model = m_dir.filePath("unrecorded.h5");
        const test::ProcessResult r =
            RunLayerLab({"train", "--data", "builtin:shapes", "--layers", "3072,1", "--iterations",
                         "2", "--print-every", "0", "--save", model, "--no-record"});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.Describe()));
        RunDescription run;
        ParameterIO::Load(model.toStdString(), &run);
        QCOMPARE(run.runId, std::int64_t{0});
        QVERIFY(run.dataHash.empty());
        QCOMPARE(run.data, std::string("builtin:shapes"));
        QVERIFY(!run.Standardised());
        QVERIFY(!run.hyperparameters.empty());
    }
};

QTEST_GUILESS_MAIN(TestStandardisedModel)
#include "tst_standardisedmodel.moc"
