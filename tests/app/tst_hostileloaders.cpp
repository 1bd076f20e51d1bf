// The data loaders against files made to hurt them (issue 11): decompression bombs, FIFOs,
// non-finite options, names that are not UTF-8, folders named like files, and the same bombs under
// a 2 GiB address-space ceiling. Every input is crafted here; loads that could hang or crash run
// in a forked child.
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <functional>
#include <limits>

#include "AddressSpaceLimit.h"
#include "ChildProcess.h"
#include "CourseFiles.h"
#include "CraftedFiles.h"
#include "DataColumns.h"
#include "EngineError.h"
#include "datasets/ClassPicker.h"
#include "datasets/DataSetLoader.h"
#include "datasets/ImageEncoder.h"
#include "datasets/ImageFolderReader.h"

using namespace layerlab;
using namespace layerlab::testdata;

namespace {

// Long enough for any load here on a loaded machine; only a blocked read ever reaches it.
constexpr unsigned kHangSeconds = 120;

// The EngineError text `run` throws, or a line saying it did not throw one.
std::string RefusalOf(const std::function<void()>& run) {
    try {
        run();
    } catch (const EngineError& e) {
        return e.what();
    }
    return "<no refusal>";
}

bool HoldsAll(const std::string& message, const QStringList& fragments) {
    for (const QString& f : fragments)
        if (!QString::fromStdString(message).contains(f)) return false;
    return true;
}

// Expects run() to throw an EngineError holding every fragment.
void ExpectRefusal(const std::function<void()>& run, const QStringList& fragments) {
    const std::string message = RefusalOf(run);
    QVERIFY2(HoldsAll(message, fragments),
             qPrintable(QStringLiteral("'%1' lacks one of '%2'")
                            .arg(QString::fromStdString(message), fragments.join("', '"))));
}

// The same in a forked child, for loads that may block forever or crash on a regression.
void ExpectRefusalInChild(const std::function<void()>& run, const QStringList& fragments,
                          std::uint64_t addressSpaceBytes = 0) {
    const ChildOutcome outcome = RunInChild(
        [&](std::string& report) {
            report = RefusalOf(run);
            return HoldsAll(report, fragments) ? 0 : 1;
        },
        addressSpaceBytes, kHangSeconds);
    QVERIFY2(outcome.Succeeded(), qPrintable(QString::fromStdString(outcome.Describe()) +
                                             "; wanted '" + fragments.join("', '") + "'"));
}

// Class folders of small solid pictures, one colour per class.
void WriteSolidFolder(const QString& root, const QStringList& classes, int perClass) {
    for (int c = 0; c < classes.size(); ++c) {
        const QString folder = root + "/" + classes[c];
        QVERIFY(QDir().mkpath(folder));
        QImage image(8, 8, QImage::Format_RGB888);
        image.fill(QColor(40 * c, 200 - 40 * c, 90));
        for (int i = 0; i < perClass; ++i)
            QVERIFY(image.save(QStringLiteral("%1/%2.png").arg(folder).arg(i)));
    }
}

void MakeFifo(const QString& path) {
    QVERIFY2(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0, qPrintable(path));
}

// An IDX folder whose training images are gzip'd zeros declaring count × rows × cols bytes.
void WriteIdxGzBomb(const QString& folder, std::uint32_t count, std::uint32_t rows,
                    std::uint32_t cols) {
    QVERIFY(QDir().mkpath(folder));
    const std::uint64_t bytes = std::uint64_t(count) * rows * cols;
    WriteGz(folder + "/train-images-idx3-ubyte.gz", Idx(0x803, {count, rows, cols}, {}), bytes);
    QByteArray labels;
    for (std::uint32_t i = 0; i < count; ++i) labels.append(char(i % 2));
    WriteBytes(folder + "/train-labels-idx1-ubyte", Idx(0x801, {count}, labels));
}

}  // namespace

class TestHostileLoaders : public QObject {
    Q_OBJECT

private slots:
    void idxGzipBombIsRefused();
    void idxPlainBesideGzipWarns();
    void fifosAreRefused_data();
    void fifosAreRefused();
    void fifoInAnImageFolderIsNamed();
    void nonFiniteTestFractionIsRefused_data();
    void nonFiniteTestFractionIsRefused();
    void testFractionLeavingNoTrainingImage();
    void largePngDecodes();
    void pngBombIsRefusedByItsDeclaredSize();
    void nonUtf8NamesAreReported();
    void emptyClassPicksAreRefused();
    void commandLineRefusesEmptyClassPicks();
    void foldersNamedH5();
    void predictRefusesAFolder();
    void bombsUnderAnAddressSpaceCeiling_data();
    void bombsUnderAnAddressSpaceCeiling();

private:
    QTemporaryDir m_dir;
};

void TestHostileLoaders::idxGzipBombIsRefused() {
    // 32 MiB of zeros in ~33 KB: within deflate's 1032:1 and the budget, so it used to load (and a
    // 1 MB one took 9.2 GB); more than 100:1 is refused before anything is allocated.
    const QString folder = m_dir.filePath("idxbomb");
    WriteIdxGzBomb(folder, 2048, 128, 128);
    QVERIFY(QFileInfo(folder + "/train-images-idx3-ubyte.gz").size() < 200000);
    ExpectRefusal([&] { DataSetLoader::Load(folder); },
                  {"train-images-idx3-ubyte.gz", "2048 × 128 × 128", "more than 100 times",
                   "decompression bomb", "gunzip"});
    // Small payloads compress as they like: 16 MiB or less is never refused by ratio.
    const QString small = m_dir.filePath("idxsmall");
    WriteIdxGzBomb(small, 1024, 64, 64);
    QCOMPARE(DataSetLoader::Load(small).train.Count(), arma::uword(1024));
}

void TestHostileLoaders::idxPlainBesideGzipWarns() {
    const QString folder = m_dir.filePath("idxboth");
    const IdxFixture plain(30, 4, 5, 3), other(20, 4, 5, 3);
    plain.Write(folder, false);
    other.Write(folder, true);
    const LoadedData d = DataSetLoader::Load(folder);
    QCOMPARE(d.train.Count(), arma::uword(30));  // the plain one, as `gunzip -k` leaves it
    const QString all = d.warnings.join('\n');
    QVERIFY2(all.contains("both train-images-idx3-ubyte and train-images-idx3-ubyte.gz") &&
                 all.contains("read train-images-idx3-ubyte and ignored") &&
                 all.contains("both t10k-labels-idx1-ubyte"),
             qPrintable(all));
}

void TestHostileLoaders::fifosAreRefused_data() {
    QTest::addColumn<QString>("fifo");  // made a FIFO, below the temporary folder
    QTest::addColumn<QString>("load");  // what is loaded: a data set, or an image to predict
    QTest::addColumn<bool>("predict");  // through ImageEncoder::EncodeFile, as predict reads
    QTest::addColumn<QStringList>("fragments");
    QTest::newRow("IDX images in a folder")
        << "fifoidx/train-images-idx3-ubyte"
        << "fifoidx" << false
        << QStringList{"train-images-idx3-ubyte: is a FIFO (named pipe), not a regular file"};
    QTest::newRow("IDX labels named as the data")
        << "fifoidx2/train-labels-idx1-ubyte"
        << "fifoidx2/train-images-idx3-ubyte" << false
        << QStringList{"train-labels-idx1-ubyte: is a FIFO (named pipe)"};
    QTest::newRow("data path") << "pipe"
                               << "pipe" << false
                               << QStringList{"pipe: is a FIFO (named pipe), not a regular file",
                                              "give a course .h5 file"};
    QTest::newRow("data path named .h5")
        << "pipe.h5"
        << "pipe.h5" << false << QStringList{"pipe.h5: is a FIFO (named pipe)"};
    QTest::newRow("image to predict")
        << "photo.png"
        << "photo.png" << true
        << QStringList{"photo.png: is a FIFO (named pipe), not a regular file", "picture file"};
}

void TestHostileLoaders::fifosAreRefused() {
    QFETCH(QString, fifo);
    QFETCH(QString, load);
    QFETCH(bool, predict);
    QFETCH(QStringList, fragments);
    // The other IDX files are real, so only the FIFO can be what is wrong.
    const QString idxFolder = QFileInfo(m_dir.filePath(fifo)).absolutePath();
    if (fifo.contains("-idx")) {
        IdxFixture(10, 2, 2, 2).Write(idxFolder, false);
        QVERIFY(QFile::remove(m_dir.filePath(fifo)));
    }
    MakeFifo(m_dir.filePath(fifo));
    const QString path = m_dir.filePath(load);
    ExpectRefusalInChild(
        [&] {
            if (predict)
                ImageEncoder::EncodeFile(path, {8, 8, 3});
            else
                DataSetLoader::Load(path);
        },
        fragments);
}

void TestHostileLoaders::fifoInAnImageFolderIsNamed() {
    const QString root = m_dir.filePath("fifofolder");
    WriteSolidFolder(root, {"a", "b"}, 3);
    MakeFifo(root + "/a/blocked.png");
    const ChildOutcome outcome = RunInChild(
        [&](std::string& report) {
            const LoadedData d = DataSetLoader::Load(root);
            report = d.warnings.join('\n').toStdString();
            return d.train.Count() + d.test.Count() == 6 &&
                           HoldsAll(report, {"blocked.png: skipped, it is a FIFO (named pipe)"})
                       ? 0
                       : 1;
        },
        0, kHangSeconds);
    QVERIFY2(outcome.Succeeded(), outcome.Describe().c_str());
}

void TestHostileLoaders::nonFiniteTestFractionIsRefused_data() {
    QTest::addColumn<double>("fraction");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("inf") << std::numeric_limits<double>::infinity();
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
    QTest::newRow("1") << 1.0;
}

void TestHostileLoaders::nonFiniteTestFractionIsRefused() {
    QFETCH(double, fraction);
    const QString root = m_dir.filePath("fraction");
    if (!QDir(root).exists()) WriteSolidFolder(root, {"a", "b"}, 4);
    LoadOptions o;
    o.testFraction = fraction;
    // NaN once overflowed a heap buffer in the split: in a child, so a regression fails one row.
    // The reader refuses it itself, whatever front end (or none) checked the option before.
    ExpectRefusalInChild([&] { ImageFolderReader::Read(root, o); },
                         {"test fraction", "refused", "between 0 and 1"});
    ExpectRefusalInChild([&] { DataSetLoader::Load(root, o); }, {"test fraction", "refused"});
}

void TestHostileLoaders::testFractionLeavingNoTrainingImage() {
    const QString root = m_dir.filePath("fraction99");
    WriteSolidFolder(root, {"a", "b"}, 5);
    LoadOptions o;
    o.testFraction = 0.99;
    ExpectRefusal([&] { DataSetLoader::Load(root, o); },
                  {"fraction99/a", "test fraction of 0.99", "all 5 of its pictures for testing",
                   "none for training", "smaller test fraction"});
    o.testFraction = 0.8;  // 4 of 5 for testing still leaves one to train on
    QCOMPARE(DataSetLoader::Load(root, o).train.Count(), arma::uword(2));
}

void TestHostileLoaders::largePngDecodes() {
    // 8000 × 8000 decodes into 256 MB, past Qt's default allocation limit; it is within the
    // budget, so it must decode ("Unable to read image data" before).
    const QString path = m_dir.filePath("big.png");
    WritePng(path, 8000, 8000, 200, 100, 50, 8000);
    QVERIFY(QFileInfo(path).size() < 2000000);
    const arma::vec x = ImageEncoder::EncodeFile(path, {4, 4, 3});
    QCOMPARE(x.n_elem, arma::uword(48));
    QCOMPARE(x[0], 200 / 255.0);
    QCOMPARE(x[1], 100 / 255.0);
    QCOMPARE(x[47], 50 / 255.0);
}

void TestHostileLoaders::pngBombIsRefusedByItsDeclaredSize() {
    // A 100000 × 100000 header over one row of data: refused from the header, by the budget,
    // before Qt allocates 40 GB or gives up with "Unable to read image data".
    const QString path = m_dir.filePath("bomb.png");
    WritePng(path, 100000, 100000, 1, 2, 3, 1);
    ExpectRefusal(
        [&] {
            ImageEncoder::EncodeFile(path, {8, 8, 3});
        },
        {"bomb.png", "decoding its 100000×100000 pixels", "of memory", "shrink the picture"});
    const QString root = m_dir.filePath("bombfolder");
    WriteSolidFolder(root, {"a", "b"}, 2);
    QVERIFY(QFile::copy(path, root + "/a/bomb.png"));
    ExpectRefusal([&] { DataSetLoader::Load(root); }, {"a/bomb.png", "of memory"});
}

void TestHostileLoaders::nonUtf8NamesAreReported() {
    const QString root = m_dir.filePath("names");
    WriteSolidFolder(root, {"a", "b"}, 3);
    const QByteArray rawRoot = QFile::encodeName(root);
    // A class folder and a picture whose names hold bytes that are not UTF-8 (Latin-1 'ÿ', 'þ').
    QCOMPARE(::mkdir((rawRoot + "/c\xff").constData(), 0700), 0);
    QVERIFY(QFile::copy(root + "/a/0.png", root + "/a/9.png"));
    QCOMPARE(::rename((rawRoot + "/a/9.png").constData(), (rawRoot + "/a/\xfe.png").constData()),
             0);
    const LoadedData d = DataSetLoader::Load(root);
    QCOMPARE(d.train.classNames, (std::vector<std::string>{"a", "b"}));
    const QString all = d.warnings.join('\n');
    QVERIFY2(all.contains(root + ": skipped 1 file(s) or folder(s) whose names are not valid "
                                 "UTF-8") &&
                 all.contains(root + "/a: skipped 1 file(s)") && all.contains("rename them"),
             qPrintable(all));
}

void TestHostileLoaders::emptyClassPicksAreRefused() {
    const std::vector<std::string> names{"a", "b", "c"};
    for (const QStringList& picks :
         {QStringList{"", "", "", ""}, QStringList{"0", " "}, QStringList{"a", "", "b"}})
        ExpectRefusal([&] { ClassPicker(names, picks, "src"); },
                      {"src: the class pick", "holds an empty class name", "e.g. 7,9"});
    LoadOptions o;
    o.classes = QStringList{"", ""};
    ExpectRefusal([&] { DataSetLoader::Load("builtin:shapes", o); }, {"empty class name"});
}

void TestHostileLoaders::commandLineRefusesEmptyClassPicks() {
    // "--classes ,,," split into no picks at all, which kept every class.
    QProcess p;
    p.start(LAYERLAB_BINARY, {"train", "--data", "builtin:shapes", "--classes", ",,,", "--layers",
                              "3072,1", "--iterations", "1"});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("the class pick ',,,' holds an empty class name"), qPrintable(err));
}

void TestHostileLoaders::foldersNamedH5() {
    const QString empty = m_dir.filePath("x.h5");
    QVERIFY(QDir().mkpath(empty));
    ExpectRefusal([&] { DataSetLoader::Load(empty); },
                  {"x.h5: is a folder, not an HDF5 file", "give the .h5 file itself"});
    // One holding class folders is read as the image folder it is, with a word about its name.
    const QString pictures = m_dir.filePath("pictures.h5");
    WriteSolidFolder(pictures, {"a", "b"}, 3);
    const LoadedData d = DataSetLoader::Load(pictures);
    QCOMPARE(d.train.classNames, (std::vector<std::string>{"a", "b"}));
    QVERIFY2(!d.warnings.isEmpty() &&
                 d.warnings.first().contains("pictures.h5: is a folder, not an HDF5 file"),
             qPrintable(d.warnings.join('\n')));
    // One holding train_*.h5 is a course folder.
    const QString course = m_dir.filePath("course.h5");
    QVERIFY(QDir().mkpath(course));
    WriteCourseFile((course + "/train_set.h5").toStdString(), "train_set", ColourImages(6, 4, 4, 1),
                    {"non-cat", "cat"});
    QCOMPARE(DataSetLoader::Identify(course), DataSetLoader::Kind::Course);
    QCOMPARE(DataSetLoader::Load(course).train.Count(), arma::uword(6));
}

void TestHostileLoaders::predictRefusesAFolder() {
    // "File not found" before: say it is a folder and what to give instead.
    const QString folder = m_dir.filePath("predictfolder");
    QVERIFY(QDir().mkpath(folder));
    ExpectRefusal(
        [&] {
            ImageEncoder::EncodeFile(folder, {8, 8, 3});
        },
        {"predictfolder: is a folder, not a regular file", "give a picture file", "FOLDER/*.png"});
}

void TestHostileLoaders::bombsUnderAnAddressSpaceCeiling_data() {
    AddColumns<QString, QStringList>({"bomb", "fragments"});
    QTest::newRow("IDX .gz") << "idx" << QStringList{"decompression bomb"};
    QTest::newRow("PNG in a folder") << "png" << QStringList{"bomb.png", "of memory"};
    QTest::newRow("pictures × image size") << "count" << QStringList{"400 images", "of memory"};
}

void TestHostileLoaders::bombsUnderAnAddressSpaceCeiling() {
    // ASan's shadow memory needs terabytes of address space: no ceiling can be set under it
    // (the refusals themselves are checked by the other tests there).
    if (testdata::UnderAddressSanitizer())
        QSKIP("an AddressSanitizer build: no address-space ceiling");
    QFETCH(QString, bomb);
    QFETCH(QStringList, fragments);
    const QString root = m_dir.filePath("ceiling_" + bomb);
    LoadOptions o;
    if (bomb == "idx") {
        // 10⁸ bytes (200 MB with its codes) fit the 1 GiB budget a 2 GiB ceiling leaves; only
        // the ratio to its ~100 KB stops it.
        WriteIdxGzBomb(root, 10000, 100, 100);
    } else if (bomb == "png") {
        WriteSolidFolder(root, {"a", "b"}, 2);
        WritePng(root + "/a/bomb.png", 30000, 30000, 9, 9, 9, 1);
    } else {
        WriteSolidFolder(root, {"a", "b"}, 200);
        o.imageSize = QSize(1024, 1024);  // 400 × 3.1 MB of 8-bit codes
    }
    const std::uint64_t ceiling = std::uint64_t(2) << 30;
    ExpectRefusalInChild([&] { DataSetLoader::Load(root, o); }, fragments, ceiling);
}

QTEST_MAIN(TestHostileLoaders)
#include "tst_hostileloaders.moc"
