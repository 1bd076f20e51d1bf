#include "IdxReader.h"

#include <zlib.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <memory>

#include "ClassPicker.h"
#include "CompressionBound.h"
#include "EngineError.h"
#include "InputFile.h"
#include "LoadCancelled.h"
#include "MemoryBudget.h"

namespace layerlab {
namespace {

struct GzCloser {
    void operator()(gzFile f) const { gzclose(f); }
};

// The file of that stem, plain or .gz, whatever kind it is (ReadArray refuses what is not a
// regular file, rather than the folder seeming to lack it). With both beside each other the plain
// one is read (no decompressing; it is what `gunzip -k` leaves) and, when warnings is given, a
// warning says so: they may differ.
QString Find(const QString& folder, const QString& stem, QStringList* warnings = nullptr) {
    const QString plain = QDir(folder).filePath(stem), gz = plain + ".gz";
    // exists() follows links; a dangling link counts too, so that it is reported, not ignored.
    auto present = [](const QString& path) {
        const QFileInfo info(path);
        return info.exists() || info.isSymLink();
    };
    if (present(plain)) {
        if (warnings && present(gz))
            *warnings << QCoreApplication::translate(
                             "IdxReader",
                             "%1: both %2 and %2.gz are there; read %2 and ignored %2.gz "
                             "(remove the one you do not mean)")
                             .arg(folder, stem);
        return plain;
    }
    return present(gz) ? gz : QString();
}

std::string Hex(std::uint32_t v) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", v);
    return text;
}

std::uint32_t BigEndian(const unsigned char* b) {
    return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) |
           b[3];
}

}  // namespace

bool IdxReader::IsIdxFolder(const QString& folder) {
    return QFileInfo(folder).isDir() && !Find(folder, "train-images-idx3-ubyte").isEmpty();
}

std::vector<std::string> IdxReader::ClassNamesFor(const QString& folder, size_t classCount) {
    if (QFileInfo(folder).absoluteFilePath().contains("fashion", Qt::CaseInsensitive) &&
        classCount <= 10)
        return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    std::vector<std::string> names;
    for (size_t i = 0; i < classCount; ++i) names.push_back(std::to_string(i));
    return names;
}

IdxReader::Array IdxReader::ReadArray(const QString& path, std::uint8_t expectedDims,
                                      const LoadOptions& options,
                                      const std::function<void(double)>& onFraction,
                                      std::uint64_t heldBytes) {
    const std::string where = path.toStdString();
    // Before gzopen: opening a FIFO blocks until something writes to it.
    const std::uint64_t fileSize =
        InputFile::RequireRegularFile(where, "give the IDX file itself, as downloaded");
    std::unique_ptr<gzFile_s, GzCloser> file(gzopen(path.toLocal8Bit().constData(), "rb"));
    if (!file) throw EngineError(where + ": cannot open");
    auto fail = [&](const std::string& what) -> EngineError {
        int code = Z_OK;
        const char* message = gzerror(file.get(), &code);
        // zlib puts the path in front of its message; we already do.
        std::string reason = message;
        if (reason.rfind(path.toLocal8Bit().toStdString() + ": ", 0) == 0)
            reason.erase(0, path.toLocal8Bit().size() + 2);
        if (code != Z_OK && code != Z_STREAM_END)
            return EngineError(
                where + ": the compressed data is corrupt or cut short (zlib: " + reason + ")");
        return EngineError(where + ": " + what);
    };
    std::uint64_t expectedTotal = 0;  // known once the header is read
    auto readExactly = [&](void* into, std::uint64_t count) {
        auto* out = static_cast<unsigned char*>(into);
        std::uint64_t done = 0;
        while (done < count) {
            const unsigned chunk =
                static_cast<unsigned>(std::min<std::uint64_t>(count - done, 1u << 20));
            const int got = gzread(file.get(), out + done, chunk);
            if (got < 0) throw fail("cannot read");
            if (got == 0) return done;
            done += static_cast<std::uint64_t>(got);
            if (options.Cancelled()) throw LoadCancelled();
            if (onFraction && expectedTotal)
                onFraction(static_cast<double>(done) / static_cast<double>(expectedTotal));
        }
        return done;
    };

    unsigned char magic[4];
    if (readExactly(magic, 4) != 4)
        throw fail("is too short to be an IDX file (no 4-byte magic number)");
    const std::uint32_t magicValue = BigEndian(magic);
    const std::uint32_t expectedMagic = 0x0800u | expectedDims;
    if (magic[0] != 0 || magic[1] != 0 || magic[3] != expectedDims)
        throw EngineError(where + ": wrong magic number " + Hex(magicValue) + "; an IDX " +
                          (expectedDims == 1 ? "label" : "image") + " file starts with " +
                          Hex(expectedMagic));
    if (magic[2] != 0x08)
        throw EngineError(where + ": IDX element type " + Hex(magic[2]) +
                          " is not supported; only unsigned bytes (0x08) are");
    const bool compressed = gzdirect(file.get()) == 0;

    Array a;
    std::uint64_t elements = 1;
    for (unsigned i = 0; i < expectedDims; ++i) {
        unsigned char b[4];
        if (readExactly(b, 4) != 4) throw fail("is truncated inside its header");
        a.dims.push_back(BigEndian(b));
        elements = MemoryBudget::Multiply({elements, a.dims.back()});
    }
    const std::uint64_t header = 4 + 4 * std::uint64_t(expectedDims);
    std::string shape;
    for (size_t i = 0; i < a.dims.size(); ++i)
        shape += (i ? " × " : "") + std::to_string(a.dims[i]);
    // Raw bytes plus the codes they become, on top of what the files read before it hold.
    MemoryBudget::Check(MemoryBudget::Add({heldBytes, MemoryBudget::Multiply({elements, 2})}),
                        where, "its header's size " + shape + (heldBytes ? " with the rest" : ""),
                        "the file is damaged or not an IDX file");
    if (!compressed && fileSize != header + elements)
        throw EngineError(where + ": its header says " + shape + " = " + std::to_string(elements) +
                          " bytes of data but the file holds " +
                          std::to_string(static_cast<qint64>(fileSize) - qint64(header)) +
                          (fileSize < header + elements ? " (truncated)" : ""));
    // A 1 MB file declaring 10⁹ bytes passed deflate's own 1032:1 ceiling and the budget, and
    // took 9.2 GB.
    if (compressed && elements > CompressionBound::MaxDeclaredBytes(fileSize))
        throw EngineError(
            where + ": its header says " + shape + " = " + std::to_string(elements) +
            " bytes, more than " + std::to_string(CompressionBound::kMaxRatio) + " times its " +
            std::to_string(fileSize) +
            " compressed bytes; real image data never compresses that well, so the file is "
            "damaged or a decompression bomb (if you trust it, gunzip it and load the plain file)");
    a.bytes.resize(elements);
    expectedTotal = elements;
    const std::uint64_t got = readExactly(a.bytes.data(), elements);
    if (got != elements)
        throw fail("is truncated: its header says " + shape + " = " + std::to_string(elements) +
                   " bytes but it holds " + std::to_string(got));
    // Reading on to the end lets zlib check the gzip CRC, and catches trailing data.
    unsigned char extra;
    const int more = gzread(file.get(), &extra, 1);
    if (more < 0) throw fail("cannot read");
    if (more > 0)
        throw EngineError(where + ": holds more data than its header's " + shape + " says");
    return a;
}

LoadedData IdxReader::Read(const QString& folder, const LoadOptions& options) {
    const std::string where = folder.toStdString();
    struct Part {
        QString images, labels;
    };
    QStringList warnings;
    const Part parts[2] = {{Find(folder, "train-images-idx3-ubyte", &warnings),
                            Find(folder, "train-labels-idx1-ubyte", &warnings)},
                           {Find(folder, "t10k-images-idx3-ubyte", &warnings),
                            Find(folder, "t10k-labels-idx1-ubyte", &warnings)}};
    if (parts[0].images.isEmpty())
        throw EngineError(where + ": holds no train-images-idx3-ubyte[.gz]");
    if (parts[0].labels.isEmpty())
        throw EngineError(
            where +
            ": holds train-images-idx3-ubyte but no train-labels-idx1-ubyte[.gz] beside it");
    if (parts[1].images.isEmpty() != parts[1].labels.isEmpty())
        throw EngineError(where +
                          ": holds only one of t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte");

    qint64 total = 0;
    for (const Part& p : parts)
        if (!p.images.isEmpty()) total += QFileInfo(p.images).size() + QFileInfo(p.labels).size();
    qint64 done = 0;
    // What the arrays read so far will cost (bytes and the codes they become), so the budget
    // covers all four files together.
    std::uint64_t held = 0;
    auto hold = [&held](const Array& a) {
        held = MemoryBudget::Add({held, MemoryBudget::Multiply({a.bytes.size(), 2})});
    };
    Array labels[2], images[2];
    for (int i = 0; i < 2; ++i) {
        if (parts[i].images.isEmpty()) continue;
        labels[i] = ReadArray(parts[i].labels, 1, options, {}, held);
        hold(labels[i]);
        done += QFileInfo(parts[i].labels).size();
        // Progress in file bytes: the image file's share of the total, by the fraction read.
        const double share = static_cast<double>(QFileInfo(parts[i].images).size());
        const qint64 base = done;
        images[i] = ReadArray(
            parts[i].images, 3, options,
            [&](double fraction) {
                options.Report(base + static_cast<qint64>(fraction * share), total);
            },
            held);
        hold(images[i]);
        done += QFileInfo(parts[i].images).size();
        options.Report(done, total);
        if (images[i].dims[0] != labels[i].dims[0])
            throw EngineError(parts[i].images.toStdString() + ": holds " +
                              std::to_string(images[i].dims[0]) + " images but " +
                              parts[i].labels.toStdString() + " holds " +
                              std::to_string(labels[i].dims[0]) + " labels");
        if (images[i].dims[1] == 0 || images[i].dims[2] == 0)
            throw EngineError(parts[i].images.toStdString() + ": its images have no pixels");
        if (i == 1 &&
            (images[1].dims[1] != images[0].dims[1] || images[1].dims[2] != images[0].dims[2]))
            throw EngineError(parts[1].images.toStdString() + ": its images are " +
                              std::to_string(images[1].dims[1]) + "×" +
                              std::to_string(images[1].dims[2]) + " but the training images are " +
                              std::to_string(images[0].dims[1]) + "×" +
                              std::to_string(images[0].dims[2]));
    }

    size_t classCount = 0;
    for (const Array& l : labels)
        for (std::uint8_t v : l.bytes) classCount = std::max<size_t>(classCount, v + 1u);
    const std::vector<std::string> allNames =
        ClassNamesFor(folder, std::max<size_t>(classCount, 2));
    const ClassPicker picker(allNames, options.classes, where);

    LoadedData out;
    out.warnings = warnings;
    const arma::uword rows = images[0].dims[1], cols = images[0].dims[2], n = rows * cols;
    for (int i = 0; i < 2; ++i) {
        if (parts[i].images.isEmpty()) continue;
        DataSet& d = i == 0 ? out.train : out.test;
        d.source = (i == 0 ? parts[0].images : parts[1].images).toStdString();
        d.imageShape = {rows, cols, 1};
        d.classNames = picker.Names();
        std::vector<arma::uword> keep, y;
        for (arma::uword k = 0; k < labels[i].bytes.size(); ++k)
            if (const auto label = picker.Map(labels[i].bytes[k])) {
                keep.push_back(k);
                y.push_back(*label);
            }
        d.codes.set_size(n, keep.size());
        for (size_t c = 0; c < keep.size(); ++c)
            std::copy_n(images[i].bytes.data() + keep[c] * n, n, d.codes.colptr(c));
        d.y = arma::Row<arma::uword>(y);
        images[i].bytes = {};  // free the raw bytes before the next file
    }
    out.train.source = where;
    if (out.train.Count() == 0)
        throw EngineError(where + ": no training image belongs to the picked classes");
    if (options.imageSize.isValid() &&
        options.imageSize != QSize(static_cast<int>(cols), static_cast<int>(rows)))
        out.warnings << QCoreApplication::translate(
                            "IdxReader",
                            "%1: IDX images keep their own size %2×%3; "
                            "the chosen image size applies to image folders")
                            .arg(folder)
                            .arg(cols)
                            .arg(rows);
    return out;
}

}  // namespace layerlab
