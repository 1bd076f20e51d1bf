#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>

namespace layerlab {

// The one memory budget: every load, network and run is checked against it before anything is
// allocated, so that a damaged header or a mistyped size gives a message, not a crash, a swap
// storm or an out-of-memory kill. Sizes are computed with Multiply/Add, which saturate instead
// of wrapping, so an overflowing product is refused like any other size that does not fit.
class MemoryBudget {
public:
    // Physical memory in bytes (0 when unknown).
    static std::uint64_t PhysicalBytes();
    // Memory the system can give a new allocation now (MemAvailable), else physical memory.
    static std::uint64_t AvailableBytes();
    // What one process of LayerLab may take: three quarters of the available memory, and no more
    // than half an address-space limit (ulimit -v) when one is set. LAYERLAB_MEMORY_BUDGET (bytes)
    // overrides it, for tests and for machines shared with other work.
    static std::uint64_t LimitBytes();
    // Throws EngineError "<source>: <what> would need N GB of memory, M GB more than the L GB
    // LayerLab may use here; <fix>" when bytes exceeds LimitBytes().
    static void Check(std::uint64_t bytes, const std::string& source, const std::string& what,
                      const std::string& fix);
    // a * b * c..., saturating at UINT64_MAX instead of wrapping.
    static std::uint64_t Multiply(std::initializer_list<std::uint64_t> factors);
    // a + b + c..., saturating at UINT64_MAX instead of wrapping.
    static std::uint64_t Add(std::initializer_list<std::uint64_t> terms);
    // "1.5 GB", "more than 18 EB" for a saturated size.
    static std::string Text(std::uint64_t bytes);
};

}  // namespace layerlab
