#pragma once

#include <stdexcept>
#include <string>

namespace layerlab {

// Every refusal by the engine: the message says what was refused and how to fix it.
class EngineError : public std::runtime_error {
public:
    explicit EngineError(const std::string& what) : std::runtime_error(what) {}
};

}  // namespace layerlab
