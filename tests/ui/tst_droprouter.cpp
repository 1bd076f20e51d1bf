// Drops and pastes routed from QMimeData, through real drag-and-drop events on a widget; the
// prediction panel showing pictures and following new probabilities; loading on a worker thread
// with progress and cancel; the Open data set dialog's choices.
#include <sys/stat.h>

#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include "DataColumns.h"
#include "DataSetDialog.h"
#include "DataSetLoadJob.h"
#include "DropRouter.h"
#include "Hdf5File.h"
#include "ParameterIO.h"
#include "PredictionPanel.h"
#include "datasets/ImageEncoder.h"

using namespace layerlab;

namespace {

QMimeData* UrlMime(const QStringList& paths) {
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << (p.startsWith("http") ? QUrl(p) : QUrl::fromLocalFile(p));
    mime->setUrls(urls);
    return mime;
}

QImage Solid(QColor colour, QSize size = QSize(30, 20)) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

}  // namespace

Q_DECLARE_METATYPE(layerlab::DropRouter::Kind)

class TestDropRouter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void decides_data();
    void decides();
    void pastedImage();
    void dropEventsReachTheSignals();
    void predictionPanelShowsPredictions();
    void predictionPanelKeepsTheNewestPictures();
    void loadJobLoadsFailsAndCancels();
    void dataSetDialogChoices();

private:
    QTemporaryDir m_dir;
    QString m_png, m_jpg, m_disguised, m_text, m_folder, m_idx, m_course, m_model, m_fifo;
};

void TestDropRouter::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_png = m_dir.filePath("red.png");
    m_jpg = m_dir.filePath("blue.jpg");
    m_disguised = m_dir.filePath("picture.dat");  // a PNG with a misleading name
    QVERIFY(Solid(Qt::red).save(m_png));
    // A named pipe: opening it to sniff its content would block the window (issue 11).
    m_fifo = m_dir.filePath("pipe.png");
    QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
    QVERIFY(Solid(Qt::blue).save(m_jpg));
    QVERIFY(Solid(Qt::green).save(m_disguised, "PNG"));
    m_text = m_dir.filePath("notes.txt");
    QFile text(m_text);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a picture");
    text.close();
    m_folder = m_dir.filePath("pictures");
    for (const char* c : {"red", "blue"}) {
        QDir().mkpath(m_folder + "/" + c);
        QVERIFY(
            Solid(QString(c) == "red" ? Qt::red : Qt::blue).save(m_folder + "/" + c + "/1.png"));
    }
    m_idx = m_dir.filePath("idx");
    QDir().mkpath(m_idx);
    QFile idx(m_idx + "/train-images-idx3-ubyte");
    QVERIFY(idx.open(QIODevice::WriteOnly));
    idx.close();
    m_course = m_dir.filePath("train_course.h5");
    Hdf5File(m_course.toStdString(), Hdf5File::Mode::CreateTruncate)
        .WriteMatrix("train_set_x", arma::mat(2, 2));
    m_model = m_dir.filePath("model.h5");
    Parameters model;
    model.spec = NetworkSpec::WithDefaultActivations({4, 1});
    model.W = {arma::mat(), arma::mat(1, 4, arma::fill::zeros)};
    model.b = {arma::mat(), arma::mat(1, 1, arma::fill::zeros)};
    ParameterIO::Save(m_model.toStdString(), model);
}

void TestDropRouter::decides_data() {
    AddColumns<QStringList, DropRouter::Kind, int, QString>(
        {"paths", "kind", "pathCount", "messagePart"});
    using K = DropRouter::Kind;
    QTest::newRow("two pictures") << QStringList{m_png, m_jpg} << K::Images << 2 << "";
    QTest::newRow("a picture by content") << QStringList{m_disguised} << K::Images << 1 << "";
    QTest::newRow("pictures and a text file")
        << QStringList{m_png, m_text} << K::Images << 1 << "notes.txt";
    QTest::newRow("image folder") << QStringList{m_folder} << K::DataSet << 1 << "";
    QTest::newRow("IDX folder") << QStringList{m_idx} << K::DataSet << 1 << "";
    QTest::newRow("course .h5") << QStringList{m_course} << K::DataSet << 1 << "";
    QTest::newRow("model") << QStringList{m_model} << K::Model << 1 << "";
    QTest::newRow("text file") << QStringList{m_text} << K::Refused << 0 << "notes.txt";
    QTest::newRow("a FIFO") << QStringList{m_fifo} << K::Refused << 0 << "pipe.png: is a FIFO";
    QTest::newRow("pictures and a FIFO")
        << QStringList{m_png, m_fifo} << K::Images << 1 << "pipe.png: is a FIFO";
    QTest::newRow("two data sets")
        << QStringList{m_folder, m_course} << K::Refused << 0 << "one data set";
    QTest::newRow("web address") << QStringList{"https://example.org/cat.jpg"} << K::Refused << 0
                                 << "example.org";
}

void TestDropRouter::decides() {
    QFETCH(QStringList, paths);
    QFETCH(DropRouter::Kind, kind);
    QFETCH(int, pathCount);
    QFETCH(QString, messagePart);
    const std::unique_ptr<QMimeData> mime(UrlMime(paths));
    const DropRouter::Decision d = DropRouter::Decide(mime.get());
    QCOMPARE(d.kind, kind);
    QCOMPARE(d.paths.size(), pathCount);
    if (messagePart.isEmpty())
        QVERIFY2(d.message.isEmpty(), qPrintable(d.message));
    else
        QVERIFY2(d.message.contains(messagePart), qPrintable(d.message));
}

void TestDropRouter::pastedImage() {
    QMimeData mime;
    mime.setImageData(Solid(Qt::yellow));
    const DropRouter::Decision d = DropRouter::Decide(&mime);
    QCOMPARE(d.kind, DropRouter::Kind::Images);
    QCOMPARE(d.images.size(), 1);
    QCOMPARE(d.images.first().pixelColor(3, 3), QColor(Qt::yellow));
    QMimeData empty;
    empty.setText("hello");
    QCOMPARE(DropRouter::Decide(&empty).kind, DropRouter::Kind::Refused);
    QCOMPARE(DropRouter::Decide(nullptr).kind, DropRouter::Kind::Refused);
}

void TestDropRouter::dropEventsReachTheSignals() {
    QWidget window;
    window.setObjectName("dropTarget");
    DropRouter router;
    router.Watch(&window);
    QVERIFY(window.acceptDrops());
    QSignalSpy images(&router, &DropRouter::imagesDropped),
        dataSets(&router, &DropRouter::dataSetDropped), models(&router, &DropRouter::modelDropped),
        refused(&router, &DropRouter::refused);
    auto drop = [&](QMimeData* mime) {
        const std::unique_ptr<QMimeData> owner(mime);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(5, 5), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
    };
    drop(UrlMime({m_png, m_jpg}));
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.at(0).at(0).toStringList(), (QStringList{m_png, m_jpg}));
    drop(UrlMime({m_folder}));
    QCOMPARE(dataSets.size(), 1);
    QCOMPARE(dataSets.at(0).at(0).toString(), m_folder);
    drop(UrlMime({m_model}));
    QCOMPARE(models.size(), 1);
    drop(UrlMime({m_text}));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains("notes.txt"));
    auto* pasted = new QMimeData;
    pasted->setImageData(Solid(Qt::cyan));
    router.Route(pasted);
    delete pasted;
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.at(1).at(1).value<QList<QImage>>().size(), 1);
    QCOMPARE(dataSets.size(), 1);
    QCOMPARE(models.size(), 1);
}

void TestDropRouter::predictionPanelShowsPredictions() {
    PredictionPanel panel;
    panel.resize(400, 500);
    panel.show();
    QSignalSpy changed(&panel, &PredictionPanel::imagesChanged);
    panel.SetClassNames({"red", "blue"});
    const std::array<arma::uword, 3> shape{4, 6, 3};
    panel.SetEncoding(shape);
    QString error;
    QVERIFY(panel.AddImage(m_png, &error));
    QVERIFY(panel.AddImage(m_jpg, &error));
    QVERIFY(!panel.AddImage(m_text, &error));
    QVERIFY2(error.contains("notes.txt"), qPrintable(error));
    QCOMPARE(panel.Count(), 2);
    QCOMPARE(changed.size(), 2);
    const arma::mat X = panel.Inputs();
    QCOMPARE(X.n_rows, arma::uword(72));
    QCOMPARE(X.n_cols, arma::uword(2));
    QVERIFY(arma::approx_equal(X.col(0), ImageEncoder::Encode(Solid(Qt::red), shape), "absdiff",
                               1e-12));
    QCOMPARE(panel.PredictedClass(0), QString());

    // One sigmoid unit: class 1's probability.
    QVERIFY(panel.ShowClassification(Classification(arma::mat{{0.2, 0.9}})));
    QCOMPARE(panel.PredictedClass(0), QStringLiteral("red"));
    QCOMPARE(panel.PredictedClass(1), QStringLiteral("blue"));
    auto* card = panel.findChild<QWidget*>("predictionCard_1");
    QVERIFY(card);
    QVERIFY(card->findChild<QLabel*>("predictionClass")->text().contains("blue"));
    QCOMPARE(card->findChild<QProgressBar*>("predictionBar_1")->value(), 900);
    QCOMPARE(card->findChild<QProgressBar*>("predictionBar_0")->value(), 100);
    QVERIFY(!panel.ShowClassification(Classification(arma::mat(1, 3, arma::fill::zeros))));
    QCOMPARE(panel.PredictedClass(1), QStringLiteral("blue"));

    // Training moves on: the classifier is asked again with the stored inputs.
    int calls = 0;
    panel.SetClassifier([&](const arma::mat& inputs) {
        ++calls;
        return Classification(arma::mat(1, inputs.n_cols, arma::fill::value(0.7)));
    });
    panel.Reclassify();
    QCOMPARE(calls, 1);
    QCOMPARE(panel.PredictedClass(0), QStringLiteral("blue"));
    panel.SetClassifier([](const arma::mat&) -> Classification {
        throw std::runtime_error("input size 72 ≠ 12288");
    });
    panel.Reclassify();
    QVERIFY(panel.findChild<QLabel*>("predictionHint")->text().contains("12288"));

    // Three classes with softmax; a new encoding re-encodes and waits for new probabilities.
    panel.SetClassifier({});
    panel.SetClassNames({"a", "b", "c"});
    panel.SetEncoding({2, 2, 1});
    QCOMPARE(panel.Inputs().n_rows, arma::uword(4));
    QCOMPARE(panel.PredictedClass(0), QString());
    QVERIFY(
        panel.ShowClassification(Classification(arma::mat{{0.1, 0.2}, {0.3, 0.7}, {0.6, 0.1}})));
    QCOMPARE(panel.PredictedClass(0), QStringLiteral("c"));
    QCOMPARE(panel.PredictedClass(1), QStringLiteral("b"));
    panel.Clear();
    QCOMPARE(panel.Count(), 0);
    QCOMPARE(changed.size(), 3);
    QVERIFY(!panel.findChild<QWidget*>("predictionCard_0"));
}

void TestDropRouter::predictionPanelKeepsTheNewestPictures() {
    PredictionPanel panel;
    panel.SetClassNames({"x", "y"});
    for (int i = 0; i < PredictionPanel::kMaxImages + 3; ++i)
        panel.AddImage(Solid(QColor(i * 10, 0, 0)), QString::number(i));
    QCOMPARE(panel.Count(), PredictionPanel::kMaxImages);
    QVERIFY(panel.Inputs().is_empty());  // no data set yet: nothing to encode for
    panel.SetEncoding({1, 1, 3});
    QCOMPARE(panel.Inputs()(0, 0), 30 / 255.0);  // pictures 0..2 went first
}

void TestDropRouter::loadJobLoadsFailsAndCancels() {
    DataSetLoadJob job;
    QSignalSpy loaded(&job, &DataSetLoadJob::loaded), failed(&job, &DataSetLoadJob::failed),
        cancelled(&job, &DataSetLoadJob::cancelled);
    QVERIFY(job.Start(m_folder));
    QVERIFY(loaded.wait(20000));
    const auto data = loaded.at(0).at(0).value<LoadedData>();
    QCOMPARE(data.train.Count() + data.test.Count(), arma::uword(2));
    QCOMPARE(loaded.at(0).at(1).toString(), m_folder);

    QVERIFY(job.Start(m_dir.filePath("nowhere")));
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.at(0).at(0).toString().contains("no such file"));

    LoadOptions o;
    o.progress = [&](qint64 done, qint64) {
        if (done == 3) job.Cancel();
    };
    QVERIFY(job.Start("builtin:shapes", o));
    QVERIFY(cancelled.wait(20000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(failed.size(), 1);
}

void TestDropRouter::dataSetDialogChoices() {
    DataSetDialog dialog;
    auto* known = dialog.findChild<QListWidget*>("knownDataSets");
    QVERIFY(known->count() >= 2);
    known->setCurrentRow(1);
    QCOMPARE(dialog.Spec(), QStringLiteral("builtin:shapes5"));
    dialog.findChild<QCheckBox*>("resizeImages")->setChecked(true);
    dialog.findChild<QSpinBox*>("imageWidth")->setValue(40);
    dialog.findChild<QSpinBox*>("imageHeight")->setValue(30);
    dialog.findChild<QCheckBox*>("grayscale")->setChecked(true);
    dialog.findChild<QLineEdit*>("pickClasses")->setText(" circle, star ,");
    const LoadOptions o = dialog.Options();
    QCOMPARE(o.imageSize, QSize(40, 30));
    QVERIFY(o.grayscale);
    QCOMPARE(o.classes, (QStringList{"circle", "star"}));
    QVERIFY(!o.standardise);
    dialog.findChild<QCheckBox*>("resizeImages")->setChecked(false);
    QVERIFY(!dialog.Options().imageSize.isValid());
    dialog.SetSpec(m_folder);
    QCOMPARE(dialog.Spec(), m_folder);
}

QTEST_MAIN(TestDropRouter)
#include "tst_droprouter.moc"
