// The course's file formats: the data sets (the real ones when ../shared is there, and broken
// copies made here, each refused with a message naming the file), and the parameter files
// (round trip, the notebook's bare files, atomic saving).
#include <signal.h>
#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <ctime>
#include <functional>
#include <limits>

#include "CourseDataReader.h"
#include "CourseFiles.h"
#include "DataColumns.h"
#include "EngineError.h"
#include "Hdf5File.h"
#include "InitializeParameters.h"
#include "ParameterIO.h"
#include "RunDescription.h"

using namespace layerlab;

// Writes a (possibly broken) file into the folder given and returns the path to read.
using Maker = std::function<QString(const QDir&)>;
Q_DECLARE_METATYPE(Maker)

namespace {

const QString kShared = QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");

// A distinct value per (image, row, column, channel), so any other flattening order shows.
testdata::Images PatternImages(hsize_t m, hsize_t h, hsize_t w, hsize_t c) {
    testdata::Images images;
    images.shape = {m, h, w, c};
    for (hsize_t i = 0; i < m; ++i) {
        images.labels.push_back(static_cast<std::int64_t>(i % 2));
        for (hsize_t r = 0; r < h; ++r)
            for (hsize_t col = 0; col < w; ++col)
                for (hsize_t ch = 0; ch < c; ++ch)
                    images.pixels.push_back(
                        static_cast<std::uint8_t>((i * 101 + r * 37 + col * 11 + ch * 3) % 256));
    }
    return images;
}

std::string Path(const QDir& dir, const char* name) {
    return dir.filePath(name).toStdString();
}

QByteArray ReadAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void WriteRaw(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

// A valid train file of 10 images of 4 × 4 × 3 with two classes.
QString GoodFile(const QDir& dir, const char* name = "train_good.h5") {
    testdata::WriteCourseFile(Path(dir, name), "train_set", PatternImages(10, 4, 4, 3),
                              {"non-cat", "cat"});
    return dir.filePath(name);
}

// 4 pattern images of side × side × 3 at dir/file, in a train_ or test_ file as its name says.
void WritePattern(const QDir& dir, const QString& file, hsize_t side) {
    const QString path = dir.filePath(file);
    dir.mkpath(QFileInfo(path).path());
    testdata::WriteCourseFile(
        path.toStdString(),
        QFileInfo(path).fileName().startsWith("test_") ? "test_set" : "train_set",
        PatternImages(4, side, side, 3), {"a", "b"});
}

// The good file cut to `keep` bytes (a negative keep counts from the end).
Maker Truncated(qint64 keep) {
    return [keep](const QDir& dir) {
        const QByteArray whole = ReadAll(GoodFile(dir));
        const QString path = dir.filePath("train_truncated.h5");
        WriteRaw(path, whole.left(keep >= 0 ? keep : whole.size() + keep));
        return path;
    };
}

// A file with the datasets `write` puts there.
Maker Custom(std::function<void(Hdf5File&)> write) {
    return [write](const QDir& dir) {
        const QString path = dir.filePath("train_custom.h5");
        Hdf5File file(path.toStdString(), Hdf5File::Mode::CreateTruncate);
        write(file);
        file.Close();
        return path;
    };
}

// A course file of m 2 × 2 × 3 images with the labels and class list given.
Maker Labelled(hsize_t m, std::vector<hsize_t> labelShape, std::vector<std::int64_t> labels,
               std::vector<std::string> classes) {
    return Custom([=](Hdf5File& f) {
        const auto im = PatternImages(m, 2, 2, 3);
        f.WriteBytes("train_set_x", im.shape, im.pixels);
        f.WriteIntegers("train_set_y", labelShape, labels);
        f.WriteStrings("list_classes", classes);
    });
}

// Raises the process's file size limit back when it leaves scope; a write past the limit fails
// with EFBIG as on a full disk, and that works even when the tests run as root.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

Parameters RandomModel(std::vector<arma::uword> sizes, std::vector<Activation> activations,
                       std::uint64_t seed) {
    NetworkSpec spec;
    spec.sizes = std::move(sizes);
    spec.activations = std::move(activations);
    Parameters p = InitializeParameters(spec, Initializer::He, seed);
    arma::arma_rng::set_seed(seed);
    for (size_t l = 1; l <= p.L(); ++l) p.b[l] = arma::randn(p.b[l].n_rows, 1);
    return p;
}

// Makes the current row's file and opens it with open, which must throw an EngineError whose
// message names a file of the row's folder and holds the row's message. open returns what it
// read, for the failure message when nothing was refused.
void ExpectRowRefused(const std::function<QString(const std::string&)>& open) {
    QFETCH(Maker, make);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = make(QDir(tmp.path()));
    try {
        QFAIL(qPrintable(open(path.toStdString())));
    } catch (const EngineError& e) {
        const QString what = QString::fromUtf8(e.what());
        qInfo("%s", e.what());
        QVERIFY2(what.contains(tmp.path()), qPrintable("the message names no file: " + what));
        QVERIFY2(what.contains(message), qPrintable(what));
    }
}

// Everything a model can record of its run, with a standardisation of n inputs.
RunDescription FullDescription(arma::uword n) {
    RunDescription run;
    run.hyperparameters = R"({"layers":"12,5,3,1","lr":0.0075,"standardise":true})";
    run.data = "/data/cats and dogs/train_catvnoncat.h5";
    run.dataHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    run.runId = 42;
    run.mean = arma::linspace<arma::vec>(0.1, 0.9, n);
    run.deviation = arma::linspace<arma::vec>(0.05, 0.3, n);
    return run;
}

// A model file of one sigmoid unit over 4 inputs, with what write adds.
Maker FourInputModel(std::function<void(Hdf5File&)> write) {
    return Maker([write](const QDir& dir) {
        const QString path = dir.filePath("model.h5");
        Hdf5File file(path.toStdString(), Hdf5File::Mode::CreateTruncate);
        file.WriteMatrix("W1", arma::mat(1, 4, arma::fill::ones));
        file.WriteMatrix("b1", arma::mat(1, 1, arma::fill::zeros));
        write(file);
        file.Close();
        return path;
    });
}

}  // namespace

class TestFileFormats : public QObject {
    Q_OBJECT

private slots:
    void courseFiles() {
        if (!QFile::exists(kShared + "/train_catvnoncat.h5"))
            QSKIP(qPrintable("the course data is not at " + kShared +
                             " (../shared beside the project)"));
        const DataSplit split = CourseDataReader::Read(kShared.toStdString());
        QCOMPARE(split.train.Features(), arma::uword(12288));
        QCOMPARE(split.train.Count(), arma::uword(209));
        QCOMPARE(split.test.Features(), arma::uword(12288));
        QCOMPARE(split.test.Count(), arma::uword(50));
        QCOMPARE(split.train.y.n_elem, arma::uword(209));
        QCOMPARE(split.test.y.n_elem, arma::uword(50));
        const std::vector<std::string> classes{"non-cat", "cat"};
        QCOMPARE(split.train.classNames, classes);
        QCOMPARE(split.test.classNames, classes);
        QCOMPARE(split.train.imageShape, (std::array<arma::uword, 3>{64, 64, 3}));

        // X(k, i) is train_set_x[i][r][c][ch] / 255 with k = (r·64 + c)·3 + ch, as NumPy's
        // reshape(m, -1).T flattens it.
        const std::string trainFile = (kShared + "/train_catvnoncat.h5").toStdString();
        Hdf5File file(trainFile, Hdf5File::Mode::Read);
        std::vector<hsize_t> shape;
        const std::vector<std::uint8_t> raw = file.ReadBytes("train_set_x", &shape);
        QCOMPARE(shape, (std::vector<hsize_t>{209, 64, 64, 3}));
        const hsize_t picks[][4] = {{0, 0, 0, 0},     {0, 0, 0, 2},   {0, 0, 1, 0},
                                    {0, 1, 0, 0},     {7, 10, 20, 1}, {100, 31, 7, 2},
                                    {208, 63, 63, 2}, {208, 63, 0, 1}};
        // The bytes are kept as they are, and are the notebook's x / 255 in either precision.
        QVERIFY(split.train.HoldsCodes() && split.train.X.is_empty());
        const arma::mat X = split.train.Values<double>();
        const arma::fmat Xf = split.train.Values<float>();
        for (const auto& [i, r, c, ch] : picks) {
            const double expected = raw[((i * 64 + r) * 64 + c) * 3 + ch] / 255.0;
            QCOMPARE(split.train.codes((r * 64 + c) * 3 + ch, i),
                     raw[((i * 64 + r) * 64 + c) * 3 + ch]);
            QCOMPARE(X((r * 64 + c) * 3 + ch, i), expected);
            QCOMPARE(Xf((r * 64 + c) * 3 + ch, i), static_cast<float>(expected));
            QCOMPARE(split.train.Column(i)[(r * 64 + c) * 3 + ch], expected);
        }
        // The samples above are not all equal, so a wrong order could not pass by accident.
        QVERIFY(X(0, 0) != X(2, 0) || X(0, 0) != X(3, 0));
        const std::vector<double> labels = file.ReadDoubles("train_set_y", nullptr);
        for (size_t i = 0; i < labels.size(); ++i) QCOMPARE(double(split.train.y[i]), labels[i]);

        // One file: its test_ sibling comes along.
        const DataSplit fromFile = CourseDataReader::Read(trainFile);
        QCOMPARE(fromFile.test.Count(), arma::uword(50));
        QVERIFY(arma::approx_equal(fromFile.test.Values<double>(), split.test.Values<double>(),
                                   "absdiff", 0.0));
    }

    void flatteningOrder() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QDir dir(tmp.path());
        const testdata::Images images = PatternImages(3, 5, 4, 3);
        testdata::WriteCourseFile(Path(dir, "test_pattern.h5"), "test_set", images, {"a", "b"});
        const DataSet d = CourseDataReader::ReadFile(Path(dir, "test_pattern.h5"));
        QCOMPARE(d.imageShape, (std::array<arma::uword, 3>{5, 4, 3}));
        QCOMPARE(d.Features(), arma::uword(60));
        QCOMPARE(d.Count(), arma::uword(3));
        const arma::mat X = d.Values<double>();
        for (hsize_t i = 0; i < 3; ++i)
            for (hsize_t r = 0; r < 5; ++r)
                for (hsize_t c = 0; c < 4; ++c)
                    for (hsize_t ch = 0; ch < 3; ++ch)
                        QCOMPARE(X((r * 4 + c) * 3 + ch, i),
                                 ((i * 101 + r * 37 + c * 11 + ch * 3) % 256) / 255.0);
        QCOMPARE(d.y[0], arma::uword(0));
        QCOMPARE(d.y[1], arma::uword(1));
        QCOMPARE(d.classNames, (std::vector<std::string>{"a", "b"}));
    }

    void brokenDataFiles_data() {
        AddColumns<Maker, QString>({"make", "message"});
        QTest::newRow("missing file")
            << Maker([](const QDir& dir) { return dir.filePath("train_absent.h5"); })
            << "no such file";
        QTest::newRow("empty file") << Maker([](const QDir& dir) {
            WriteRaw(dir.filePath("train_empty.h5"), {});
            return dir.filePath("train_empty.h5");
        }) << "not an HDF5 file";
        QTest::newRow("text named .h5") << Maker([](const QDir& dir) {
            WriteRaw(dir.filePath("train_text.h5"),
                     QByteArray("iteration cost\n0 0.7\n").repeated(200));
            return dir.filePath("train_text.h5");
        }) << "not an HDF5 file";
        for (qint64 keep : {4, 8, 100, 512, 1000, 2000, -1000, -100, -1})
            QTest::addRow("truncated to %lld bytes%s", keep, keep < 0 ? " from the end" : "")
                << Truncated(keep) << "";
        QTest::newRow("wrong dataset names") << Custom([](Hdf5File& f) {
            const auto im = PatternImages(4, 2, 2, 3);
            f.WriteBytes("images", im.shape, im.pixels);
            f.WriteIntegers("labels", {4}, im.labels);
        }) << "has neither 'train_set_x' nor 'test_set_x'";
        QTest::newRow("labels missing") << Custom([](Hdf5File& f) {
            const auto im = PatternImages(4, 2, 2, 3);
            f.WriteBytes("train_set_x", im.shape, im.pixels);
            f.WriteIntegers("train_labels", {4}, im.labels);
        }) << "has no dataset 'train_set_y'";
        QTest::newRow("counts disagree")
            << Labelled(10, {8}, std::vector<std::int64_t>(8, 1), {"non-cat", "cat"})
            << "'train_set_x' holds 10 images but 'train_set_y' holds 8 labels";
        QTest::newRow("labels 2-D")
            << Labelled(4, {4, 2}, std::vector<std::int64_t>(8, 1), {"non-cat", "cat"})
            << "holds 4 images but 'train_set_y' holds 8 labels";
        QTest::newRow("rank 2 images") << Custom([](Hdf5File& f) {
            f.WriteBytes("train_set_x", {4, 12}, std::vector<std::uint8_t>(48, 7));
            f.WriteIntegers("train_set_y", {4}, {0, 1, 0, 1});
        }) << "'train_set_x' has rank 2";
        QTest::newRow("rank 5 images") << Custom([](Hdf5File& f) {
            f.WriteBytes("train_set_x", {4, 2, 2, 3, 1}, std::vector<std::uint8_t>(48, 7));
            f.WriteIntegers("train_set_y", {4}, {0, 1, 0, 1});
        }) << "'train_set_x' has rank 5";
        QTest::newRow("no images") << Custom([](Hdf5File& f) {
            f.WriteBytes("train_set_x", {0, 2, 2, 3}, {});
            f.WriteIntegers("train_set_y", {0}, {});
        }) << "holds no pixels";
        QTest::newRow("images are text") << Custom([](Hdf5File& f) {
            f.WriteStrings("train_set_x", {"cat", "dog"});
            f.WriteIntegers("train_set_y", {2}, {0, 1});
        }) << "'train_set_x' does not hold numbers";
        for (std::int64_t bad : {2, -1, 7}) {
            QTest::addRow("label %lld", static_cast<long long>(bad))
                << Labelled(4, {4}, {0, 1, bad, 1}, {"non-cat", "cat"})
                << QString("label %1 of image 2 is not one of the 2 classes").arg(bad);
        }
        QTest::newRow("fractional label") << Custom([](Hdf5File& f) {
            const auto im = PatternImages(2, 2, 2, 3);
            f.WriteBytes("train_set_x", im.shape, im.pixels);
            f.WriteMatrix("train_set_y", arma::mat{{0.0, 0.5}});
            f.WriteStrings("list_classes", {"non-cat", "cat"});
        }) << "label 0.5 of image 1 is not one of the 2 classes";
        QTest::newRow("one class")
            << Labelled(2, {2}, {0, 0}, {"cat"}) << "needs at least 2 classes";
        QTest::newRow("class names are numbers") << Custom([](Hdf5File& f) {
            const auto im = PatternImages(2, 2, 2, 3);
            f.WriteBytes("train_set_x", im.shape, im.pixels);
            f.WriteIntegers("train_set_y", {2}, {0, 1});
            f.WriteIntegers("list_classes", {2}, {0, 1});
        }) << "'list_classes' does not hold strings";
        QTest::newRow("folder without train file") << Maker([](const QDir& dir) {
            WritePattern(dir, "only_test/test_x.h5", 2);
            return dir.filePath("only_test");
        }) << "the folder holds no train_*.h5 file";
        QTest::newRow("test images of another size") << Maker([](const QDir& dir) {
            WritePattern(dir, "mixed/train_x.h5", 4);
            WritePattern(dir, "mixed/test_x.h5", 2);
            return dir.filePath("mixed");
        }) << "its images have 12 values each but the training images have 48";
        QTest::newRow("broken test sibling") << Maker([](const QDir& dir) {
            WritePattern(dir, "sibling/train_x.h5", 2);
            WriteRaw(dir.filePath("sibling/test_x.h5"), "not hdf5");
            return dir.filePath("sibling/train_x.h5");
        }) << "test_x.h5: not an HDF5 file";
    }

    void brokenDataFiles() {
        ExpectRowRefused([](const std::string& path) {
            const DataSplit split = CourseDataReader::Read(path);
            return QString("read %1 images without complaint").arg(split.train.Count());
        });
    }

    void truncationIsCaughtAtEveryLength() {
        // Every cut of a small file, in steps, is refused with an EngineError and never crashes.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QDir dir(tmp.path());
        const QByteArray whole = ReadAll(GoodFile(dir));
        QVERIFY(whole.size() > 1000);
        const QString path = dir.filePath("train_cut.h5");
        int refused = 0;
        for (qsizetype keep = 0; keep < whole.size(); keep += 97) {
            WriteRaw(path, whole.left(keep));
            try {
                CourseDataReader::ReadFile(path.toStdString());
                QFAIL(qPrintable(QString("a file cut to %1 bytes was accepted").arg(keep)));
            } catch (const EngineError& e) {
                QVERIFY2(QString::fromUtf8(e.what()).startsWith(path), e.what());
                ++refused;
            }
        }
        QVERIFY(refused > 10);
    }

    void parameterRoundTrip_data() {
        QTest::addColumn<int>("model");
        QTest::newRow("relu,relu,sigmoid") << 0;
        QTest::newRow("tanh,softmax") << 1;
        QTest::newRow("leaky_relu,sigmoid x3") << 2;
    }

    void parameterRoundTrip() {
        QFETCH(int, model);
        Parameters p;
        if (model == 0)
            p = RandomModel({12, 5, 3, 1},
                            {Activation::ReLU, Activation::ReLU, Activation::Sigmoid}, 1);
        if (model == 1) p = RandomModel({12, 4, 3}, {Activation::Tanh, Activation::Softmax}, 2);
        if (model == 2)
            p = RandomModel({12, 6, 3}, {Activation::LeakyReLU, Activation::Sigmoid}, 3);
        p.classNames = model == 0 ? std::vector<std::string>{"non-cat", "cat"}
                                  : std::vector<std::string>{"T-shirt/top", "trouser", "bag"};
        p.imageShape = {2, 2, 3};
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string path = Path(QDir(tmp.path()), "model.h5");
        ParameterIO::Save(path, p);
        const Parameters q = ParameterIO::Load(path);
        QVERIFY(q.spec == p.spec);
        QCOMPARE(q.classNames, p.classNames);
        QCOMPARE(q.imageShape, p.imageShape);
        for (size_t l = 1; l <= p.L(); ++l) {
            QVERIFY(arma::approx_equal(q.W[l], p.W[l], "absdiff", 0.0));
            QVERIFY(arma::approx_equal(q.b[l], p.b[l], "absdiff", 0.0));
        }
        arma::arma_rng::set_seed(9);
        const arma::mat X = arma::randu(12, 25);
        const arma::mat before = p.Predict(X), after = q.Predict(X);
        QVERIFY(std::memcmp(before.memptr(), after.memptr(), before.n_elem * sizeof(double)) == 0);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{"model.h5"});

        // Saving over an existing model replaces it.
        const Parameters other = RandomModel({3, 1}, {Activation::Sigmoid}, 4);
        ParameterIO::Save(path, other);
        QCOMPARE(ParameterIO::Load(path).spec.sizes, (std::vector<arma::uword>{3, 1}));
        QVERIFY(ParameterIO::Load(path).classNames.empty());
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{"model.h5"});
    }

    // What a model records of its run comes back as it was saved, bit for bit, and the file's
    // top level stays W1..bL with one group beside them.
    void runDescriptionRoundTrip() {
        const Parameters p = RandomModel(
            {12, 5, 3, 1}, {Activation::ReLU, Activation::ReLU, Activation::Sigmoid}, 7);
        const RunDescription run = FullDescription(12);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string path = Path(QDir(tmp.path()), "described.h5");
        ParameterIO::Save(path, p, run);
        RunDescription back;
        const Parameters q = ParameterIO::Load(path, &back);
        QCOMPARE(back.hyperparameters, run.hyperparameters);
        QCOMPARE(back.data, run.data);
        QCOMPARE(back.dataHash, run.dataHash);
        QCOMPARE(back.runId, run.runId);
        QVERIFY(back.Standardised());
        QCOMPARE(back.mean.n_elem, run.mean.n_elem);
        QVERIFY(std::memcmp(back.mean.memptr(), run.mean.memptr(), 12 * sizeof(double)) == 0);
        QVERIFY(std::memcmp(back.deviation.memptr(), run.deviation.memptr(), 12 * sizeof(double)) ==
                0);
        for (size_t l = 1; l <= p.L(); ++l)
            QVERIFY(arma::approx_equal(q.W[l], p.W[l], "absdiff", 0));
        {
            const Hdf5File file(path, Hdf5File::Mode::Read);
            QCOMPARE(file.Names(), (std::vector<std::string>{"W1", "W2", "W3", "b1", "b2", "b3",
                                                             "standardisation"}));
        }

        // Without a standardisation or a recorded run, only what is known is written.
        RunDescription plain;
        plain.hyperparameters = R"({"lr":0.1})";
        ParameterIO::Save(path, p, plain);
        back = FullDescription(12);
        ParameterIO::Load(path, &back);
        QCOMPARE(back.hyperparameters, plain.hyperparameters);
        QVERIFY(back.data.empty() && back.dataHash.empty() && back.runId == 0);
        QVERIFY(!back.Standardised());
        const Hdf5File file(path, Hdf5File::Mode::Read);
        QCOMPARE(file.Names(), (std::vector<std::string>{"W1", "W2", "W3", "b1", "b2", "b3"}));
        QVERIFY(!file.HasAttribute("run_id") && !file.HasAttribute("data"));
    }

    // A description that does not fit its model is never written.
    void unfitDescriptionIsNotSaved() {
        const Parameters p = RandomModel({3, 1}, {Activation::Sigmoid}, 8);
        RunDescription run = FullDescription(2);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string path = Path(QDir(tmp.path()), "unfit.h5");
        try {
            ParameterIO::Save(path, p, run);
            QFAIL("a mean of 2 values was saved for 3 inputs");
        } catch (const EngineError& e) {
            QCOMPARE(QString(e.what()),
                     QString::fromStdString(path) +
                         ": the model was not saved: the standardisation mean has 2 values but "
                         "the model takes 3 inputs, one value each");
        }
        QVERIFY(!QFile::exists(QString::fromStdString(path)));
    }

    // h5py, as a student would read a model: the attributes and the standardisation as NumPy
    // values. Skips without python3-h5py.
    void h5pyReadsTheDescription() {
        if (QProcess::execute("/usr/bin/python3", {"-c", "import h5py"}) != 0)
            QSKIP("/usr/bin/python3 has no h5py (apt-get install python3-h5py python3-numpy)");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString path = QDir(tmp.path()).filePath("described.h5");
        const Parameters p = RandomModel({12, 5, 1}, {Activation::ReLU, Activation::Sigmoid}, 9);
        const RunDescription run = FullDescription(12);
        ParameterIO::Save(path.toStdString(), p, run);
        const QString script = QStringLiteral(
            "import h5py, json, numpy as np, sys\n"
            "with h5py.File(sys.argv[1], 'r') as f:\n"
            "    a = f.attrs\n"
            "    text = lambda v: v.decode() if isinstance(v, bytes) else str(v)\n"
            "    settings = json.loads(text(a['hyperparameters']))\n"
            "    mean = f['standardisation/mean'][()]\n"
            "    dev = f['standardisation/deviation'][()]\n"
            "    params = {k: f[k][()] for k in f if k[0] in 'Wb'}\n"
            "    print(settings['layers'], settings['standardise'], text(a['data']),\n"
            "          text(a['data_hash'])[:8], int(a['run_id']), mean.dtype, mean.shape,\n"
            "          repr(float(mean[5])), repr(float(dev[7])), len(params) // 2,\n"
            "          params['W1'].shape, sep='|')\n");
        QProcess python;
        python.start("/usr/bin/python3", {"-c", script, path});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
        const QString out = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
        QCOMPARE(out,
                 QString("12,5,3,1|True|/data/cats and dogs/train_catvnoncat.h5|9f86d081|42|"
                         "float64|(12,)|%1|%2|2|(5, 12)")
                     .arg(QString::number(run.mean[5], 'g', QLocale::FloatingPointShortest),
                          QString::number(run.deviation[7], 'g', QLocale::FloatingPointShortest)));
    }

    // The same model saved twice gives the same bytes (the fuzzers' seeds and model hashes rely
    // on it): HDF5 would otherwise stamp each object header with the time of writing.
    void sameModelSameBytes() {
        const Parameters p = RandomModel({12, 5, 1}, {Activation::ReLU, Activation::Sigmoid}, 5);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string a = Path(QDir(tmp.path()), "a.h5"), b = Path(QDir(tmp.path()), "b.h5");
        const auto now = static_cast<std::uint32_t>(std::time(nullptr));
        ParameterIO::Save(a, p);
        ParameterIO::Save(b, p);
        const QByteArray bytesA = ReadAll(QString::fromStdString(a));
        const QByteArray bytesB = ReadAll(QString::fromStdString(b));
        QVERIFY(!bytesA.isEmpty());
        QCOMPARE(bytesA, bytesB);
        for (std::uint32_t t = now - 2; t <= now + 2; ++t) {
            const QByteArray stamp(reinterpret_cast<const char*>(&t), sizeof t);
            QVERIFY2(!bytesA.contains(stamp), "the model file carries the time it was written");
        }
    }

    void notebookFileGetsDefaults() {
        // The notebook's `parameters` dict saved by h5py: W1, b1, ... and no attributes.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string path = Path(QDir(tmp.path()), "bare.h5");
        const Parameters p = RandomModel({6, 4, 3}, {Activation::ReLU, Activation::Softmax}, 5);
        {
            Hdf5File file(path, Hdf5File::Mode::CreateTruncate);
            for (size_t l = 1; l <= p.L(); ++l) {
                file.WriteMatrix(QString("W%1").arg(l).toStdString(), p.W[l]);
                file.WriteMatrix(QString("b%1").arg(l).toStdString(), p.b[l]);
            }
            file.Close();
        }
        RunDescription run = FullDescription(6);
        const Parameters q = ParameterIO::Load(path, &run);
        QVERIFY(q.spec == p.spec);  // ReLU hidden, softmax for 3 outputs
        // A file from before models recorded their run: nothing recorded, nothing standardised.
        QVERIFY(run.hyperparameters.empty() && run.data.empty() && run.dataHash.empty());
        QCOMPARE(run.runId, std::int64_t{0});
        QVERIFY(!run.Standardised());
        QVERIFY(q.classNames.empty());
        QCOMPARE(q.imageShape, (std::array<arma::uword, 3>{0, 0, 0}));

        const QString init = kShared + "/init_seed1.h5";
        if (!QFile::exists(init))
            QSKIP(qPrintable(init + " is absent (../shared beside the project)"));
        const Parameters course = ParameterIO::Load(init.toStdString(), &run);
        QVERIFY(!run.Standardised() && run.runId == 0);
        QCOMPARE(course.spec.sizes, (std::vector<arma::uword>{12288, 20, 7, 5, 1}));
        QCOMPARE(course.spec.activations,
                 (std::vector<Activation>{Activation::ReLU, Activation::ReLU, Activation::ReLU,
                                          Activation::Sigmoid}));
        QVERIFY(course.classNames.empty());
    }

    void brokenModels_data() {
        AddColumns<Maker, QString>({"make", "message"});
        const auto model = [](std::function<void(Hdf5File&)> write) {
            return Maker([write](const QDir& dir) {
                const QString path = dir.filePath("model.h5");
                Hdf5File file(path.toStdString(), Hdf5File::Mode::CreateTruncate);
                write(file);
                file.Close();
                return path;
            });
        };
        QTest::newRow("missing") << Maker([](const QDir& dir) { return dir.filePath("none.h5"); })
                                 << "no such file";
        QTest::newRow("not HDF5") << Maker([](const QDir& dir) {
            WriteRaw(dir.filePath("model.h5"), "W1 b1");
            return dir.filePath("model.h5");
        }) << "not an HDF5 file";
        QTest::newRow("a data set, not a model")
            << Maker([](const QDir& dir) { return GoodFile(dir); }) << "has no dataset 'W1'";
        QTest::newRow("b2 missing") << model([](Hdf5File& f) {
            f.WriteMatrix("W1", arma::mat(3, 4, arma::fill::ones));
            f.WriteMatrix("b1", arma::mat(3, 1, arma::fill::zeros));
            f.WriteMatrix("W2", arma::mat(1, 3, arma::fill::ones));
        }) << "has W2 but no b2";
        QTest::newRow("W2 does not chain") << model([](Hdf5File& f) {
            f.WriteMatrix("W1", arma::mat(3, 4, arma::fill::ones));
            f.WriteMatrix("b1", arma::mat(3, 1, arma::fill::zeros));
            f.WriteMatrix("W2", arma::mat(1, 5, arma::fill::ones));
            f.WriteMatrix("b2", arma::mat(1, 1, arma::fill::zeros));
        }) << "W2 has 5 columns but layer 1 has 3 units";
        QTest::newRow("b1 wrong size") << model([](Hdf5File& f) {
            f.WriteMatrix("W1", arma::mat(3, 4, arma::fill::ones));
            f.WriteMatrix("b1", arma::mat(2, 1, arma::fill::zeros));
        }) << "b1 is 2 × 1 but layer 1 needs 3 × 1";
        QTest::newRow("activations count") << model([](Hdf5File& f) {
            f.WriteMatrix("W1", arma::mat(1, 4, arma::fill::ones));
            f.WriteMatrix("b1", arma::mat(1, 1, arma::fill::zeros));
            f.WriteStringAttribute("activations", "relu,sigmoid");
        }) << "2 activations given for 1 layers";
        QTest::newRow("unknown activation") << model([](Hdf5File& f) {
            f.WriteMatrix("W1", arma::mat(1, 4, arma::fill::ones));
            f.WriteMatrix("b1", arma::mat(1, 1, arma::fill::zeros));
            f.WriteStringAttribute("activations", "gelu");
        }) << "unknown activation 'gelu'";
        const auto stats = [](arma::vec mean, arma::vec deviation) {
            return FourInputModel([mean, deviation](Hdf5File& f) {
                f.CreateGroup("standardisation");
                if (!mean.is_empty()) f.WriteVector("standardisation/mean", mean);
                if (!deviation.is_empty()) f.WriteVector("standardisation/deviation", deviation);
            });
        };
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const arma::vec four(4, arma::fill::value(0.5));
        QTest::newRow("mean of the wrong length")
            << stats(arma::vec(3, arma::fill::value(0.5)), four)
            << "the standardisation mean has 3 values but the model takes 4 inputs, one value "
               "each; the file is damaged or was not written for this model";
        QTest::newRow("deviation of the wrong length")
            << stats(four, arma::vec(5, arma::fill::ones))
            << "the standardisation deviation has 5 values but the model takes 4 inputs";
        QTest::newRow("NaN deviation")
            << stats(four, arma::vec{0.5, nan, 0.5, 0.5})
            << "the standardisation deviation's value 1 is NaN where a finite number above 0 is "
               "needed";
        QTest::newRow("zero deviation") << stats(four, arma::vec{0.5, 0.5, 0.5, 0.0})
                                        << "the standardisation deviation's value 3 is 0 where";
        QTest::newRow("infinite mean")
            << stats(arma::vec{0.5, 0.5, -arma::datum::inf, 0.5}, four)
            << "the standardisation mean's value 2 is infinite where a finite number is needed";
        QTest::newRow("mean without deviation")
            << stats(four, arma::vec())
            << "the standardisation has a mean but no deviation where both are needed";
        QTest::newRow("empty standardisation group")
            << stats(arma::vec(), arma::vec())
            << "has 'standardisation' but no standardisation/mean or standardisation/deviation";
        QTest::newRow("standardisation as a matrix") << FourInputModel([](Hdf5File& f) {
            f.CreateGroup("standardisation");
            f.WriteMatrix("standardisation/mean", arma::mat(2, 2, arma::fill::ones));
            f.WriteVector("standardisation/deviation", arma::vec(4, arma::fill::ones));
        }) << "'standardisation/mean' is 2 × 2; it must hold one value per input, as a vector";
        QTest::newRow("negative run id")
            << FourInputModel([](Hdf5File& f) { f.WriteIntegerAttribute("run_id", -3); })
            << "the run id -3 is negative where run ids count from 1";
        QTest::newRow("run id as text")
            << FourInputModel([](Hdf5File& f) { f.WriteStringAttribute("run_id", "7"); })
            << "attribute 'run_id' is not an integer";
        QTest::newRow("truncated") << Maker([](const QDir& dir) {
            ParameterIO::Save(Path(dir, "whole.h5"),
                              RandomModel({40, 30, 1}, {Activation::ReLU, Activation::Sigmoid}, 6));
            const QByteArray whole = ReadAll(dir.filePath("whole.h5"));
            WriteRaw(dir.filePath("model.h5"), whole.left(whole.size() / 2));
            return dir.filePath("model.h5");
        }) << "";
    }

    void brokenModels() {
        ExpectRowRefused([](const std::string& path) {
            ParameterIO::Load(path);
            return QString("the model was loaded");
        });
    }

    void saveRefusedLeavesNothing_data() {
        QTest::addColumn<QString>("where");
        QTest::newRow("parent is a file") << "file/model.h5";
        QTest::newRow("parent does not exist") << "absent/model.h5";
        QTest::newRow("read-only folder") << "readonly/model.h5";
        QTest::newRow("target is a folder") << "folder";
    }

    void saveRefusedLeavesNothing() {
        QFETCH(QString, where);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QDir dir(tmp.path());
        WriteRaw(dir.filePath("file"), "a file");
        dir.mkpath("readonly");
        dir.mkpath("folder/inside");
        const Parameters p = RandomModel({4, 2, 1}, {Activation::ReLU, Activation::Sigmoid}, 7);
        const QString path = dir.filePath(where);
        QByteArray before;
        if (where.startsWith("readonly")) {
            ParameterIO::Save(path.toStdString(), p);
            before = ReadAll(path);
            QFile::setPermissions(dir.filePath("readonly"), QFile::ReadOwner | QFile::ExeOwner);
            QFile probe(dir.filePath("readonly/probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QFile::setPermissions(dir.filePath("readonly"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                QSKIP(
                    "this user writes into read-only folders (root); the disk-full test covers it");
            }
        }
        const Parameters other = RandomModel({4, 3, 1}, {Activation::ReLU, Activation::Sigmoid}, 8);
        try {
            ParameterIO::Save(path.toStdString(), other);
            QFAIL("the save succeeded");
        } catch (const EngineError& e) {
            qInfo("%s", e.what());
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(path + ": "), e.what());
        }
        QFile::setPermissions(dir.filePath("readonly"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!before.isEmpty()) QCOMPARE(ReadAll(path), before);
        // Nothing half-written is left anywhere.
        for (const QString& sub : {QString("."), QString("readonly"), QString("folder")})
            for (const QString& name : QDir(dir.filePath(sub)).entryList(QDir::Files))
                QVERIFY2(!name.contains(".tmp"), qPrintable(sub + "/" + name));
    }

    void diskFullKeepsTheOldModel_data() {
        QTest::addColumn<int>("limitKiB");
        // The limit cuts the new model's 400 KB short: at once, or part way.
        QTest::newRow("nothing fits") << 0;
        QTest::newRow("a quarter fits") << 100;
    }

    void diskFullKeepsTheOldModel() {
        QFETCH(int, limitKiB);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string path = Path(QDir(tmp.path()), "model.h5");
        ParameterIO::Save(path, RandomModel({4, 2, 1}, {Activation::ReLU, Activation::Sigmoid}, 7));
        const QByteArray before = ReadAll(QString::fromStdString(path));
        const Parameters big =
            RandomModel({100, 500, 1}, {Activation::ReLU, Activation::Sigmoid}, 8);
        {
            FileSizeLimit limit(rlim_t(limitKiB) * 1024);
            try {
                ParameterIO::Save(path, big);
                QFAIL("a model larger than the space left was saved");
            } catch (const EngineError& e) {
                qInfo("%s", e.what());
                QVERIFY2(
                    QString::fromUtf8(e.what()).startsWith(QString::fromStdString(path) + ": "),
                    e.what());
            }
        }
        QCOMPARE(ReadAll(QString::fromStdString(path)), before);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{"model.h5"});
        QCOMPARE(ParameterIO::Load(path).spec.sizes, (std::vector<arma::uword>{4, 2, 1}));
    }
};

QTEST_GUILESS_MAIN(TestFileFormats)
#include "tst_fileformats.moc"
