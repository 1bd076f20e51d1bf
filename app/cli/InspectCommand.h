#pragma once

#include <QString>
#include <QStringList>
#include <vector>

#include "HealthFindings.h"
#include "LayerStatistics.h"
#include "Parameters.h"
#include "cli/CliCommand.h"

namespace layerlab {

// `layerlab inspect`: a saved model on a data set, headless. Prints each layer's statistics from
// one forward and backward pass over the training examples (shape, W, b and activations, the
// share of zero ReLU outputs and dead units, ‖dW‖ and ‖dW‖/‖W‖), then the health findings with
// what to try; with --example i, that example's activations per layer and its output
// probabilities; with --costs, train --costs's history for the rising-cost finding.
class InspectCommand : public CliCommand {
public:
    LAYERLAB_CLI_COMMAND_ENTRY_POINTS;

    static QStringList StatisticsLines(const NetworkStatistics& stats);
    static QStringList FindingLines(const std::vector<HealthFinding>& findings);
    // x is one example (a column); classNames may be empty (classes are then numbered).
    static QStringList ExampleLines(const Parameters& model, const arma::mat& x,
                                    const std::vector<std::string>& classNames);
    // The costs of a train --costs file ("iteration cost" per line).
    static std::vector<double> ReadCosts(const QString& path);
};

}  // namespace layerlab
