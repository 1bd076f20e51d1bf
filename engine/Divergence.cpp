#include "Divergence.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace layerlab {
namespace {

// Three significant digits, as a person would write them: 0.693, 2.1e+07, 100.
std::string Short(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", v);
    return text;
}

}  // namespace

bool Divergence::Check(double cost) {
    if (CheckBatch(cost)) return true;
    return cost > kGrowth * std::max(*m_first, 1.0);
}

bool Divergence::CheckBatch(double cost) {
    if (!std::isfinite(cost)) return true;
    if (!m_first) m_first = cost;
    return false;
}

double Divergence::FirstCost() const {
    return m_first.value_or(std::numeric_limits<double>::quiet_NaN());
}

std::string DivergenceMessage(const StepResult& step, double learningRate) {
    std::string what = "cost diverged at iteration " + std::to_string(step.iteration) + ": ";
    if (std::isfinite(step.cost))
        what += "it grew from " + Short(step.firstCost) + " to " + Short(step.cost);
    else if (std::isfinite(step.firstCost))
        what += "it went from " + Short(step.firstCost) + " to " + Short(step.cost);
    else
        what += "it was " + Short(step.cost);
    // A hundred times smaller is a step a student can take and see; it says again if not enough.
    return what + "; the learning rate " + Short(learningRate) + " is too large, try " +
           Short(learningRate / 100.0);
}

std::optional<std::string> L2DivergenceMessage(size_t iteration, const TrainOptions& options,
                                               size_t examples) {
    const bool plainStep = options.optimizer == OptimizerKind::GradientDescent ||
                           options.optimizer == OptimizerKind::Momentum;
    const double shrink = options.learningRate * options.l2 / double(std::max<size_t>(1, examples));
    if (options.l2 <= 0.0 || !plainStep || shrink < 2.0) return std::nullopt;
    char text[320];
    std::snprintf(text, sizeof text,
                  "cost diverged at iteration %zu — L2 λ %g is too large: with learning rate "
                  "%g and %zu training examples each update scales the weights by 1 − α·λ/m = "
                  "%.3g; give a λ below %.3g (2m/α)",
                  iteration, options.l2, options.learningRate, examples, 1.0 - shrink,
                  2.0 * double(examples) / options.learningRate);
    return std::string(text);
}

}  // namespace layerlab
