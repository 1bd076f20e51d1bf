#pragma once

#include <cstddef>

// Counts heap allocations (malloc, calloc, realloc, posix_memalign, aligned_alloc, operator new)
// made by any thread between Start and Stop, except those OpenBLAS makes inside its own kernels
// (0.3.21's small-matrix dgemm kernel for AVX-512 mallocs a packing buffer on some shapes: that is
// the BLAS's business, not the training loop's). It replaces the C allocator's entry points for
// the whole test executable and forwards them to glibc, so link it into one test only.
class AllocationCounter {
public:
    static void Start();
    static void Stop();
    static std::size_t Count();
};
