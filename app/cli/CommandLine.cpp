#include "CommandLine.h"

#include <QFileInfo>
#include <algorithm>
#include <exception>
#include <new>

#include "EngineError.h"
#include "EvalCommand.h"
#include "GradcheckCommand.h"
#include "InspectCommand.h"
#include "PredictCommand.h"
#include "RunsCommand.h"
#include "SweepCommand.h"
#include "Terminal.h"
#include "TrainCommand.h"
#include "UsageError.h"

namespace layerlab {

namespace {

const QStringList kCommands{"train", "sweep", "predict", "eval", "runs", "gradcheck", "inspect"};

// Levenshtein distance, for "did you mean".
int EditDistance(const QString& a, const QString& b) {
    QVector<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

bool CommandLine::IsCommand(const QStringList& arguments) {
    if (arguments.size() < 2) return false;
    return kCommands.contains(arguments.at(1));
}

QString CommandLine::UnknownCommand(const QStringList& arguments) {
    if (arguments.size() < 2 || IsCommand(arguments)) return {};
    const QString& word = arguments.at(1);
    // An option, or a data set to open in the window: not a command.
    if (word.isEmpty() || word.startsWith('-') || QFileInfo::exists(word) ||
        word.startsWith("builtin:"))
        return {};
    // A path that does not exist yet looks like one; the window says it is missing.
    if (word.contains('/') || word.contains('.')) return {};
    QString best;
    int bestDistance = 3;  // suggest only near misses
    for (const QString& c : kCommands) {
        const int d = EditDistance(word.toLower(), c);
        if (d < bestDistance) best = c, bestDistance = d;
    }
    return best.isEmpty() ? tr("unknown command '%1': the commands are train, sweep, predict, "
                               "eval, runs, gradcheck and inspect (see layerlab --help)")
                                .arg(word)
                          : tr("unknown command '%1' (did you mean %2?)").arg(word, best);
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
        rest[0] = "layerlab " + command;  // what the command's usage line shows
        if (command == "train") return TrainCommand::Run(rest);
        if (command == "sweep") return SweepCommand::Run(rest);
        if (command == "predict") return PredictCommand::Run(rest);
        if (command == "runs") return RunsCommand::Run(rest);
        if (command == "gradcheck") return GradcheckCommand::Run(rest);
        if (command == "inspect") return InspectCommand::Run(rest);
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
