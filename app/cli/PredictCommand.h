#pragma once

#include <QString>
#include <QStringList>
#include <armadillo>

#include "Parameters.h"
#include "cli/CliCommand.h"

namespace layerlab {

// `layerlab predict`: classifies image files with a saved model, one line per image:
// the file, the predicted class (by name when the model has names) and its probability.
class PredictCommand : public CliCommand {
public:
    LAYERLAB_CLI_COMMAND_ENTRY_POINTS;

    // "INPUT\tCLASS\tPROBABILITY" for one picture x, encoded for the model's input.
    static QString AnswerLine(const QString& input, const Parameters& model, const arma::vec& x);
};

}  // namespace layerlab
