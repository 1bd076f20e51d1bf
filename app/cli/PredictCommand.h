#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <armadillo>

#include "Parameters.h"

class QCommandLineParser;

namespace layerlab {

// `layerlab predict`: classifies image files with a saved model, one line per image:
// the file, the predicted class (by name when the model has names) and its probability.
class PredictCommand {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // arguments[0] is the program, the command word already removed. Returns the exit code;
    // refusals are thrown (UsageError, EngineError) for CommandLine::Run to print.
    static int Run(const QStringList& arguments);

    static void AddOptions(QCommandLineParser& parser);
    // "INPUT\tCLASS\tPROBABILITY" for one picture x, encoded for the model's input.
    static QString AnswerLine(const QString& input, const Parameters& model, const arma::vec& x);
};

}  // namespace layerlab
