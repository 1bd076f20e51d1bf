#include "HealthFindings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace layerlab {

namespace {

std::string Percent(double share) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f %%", 100.0 * share);
    return text;
}

}  // namespace

std::string HealthFindings::PowerOfTen(double ratio) {
    static const char* const kSuperscript[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    const long exponent = std::lround(std::log10(ratio));
    std::string text = "10";
    if (exponent < 0) text += "⁻";
    const std::string digits = std::to_string(std::labs(exponent));
    for (const char d : digits) text += kSuperscript[d - '0'];
    return text;
}

std::vector<HealthFinding> HealthFindings::OfLayers(const NetworkStatistics& stats) {
    std::vector<HealthFinding> findings;
    for (const LayerStatistics& s : stats.layers) {
        if (s.activation != Activation::ReLU || s.deadShare < kDeadShareAtLeast) continue;
        findings.push_back({HealthFinding::Kind::DeadReLU, s.layer, s.deadShare,
                            Percent(s.deadShare) + " of layer " + std::to_string(s.layer) +
                                "'s ReLU units output 0 for every one of the " +
                                std::to_string(stats.examples) +
                                " examples (dead): no gradient reaches their weights any more",
                            "a smaller learning rate, He initialisation (--init he), or leaky ReLU "
                            "(--activations leaky_relu,...)"});
    }
    if (stats.hasSigmoidOutput && stats.saturatedShare >= kSaturatedShareAtLeast)
        findings.push_back(
            {HealthFinding::Kind::SaturatedOutput, stats.layers.size(), stats.saturatedShare,
             "the output sigmoid is saturated for " + Percent(stats.saturatedShare) +
                 " of the examples (a < 0.001 or a > 0.999): where it is wrong it learns slowly",
             "smaller initial weights (--init he or xavier), a smaller learning rate; if this is "
             "a trained model that is sure of its whole training set, check the test accuracy "
             "for overfitting and try --l2"});
    // A layer whose units are all dead passes no gradient back at all: the dead finding names
    // that cause, and "vanishing" with He initialisation to try would mislead.
    const bool blocked = std::any_of(stats.layers.begin(), stats.layers.end(), [](const auto& s) {
        return s.activation == Activation::ReLU && s.units && s.deadUnits == s.units;
    });
    if (stats.layers.size() >= 2 && !blocked) {
        const LayerStatistics& first = stats.layers.front();
        const LayerStatistics& last = stats.layers.back();
        if (last.relativeGradient > 0.0 &&
            first.relativeGradient < kVanishingRatioBelow * last.relativeGradient) {
            const double ratio = first.relativeGradient / last.relativeGradient;
            findings.push_back(
                {HealthFinding::Kind::VanishingGradients, 1, ratio,
                 "gradients in layer 1 are " +
                     (ratio > 0.0 ? PowerOfTen(ratio) : std::string("0")) + " of layer " +
                     std::to_string(last.layer) +
                     "'s (vanishing), as ‖dW[l]‖/‖W[l]‖: the first layer barely learns",
                 "He initialisation (--init he) for ReLU layers, ReLU instead of sigmoid or tanh "
                 "in the hidden layers, fewer layers, or Adam (--optimizer adam)"});
        }
    }
    return findings;
}

std::vector<HealthFinding> HealthFindings::OfCosts(const std::vector<double>& costs) {
    size_t longest = 0, run = 0, longestEnd = 0;
    for (size_t i = 1; i < costs.size(); ++i) {
        run = costs[i] > costs[i - 1] ? run + 1 : 0;
        if (run > longest) longest = run, longestEnd = i;
    }
    if (longest < kRisesInARowAtLeast) return {};
    return {{HealthFinding::Kind::RisingCost, 0, double(longest),
             "the cost rose " + std::to_string(longest) + " iterations in a row (up to iteration " +
                 std::to_string(longestEnd) + "): the learning rate may be too large",
             "a smaller learning rate (--lr), e.g. a third of it, or learning-rate decay "
             "(--decay inverse)"}};
}

std::vector<HealthFinding> HealthFindings::All(const NetworkStatistics& stats,
                                               const std::vector<double>& costs) {
    std::vector<HealthFinding> findings = OfLayers(stats);
    for (HealthFinding& f : OfCosts(costs)) findings.push_back(std::move(f));
    return findings;
}

}  // namespace layerlab
