#include "CliOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cmath>

#include "EngineError.h"
#include "OutputFile.h"
#include "Terminal.h"
#include "UsageError.h"
#include "datasets/DataSetLoader.h"

namespace layerlab {

std::optional<int> CliOptions::Parse(QCommandLineParser& parser, const QStringList& arguments) {
    if (!parser.parse(arguments)) throw UsageError(parser.errorText());
    if (!parser.isSet("help")) return std::nullopt;
    // Qt's usage line names the program by the path it was started as (./build/layerlab); it
    // should read as the user types the command, arguments[0]: "layerlab train [options]".
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = help.indexOf('\n');
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0 && at < lineEnd && !arguments.isEmpty())
        help.replace(at, program.size(), arguments.first());
    Terminal::Out(help);
    return 0;
}

std::uint64_t CliOptions::Count(const QCommandLineParser& parser, const QString& name,
                                std::uint64_t fallback) {
    if (!parser.isSet(name)) return fallback;
    bool ok = false;
    const qlonglong v = parser.value(name).toLongLong(&ok);
    if (!ok || v < 0)
        throw UsageError(tr("--%1 '%2' is not a whole number ≥ 0").arg(name, parser.value(name)));
    return static_cast<std::uint64_t>(v);
}

double CliOptions::Real(const QCommandLineParser& parser, const QString& name, double fallback) {
    if (!parser.isSet(name)) return fallback;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok) throw UsageError(tr("--%1 '%2' is not a number").arg(name, parser.value(name)));
    // NaN passes every range check (each comparison is false), so it is refused here, once.
    if (!std::isfinite(v))
        throw UsageError(
            tr("--%1 '%2' refused: give a finite number").arg(name, parser.value(name)));
    return v;
}

std::vector<double> CliOptions::RealList(const QCommandLineParser& parser, const QString& name) {
    std::vector<double> values;
    if (!parser.isSet(name)) return values;
    for (const QString& item : parser.value(name).split(',')) {
        bool ok = false;
        values.push_back(item.trimmed().toDouble(&ok));
        if (!ok)
            throw UsageError(
                tr("--%1: '%2' is not a number (write e.g. 1,0.8,0.8,1)").arg(name, item));
        if (!std::isfinite(values.back()))
            throw UsageError(
                tr("--%1: '%2' refused: give finite numbers (e.g. 1,0.8,0.8,1)").arg(name, item));
    }
    return values;
}

QString CliOptions::Require(const QCommandLineParser& parser, const QString& name) {
    if (!parser.isSet(name)) throw UsageError(tr("--%1 is required (see --help)").arg(name));
    return parser.value(name);
}

void CliOptions::CheckWritable(const QCommandLineParser& parser, const QString& name) {
    if (!parser.isSet(name)) return;
    const QString path = parser.value(name);
    if (path.isEmpty())
        throw UsageError(tr("--%1 needs a file name, e.g. --%1 %2")
                             .arg(name, name == "costs" ? "costs.txt" : "model.h5"));
    try {
        OutputFile::Check(path.toStdString());
    } catch (const EngineError& e) {
        throw UsageError("--" + name + " " + QString::fromStdString(e.what()));
    }
}

QSize CliOptions::ImageSize(const QString& text) {
    const QStringList wh = text.toLower().split('x');
    bool okW = false, okH = false;
    const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0,
              h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
    if (!okW || !okH || w < 1 || h < 1)
        throw UsageError(tr("--image-size '%1' is not WIDTHxHEIGHT, e.g. 64x64").arg(text));
    return QSize(w, h);
}

void CliOptions::AddDataOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {"classes",
         tr("Keep only these classes, by index or name, e.g. 7,9 (relabelled 0, 1 in that order)."),
         "LIST"},
        {"image-size",
         tr("Resize pictures from image folders to WIDTHxHEIGHT (default 64x64; shapes 32x32)."),
         "WxH"},
        {"grayscale", tr("Read pictures as grayscale instead of RGB.")},
        {"standardise",
         tr("Standardise each feature with the training mean and deviation (after ÷255).")},
        {"test-fraction",
         tr("Share of each class kept for testing when a folder has no train/ and test/ "
            "(default 0.2)."),
         "F", "0.2"},
        {"data-seed", tr("Seed of the built-in shapes and of the train/test split (default 1)."),
         "N", "1"},
    });
}

LoadOptions CliOptions::DataOptions(const QCommandLineParser& parser) {
    LoadOptions o;
    if (parser.isSet("classes")) o.classes = parser.value("classes").split(',');
    if (parser.isSet("image-size")) o.imageSize = ImageSize(parser.value("image-size"));
    o.grayscale = parser.isSet("grayscale");
    o.standardise = parser.isSet("standardise");
    o.testFraction = Real(parser, "test-fraction", 0.2);
    o.seed = Count(parser, "data-seed", 1);
    return o;
}

LoadedData CliOptions::LoadData(const QString& spec, const LoadOptions& options) {
    LoadedData data = DataSetLoader::Load(spec, options);
    for (const QString& w : data.warnings) Terminal::Warning(w);
    return data;
}

}  // namespace layerlab
