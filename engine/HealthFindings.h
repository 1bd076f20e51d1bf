#pragma once

#include <string>
#include <vector>

#include "LayerStatistics.h"

namespace layerlab {

// Layer health in plain words: what one forward and backward pass (LayerStatistics) and a cost
// history say is wrong, each with what to try. The kind and the numbers are kept beside the
// English sentence, so a window can word a finding in its own language.
struct HealthFinding {
    enum class Kind { DeadReLU, SaturatedOutput, VanishingGradients, RisingCost };
    Kind kind;
    size_t layer = 0;    // the layer it is about (the first one for vanishing gradients), or 0
    double value = 0.0;  // the share, the gradient ratio or the number of rises
    std::string what;
    std::string tryThis;
};

class HealthFindings {
public:
    // The thresholds, each chosen so that the course's network trained as the notebook trains
    // it (12288,20,7,5,1, notebook initialisation, α = 0.0075) stays silent at every point of
    // its 2500 iterations, while the failure each names is far past it.

    // A ReLU layer with at least this share of dead units (0 for every example). A few dead
    // units are normal: the notebook's own run loses 2 of layer 2's 7 units (29 %) by
    // iteration 100 and still reaches 98.5 % train accuracy. A third of a layer is capacity lost
    // for good.
    static constexpr double kDeadShareAtLeast = 1.0 / 3.0;
    // The output sigmoid saturated (LayerStatistics' kSaturatedBelow) for at least this share of
    // the examples: the network is sure of nearly everything, so its wrong answers learn slowly.
    static constexpr double kSaturatedShareAtLeast = 0.9;
    // (‖dW[1]‖/‖W[1]‖) / (‖dW[L]‖/‖W[L]‖) below this: the first layer's weights move a
    // thousandth as fast, relative to their size, as the output layer's. The relative rates
    // are compared, not ‖dW‖ alone, because W[1] of a 12288-input network has far more and far
    // smaller weights than W[L].
    // Not reported when a ReLU layer is entirely dead: no gradient passes it, and the dead
    // finding says why.
    static constexpr double kVanishingRatioBelow = 1e-3;
    // This many consecutive rises of the cost (each iteration's cost above the one before).
    // Full-batch gradient descent with a fitting α never raises the cost; mini-batch costs are
    // noisy, so give the history per epoch there.
    static constexpr size_t kRisesInARowAtLeast = 5;

    // The findings of stats, dead ReLUs first (by layer), then saturation, then vanishing
    // gradients.
    static std::vector<HealthFinding> OfLayers(const NetworkStatistics& stats);
    // The longest run of rises in costs, when it is kRisesInARowAtLeast or longer.
    static std::vector<HealthFinding> OfCosts(const std::vector<double>& costs);
    // OfLayers, then OfCosts.
    static std::vector<HealthFinding> All(const NetworkStatistics& stats,
                                          const std::vector<double>& costs);
    // "10⁻⁶" for 1.2e-6: the power of ten a ratio is nearest, as the sentence says it.
    static std::string PowerOfTen(double ratio);
};

}  // namespace layerlab
