#include "ImageFolderReader.h"

#include <dirent.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <memory>
#include <numeric>
#include <random>

#include "ClassPicker.h"
#include "EngineError.h"
#include "ImageEncoder.h"
#include "InputFile.h"
#include "LoadCancelled.h"
#include "MemoryBudget.h"

namespace layerlab {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("layerlab::ImageFolderReader", text, disambiguation, n);
}

// Warnings name at most this many files; the count covers them all.
constexpr int kMaxNamedWarnings = 20;

struct Item {
    QString path;
    arma::uword label;
    bool test;
};

// Every entry that is not a folder, FIFOs and devices included (QDir::System), so that they are
// named in a warning instead of vanishing.
QStringList FilesIn(const QString& folder) {
    QStringList files;
    for (const QFileInfo& f : QDir(folder).entryInfoList(QDir::Files | QDir::System, QDir::Name))
        if (!f.isDir()) files << f.absoluteFilePath();
    return files;
}

// Entries of folder whose names do not survive the trip to a QString and back (bytes that are
// not valid UTF-8): QDir leaves them out, so they are counted here from the raw listing.
int UndecodableNames(const QString& folder) {
    const std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(QFile::encodeName(folder)), ::closedir);
    if (!dir) return 0;
    int count = 0;
    while (const dirent* entry = ::readdir(dir.get())) {
        const QByteArray name(entry->d_name);
        if (name.startsWith('.')) continue;  // hidden entries are ignored anyway
        if (QFile::encodeName(QFile::decodeName(name)) != name) ++count;
    }
    return count;
}

// One warning per folder that holds names QDir cannot give us.
void WarnUndecodable(const QString& folder, QStringList& warnings) {
    if (const int count = UndecodableNames(folder))
        // Spelled out: lupdate gives a free function's tr() no class context.
        warnings << QCoreApplication::translate(
                        "layerlab::ImageFolderReader",
                        "%1: skipped %n file(s) or folder(s) whose names are not valid UTF-8; "
                        "rename them (e.g. with convmv) to read them",
                        nullptr, count)
                        .arg(folder);
}

}  // namespace

QStringList ImageFolderReader::ClassFolders(const QString& folder) {
    return QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool ImageFolderReader::HasTrainTestFolders(const QString& root) {
    const QDir dir(root);
    return dir.exists("train") && dir.exists("test") &&
           !ClassFolders(dir.filePath("train")).isEmpty() &&
           !ClassFolders(dir.filePath("test")).isEmpty();
}

LoadedData ImageFolderReader::Read(const QString& root, const LoadOptions& options) {
    const std::string where = root.toStdString();
    options.Validate();
    InputFile::RequireFolder(where, "give a folder of class folders of pictures");
    const QDir dir(root);
    LoadedData out;
    const bool presplit = HasTrainTestFolders(root);
    const QString trainRoot = presplit ? dir.filePath("train") : root;
    const QStringList classes = ClassFolders(trainRoot);
    if (classes.isEmpty())
        throw EngineError(
            where +
            ": holds no class folders, no train_*.h5 and no IDX files; put each class's "
            "pictures in a subfolder named after the class (ROOT/cat/*.jpg, ROOT/dog/*.jpg)");
    if (classes.size() < 2)
        throw EngineError(
            where + ": holds only one class folder, '" + classes.first().toStdString() +
            "'; a classifier needs a folder of pictures for each of at least 2 classes");
    if (presplit)
        for (const QString& c : ClassFolders(dir.filePath("test")))
            if (!classes.contains(c))
                throw EngineError(dir.filePath("test/" + c).toStdString() + ": class '" +
                                  c.toStdString() + "' has no folder in " +
                                  trainRoot.toStdString());
    WarnUndecodable(trainRoot, out.warnings);
    if (presplit) WarnUndecodable(dir.filePath("test"), out.warnings);
    std::vector<std::string> allNames;
    for (const QString& c : classes) allNames.push_back(c.toStdString());
    const ClassPicker picker(allNames, options.classes, where);

    // Collect every file first so progress has a total and the split is decided before decoding.
    std::vector<Item> items;
    std::mt19937_64 rng(options.seed);
    for (size_t old = 0; old < allNames.size(); ++old) {
        const auto label = picker.Map(old);
        if (!label) continue;
        const QString classFolder = QDir(trainRoot).filePath(classes[old]);
        WarnUndecodable(classFolder, out.warnings);
        if (presplit) {
            for (const QString& f : FilesIn(classFolder)) items.push_back({f, *label, false});
            const QString testFolder = dir.filePath("test/" + classes[old]);
            WarnUndecodable(testFolder, out.warnings);
            for (const QString& f : FilesIn(testFolder)) items.push_back({f, *label, true});
        } else {
            // The shuffle only decides which files are test images; both sets keep name order.
            const QStringList files = FilesIn(classFolder);
            std::vector<qsizetype> order(files.size());
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), rng);
            const auto testCount =
                static_cast<size_t>(std::floor(files.size() * options.testFraction + 0.5));
            // Refused here, before decoding, with the reason: "no readable training image" said
            // nothing about the fraction.
            if (testCount > 0 && testCount >= static_cast<size_t>(files.size()))
                throw EngineError(classFolder.toStdString() + ": a test fraction of " +
                                  QString::number(options.testFraction).toStdString() +
                                  " keeps all " + std::to_string(files.size()) +
                                  " of its pictures for testing and leaves none for training; "
                                  "use a smaller test fraction (0.2 keeps a fifth of each class "
                                  "for testing) or add pictures");
            std::vector<char> isTest(files.size(), 0);
            for (size_t i = 0; i < testCount; ++i) isTest[order[i]] = 1;
            for (qsizetype i = 0; i < files.size(); ++i)
                items.push_back({files[i], *label, isTest[i] != 0});
        }
    }

    const bool gray = options.grayscale;
    const QSize size = options.imageSize.isValid() ? options.imageSize : QSize(64, 64);
    const std::array<arma::uword, 3> shape{static_cast<arma::uword>(size.height()),
                                           static_cast<arma::uword>(size.width()), gray ? 1u : 3u};
    const arma::uword n = shape[0] * shape[1] * shape[2];
    MemoryBudget::Check(
        MemoryBudget::Multiply({items.size(), n}), where,
        std::to_string(items.size()) + " images of " + std::to_string(n) + " values",
        "choose a smaller image size or pick fewer classes");

    // Each picture goes straight into its set's column of codes, so memory peaks at one copy.
    DataSet* sets[2] = {&out.train, &out.test};
    std::vector<arma::uword> column(items.size());
    arma::uword planned[2] = {0, 0};
    for (size_t i = 0; i < items.size(); ++i) column[i] = planned[items[i].test]++;
    for (int s = 0; s < 2; ++s) {
        sets[s]->codes.set_size(n, planned[s]);
        sets[s]->y.set_size(planned[s]);
    }
    std::vector<arma::uword> kept[2];  // readable columns of each set
    std::vector<arma::uword> readable(picker.Names().size(), 0);
    for (size_t i = 0; i < items.size(); ++i) {
        if (options.Cancelled()) throw LoadCancelled();
        // A FIFO would block the read forever, a device never ends: named and skipped.
        const std::string kind = InputFile::KindOf(items[i].path.toStdString());
        QString error;
        const QImage image =
            kind == "a regular file" ? ImageEncoder::ReadFile(items[i].path, &error) : QImage();
        if (image.isNull()) {
            ++out.skipped;
            if (out.skipped <= kMaxNamedWarnings)
                out.warnings
                    << (kind == "a regular file"
                            ? tr("%1: skipped, not a readable image (%2)").arg(items[i].path, error)
                            : tr("%1: skipped, it is %2, not a picture file")
                                  .arg(items[i].path,
                                       QString::fromStdString(
                                           kind == "missing" ? "a link to nothing" : kind)));
        } else {
            DataSet& d = *sets[items[i].test];
            d.codes.col(column[i]) = ImageEncoder::EncodeCodes(image, shape);
            d.y[column[i]] = items[i].label;
            kept[items[i].test].push_back(column[i]);
            ++readable[items[i].label];
        }
        options.Report(static_cast<qint64>(i + 1), static_cast<qint64>(items.size()));
    }
    if (out.skipped > kMaxNamedWarnings)
        out.warnings
            << tr("… and %1 more unreadable files skipped").arg(out.skipped - kMaxNamedWarnings);
    for (size_t c = 0; c < readable.size(); ++c)
        if (readable[c] == 0)
            throw EngineError(
                QDir(trainRoot).filePath(QString::fromStdString(picker.Names()[c])).toStdString() +
                ": holds no readable image (" + std::to_string(out.skipped) +
                " files skipped in the whole set); add pictures Qt can decode (PNG, JPEG, BMP, "
                "GIF…)");

    for (int s = 0; s < 2; ++s) {
        DataSet& d = *sets[s];
        if (kept[s].size() != planned[s]) {
            d = d.Columns(arma::uvec(kept[s]));
        }
        d.classNames = picker.Names();
        d.imageShape = shape;
        d.source = (s == 1 && presplit ? dir.filePath("test") : root).toStdString();
    }
    if (out.train.Count() == 0)
        throw EngineError(where + ": none of its training pictures is readable (" +
                          std::to_string(out.skipped) +
                          " files skipped); add pictures Qt can decode (PNG, JPEG, BMP, GIF…)");
    return out;
}

}  // namespace layerlab
