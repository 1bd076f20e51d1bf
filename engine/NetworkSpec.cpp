#include "NetworkSpec.h"

#include <sstream>

#include "EngineError.h"
#include "MemoryBudget.h"

namespace layerlab {

arma::uword NetworkSpec::ParameterCount() const {
    std::uint64_t count = 0;
    for (size_t l = 1; l < sizes.size(); ++l)
        count =
            MemoryBudget::Add({count, MemoryBudget::Multiply({sizes[l], sizes[l - 1]}), sizes[l]});
    return count;
}

NetworkSpec NetworkSpec::WithDefaultActivations(std::vector<arma::uword> sizes) {
    NetworkSpec spec;
    spec.sizes = std::move(sizes);
    if (spec.sizes.size() >= 2) {
        spec.activations.assign(spec.sizes.size() - 1, Activation::ReLU);
        spec.activations.back() =
            spec.sizes.back() == 1 ? Activation::Sigmoid : Activation::Softmax;
    }
    return spec;
}

void NetworkSpec::Validate() const {
    if (sizes.size() < 2)
        throw EngineError(
            "the network needs an input size and at least one layer (e.g. 12288,20,1)");
    for (size_t l = 0; l < sizes.size(); ++l) {
        if (sizes[l] == 0) {
            if (l == 0)
                throw EngineError("the input layer has 0 units: it must match the data's features");
            throw EngineError("layer " + std::to_string(l) +
                              " has 0 units: each layer needs at least 1");
        }
    }
    // Sizes whose product overflows would wrap to a small matrix; the budget refuses them and
    // any network whose weights alone do not fit, before anything is allocated.
    std::string shape;
    for (size_t l = 0; l < sizes.size(); ++l)
        shape.append(l ? "," : "").append(std::to_string(sizes[l]));
    MemoryBudget::Check(MemoryBudget::Multiply({ParameterCount(), sizeof(double)}),
                        "layers " + shape, "the network's weights", "use fewer or smaller layers");
    if (activations.size() != L())
        throw EngineError(std::to_string(activations.size()) + " activations given for " +
                          std::to_string(L()) + " layers: give one per layer after the input");
    for (size_t l = 1; l < L(); ++l)
        if (activations[l - 1] == Activation::Softmax)
            throw EngineError("layer " + std::to_string(l) +
                              " uses softmax: softmax is only allowed on the output layer");
    if (OutputActivation() == Activation::Softmax && sizes.back() < 2)
        throw EngineError(
            "a softmax output needs at least 2 units: use sigmoid for one output unit");
    if (OutputActivation() != Activation::Softmax && OutputActivation() != Activation::Sigmoid)
        throw EngineError("the output layer uses " + ToString(OutputActivation()) +
                          ": it must be sigmoid (one unit per class) or softmax (many classes)");
}

std::vector<arma::uword> ParseLayerSizes(const std::string& text) {
    std::vector<arma::uword> sizes;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        size_t used = 0;
        long long value = -1;
        try {
            value = std::stoll(item, &used);
        } catch (...) {
            used = 0;
        }
        if (used == 0 || used != item.size() || value < 0)
            throw EngineError("layer size '" + item +
                              "' is not a whole number: write sizes like 12288,20,7,5,1");
        sizes.push_back(static_cast<arma::uword>(value));
    }
    return sizes;
}

std::vector<Activation> ParseActivations(const std::string& text) {
    std::vector<Activation> acts;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        auto a = Parse<Activation>(item);
        if (!a)
            throw EngineError("unknown activation '" + item + "': use " + NameList<Activation>());
        acts.push_back(*a);
    }
    return acts;
}

}  // namespace layerlab
