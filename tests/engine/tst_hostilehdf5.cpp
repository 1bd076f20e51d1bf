// Hostile HDF5 files, crafted here with the HDF5 C API: sizes that overflow, chunks never
// written, compression bombs, string bombs, models with gaps or non-finite weights, float pixels,
// and the usual h5py strings (variable-length UTF-8). Each is refused with a message naming the
// file and the reason, or read as the user meant, and the bombs are refused under a 2 GiB
// address-space limit.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <functional>
#include <limits>

#include "AddressSpaceLimit.h"
#include "CourseDataReader.h"
#include "CourseFiles.h"
#include "CraftedHdf5.h"
#include "DataColumns.h"
#include "EngineError.h"
#include "Hdf5File.h"
#include "MemoryBudget.h"
#include "NetworkSpec.h"
#include "ParameterIO.h"
#include "RunDescription.h"

using namespace layerlab;

using testdata::Bomb;
using testdata::Bombs;
using testdata::Crafted;
using testdata::HugeW1;
using testdata::kHuge;
using testdata::Labels;
using testdata::Maker;
using testdata::TinyTrainSet;
using testdata::UnwrittenClassNames;
Q_DECLARE_METATYPE(Maker)

namespace {

// Writes the current row's crafted file as name in folder, under the row's memory budget.
std::string WriteRowFile(const QString& folder, const char* name) {
    QFETCH(Maker, make);
    QFETCH(QByteArray, budget);
    if (!budget.isEmpty()) qputenv("LAYERLAB_MEMORY_BUDGET", budget);
    const std::string path = QDir(folder).filePath(name).toStdString();
    make(path);
    return path;
}

// VmPeak of /proc/self/status: the largest address space this process has had, in kilobytes.
long long PeakAddressSpaceKb() {
    QFile status("/proc/self/status");
    if (!status.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmPeak:"))
            return line.mid(7).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// Saves a standardised model of 4 inputs that records its run, with an 8-byte string
// attribute `tag` on `on` ("/" for the file, or a dataset), whose datatype is then made to claim
// `claimed` bytes: more than the attribute's message holds. HDF5 copies the value out of the
// message by that claim unchecked.
void DescribedModelWithOverlongAttribute(const std::string& path, const std::string& on,
                                         const std::string& tag, std::uint32_t claimed) {
    Parameters p;
    p.spec = NetworkSpec::WithDefaultActivations({4, 1});
    p.W = {arma::mat(), arma::mat(1, 4, arma::fill::ones)};
    p.b = {arma::mat(), arma::mat(1, 1, arma::fill::zeros)};
    RunDescription run;
    run.hyperparameters = R"({"layers":"4,1"})";
    run.runId = 3;
    run.mean = arma::vec(4, arma::fill::value(0.5));
    run.deviation = arma::vec(4, arma::fill::value(0.25));
    ParameterIO::Save(path, p, run);
    {
        const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
        const hid_t object = H5Oopen(file, on.c_str(), H5P_DEFAULT);
        const hid_t type = H5Tcopy(H5T_C_S1);
        H5Tset_size(type, 8);
        const hid_t space = H5Screate(H5S_SCALAR);
        const hid_t attr = H5Acreate2(object, tag.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT);
        H5Awrite(attr, type, "12345678");
        for (const hid_t id : {attr, space, type}) H5Idec_ref(id);
        H5Oclose(object);
        H5Fclose(file);
    }
    // A version-1 attribute message: the name (NUL-padded to 8 bytes), then the datatype, whose
    // element size is the 4 bytes after its class and flags.
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadWrite)) throw std::runtime_error("cannot reopen " + path);
    QByteArray bytes = f.readAll();
    const qsizetype name = bytes.indexOf(QByteArray(tag.c_str(), qsizetype(tag.size()) + 1));
    if (name < 0) throw std::runtime_error("no attribute " + tag + " in " + path);
    const qsizetype sizeField = name + qsizetype((tag.size() + 1 + 7) / 8 * 8) + 4;
    for (int i = 0; i < 4; ++i) bytes[sizeField + i] = char((claimed >> (8 * i)) & 0xff);
    f.seek(0);
    f.write(bytes);
}

}  // namespace

class TestHostileHdf5 : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { qunsetenv("LAYERLAB_MEMORY_BUDGET"); }

    void refusedModels_data() {
        AddColumns<Maker, QString>({"make", "message"});
        QTest::addColumn<QByteArray>("budget");  // LAYERLAB_MEMORY_BUDGET, "" for the machine's
        QTest::newRow("W1 4 x (2^62+1)") << HugeW1({4, kHuge})
                                         << "'W1' of shape [4, 4611686018427387905] would need "
                                            "more than 18 EB of memory"
                                         << QByteArray();
        QTest::newRow("W1 (2^62+1) x 4")
            << HugeW1({kHuge, 4}) << "'W1' of shape [4611686018427387905, 4] would need"
            << QByteArray();
        QTest::newRow("W1 2^32 x 2^32")
            << HugeW1({hsize_t(1) << 32, hsize_t(1) << 32})
            << "'W1' of shape [4294967296, 4294967296] would need" << QByteArray();
        QTest::newRow("W1 30000 x 12288, over the budget")
            << HugeW1({30000, 12288}) << "LayerLab may use on this machine"
            << QByteArray("1000000000");
        QTest::newRow("W1 30000 x 12288, never written")
            << HugeW1({30000, 12288})
            << "'W1' declares [30000, 12288] = 2949120000 bytes but only 0 bytes of it are stored"
            << QByteArray("100000000000");
        QTest::newRow("W1 3 x 4, never written") << Maker([](const std::string& path) {
            Crafted f(path);
            f.Dataset("W1", {3, 4}, H5T_IEEE_F64LE);
            f.Matrix("b1", arma::mat(3, 1, arma::fill::zeros));
        }) << "'W1' declares [3, 4] = 96 bytes but only 0 bytes of it are stored"
                                                 << QByteArray();
        QTest::newRow("W1 in another file") << Maker([](const std::string& path) {
            Crafted f(path);
            f.External("W1", 96, "/dev/zero");
            f.Matrix("b1", arma::mat(1, 1, arma::fill::zeros));
        }) << "'W1' keeps its data in another file"
                                            << QByteArray();
        const auto layers = [](std::vector<int> present, std::function<void(Crafted&)> more = {}) {
            return Maker([=](const std::string& path) {
                Crafted f(path);
                for (int l : present) {
                    f.Matrix(std::string("W").append(std::to_string(l)),
                             arma::mat(3, 3, arma::fill::ones));
                    f.Matrix(std::string("b").append(std::to_string(l)),
                             arma::mat(3, 1, arma::fill::zeros));
                }
                if (more) more(f);
            });
        };
        QTest::newRow("W1, W2, W4 but no W3")
            << layers({1, 2, 4}) << "has W4 but no W3" << QByteArray();
        QTest::newRow("b3 without W3") << layers({1, 2}, [](Crafted& f) {
            f.Matrix("b3", arma::mat(1, 1, arma::fill::zeros));
        }) << "has b3 but no W3" << QByteArray();
        const auto weights = [](double bad, arma::uword row, arma::uword col) {
            return Maker([=](const std::string& path) {
                Crafted f(path);
                arma::mat W(2, 3, arma::fill::ones);
                W(row, col) = bad;
                f.Matrix("W1", W);
                f.Matrix("b1", arma::mat(2, 1, arma::fill::zeros));
            });
        };
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("a NaN weight")
            << weights(nan, 1, 2) << "W1 holds NaN at row 2, column 3" << QByteArray();
        QTest::newRow("an Inf weight")
            << weights(inf, 0, 1) << "W1 holds Inf at row 1, column 2" << QByteArray();
        QTest::newRow("all NaN") << Maker([nan](const std::string& path) {
            Crafted f(path);
            f.Matrix("W1", arma::mat(1, 4, arma::fill::value(nan)));
            f.Matrix("b1", arma::mat(1, 1, arma::fill::value(nan)));
        }) << "W1 holds NaN at row 1, column 1 (4 of its 4 values are NaN or Inf)"
                                 << QByteArray();
        QTest::newRow("3 outputs, 2 class names")
            << layers({1},
                      [](Crafted& f) { f.StringAttribute("class_names", "non-cat\ncat", true); })
            << "the output layer has 3 units but the data has 2 classes" << QByteArray();
        QTest::newRow("class_names holds 2 strings")
            << layers({1},
                      [](Crafted& f) {
                          f.StringArrayAttribute("class_names", {"non-cat", "cat"});
                      })
            << "attribute 'class_names' holds 2 strings where one was expected" << QByteArray();
    }

    void refusedModels() {
        QFETCH(QString, message);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string path = WriteRowFile(tmp.path(), "model.h5");
        if (message.isEmpty()) {  // a model that must load
            ParameterIO::Load(path);
            return;
        }
        try {
            const Parameters p = ParameterIO::Load(path);
            QFAIL(qPrintable(QString("a model of %1 layers was loaded").arg(p.L())));
        } catch (const EngineError& e) {
            const QString what = QString::fromUtf8(e.what());
            qInfo("%s", e.what());
            QVERIFY2(what.startsWith(QString::fromStdString(path)), qPrintable(what));
            QVERIFY2(what.contains(message), qPrintable(what));
        }
    }

    void impossibleLayerSizes_data() {
        QTest::addColumn<QString>("layers");
        QTest::newRow("4 x (2^62+1)") << "4611686018427387905,4";
        QTest::newRow("2^32, 2^32") << "4294967296,4294967296";
        QTest::newRow("12288, 2^63-1, 1") << "12288,9223372036854775807,1";
    }

    void impossibleLayerSizes() {
        QFETCH(QString, layers);
        const NetworkSpec spec =
            NetworkSpec::WithDefaultActivations(ParseLayerSizes(layers.toStdString()));
        try {
            spec.Validate();
            QFAIL("the sizes were accepted");
        } catch (const EngineError& e) {
            qInfo("%s", e.what());
            QVERIFY2(QString(e.what()).startsWith("layers " + layers +
                                                  ": the network's weights would need"),
                     e.what());
        }
    }

    // A model that describes its run is read through the same checks: an attribute whose value
    // claims more than its message holds is refused, on the file and on the standardisation's
    // datasets inside their group (whose object headers HDF5 decodes when it opens them).
    void overlongAttributesOfADescribedModelAreRefused_data() {
        AddColumns<QString, QString>({"on", "tag"});
        QTest::newRow("on the file") << "/"
                                     << "zzhyperparameters";
        QTest::newRow("on standardisation/mean") << "standardisation/mean"
                                                 << "zznote";
        QTest::newRow("on the standardisation group") << "standardisation"
                                                      << "zzgroupnote";
    }
    void overlongAttributesOfADescribedModelAreRefused() {
        QFETCH(QString, on);
        QFETCH(QString, tag);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string path = QDir(tmp.path()).filePath("described.h5").toStdString();
        // The attribute as written loads: only the claim of 200 bytes in an 8-byte value is
        // refused.
        DescribedModelWithOverlongAttribute(path, on.toStdString(), tag.toStdString(), 8);
        RunDescription run;
        ParameterIO::Load(path, &run);
        QCOMPARE(run.runId, std::int64_t{3});
        DescribedModelWithOverlongAttribute(path, on.toStdString(), tag.toStdString(), 200);
        try {
            ParameterIO::Load(path, &run);
            QFAIL("an attribute claiming 200 bytes of an 8-byte value was read");
        } catch (const EngineError& e) {
            qInfo("%s", e.what());
            QVERIFY2(QString(e.what()).startsWith(QString::fromStdString(path)), e.what());
            QVERIFY2(QString(e.what()).contains("has an attribute whose value claims 200 bytes"),
                     e.what());
        }
    }

    // Every input the fuzzers found (tests/fuzz/regressions) is read again by the Release build:
    // refused with an EngineError, never a crash.
    void fuzzFindingsAreRefused_data() {
        AddColumns<QString, QString>({"reader", "path"});
        const QDir root(QStringLiteral(LAYERLAB_SOURCE_DIR "/tests/fuzz/regressions"));
        int rows = 0;
        for (const QString& reader : {QString("coursereader"), QString("modelreader")})
            for (const QFileInfo& f : QDir(root.filePath(reader)).entryInfoList(QDir::Files)) {
                QTest::newRow(qPrintable(reader + "/" + f.fileName())) << reader << f.filePath();
                ++rows;
            }
        if (rows == 0) QTest::newRow("none") << QString() << root.path();
    }
    void fuzzFindingsAreRefused() {
        QFETCH(QString, reader);
        QFETCH(QString, path);
        if (reader.isEmpty()) QSKIP(qPrintable("no fuzz findings under " + path));
        const std::string file = path.toStdString();
        const auto read = [&] {
            if (reader == "coursereader")
                (void)CourseDataReader::ReadFile(file);
            else
                (void)ParameterIO::Load(file);
        };
        try {
            read();
            QFAIL("a damaged file the fuzzer found was read without complaint");
        } catch (const EngineError& e) {
            qInfo("%s", e.what());
        }
        // And without taking memory: one of them had HDF5 itself fill 4 GiB (under an
        // address-space ceiling that allocation just fails, so the child's peak is measured).
        if (testdata::UnderAddressSanitizer()) return;
        std::fflush(nullptr);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The address space too: glibc grants an untouched 4 GiB block at once (a root
            // continuation chunk HDF5 allocated before reading, found by the model-reader
            // fuzzer), so resident memory alone would not show it.
            const long long spaceBefore = PeakAddressSpaceKb();
            try {
                read();
            } catch (...) {
            }
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            if (usage.ru_maxrss > 512 * 1024) _exit(4);  // kilobytes: 512 MB
            _exit(PeakAddressSpaceKb() - spaceBefore > 1024 * 1024 ? 5 : 0);
        }
        int status = 0;
        waitpid(child, &status, 0);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) != 4, "reading it took more than 512 MB");
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) != 5,
                 "reading it reserved more than 1 GiB of address space");
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the child died");
    }

    void refusedData_data() {
        AddColumns<Maker, QString, QByteArray>({"make", "message", "budget"});
        for (const Bomb& bomb : Bombs())
            if (!bomb.model) QTest::newRow(bomb.name) << bomb.make << bomb.message << QByteArray();
        // HDF5 converts whatever bit layout a file declares; a damaged one read out of bounds
        // (the course-reader fuzzer's first finding, a SIGBUS in H5T__bit_copy).
        const auto oddLabels = [](void (*change)(hid_t)) {
            return Maker([change](const std::string& path) {
                Crafted f(path);
                TinyTrainSet(f);  // writes train_set_y too: replace it by an odd one
                H5Ldelete(f.Id(), "train_set_y", H5P_DEFAULT);
                const hid_t type = H5Tcopy(H5T_STD_I64LE);
                change(type);
                f.Dataset("train_set_y", {4}, type);
                H5Tclose(type);
            });
        };
        QTest::newRow("labels of 12 bits in 8 bytes")
            << oddLabels([](hid_t t) { H5Tset_precision(t, 12); })
            << "'train_set_y' declares its numbers in a layout no ordinary writer makes (8 bytes, "
               "12 bits at offset 0)"
            << QByteArray();
        QTest::newRow("labels at bit offset 8") << oddLabels([](hid_t t) {
            H5Tset_precision(t, 48);
            H5Tset_offset(t, 8);
        }) << "(8 bytes, 48 bits at offset 8)" << QByteArray();
        QTest::newRow("3-byte labels") << oddLabels([](hid_t t) { H5Tset_size(t, 3); })
                                       << "(3 bytes, 24 bits at offset 0)" << QByteArray();
        QTest::newRow("2000 images, no chunk written")
            << Maker([](const std::string& path) {
                   Crafted f(path);
                   f.Dataset("train_set_x", {2000, 4, 4, 3}, H5T_STD_U8LE, {100, 4, 4, 3});
                   Labels(f, 2000);
               })
            << "'train_set_x' declares [2000, 4, 4, 3] = 96000 bytes but only 0 bytes of it "
               "are stored, in 0 of its 20 chunks"
            << QByteArray();
        QTest::newRow("gzip chunks over the deflate ratio")
            << Bombs()[1].make << "more than a compressed file of" << QByteArray("100000000000");
        QTest::newRow("deflated data over the budget") << Maker([](const std::string& path) {
            Crafted f(path);
            // Bytes are held as bytes: 2000 images are 25 MB, over the 20 MB budget.
            const std::vector<std::uint8_t> zeros(2000 * 4096 * 3, 0);
            f.Dataset("train_set_x", {2000, 64, 64, 3}, H5T_STD_U8LE, {10, 64, 64, 3}, 9,
                      zeros.data(), H5T_NATIVE_UINT8);
            Labels(f, 2000);
        }) << "'train_set_x' of shape [2000, 64, 64, 3] would need 25 MB of memory"
                                                       << QByteArray("20000000");
        QTest::newRow("70000 class names") << Maker([](const std::string& path) {
            Crafted f(path);
            TinyTrainSet(f);
            std::vector<std::string> names;
            for (int i = 0; i < 70000; ++i)
                names.push_back(std::string("c").append(std::to_string(i)));
            f.VariableStrings("list_classes", names);
        }) << "'list_classes' holds 70000 class names; LayerLab takes at most 65536 classes"
                                           << QByteArray();
        QTest::newRow("class names never written") << Maker([](const std::string& path) {
            Crafted f(path);
            TinyTrainSet(f);
            UnwrittenClassNames(f, 60000, 100);
        }) << "'list_classes' declares [60000] = 120000000 bytes but only 0 bytes"
                                                   << QByteArray();
        const auto floats = [](float bad, hsize_t at) {
            return Maker([=](const std::string& path) {
                Crafted f(path);
                std::vector<float> pixels(4 * 12, 0.5f);
                pixels[at] = bad;
                f.Dataset("train_set_x", {4, 2, 2, 3}, H5T_IEEE_F32LE, {}, -1, pixels.data(),
                          H5T_NATIVE_FLOAT);
                Labels(f, 4);
            });
        };
        QTest::newRow("a NaN pixel") << floats(std::nanf(""), 13)
                                     << "pixel value nan of image 1 in 'train_set_x' is not a "
                                        "pixel: give values in 0..255 (bytes) or 0..1"
                                     << QByteArray();
        QTest::newRow("an Inf pixel")
            << floats(INFINITY, 47) << "pixel value inf of image 3" << QByteArray();
        QTest::newRow("a float pixel of 300")
            << floats(300.f, 0) << "pixel value 300 of image 0" << QByteArray();
        QTest::newRow("a negative float pixel")
            << floats(-0.5f, 12) << "pixel value -0.5 of image 1" << QByteArray();
        QTest::newRow("int16 pixel of 300") << Maker([](const std::string& path) {
            Crafted f(path);
            std::vector<std::int16_t> pixels(4 * 12, 9);
            pixels[30] = 300;
            f.Dataset("train_set_x", {4, 2, 2, 3}, H5T_STD_I16LE, {}, -1, pixels.data(),
                      H5T_NATIVE_INT16);
            Labels(f, 4);
        }) << "pixel value 300 of image 2" << QByteArray();
        QTest::newRow("images in another file") << Maker([](const std::string& path) {
            Crafted f(path);
            f.External("train_set_x", 48, "/dev/zero");
            Labels(f, 4);
        }) << "'train_set_x' keeps its data in another file"
                                                << QByteArray();
    }

    void refusedData() {
        QFETCH(QString, message);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string path = WriteRowFile(tmp.path(), "train_x.h5");
        try {
            const DataSet d = CourseDataReader::ReadFile(path);
            QFAIL(qPrintable(QString("read %1 images without complaint").arg(d.Count())));
        } catch (const EngineError& e) {
            const QString what = QString::fromUtf8(e.what());
            qInfo("%s (file of %lld bytes)", e.what(),
                  QFileInfo(QString::fromStdString(path)).size());
            QVERIFY2(what.startsWith(QString::fromStdString(path)), qPrintable(what));
            QVERIFY2(what.contains(message), qPrintable(what));
        }
    }

    void partlyWrittenChunksAreRefused() {
        // 2000 images of which only the first chunk of 100 was written: the rest would be zeros.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string path = QDir(tmp.path()).filePath("train_x.h5").toStdString();
        {
            Crafted f(path);
            Labels(f, 2000);
        }
        const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
        const hsize_t dims[4] = {2000, 4, 4, 3}, chunk[4] = {100, 4, 4, 3};
        const hid_t dcpl = H5Pcreate(H5P_DATASET_CREATE);
        H5Pset_chunk(dcpl, 4, chunk);
        const hid_t space = H5Screate_simple(4, dims, nullptr);
        const hid_t ds =
            H5Dcreate2(file, "train_set_x", H5T_STD_U8LE, space, H5P_DEFAULT, dcpl, H5P_DEFAULT);
        const hsize_t start[4] = {0, 0, 0, 0};
        H5Sselect_hyperslab(space, H5S_SELECT_SET, start, nullptr, chunk, nullptr);
        const hid_t mem = H5Screate_simple(4, chunk, nullptr);
        const std::vector<std::uint8_t> pixels(100 * 48, 200);
        QVERIFY(H5Dwrite(ds, H5T_NATIVE_UINT8, mem, space, H5P_DEFAULT, pixels.data()) >= 0);
        H5Sclose(mem);
        H5Dclose(ds);
        H5Sclose(space);
        H5Pclose(dcpl);
        H5Fclose(file);
        try {
            CourseDataReader::ReadFile(path);
            QFAIL("the phantom images were read");
        } catch (const EngineError& e) {
            qInfo("%s", e.what());
            QVERIFY2(QString(e.what()).contains(
                         "'train_set_x' declares [2000, 4, 4, 3] = 96000 bytes but only 4800 "
                         "bytes of it are stored, in 1 of its 20 chunks"),
                     e.what());
        }
    }

    void floatPixels_data() {
        AddColumns<float, double, QString>({"high", "scale", "warning"});
        QTest::newRow("in [0, 1]") << 1.0f << 1.0 << "floating-point pixels in [0, 1]";
        QTest::newRow("in [0, 255]") << 255.0f << 255.0 << "floating-point pixels in [0, 255]";
    }

    void floatPixels() {
        QFETCH(float, high);
        QFETCH(double, scale);
        QFETCH(QString, warning);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string path = QDir(tmp.path()).filePath("train_x.h5").toStdString();
        std::vector<float> pixels(4 * 12);
        for (size_t i = 0; i < pixels.size(); ++i) pixels[i] = high * float(i) / 47.0f;
        {
            Crafted f(path);
            f.Dataset("train_set_x", {4, 2, 2, 3}, H5T_IEEE_F32LE, {}, -1, pixels.data(),
                      H5T_NATIVE_FLOAT);
            Labels(f, 4);
        }
        const DataSet d = CourseDataReader::ReadFile(path);
        QCOMPARE(d.X.n_rows, arma::uword(12));
        for (size_t i = 0; i < pixels.size(); ++i)
            QCOMPARE(d.X.memptr()[i], double(pixels[i]) / scale);
        QCOMPARE(d.warnings.size(), size_t(1));
        QVERIFY2(QString::fromStdString(d.warnings[0]).contains(warning), d.warnings[0].c_str());
    }

    void h5pyStrings_data() {
        AddColumns<bool, int>({"variable", "cset"});
        QTest::newRow("variable UTF-8 (h5py's str)") << true << int(H5T_CSET_UTF8);
        QTest::newRow("variable ASCII") << true << int(H5T_CSET_ASCII);
        QTest::newRow("fixed UTF-8") << false << int(H5T_CSET_UTF8);
    }

    void h5pyStrings() {
        // list_classes, class_names and activations as h5py writes them from Python str.
        QFETCH(bool, variable);
        QFETCH(int, cset);
        const auto set = static_cast<H5T_cset_t>(cset);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string data = QDir(tmp.path()).filePath("train_x.h5").toStdString();
        const std::string model = QDir(tmp.path()).filePath("model.h5").toStdString();
        const std::vector<std::string> classes =
            set == H5T_CSET_UTF8 ? std::vector<std::string>{"non-cat", "chat \xc3\xa9"}
                                 : std::vector<std::string>{"non-cat", "cat"};
        {
            Crafted f(data);
            TinyTrainSet(f);
            if (variable) {
                f.VariableStrings("list_classes", classes, set);
            } else {
                const hid_t type = H5Tcopy(H5T_C_S1);
                H5Tset_size(type, 10);
                H5Tset_cset(type, set);
                char buffer[20] = {};
                classes[0].copy(buffer, 10);
                classes[1].copy(buffer + 10, 10);
                f.Dataset("list_classes", {2}, type, {}, -1, buffer, type);
                H5Tclose(type);
            }
        }
        QCOMPARE(CourseDataReader::ReadFile(data).classNames, classes);
        {
            Crafted f(model);
            f.Matrix("W1", arma::mat(1, 12, arma::fill::ones));
            f.Matrix("b1", arma::mat(1, 1, arma::fill::zeros));
            f.StringAttribute("activations", "sigmoid", variable, set);
            f.StringAttribute("class_names", classes[0] + "\n" + classes[1], variable, set);
        }
        const Parameters p = ParameterIO::Load(model);
        QCOMPARE(p.classNames, classes);
        QCOMPARE(p.spec.activations, std::vector<Activation>{Activation::Sigmoid});
    }

    void fileMadeByH5py() {
        if (QProcess::execute("/usr/bin/python3", {"-c", "import h5py"}) != 0)
            QSKIP("/usr/bin/python3 has no h5py (apt-get install python3-h5py)");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString data = QDir(tmp.path()).filePath("train_h5py.h5");
        const QString model = QDir(tmp.path()).filePath("model_h5py.h5");
        const QString script = QStringLiteral(
            "import h5py, numpy as np, sys\n"
            "with h5py.File(sys.argv[1], 'w') as f:\n"
            "    f['train_set_x'] = np.full((4, 2, 2, 3), 7, dtype=np.uint8)\n"
            "    f['train_set_y'] = np.array([0, 1, 0, 1])\n"
            "    f['list_classes'] = ['non-cat', 'cat']\n"
            "with h5py.File(sys.argv[2], 'w') as f:\n"
            "    f['W1'] = np.ones((1, 12))\n"
            "    f['b1'] = np.zeros((1, 1))\n"
            "    f.attrs['activations'] = 'sigmoid'\n"
            "    f.attrs['class_names'] = 'non-cat\\ncat'\n");
        QCOMPARE(QProcess::execute("/usr/bin/python3", {"-c", script, data, model}), 0);
        const DataSet d = CourseDataReader::ReadFile(data.toStdString());
        QCOMPARE(d.classNames, (std::vector<std::string>{"non-cat", "cat"}));
        const Parameters p = ParameterIO::Load(model.toStdString());
        QCOMPARE(p.classNames, (std::vector<std::string>{"non-cat", "cat"}));
    }

    void twoTrainFilesInAFolderAreRefused() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QDir dir(tmp.path());
        for (const char* name : {"train_b.h5", "train_a.h5"})
            testdata::WriteCourseFile(dir.filePath(name).toStdString(), "train_set",
                                      testdata::ColourImages(4, 2, 2, 1), {"a", "b"});
        try {
            CourseDataReader::Read(tmp.path().toStdString());
            QFAIL("one of the two was picked");
        } catch (const EngineError& e) {
            qInfo("%s", e.what());
            QVERIFY2(QString(e.what()).contains(
                         "the folder holds train_a.h5 and train_b.h5; give the file itself"),
                     e.what());
        }
    }

    void bombsAreRefusedUnderTwoGibibytes() {
        if (testdata::UnderAddressSanitizer())
            QSKIP("AddressSanitizer needs more address space than the 2 GiB limit leaves");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        for (const Bomb& bomb : Bombs()) {
            const std::string path = QDir(tmp.path()).filePath("train_bomb.h5").toStdString();
            bomb.make(path);
            const bool model = bomb.model;
            const std::string failure = testdata::RunUnderAddressSpaceLimit<EngineError>(
                std::uint64_t(2) << 30,
                [&] {
                    if (model)
                        ParameterIO::Load(path);
                    else
                        CourseDataReader::Read(path);
                },
                bomb.message);
            QVERIFY2(failure.empty(), qPrintable(QString(bomb.name) + ": " + failure.c_str()));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileHdf5)
#include "tst_hostilehdf5.moc"
