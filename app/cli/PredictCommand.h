#pragma once

#include <QString>
#include <QStringList>
#include <armadillo>

#include "Parameters.h"
#include "cli/CliCommand.h"

class QCommandLineParser;

namespace layerlab {

// `layerlab predict`: classifies image files with a saved model, one line per image:
// the file, the predicted class (by name when the model has names) and its probability.
class PredictCommand : public CliCommand {
public:
    static int Run(const QStringList& arguments);

    static void AddOptions(QCommandLineParser& parser);
    // "INPUT\tCLASS\tPROBABILITY" for one picture x, encoded for the model's input.
    static QString AnswerLine(const QString& input, const Parameters& model, const arma::vec& x);
};

}  // namespace layerlab
