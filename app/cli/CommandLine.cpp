#include "CommandLine.h"

#include <exception>
#include <new>

#include "EngineError.h"
#include "EvalCommand.h"
#include "PredictCommand.h"
#include "Terminal.h"
#include "TrainCommand.h"
#include "UsageError.h"

namespace layerlab {

bool CommandLine::IsCommand(const QStringList& arguments) {
    if (arguments.size() < 2) return false;
    const QString& c = arguments.at(1);
    return c == "train" || c == "predict" || c == "eval";
}

bool CommandLine::AsksForHelpOrVersion(const QStringList& arguments) {
    static const QStringList info{"-h", "-?", "--help", "--help-all", "-v", "--version"};
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (info.contains(arguments.at(i))) return true;
    return false;
}

int CommandLine::Run(const QStringList& arguments) {
    try {
        const QString command = arguments.at(1);
        QStringList rest = arguments;
        rest.removeAt(1);
        if (command == "train") return TrainCommand::Run(rest);
        if (command == "predict") return PredictCommand::Run(rest);
        return EvalCommand::Run(rest);
    } catch (const UsageError& e) {
        Terminal::Error(e.Message());
    } catch (const EngineError& e) {
        Terminal::Error(e.what());
    } catch (const std::bad_alloc&) {
        Terminal::Error(tr("out of memory: use a smaller network or data set"));
    } catch (const std::exception& e) {
        Terminal::Error(e.what());
    }
    return 1;
}

}  // namespace layerlab
