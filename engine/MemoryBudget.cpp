#include "MemoryBudget.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>

#include "EngineError.h"

namespace layerlab {
namespace {

constexpr std::uint64_t kSaturated = std::numeric_limits<std::uint64_t>::max();

// MemAvailable from /proc/meminfo in bytes, 0 when the kernel does not say.
std::uint64_t MemAvailable() {
    std::ifstream meminfo("/proc/meminfo");
    std::string key, unit;
    std::uint64_t kilobytes = 0;
    while (meminfo >> key >> kilobytes >> unit)
        if (key == "MemAvailable:") return MemoryBudget::Multiply({kilobytes, 1024});
    return 0;
}

// LAYERLAB_MEMORY_BUDGET as a whole number of bytes, 0 when unset or not a number.
std::uint64_t BudgetFromEnvironment() {
    const char* text = std::getenv("LAYERLAB_MEMORY_BUDGET");
    if (!text || !*text) return 0;
    char* end = nullptr;
    const unsigned long long value = std::strtoull(text, &end, 10);
    return *end == '\0' ? value : 0;
}

}  // namespace

std::uint64_t MemoryBudget::PhysicalBytes() {
    const long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && size > 0
               ? static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(size)
               : 0;
}

std::uint64_t MemoryBudget::AvailableBytes() {
    const std::uint64_t available = MemAvailable();
    return available ? available : PhysicalBytes();
}

std::uint64_t MemoryBudget::LimitBytes() {
    if (const std::uint64_t fromEnvironment = BudgetFromEnvironment()) return fromEnvironment;
    const std::uint64_t available = AvailableBytes();
    // Unknown memory: still refuse what no machine has (1 TB).
    std::uint64_t limit = available ? available / 4 * 3 : (std::uint64_t(1) << 40);
    // Under ulimit -v the libraries, stacks and thread arenas take their share of the address
    // space first; half of it is what our matrices can count on.
    rlimit addressSpace{};
    if (getrlimit(RLIMIT_AS, &addressSpace) == 0 && addressSpace.rlim_cur != RLIM_INFINITY)
        limit = std::min<std::uint64_t>(limit, addressSpace.rlim_cur / 2);
    return limit;
}

void MemoryBudget::Check(std::uint64_t bytes, const std::string& source, const std::string& what,
                         const std::string& fix) {
    const std::uint64_t limit = LimitBytes();
    if (bytes <= limit) return;
    // "by how much": the excess, unless the size itself overflowed.
    const std::string excess =
        bytes == kSaturated ? ", more than" : ", " + Text(bytes - limit) + " more than";
    throw EngineError(source + ": " + what + " would need " + Text(bytes) + " of memory" + excess +
                      " the " + Text(limit) + " LayerLab may use on this machine; " + fix);
}

std::uint64_t MemoryBudget::Multiply(std::initializer_list<std::uint64_t> factors) {
    std::uint64_t product = 1;
    for (std::uint64_t f : factors) {
        if (f != 0 && product > kSaturated / f) {
            // A zero later still makes the product zero: nothing is allocated.
            for (std::uint64_t g : factors)
                if (g == 0) return 0;
            return kSaturated;
        }
        product *= f;
    }
    return product;
}

std::uint64_t MemoryBudget::Add(std::initializer_list<std::uint64_t> terms) {
    std::uint64_t sum = 0;
    for (std::uint64_t t : terms) {
        if (t > kSaturated - sum) return kSaturated;
        sum += t;
    }
    return sum;
}

std::string MemoryBudget::Text(std::uint64_t bytes) {
    if (bytes == kSaturated) return "more than 18 EB";
    char text[32];
    if (bytes < 1000000000)
        std::snprintf(text, sizeof text, "%.0f MB", static_cast<double>(bytes) / 1e6);
    else
        std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / 1e9);
    return text;
}

}  // namespace layerlab
