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
// 1 for a refusal.
class GradcheckCommand : public CliCommand {
public:
    LAYERLAB_CLI_COMMAND_ENTRY_POINTS;

    static constexpr int kSuspiciousExitCode = 2;
    // Elements of each W[l] and b[l] checked unless --sample says otherwise.
    static constexpr std::uint64_t kDefaultSample = 200;
    // The most multiply-adds a check may take (≈ 2 forward passes per checked parameter): about
    // a minute here (the course network: 5213 parameters in 12 s). A larger check is refused up
    // front, with how to make it smaller, instead of running for hours without a word.
    static constexpr double kMaxMultiplyAdds = 2e11;

    // The multiply-adds of checking `checked` parameters on m examples: two forward passes each,
    // plus the one forward and backward pass for backprop's gradients.
    static double MultiplyAdds(const NetworkSpec& spec, std::uint64_t checked, std::uint64_t m);
    // How many parameters a check with samplePerTensor (0 = all) perturbs.
    static std::uint64_t CheckedCount(const NetworkSpec& spec, std::uint64_t samplePerTensor);
    // The report as printed, without the timing line.
    static QStringList ReportLines(const NetworkSpec& spec, const GradientCheckReport& report);
    static QString VerdictLine(double difference);
    // "12288,20,7,5,1" and "relu,relu,relu,sigmoid", as --layers and --activations take them.
    static QString SizesText(const NetworkSpec& spec);
    static QString ActivationsText(const NetworkSpec& spec);
};

}  // namespace layerlab
