#pragma once

#include <QString>
#include <QStringList>
#include <array>
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
    // The class the model predicts for the example x: the most probable of Saliency's classes.
    static arma::uword PredictedClass(const Parameters& model, const arma::vec& x);
    // Which inputs the predicted class's probability depends on: the gradient's norm and largest
    // |value|, and for image data (imageShape fits x) the 5 pixels of largest |gradient| summed
    // over channels and the occlusion map's largest drop (patch max(1, min(h,w)/8), stride the
    // patch, fill 0.5).
    static QStringList SaliencyLines(const Parameters& model, const arma::vec& x,
                                     const std::array<arma::uword, 3>& imageShape,
                                     const std::vector<std::string>& classNames);
    // GlassBoxNeuron's arithmetic for x against its target column y: the output unit of the
    // predicted class (unit 0 for one sigmoid unit) and the first hidden layer's most active unit.
    static QStringList GlassBoxLines(const Parameters& model, const arma::vec& x,
                                     const arma::vec& y,
                                     const std::vector<std::string>& classNames);
    // Writes W[1]'s rows as unit pictures of imageShape (when it fits the inputs) and W[2]...
    // as heat maps into folder dir (made when missing); returns one line per file written.
    // Refuses, before writing anything, a dir that is not a folder and any file it would
    // replace that WeightPictures did not write.
    static QStringList WriteWeightPictures(const Parameters& model,
                                           const std::array<arma::uword, 3>& imageShape,
                                           const QString& dir);
    // Throws UsageError when dir exists and is not a folder.
    static void RequireFolder(const QString& dir);
    // The costs of a train --costs file ("iteration cost" per line).
    static std::vector<double> ReadCosts(const QString& path);
};

}  // namespace layerlab
