#include "AllocationCounter.h"

#include <dlfcn.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace {
std::atomic<bool> g_counting{false};
std::atomic<std::size_t> g_count{0};

thread_local bool t_inside = false;  // dladdr must not count (or recurse into) itself

bool FromBlas(void* caller) {
    Dl_info info;
    if (!dladdr(caller, &info) || !info.dli_fname) return false;
    return std::strstr(info.dli_fname, "openblas") || std::strstr(info.dli_fname, "libblas");
}

void Note(void* caller) {
    if (!g_counting.load(std::memory_order_relaxed) || t_inside) return;
    t_inside = true;
    if (!FromBlas(caller)) g_count.fetch_add(1, std::memory_order_relaxed);
    t_inside = false;
}
}  // namespace

void AllocationCounter::Start() {
    g_count = 0;
    g_counting = true;
}
void AllocationCounter::Stop() {
    g_counting = false;
}
std::size_t AllocationCounter::Count() {
    return g_count.load();
}

// glibc's own implementations stay reachable under these names; every allocation the program and
// its libraries (Armadillo, OpenBLAS, libstdc++'s operator new) make goes through the wrappers.
extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* __libc_memalign(std::size_t, std::size_t);

void* malloc(std::size_t size) {
    Note(__builtin_return_address(0));
    return __libc_malloc(size);
}
void* calloc(std::size_t count, std::size_t size) {
    Note(__builtin_return_address(0));
    return __libc_calloc(count, size);
}
void* realloc(void* p, std::size_t size) {
    Note(__builtin_return_address(0));
    return __libc_realloc(p, size);
}
void* memalign(std::size_t alignment, std::size_t size) {
    Note(__builtin_return_address(0));
    return __libc_memalign(alignment, size);
}
void* aligned_alloc(std::size_t alignment, std::size_t size) {
    Note(__builtin_return_address(0));
    return __libc_memalign(alignment, size);
}
int posix_memalign(void** out, std::size_t alignment, std::size_t size) {
    Note(__builtin_return_address(0));
    void* p = __libc_memalign(alignment, size);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}
}
