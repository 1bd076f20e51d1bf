#pragma once

#include <QStringList>

namespace layerlab {

// `layerlab train|predict|eval ...`: the engine from a terminal, no window.
// Output goes to stdout; errors are one line on stderr and exit code 1.
class CommandLine {
public:
    // True when arguments name a command rather than starting the window.
    static bool IsCommand(const QStringList& arguments);
    // True for -h, --help, --help-all, -v, --version: answered on the terminal, no window needed.
    static bool AsksForHelpOrVersion(const QStringList& arguments);
    static int Run(const QStringList& arguments);

private:
    static int Train(const QStringList& arguments);
    static int Predict(const QStringList& arguments);
    static int Eval(const QStringList& arguments);
};

}  // namespace layerlab
