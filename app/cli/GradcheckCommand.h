#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>

#include "GradientCheck.h"
#include "NetworkSpec.h"
#include "cli/CliCommand.h"

namespace layerlab {

// `layerlab gradcheck`: backprop's gradients against central differences on a fresh (--layers,
// --init, --seed) or saved (--model) network and the first --examples examples of a data set.
// Prints one line per W[l] and b[l] with its relative difference, the overall difference and
// the course's verdict. Exit code 0 for good or acceptable, kSuspiciousExitCode for suspicious,
// 1 for a refusal. What is checked (examples, sample, the work limit) is GradientCheckPlan's,
// shared with the window.
class GradcheckCommand : public CliCommand {
public:
    LAYERLAB_CLI_COMMAND_ENTRY_POINTS;

    static constexpr int kSuspiciousExitCode = 2;
    // The report as printed, without the timing line.
    static QStringList ReportLines(const NetworkSpec& spec, const GradientCheckReport& report);
    static QString VerdictLine(double difference);
    // "12288,20,7,5,1" and "relu,relu,relu,sigmoid", as --layers and --activations take them.
    static QString SizesText(const NetworkSpec& spec);
    static QString ActivationsText(const NetworkSpec& spec);
};

}  // namespace layerlab
