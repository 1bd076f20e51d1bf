#pragma once

#include <QCoreApplication>

namespace layerlab {

// What every command (train, predict, eval) shares. Each has
//   static int Run(const QStringList& arguments);   // arguments[0] is the program, the command
//                                                    // word removed; returns the exit code
//   static void AddOptions(QCommandLineParser& parser);
// Refusals are thrown (UsageError, EngineError) for CommandLine::Run to print, and messages are
// translated in CommandLine's context, so a command's words stay together with the dispatcher's.
class CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

}  // namespace layerlab
