#include "RunDescription.h"

#include <cmath>
#include <sstream>

#include "EngineError.h"

namespace layerlab {
namespace {

// "the standardisation deviation's value 3 is NaN": the first value a saved model cannot use.
void RequireUsable(const arma::vec& values, const char* what, bool positive) {
    for (arma::uword i = 0; i < values.n_elem; ++i) {
        const double v = values[i];
        if (std::isfinite(v) && (!positive || v > 0)) continue;
        const std::string value = std::isnan(v)   ? std::string("NaN")
                                  : std::isinf(v) ? std::string("infinite")
                                                  : (std::ostringstream() << v).str();
        throw EngineError(std::string("the standardisation ") + what + "'s value " +
                          std::to_string(i) + " is " + value + " where " +
                          (positive ? "a finite number above 0" : "a finite number") +
                          " is needed");
    }
}

}  // namespace

void RunDescription::Validate(size_t inputs) const {
    if (runId < 0)
        throw EngineError("the run id " + std::to_string(runId) +
                          " is negative where run ids count from 1");
    if (!Standardised()) return;
    if (mean.is_empty() || deviation.is_empty())
        throw EngineError(std::string("the standardisation has a ") +
                          (mean.is_empty() ? "deviation but no mean" : "mean but no deviation") +
                          " where both are needed");
    for (const auto& [values, what] :
         {std::pair{&mean, "mean"}, std::pair{&deviation, "deviation"}})
        if (values->n_elem != inputs)
            throw EngineError(std::string("the standardisation ") + what + " has " +
                              std::to_string(values->n_elem) + " values but the model takes " +
                              std::to_string(inputs) + " inputs, one value each");
    RequireUsable(mean, "mean", false);
    RequireUsable(deviation, "deviation", true);
}

}  // namespace layerlab
