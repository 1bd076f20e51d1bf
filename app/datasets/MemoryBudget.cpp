#include "MemoryBudget.h"

#include <unistd.h>

#include <cstdio>
#include <limits>

#include "EngineError.h"

namespace layerlab {
namespace {

std::string Gigabytes(std::uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / 1e9);
    return text;
}

}  // namespace

std::uint64_t MemoryBudget::PhysicalBytes() {
    const long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && size > 0
               ? static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(size)
               : 0;
}

void MemoryBudget::Check(std::uint64_t bytes, const std::string& source, const std::string& what,
                         const std::string& fix) {
    const std::uint64_t physical = PhysicalBytes();
    // Unknown physical memory: still refuse what no machine has (1 TB).
    const std::uint64_t limit = physical ? physical / 4 * 3 : (std::uint64_t(1) << 40);
    if (bytes <= limit) return;
    throw EngineError(source + ": " + what + " would need " +
                      (bytes == std::numeric_limits<std::uint64_t>::max()
                           ? std::string("more than 18 EB")
                           : Gigabytes(bytes)) +
                      " of memory (this machine has " + Gigabytes(physical) + "); " + fix);
}

std::uint64_t MemoryBudget::Multiply(std::initializer_list<std::uint64_t> factors) {
    std::uint64_t product = 1;
    for (std::uint64_t f : factors) {
        if (f != 0 && product > std::numeric_limits<std::uint64_t>::max() / f)
            return std::numeric_limits<std::uint64_t>::max();
        product *= f;
    }
    return product;
}

}  // namespace layerlab
