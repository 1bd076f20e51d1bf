// Every data source on small inputs the test writes itself (pictures through QImage, IDX bytes,
// gzip through zlib, course HDF5 through the C API), every kind of broken input, and
// Fashion-MNIST when Debian's dataset-fashion-mnist package is installed.
#include <hdf5.h>
#include <zlib.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <random>

#include "CourseDataReader.h"
#include "CraftedFiles.h"
#include "DataColumns.h"
#include "EngineError.h"
#include "ParameterIO.h"
#include "Parameters.h"
#include "datasets/BuiltinShapes.h"
#include "datasets/ClassPicker.h"
#include "datasets/DataSetLoader.h"
#include "datasets/IdxReader.h"
#include "datasets/ImageEncoder.h"
#include "datasets/KnownDataSets.h"
#include "datasets/LoadCancelled.h"

using namespace layerlab;
using namespace layerlab::testdata;

namespace {

// Random pixels, one image per column of `m` images of h × w × c, in (row, column, channel) order.
std::vector<std::vector<std::uint8_t>> RandomPixels(int m, int h, int w, int c, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> byte(0, 255);
    std::vector<std::vector<std::uint8_t>> images(m, std::vector<std::uint8_t>(size_t(h) * w * c));
    for (auto& image : images)
        for (auto& v : image) v = static_cast<std::uint8_t>(byte(rng));
    return images;
}

QImage ToImage(const std::vector<std::uint8_t>& pixels, int h, int w) {
    QImage image(w, h, QImage::Format_RGB888);
    for (int r = 0; r < h; ++r)
        std::memcpy(image.scanLine(r), pixels.data() + size_t(r) * w * 3, size_t(w) * 3);
    return image;
}

// Writes a course-format file: train_set_x uint8 [m, h, w, 3], train_set_y [m].
void WriteCourseFile(const QString& path, const std::vector<std::vector<std::uint8_t>>& images,
                     const std::vector<std::int64_t>& labels, int h, int w) {
    const hid_t file =
        H5Fcreate(path.toLocal8Bit().constData(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    QVERIFY(file >= 0);
    std::vector<std::uint8_t> all;
    for (const auto& image : images) all.insert(all.end(), image.begin(), image.end());
    const hsize_t xdims[4] = {images.size(), hsize_t(h), hsize_t(w), 3};
    hid_t space = H5Screate_simple(4, xdims, nullptr);
    hid_t set =
        H5Dcreate2(file, "train_set_x", H5T_STD_U8LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    QVERIFY(H5Dwrite(set, H5T_NATIVE_UINT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, all.data()) >= 0);
    H5Dclose(set);
    H5Sclose(space);
    const hsize_t ydims[1] = {labels.size()};
    space = H5Screate_simple(1, ydims, nullptr);
    set = H5Dcreate2(file, "train_set_y", H5T_STD_I64LE, space, H5P_DEFAULT, H5P_DEFAULT,
                     H5P_DEFAULT);
    QVERIFY(H5Dwrite(set, H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, labels.data()) >= 0);
    H5Dclose(set);
    H5Sclose(space);
    H5Fclose(file);
}

// Two class folders of PNGs drawn by BuiltinShapes, `perClass` each.
void WriteShapeFolder(const QString& root, int perClass, QSize size = QSize(24, 20)) {
    std::mt19937_64 rng(3);
    for (int c = 0; c < 2; ++c) {
        const QString folder = root + "/" + QString::fromStdString(BuiltinShapes::ClassNames(2)[c]);
        QDir().mkpath(folder);
        for (int i = 0; i < perClass; ++i)
            QVERIFY(BuiltinShapes::Draw(c, size, rng)
                        .save(QStringLiteral("%1/%2.png").arg(folder).arg(i, 3, 10, QChar('0'))));
    }
}

// Expects Load(spec) to throw an EngineError whose message holds every fragment.
void ExpectRefusal(const QString& spec, const QStringList& fragments,
                   const LoadOptions& options = {}) {
    try {
        DataSetLoader::Load(spec, options);
    } catch (const LoadCancelled&) {
        QFAIL("cancelled instead of refused");
    } catch (const EngineError& e) {
        const QString message = QString::fromUtf8(e.what());
        for (const QString& f : fragments)
            QVERIFY2(message.contains(f),
                     qPrintable(QStringLiteral("'%1' lacks '%2'").arg(message, f)));
        return;
    }
    QFAIL(qPrintable("loaded " + spec + " instead of refusing it"));
}

}  // namespace

class TestDataSets : public QObject {
    Q_OBJECT

private slots:
    void builtinShapesIsDeterministicPerSeed();
    void builtinShapesOptions();
    void imageEncoderChannels();
    void imageFolderMatchesCourseData();
    void imageFolderWithTrainAndTestFolders();
    void imageFolderSplitIsSeeded();
    void imageFolderDecodesFormatsAndResizes();
    void imageFolderSkipsUnreadableFiles();
    void refusesBadFolders_data();
    void refusesBadFolders();
    void idxPlainAndGzip_data();
    void idxPlainAndGzip();
    void refusesBadIdx_data();
    void refusesBadIdx();
    void refusesCorruptGzip();
    void classPicking();
    void standardisationUsesTrainingStatistics();
    void progressAndCancel();
    void knownDataSets();
    void fashionMnist();
    void commandLineTrainsAndPredictsOnAnImageFolder();

private:
    QTemporaryDir m_dir;
};

void TestDataSets::builtinShapesIsDeterministicPerSeed() {
    LoadOptions a;
    a.seed = 42;
    const LoadedData first = DataSetLoader::Load("builtin:shapes", a);
    const LoadedData again = DataSetLoader::Load("builtin:shapes", a);
    a.seed = 43;
    const LoadedData other = DataSetLoader::Load("builtin:shapes", a);
    QCOMPARE(first.train.Count(), arma::uword(500));
    QCOMPARE(first.test.Count(), arma::uword(150));
    QCOMPARE(first.train.Features(), arma::uword(32 * 32 * 3));
    QVERIFY(arma::approx_equal(first.train.Values<double>(), again.train.Values<double>(),
                               "absdiff", 0.0));
    QVERIFY(arma::approx_equal(first.test.Values<double>(), again.test.Values<double>(), "absdiff",
                               0.0));
    QVERIFY(!arma::approx_equal(first.train.Values<double>(), other.train.Values<double>(),
                                "absdiff", 1e-3));
    QCOMPARE(first.train.CountPerClass(), (std::vector<arma::uword>{250, 250}));
    QCOMPARE(first.train.classNames, (std::vector<std::string>{"circle", "square"}));
    QVERIFY(first.train.HoldsCodes() && first.test.HoldsCodes());
    QVERIFY(first.train.Values<double>().min() >= 0.0 && first.train.Values<double>().max() <= 1.0);
}

void TestDataSets::imageEncoderChannels() {
    QImage image(3, 2, QImage::Format_RGBA8888);
    image.fill(QColor(10, 20, 30, 40));
    // RGBA: four values per pixel in (row, column, channel) order, and back again.
    const arma::vec rgba = ImageEncoder::Encode(image, {2, 3, 4});
    QCOMPARE(rgba.n_elem, arma::uword(24));
    QCOMPARE(rgba[3], 40 / 255.0);
    QCOMPARE(rgba[23], 40 / 255.0);
    QCOMPARE(ImageEncoder::Decode(rgba, {2, 3, 4}).pixelColor(2, 1), QColor(10, 20, 30, 40));
    // Channel counts no QImage layout holds are refused, not read past a line's end.
    QVERIFY_THROWS_EXCEPTION(EngineError, ImageEncoder::Encode(image, {2, 3, 2}));
    QVERIFY_THROWS_EXCEPTION(EngineError, ImageEncoder::Decode(rgba, {2, 3, 3}));
}

void TestDataSets::builtinShapesOptions() {
    LoadOptions o;
    o.grayscale = true;
    o.imageSize = QSize(16, 12);
    const LoadedData five = DataSetLoader::Load("builtin:shapes5", o);
    QCOMPARE(five.train.ClassCount(), size_t(5));
    QCOMPARE(five.train.classNames.back(), std::string("star"));
    QCOMPARE(five.train.Features(), arma::uword(16 * 12));
    QCOMPARE(five.train.imageShape, (std::array<arma::uword, 3>{12, 16, 1}));
    // Balanced, five classes: one short line per split, not a list of five counts.
    const QStringList lines = five.Summary().split('\n');
    QVERIFY2(lines.size() == 3 && lines[1].startsWith("training: ") &&
                 lines[1].endsWith(" of each class") && lines[2].endsWith(" of each class"),
             qPrintable(five.Summary()));
    ExpectRefusal("builtin:shapes9", {"builtin:shapes9", "builtin:shapes5"});
    ExpectRefusal("builtin:flowers", {"not a built-in data set"});
}

void TestDataSets::imageFolderMatchesCourseData() {
    // The same pixels as a course-format array and as PNG files give the same X.
    const int h = 6, w = 8;
    const auto images = RandomPixels(6, h, w, 3, 11);
    const std::vector<std::int64_t> labels{0, 0, 0, 1, 1, 1};
    const QString root = m_dir.filePath("pixelorder");
    for (size_t i = 0; i < images.size(); ++i) {
        const QString folder = QStringLiteral("%1/%2").arg(root).arg(labels[i]);
        QDir().mkpath(folder);
        QVERIFY(ToImage(images[i], h, w).save(QStringLiteral("%1/img%2.png").arg(folder).arg(i)));
    }
    const QString course = m_dir.filePath("pixelorder_train.h5");
    WriteCourseFile(course, images, labels, h, w);

    LoadOptions o;
    o.imageSize = QSize(w, h);
    o.testFraction = 0.0;
    const LoadedData folder = DataSetLoader::Load(root, o);
    const DataSet fromCourse = CourseDataReader::ReadFile(course.toStdString());
    QCOMPARE(folder.train.Count(), arma::uword(6));
    QCOMPARE(folder.test.Count(), arma::uword(0));
    QCOMPARE(folder.train.imageShape, fromCourse.imageShape);
    QVERIFY(arma::approx_equal(folder.train.Values<double>(), fromCourse.Values<double>(),
                               "absdiff", 0.0));
    QVERIFY(arma::all(folder.train.y == fromCourse.y));
    // And written out by hand: pixel (r, c, channel) of image i is row (r * w + c) * 3 + channel.
    QCOMPARE(folder.train.Values<double>()((2 * w + 5) * 3 + 1, 4),
             images[4][(2 * w + 5) * 3 + 1] / 255.0);
}

void TestDataSets::imageFolderWithTrainAndTestFolders() {
    const QString root = m_dir.filePath("presplit");
    WriteShapeFolder(root + "/train", 4);
    WriteShapeFolder(root + "/test", 2);
    const LoadedData d = DataSetLoader::Load(root);
    QCOMPARE(d.train.Count(), arma::uword(8));
    QCOMPARE(d.test.Count(), arma::uword(4));
    QCOMPARE(d.train.Features(), arma::uword(64 * 64 * 3));
    QCOMPARE(d.test.classNames, (std::vector<std::string>{"circle", "square"}));
    QCOMPARE(d.test.CountPerClass(), (std::vector<arma::uword>{2, 2}));
}

void TestDataSets::imageFolderSplitIsSeeded() {
    const QString root = m_dir.filePath("split");
    WriteShapeFolder(root, 10);
    LoadOptions o;
    o.seed = 5;
    const LoadedData a = DataSetLoader::Load(root, o), b = DataSetLoader::Load(root, o);
    QCOMPARE(a.train.CountPerClass(), (std::vector<arma::uword>{8, 8}));
    QCOMPARE(a.test.CountPerClass(), (std::vector<arma::uword>{2, 2}));
    QVERIFY(arma::approx_equal(a.test.Values<double>(), b.test.Values<double>(), "absdiff", 0.0));
    bool differs = false;
    for (std::uint64_t seed = 6; seed < 10 && !differs; ++seed) {
        o.seed = seed;
        differs =
            !arma::approx_equal(a.test.Values<double>(),
                                DataSetLoader::Load(root, o).test.Values<double>(), "absdiff", 0.0);
    }
    QVERIFY2(differs, "another seed should pick other test images");
    o.testFraction = 0.5;
    QCOMPARE(DataSetLoader::Load(root, o).test.Count(), arma::uword(10));
}

void TestDataSets::imageFolderDecodesFormatsAndResizes() {
    const QString root = m_dir.filePath("formats");
    QDir().mkpath(root + "/dark");
    QDir().mkpath(root + "/light");
    QImage dark(40, 30, QImage::Format_RGB32), light(17, 90, QImage::Format_RGB32);
    dark.fill(QColor(20, 30, 40));
    light.fill(QColor(230, 220, 210));
    QVERIFY(dark.save(root + "/dark/a.jpg", "JPEG", 95));
    QVERIFY(dark.save(root + "/dark/b.bmp"));
    QVERIFY(light.save(root + "/light/a.png"));
    QVERIFY(light.save(root + "/light/b.jpeg", "JPEG", 95));
    LoadOptions o;
    o.testFraction = 0.0;
    const LoadedData rgb = DataSetLoader::Load(root, o);
    QCOMPARE(rgb.train.Features(), arma::uword(64 * 64 * 3));
    QVERIFY(std::abs(rgb.train.Values<double>()(0, 0) - 20 / 255.0) < 0.02);
    QVERIFY(std::abs(rgb.train.Values<double>()(2, 3) - 210 / 255.0) < 0.02);
    o.grayscale = true;
    o.imageSize = QSize(10, 5);
    const LoadedData gray = DataSetLoader::Load(root, o);
    QCOMPARE(gray.train.Features(), arma::uword(50));
    QCOMPARE(gray.train.imageShape, (std::array<arma::uword, 3>{5, 10, 1}));
    QVERIFY(gray.train.Values<double>().col(3).min() > 0.8);
}

void TestDataSets::imageFolderSkipsUnreadableFiles() {
    const QString root = m_dir.filePath("skips");
    WriteShapeFolder(root, 3);
    WriteBytes(root + "/circle/notes.txt", "not a picture\n");
    QFile png(root + "/square/000.png");
    QVERIFY(png.open(QIODevice::ReadOnly));
    const QByteArray whole = png.readAll();
    WriteBytes(root + "/square/truncated.png", whole.left(whole.size() / 3));
    LoadOptions o;
    o.testFraction = 0.0;
    const LoadedData d = DataSetLoader::Load(root, o);
    QCOMPARE(d.skipped, qint64(2));
    QCOMPARE(d.warnings.size(), 2);
    QVERIFY(d.warnings.join('\n').contains("notes.txt"));
    QVERIFY(d.warnings.join('\n').contains("truncated.png"));
    QCOMPARE(d.train.Count(), arma::uword(6));
    QVERIFY(d.Summary().contains("2 unreadable"));
}

void TestDataSets::refusesBadFolders_data() {
    AddColumns<QString, QStringList>({"spec", "fragments"});
    const QString base = m_dir.filePath("bad");
    QDir().mkpath(base + "/empty");
    QTest::newRow("empty folder") << base + "/empty" << QStringList{"empty", "no class folders"};
    WriteShapeFolder(base + "/single", 2);
    QDir(base + "/single/square").removeRecursively();
    QTest::newRow("single class") << base + "/single"
                                  << QStringList{"only one class folder", "circle"};
    WriteShapeFolder(base + "/unreadable", 2);
    QDir(base + "/unreadable/square").removeRecursively();
    QDir().mkpath(base + "/unreadable/square");
    WriteBytes(base + "/unreadable/square/a.png", "garbage");
    QTest::newRow("class with no readable image")
        << base + "/unreadable" << QStringList{"square", "no readable image"};
    WriteBytes(base + "/notes.txt", "hello");
    QTest::newRow("not an image or data set")
        << base + "/notes.txt" << QStringList{"notes.txt", "not a data set"};
    QTest::newRow("missing") << base + "/nowhere" << QStringList{"nowhere", "no such file"};
    Parameters model;
    model.spec = NetworkSpec::WithDefaultActivations({4, 1});
    model.W = {arma::mat(), arma::mat(1, 4, arma::fill::zeros)};
    model.b = {arma::mat(), arma::mat(1, 1, arma::fill::zeros)};
    ParameterIO::Save((base + "/model.h5").toStdString(), model);
    QTest::newRow("a model") << base + "/model.h5" << QStringList{"model.h5", "saved model"};
}

void TestDataSets::refusesBadFolders() {
    QFETCH(QString, spec);
    QFETCH(QStringList, fragments);
    ExpectRefusal(spec, fragments);
}

void TestDataSets::idxPlainAndGzip_data() {
    QTest::addColumn<bool>("gz");
    QTest::newRow("plain") << false;
    QTest::newRow("gzip") << true;
}

void TestDataSets::idxPlainAndGzip() {
    QFETCH(bool, gz);
    const IdxFixture f(30, 4, 5, 3);
    const QString folder = m_dir.filePath(gz ? "idx_gz" : "idx_plain");
    f.Write(folder, gz);
    QCOMPARE(DataSetLoader::Identify(folder), DataSetLoader::Kind::Idx);
    const LoadedData d = DataSetLoader::Load(folder);
    QCOMPARE(d.train.Count(), arma::uword(30));
    QCOMPARE(d.test.Count(), arma::uword(15));
    QCOMPARE(d.train.imageShape, (std::array<arma::uword, 3>{4, 5, 1}));
    QCOMPARE(d.train.classNames, (std::vector<std::string>{"0", "1", "2"}));
    // The bytes stay bytes: only a trainer makes them doubles or floats, once.
    QVERIFY(d.train.HoldsCodes() && d.train.X.is_empty());
    QVERIFY(d.test.HoldsCodes() && d.test.X.is_empty());
    const arma::mat X = d.train.Values<double>();
    for (arma::uword i : {arma::uword(0), arma::uword(29)}) {
        QCOMPARE(d.train.y[i], i % 3);
        for (arma::uword p = 0; p < 20; ++p) {
            const auto byte = std::uint8_t(f.trainImages[16 + int(i * 20 + p)]);
            QCOMPARE(d.train.codes(p, i), byte);
            QCOMPARE(X(p, i), byte / 255.0);
        }
    }
    // A single IDX file names its folder.
    QCOMPARE(DataSetLoader::Load(folder +
                                 (gz ? "/train-images-idx3-ubyte.gz" : "/train-images-idx3-ubyte"))
                 .train.Count(),
             arma::uword(30));
}

void TestDataSets::refusesBadIdx_data() {
    QTest::addColumn<QString>("file");  // which file of the folder is broken
    AddColumns<QByteArray, bool, QStringList>({"bytes", "gz", "fragments"});
    const IdxFixture f(30, 4, 5, 3);
    QByteArray wrongMagic = f.trainImages;
    wrongMagic[3] = 0x02;
    QTest::newRow("wrong magic") << "train-images-idx3-ubyte" << wrongMagic << false
                                 << QStringList{"train-images-idx3-ubyte",
                                                "wrong magic number 0x00000802", "0x00000803"};
    QTest::newRow("labels in the images file")
        << "train-images-idx3-ubyte" << f.trainLabels << false
        << QStringList{"wrong magic number 0x00000801"};
    QTest::newRow("truncated") << "train-images-idx3-ubyte"
                               << f.trainImages.left(f.trainImages.size() - 7) << false
                               << QStringList{"train-images-idx3-ubyte", "truncated"};
    QTest::newRow("trailing data") << "train-images-idx3-ubyte" << f.trainImages + "xyz" << false
                                   << QStringList{"600 bytes of data but the file holds 603"};
    QTest::newRow("counts disagree")
        << "train-labels-idx1-ubyte" << Idx(0x801, {29}, f.trainLabels.mid(8, 29)) << false
        << QStringList{"30 images", "29 labels"};
    QTest::newRow("absurd size") << "train-images-idx3-ubyte"
                                 << Idx(0x803, {0xFFFFFFFFu, 28, 28}, "abc") << false
                                 << QStringList{"train-images-idx3-ubyte", "of memory"};
    QTest::newRow("absurd size gz")
        << "train-images-idx3-ubyte" << Idx(0x803, {0xFFFFFFFFu, 28, 28}, "abc") << true
        << QStringList{"train-images-idx3-ubyte.gz", "of memory"};
    QTest::newRow("truncated gz") << "train-images-idx3-ubyte" << f.trainImages.left(300) << true
                                  << QStringList{"train-images-idx3-ubyte.gz", "truncated"};
    QTest::newRow("float elements") << "train-images-idx3-ubyte" << Idx(0x0D03, {1, 1, 1}, "abcd")
                                    << false << QStringList{"element type", "not supported"};
}

void TestDataSets::refusesBadIdx() {
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, gz);
    QFETCH(QStringList, fragments);
    const QString folder =
        m_dir.filePath(QStringLiteral("badidx_%1").arg(QTest::currentDataTag()).replace(' ', '_'));
    IdxFixture(30, 4, 5, 3).Write(folder, gz);
    const QString path = folder + "/" + file + (gz ? ".gz" : "");
    gz ? WriteGz(path, bytes) : WriteBytes(path, bytes);
    ExpectRefusal(folder, fragments);
}

void TestDataSets::refusesCorruptGzip() {
    const IdxFixture f(300, 8, 8, 3);
    const QString folder = m_dir.filePath("corruptgz");
    f.Write(folder, true);
    const QString path = folder + "/train-images-idx3-ubyte.gz";
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    QByteArray flipped = good;
    for (int i = good.size() / 2; i < good.size() / 2 + 16; ++i) flipped[i] = char(~flipped[i]);
    WriteBytes(path, flipped);
    ExpectRefusal(folder, {"train-images-idx3-ubyte.gz", "corrupt"});
    WriteBytes(path, good.left(good.size() / 2));
    ExpectRefusal(folder, {"train-images-idx3-ubyte.gz", "cut short"});
    WriteBytes(path, good);
    QCOMPARE(DataSetLoader::Load(folder).train.Count(), arma::uword(300));
}

void TestDataSets::classPicking() {
    const IdxFixture f(30, 4, 5, 3);
    const QString folder = m_dir.filePath("pick");
    f.Write(folder, false);
    LoadOptions o;
    o.classes = QStringList{"2", "0"};
    const LoadedData d = DataSetLoader::Load(folder, o);
    QCOMPARE(d.train.Count(), arma::uword(20));
    QCOMPARE(d.test.Count(), arma::uword(10));
    QCOMPARE(d.train.classNames, (std::vector<std::string>{"2", "0"}));
    // Training image 2 had label 2, now 0; image 0 had label 0, now 1; image 1 (label 1) is gone.
    QCOMPARE(d.train.y[0], arma::uword(1));
    QCOMPARE(d.train.y[1], arma::uword(0));
    QCOMPARE(d.train.Values<double>()(3, 1), std::uint8_t(f.trainImages[16 + 2 * 20 + 3]) / 255.0);

    const std::vector<std::string> names{"cat", "dog", "bird"};
    const ClassPicker byName(names, {"Bird", "cat"}, "test");
    QCOMPARE(byName.Names(), (std::vector<std::string>{"bird", "cat"}));
    QCOMPARE(byName.Map(2).value(), arma::uword(0));
    QVERIFY(!byName.Map(1).has_value());
    QVERIFY(ClassPicker(names, {}, "test").KeepsAll());
    o.classes = QStringList{"7", "0"};
    ExpectRefusal(folder, {"no class '7'", "0 0, 1 1, 2 2"}, o);
    o.classes = QStringList{"1", "1"};
    ExpectRefusal(folder, {"picked twice"}, o);
    o.classes = QStringList{"1"};
    ExpectRefusal(folder, {"at least 2 classes"}, o);

    o.classes = QStringList{"square", "circle"};
    const LoadedData shapes = DataSetLoader::Load("builtin:shapes", o);
    QCOMPARE(shapes.train.classNames, (std::vector<std::string>{"square", "circle"}));
    QCOMPARE(shapes.train.Count(), arma::uword(500));
}

void TestDataSets::standardisationUsesTrainingStatistics() {
    LoadOptions o;
    const LoadedData plain = DataSetLoader::Load("builtin:shapes", o);
    o.standardise = true;
    const LoadedData d = DataSetLoader::Load("builtin:shapes", o);
    QVERIFY(!d.standardiser.IsIdentity());
    QVERIFY(arma::abs(arma::mean(d.train.Values<double>(), 1)).max() < 1e-9);
    QVERIFY(arma::abs(arma::stddev(d.train.Values<double>(), 1, 1) - 1.0).max() < 1e-9);
    // Population deviation (divided by m), as scikit-learn's StandardScaler.
    const arma::vec mean = arma::mean(plain.train.Values<double>(), 1),
                    sd = arma::stddev(plain.train.Values<double>(), 1, 1);
    const arma::uword r = 777, c = 33;
    QVERIFY(std::abs(d.test.Values<double>()(r, c) -
                     (plain.test.Values<double>()(r, c) - mean[r]) / sd[r]) < 1e-12);
    arma::mat back = d.test.Values<double>();
    d.standardiser.Undo(back);
    QVERIFY(arma::approx_equal(back, plain.test.Values<double>(), "absdiff", 1e-12));
}

void TestDataSets::progressAndCancel() {
    const QString root = m_dir.filePath("progress");
    WriteShapeFolder(root, 5);
    LoadOptions o;
    std::vector<std::pair<qint64, qint64>> calls;
    o.progress = [&](qint64 done, qint64 total) { calls.emplace_back(done, total); };
    DataSetLoader::Load(root, o);
    QCOMPARE(calls.size(), size_t(10));
    QCOMPARE(calls.back(), (std::pair<qint64, qint64>(10, 10)));

    std::atomic<bool> cancel = false;
    o.cancel = &cancel;
    o.progress = [&](qint64 done, qint64) {
        if (done == 3) cancel = true;
    };
    QVERIFY_THROWS_EXCEPTION(LoadCancelled, DataSetLoader::Load(root, o));
    QVERIFY_THROWS_EXCEPTION(LoadCancelled, DataSetLoader::Load("builtin:shapes", o));
    cancel = false;
    const IdxFixture f(3000, 8, 8, 2);
    f.Write(m_dir.filePath("progress_idx"), true);
    qint64 last = 0, total = 0;
    o.progress = [&](qint64 done, qint64 t) {
        QVERIFY(done >= last);
        last = done;
        total = t;
    };
    DataSetLoader::Load(m_dir.filePath("progress_idx"), o);
    QVERIFY(total > 0);
    QCOMPARE(last, total);
}

void TestDataSets::knownDataSets() {
    const QList<KnownDataSet> bare = KnownDataSets::List({}, m_dir.filePath("no-fashion-here"));
    QCOMPARE(bare.size(), 2);
    QCOMPARE(bare.first().spec, QStringLiteral("builtin:shapes"));
    QCOMPARE(bare.first().classNames, (QStringList{"circle", "square"}));
    const QString fashion = m_dir.filePath("fashion-mnist");
    IdxFixture(20, 2, 2, 10).Write(fashion, true);
    const QString course = m_dir.filePath("pixelorder_train.h5");
    WriteCourseFile(course, RandomPixels(2, 2, 2, 3, 1), {0, 1}, 2, 2);
    const QList<KnownDataSet> all = KnownDataSets::List(course, fashion);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all[2].spec, fashion);
    QCOMPARE(all[2].classNames.size(), 10);
    QCOMPARE(all[2].classNames[9], QStringLiteral("Ankle boot"));
    QCOMPARE(all[3].spec, course);
    for (const KnownDataSet& k : all)
        QVERIFY2(DataSetLoader::Load(k.spec).train.Count() > 0, qPrintable(k.spec));
}

void TestDataSets::fashionMnist() {
    const QString folder = KnownDataSets::FashionMnistFolder();
    if (!IdxReader::IsIdxFolder(folder))
        QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    const LoadedData all = DataSetLoader::Load(folder);
    QCOMPARE(all.train.Count(), arma::uword(60000));
    QCOMPARE(all.test.Count(), arma::uword(10000));
    QCOMPARE(all.train.Features(), arma::uword(784));
    QCOMPARE(all.train.ClassCount(), size_t(10));
    QCOMPARE(all.train.CountPerClass(), std::vector<arma::uword>(10, 6000));
    QCOMPARE(all.train.classNames[0], std::string("T-shirt/top"));
    LoadOptions o;
    o.classes = QStringList{"7", "9"};
    const LoadedData two = DataSetLoader::Load(folder, o);
    QCOMPARE(two.train.Count(), arma::uword(12000));
    QCOMPARE(two.test.Count(), arma::uword(2000));
    QCOMPARE(two.train.classNames, (std::vector<std::string>{"Sneaker", "Ankle boot"}));
    QVERIFY2(all.Summary().contains("training: 6000 of each class\ntest: 1000 of each class"),
             qPrintable(all.Summary()));
    // Two classes keep their names, balanced or not.
    QVERIFY2(two.Summary().contains("training: Sneaker 6000, Ankle boot 6000"),
             qPrintable(two.Summary()));
    // The picked set keeps the order of the full one: its 100th example is the full set's 100th
    // sneaker or ankle boot, relabelled 0 or 1.
    const arma::uvec kept = arma::find(all.train.y == 7 || all.train.y == 9);
    QVERIFY(arma::approx_equal(two.train.Values<double>().col(99),
                               all.train.Values<double>().col(kept[99]), "absdiff", 0.0));
    QCOMPARE(two.train.y[99], all.train.y[kept[99]] == 7 ? arma::uword(0) : arma::uword(1));
}

void TestDataSets::commandLineTrainsAndPredictsOnAnImageFolder() {
    const QString root = m_dir.filePath("cli");
    WriteShapeFolder(root, 6, QSize(40, 40));
    const QString model = m_dir.filePath("cli_model.h5");
    auto run = [](const QStringList& args, QString* out, QString* err) {
        QProcess p;
        p.start(LAYERLAB_BINARY, args);
        if (!p.waitForFinished(60000)) return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    QCOMPARE(run({"train", "--data", root, "--image-size", "16x12", "--grayscale", "--summary",
                  "--layers", "192,4,1", "--iterations", "5", "--save", model},
                 &out, &err),
             0);
    QVERIFY2(out.contains("16×12 grayscale"), qPrintable(out));
    const Parameters saved = ParameterIO::Load(model.toStdString());
    QCOMPARE(saved.imageShape, (std::array<arma::uword, 3>{12, 16, 1}));
    QCOMPARE(run({"predict", "--model", model, root + "/circle/000.png"}, &out, &err), 0);
    const QStringList fields = out.trimmed().split('\t');
    QCOMPARE(fields.size(), 3);
    QVERIFY(fields[1] == "circle" || fields[1] == "square");
    QCOMPARE(run({"train", "--data", root + "/circle", "--layers", "12288,1"}, &out, &err), 1);
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.contains("no class folders"), qPrintable(err));
    QCOMPARE(
        run({"train", "--data", root, "--image-size", "big", "--layers", "12288,1"}, &out, &err),
        1);
    QVERIFY2(err.contains("--image-size 'big'"), qPrintable(err));
}

QTEST_MAIN(TestDataSets)
#include "tst_datasets.moc"
