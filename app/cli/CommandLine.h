#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace layerlab {

// `layerlab train|sweep|predict|eval|runs|gradcheck|inspect ...`: the engine from a terminal, no
// window. Output goes to stdout; errors are one line on stderr and exit code 1.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when arguments name a command rather than starting the window.
    static bool IsCommand(const QStringList& arguments);
    // True for -h, --help, --help-all, -v, --version: answered on the terminal, no window needed.
    static bool AsksForHelpOrVersion(const QStringList& arguments);
    // The refusal for arguments that start with a word which is neither a command nor an
    // existing path ("unknown command 'trian' (did you mean train?)"); empty otherwise. Asked
    // before any window is made, so a typo never reaches the platform plugin.
    static QString UnknownCommand(const QStringList& arguments);
    // Runs the command arguments name (IsCommand is true) and returns the exit code; every
    // refusal is printed here.
    static int Run(const QStringList& arguments);
};

}  // namespace layerlab
