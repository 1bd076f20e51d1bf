#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace layerlab {

// What every command (train, predict, eval, runs) shares. Each has
//   static int Run(const QStringList& arguments);   // arguments[0] is the program, the command
//                                                    // word removed; returns the exit code
//   static void AddOptions(QCommandLineParser& parser);
// Refusals are thrown (UsageError, EngineError) for CommandLine::Run to print, and messages are
// translated in CommandLine's context, so a command's words stay together with the dispatcher's.
class CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Declares a command's two entry points, the same in every command.
#define LAYERLAB_CLI_COMMAND_ENTRY_POINTS         \
    static int Run(const QStringList& arguments); \
    static void AddOptions(QCommandLineParser& parser)

}  // namespace layerlab
