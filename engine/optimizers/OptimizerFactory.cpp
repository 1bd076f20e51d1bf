#include "OptimizerFactory.h"

#include <cmath>

#include "Adam.h"
#include "EngineError.h"
#include "GradientDescent.h"
#include "Momentum.h"
#include "RMSprop.h"

namespace layerlab {

void CheckOptimizerSettings(double beta1, double beta2, double epsilon) {
    if (!(beta1 >= 0.0 && beta1 < 1.0))
        throw EngineError("beta1 " + std::to_string(beta1) +
                          " refused: it must be at least 0 and below 1 (e.g. 0.9)");
    if (!(beta2 >= 0.0 && beta2 < 1.0))
        throw EngineError("beta2 " + std::to_string(beta2) +
                          " refused: it must be at least 0 and below 1 (e.g. 0.999)");
    if (!(epsilon > 0.0) || !std::isfinite(epsilon))
        throw EngineError("epsilon " + std::to_string(epsilon) +
                          " refused: it must be greater than 0 (e.g. 1e-8)");
}

template <typename eT>
std::unique_ptr<Optimizer<eT>> MakeOptimizer(OptimizerKind kind, double beta1, double beta2,
                                             double epsilon) {
    CheckOptimizerSettings(beta1, beta2, epsilon);
    switch (kind) {
        case OptimizerKind::Momentum:
            return std::make_unique<Momentum<eT>>(beta1);
        case OptimizerKind::RMSprop:
            return std::make_unique<RMSprop<eT>>(beta2, epsilon);
        case OptimizerKind::Adam:
            return std::make_unique<Adam<eT>>(beta1, beta2, epsilon);
        case OptimizerKind::GradientDescent:
            break;
    }
    return std::make_unique<GradientDescent<eT>>();
}

template std::unique_ptr<Optimizer<double>> MakeOptimizer<double>(OptimizerKind, double, double,
                                                                  double);
template std::unique_ptr<Optimizer<float>> MakeOptimizer<float>(OptimizerKind, double, double,
                                                                double);

}  // namespace layerlab
