#include "TrainingMemory.h"

#include <algorithm>

#include "MemoryBudget.h"

namespace layerlab {
namespace {

using M = MemoryBudget;

// The running averages an optimiser keeps per weight.
std::uint64_t OptimiserCopies(OptimizerKind kind) {
    switch (kind) {
        case OptimizerKind::GradientDescent:
            return 0;
        case OptimizerKind::Momentum:
        case OptimizerKind::RMSprop:
            return 1;
        case OptimizerKind::Adam:
            return 2;
    }
    return 2;
}

std::string OptimiserName(OptimizerKind kind) {
    switch (kind) {
        case OptimizerKind::GradientDescent:
            return "";
        case OptimizerKind::Momentum:
            return ", momentum's average";
        case OptimizerKind::RMSprop:
            return ", RMSprop's average";
        case OptimizerKind::Adam:
            return ", Adam's two averages";
    }
    return "";
}

}  // namespace

std::vector<TrainingMemory::Part> TrainingMemory::Parts(const NetworkSpec& spec, size_t trainCount,
                                                        size_t testCount,
                                                        const TrainOptions& options) {
    const std::uint64_t s = options.precision == Precision::Float ? sizeof(float) : sizeof(double);
    const std::uint64_t held = options.ValidationCount(trainCount);
    const std::uint64_t m = trainCount > held ? trainCount - held : trainCount;
    const std::uint64_t batch =
        options.batchSize == 0 || options.batchSize >= m ? m : options.batchSize;
    std::uint64_t units = 0, widest = 0;
    for (size_t l = 1; l < spec.sizes.size(); ++l) {
        units = M::Add({units, spec.sizes[l]});
        widest = std::max<std::uint64_t>(widest, spec.sizes[l]);
    }
    const std::uint64_t inputs = spec.sizes.empty() ? 0 : spec.sizes[0];
    const std::uint64_t outputs = spec.sizes.empty() ? 0 : spec.sizes.back();

    // The run's weights, their gradients, the optimiser's averages and early stopping's best
    // copy in the run's precision; the initial and the latest (snapshot, saved) weights in double.
    const std::uint64_t copies =
        2 + OptimiserCopies(options.optimizer) + (options.earlyStopPatience ? 1 : 0);
    const std::uint64_t weights =
        M::Multiply({spec.ParameterCount(), M::Add({M::Multiply({copies, s}), 2 * 8})});

    // Per example of a batch: Z, A, dZ and dA of every layer (and the dropout mask and dropped
    // copy with dropout), the gathered inputs and targets. Predictions of the training and test
    // sets hold two layers of activations in double.
    const bool dropout =
        std::any_of(options.keepProbabilities.begin(), options.keepProbabilities.end(),
                    [](double k) { return k < 1.0; });
    const std::uint64_t perExample =
        M::Multiply({M::Add({M::Multiply({units, dropout ? 6u : 4u}), inputs, outputs}), s});
    const std::uint64_t activations =
        M::Add({M::Multiply({batch, perExample}),
                M::Multiply({std::max<std::uint64_t>(trainCount, testCount), widest, 2, 8})});

    // The examples converted to the run's precision, the targets, and the Gram path's XᵀX
    // (GramTrainer keeps it under 256 MB).
    std::uint64_t data =
        M::Multiply({M::Add({trainCount, testCount}), M::Add({inputs, outputs}), s});
    if (options.IsPlainFullBatchGradientDescent() && m < inputs)
        data = M::Add({data, std::min<std::uint64_t>(M::Multiply({m, m, s}), 256u << 20)});

    const std::string precision = options.precision == Precision::Float ? "float" : "double";
    return {
        {"the weights with their gradients" + OptimiserName(options.optimizer) +
             (options.earlyStopPatience ? ", the best epoch's copy" : "") +
             " and the initial and latest copies",
         weights, "use fewer or smaller layers"},
        {"the activations of a batch of " + std::to_string(batch) + " examples", activations,
         options.batchSize == 0 ? "train on mini-batches (a batch size below " + std::to_string(m) +
                                      ") or use smaller layers"
                                : "use a smaller batch size or smaller layers"},
        {"the data in " + precision, data, "use a smaller data set or float precision"},
    };
}

std::uint64_t TrainingMemory::Total(const std::vector<Part>& parts) {
    std::uint64_t total = 0;
    for (const Part& p : parts) total = M::Add({total, p.bytes});
    return total;
}

void TrainingMemory::Check(const NetworkSpec& spec, size_t trainCount, size_t testCount,
                           const TrainOptions& options, const Part& extra) {
    std::vector<Part> parts = Parts(spec, trainCount, testCount, options);
    if (extra.bytes) parts.push_back(extra);
    const std::uint64_t total = Total(parts);
    if (total <= M::LimitBytes()) return;
    std::stable_sort(parts.begin(), parts.end(),
                     [](const Part& a, const Part& b) { return a.bytes > b.bytes; });
    // Parts under half a megabyte would read "0 MB": left out of the list.
    std::string what;
    for (const Part& part : parts)
        if (part.bytes >= 500000 || &part == &parts.front())
            what += (what.empty() ? "training (" : "; ") + part.name + " " + M::Text(part.bytes);
    what += ")";
    std::string shape;
    for (size_t l = 0; l < spec.sizes.size(); ++l)
        shape.append(l ? "," : "").append(std::to_string(spec.sizes[l]));
    M::Check(total, "layers " + shape, what, parts.front().fix);
}

}  // namespace layerlab
