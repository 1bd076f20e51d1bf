// Writes the fuzzers' seed corpora: one small valid input per case, made with the project's own
// writers, so the fuzzers start from files that get deep into each reader.
// Usage: fuzz_seeds OUTDIR   (makes OUTDIR/{coursereader,modelreader,idxreader,imageencoder})
#include <zlib.h>

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <utility>
#include <vector>

#include "CourseFiles.h"
#include "InitializeParameters.h"
#include "NetworkSpec.h"
#include "ParameterIO.h"

using namespace layerlab;

namespace {

void WriteBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz_seeds: cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
}

QByteArray Gzip(const QByteArray& plain) {
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // +16: a gzip header
    QByteArray out(static_cast<int>(deflateBound(&z, plain.size())) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
    z.avail_in = static_cast<uInt>(plain.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(static_cast<int>(z.total_out));
    deflateEnd(&z);
    return out;
}

// An IDX array of unsigned bytes: magic 0 0 0x08 ndims, then each dimension big-endian.
QByteArray Idx(const std::vector<quint32>& dims, std::uint8_t fill) {
    QByteArray out;
    out.append('\0').append('\0').append('\x08').append(static_cast<char>(dims.size()));
    quint64 n = 1;
    for (quint32 d : dims) {
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(static_cast<char>((d >> shift) & 0xff));
        n *= d;
    }
    for (quint64 i = 0; i < n; ++i) out.append(static_cast<char>((fill + i) % 10));
    return out;
}

QByteArray Picture(const char* format, bool gray) {
    QImage image(6, 4, gray ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) image.setPixel(x, y, qRgb(40 * x, 60 * y, 90));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);  // Qt finds its image-format plugins through it
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds OUTDIR\n");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const char* sub : {"coursereader", "modelreader", "idxreader", "imageencoder"})
        out.mkpath(sub);

    const std::string course = out.filePath("coursereader/tiny.h5").toStdString();
    testdata::WriteCourseFile(course, "train_set", testdata::ColourImages(4, 3, 2, 7),
                              {"non-cat", "cat"});

    for (const auto& [name, layers] :
         {std::pair{"two_layers.h5", std::vector<arma::uword>{6, 3, 1}},
          std::pair{"three_classes.h5", std::vector<arma::uword>{4, 5, 2, 3}}}) {
        const Parameters p =
            InitializeParameters(NetworkSpec::WithDefaultActivations(layers), Initializer::He, 3);
        ParameterIO::Save(out.filePath(QString("modelreader/") + name).toStdString(), p);
    }
    // A model that describes its run: the attributes and the standardisation group.
    {
        const Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({3, 2, 1}),
                                                  Initializer::He, 4);
        RunDescription run;
        run.hyperparameters = R"({"layers":"3,2,1","lr":0.0075})";
        run.data = "builtin:shapes";
        run.dataHash = "0123abcd";
        run.runId = 7;
        run.mean = {0.25, 0.5, 0.75};
        run.deviation = {0.1, 0.2, 0.3};
        ParameterIO::Save(out.filePath("modelreader/described.h5").toStdString(), p, run);
    }

    // idxreader's first byte: bit 0 gzip, bit 1 images (see fuzz_idxreader.cpp).
    const QByteArray labels = Idx({5}, 1), images = Idx({5, 3, 2}, 200);
    WriteBytes(out.filePath("idxreader/labels"), QByteArray(1, '\0') + labels);
    WriteBytes(out.filePath("idxreader/labels_gz"), QByteArray(1, '\1') + Gzip(labels));
    WriteBytes(out.filePath("idxreader/images"), QByteArray(1, '\2') + images);
    WriteBytes(out.filePath("idxreader/images_gz"), QByteArray(1, '\3') + Gzip(images));

    for (const auto& [name, format, gray] :
         {std::tuple{"rgb.png", "PNG", false}, std::tuple{"gray.png", "PNG", true},
          std::tuple{"rgb.jpg", "JPEG", false}, std::tuple{"rgb.bmp", "BMP", false},
          std::tuple{"rgb.gif", "GIF", false}}) {
        const QByteArray bytes = Picture(format, gray);
        if (!bytes.isEmpty()) WriteBytes(out.filePath(QString("imageencoder/") + name), bytes);
    }
    return 0;
}
