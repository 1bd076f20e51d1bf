#pragma once

#include <cstdint>
#include <string>

namespace layerlab {

// Refuses a load whose size fields would need more memory than the machine has, before anything
// is allocated: a damaged header must give a message, not a crash or a swap storm.
class MemoryBudget {
public:
    // Physical memory in bytes (0 when unknown).
    static std::uint64_t PhysicalBytes();
    // Throws EngineError "<source>: <what> would need N GB of memory (this machine has M GB);
    // <fix>" when bytes exceeds three quarters of physical memory.
    static void Check(std::uint64_t bytes, const std::string& source, const std::string& what,
                      const std::string& fix);
    // a * b * c..., saturating at UINT64_MAX instead of wrapping.
    static std::uint64_t Multiply(std::initializer_list<std::uint64_t> factors);
};

}  // namespace layerlab
