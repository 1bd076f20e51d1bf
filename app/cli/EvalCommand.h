#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "DataSet.h"
#include "Parameters.h"
#include "datasets/LoadOptions.h"

class QCommandLineParser;

namespace layerlab {

// `layerlab eval`: a saved model's accuracy on a data set's training and test examples.
class EvalCommand {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // arguments[0] is the program, the command word already removed. Returns the exit code;
    // refusals are thrown (UsageError, EngineError) for CommandLine::Run to print.
    static int Run(const QStringList& arguments);

    static void AddOptions(QCommandLineParser& parser);
    // The data options given, with pictures encoded the way the model was trained (its image
    // size and channels) unless the options say otherwise.
    static LoadOptions DataOptionsFor(const QCommandLineParser& parser, const Parameters& model);
    // "label=0.950000"; refuses examples that are not the model's input size.
    static QString AccuracyField(const QString& label, const Parameters& model,
                                 const DataSet& data);
};

}  // namespace layerlab
