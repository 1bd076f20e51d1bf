#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

#include "datasets/LoadOptions.h"
#include "datasets/LoadedData.h"

class QCommandLineParser;

namespace layerlab {

// The option reading every command shares, written once. A malformed value is refused with a
// UsageError naming the option and what it expects.
class CliOptions {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Reads arguments (arguments[0] is the program, as the usage line shows it: "layerlab train")
    // into parser, which must have the help option. Returns the exit code when that already answers
    // the command (--help is printed), nothing when the command should run.
    static std::optional<int> Parse(QCommandLineParser& parser, const QStringList& arguments);

    // A whole number ≥ 0; fallback when the option is not given.
    static std::uint64_t Count(const QCommandLineParser& parser, const QString& name,
                               std::uint64_t fallback);
    // A finite number (NaN and Inf are refused); fallback when the option is not given.
    static double Real(const QCommandLineParser& parser, const QString& name, double fallback);
    // "1,0.8,0.8,1" → {1, 0.8, 0.8, 1}, each finite; empty when the option is not given. Range
    // checks are the engine's.
    static std::vector<double> RealList(const QCommandLineParser& parser, const QString& name);
    // The option's value; refused when it is not given.
    static QString Require(const QCommandLineParser& parser, const QString& name);
    // Refuses an output file that could not be written (OutputFile::Check: no name, a missing
    // or read-only folder, a folder, a socket), before a long run rather than after it.
    static void CheckWritable(const QCommandLineParser& parser, const QString& name);
    // "64x64" (or "64X64") → 64 × 64, width first.
    static QSize ImageSize(const QString& text);

    // The options of every command that reads a data set, and what they ask for.
    static void AddDataOptions(QCommandLineParser& parser);
    static LoadOptions DataOptions(const QCommandLineParser& parser);
    // Loads a data set, printing the loader's warnings on stderr.
    static LoadedData LoadData(const QString& spec, const LoadOptions& options);
};

}  // namespace layerlab
