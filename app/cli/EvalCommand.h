#pragma once

#include <QString>
#include <QStringList>

#include "DataSet.h"
#include "Parameters.h"
#include "cli/CliCommand.h"
#include "datasets/FeatureStandardiser.h"
#include "datasets/LoadOptions.h"

namespace layerlab {

// `layerlab eval`: a saved model's accuracy on a data set's training and test examples.
class EvalCommand : public CliCommand {
public:
    LAYERLAB_CLI_COMMAND_ENTRY_POINTS;

    // The data options given, with pictures encoded the way the model was trained (its image
    // size and channels) unless the options say otherwise. A model that records its
    // standardisation (stored) has its data standardised by Run with those training statistics,
    // so nothing is refitted here: --standardise then changes nothing, and the data is never
    // standardised twice.
    static LoadOptions DataOptionsFor(const QCommandLineParser& parser, const Parameters& model,
                                      const FeatureStandardiser& stored = {});
    // "label=0.950000"; refuses examples that are not the model's input size.
    static QString AccuracyField(const QString& label, const Parameters& model,
                                 const DataSet& data);
};

}  // namespace layerlab
