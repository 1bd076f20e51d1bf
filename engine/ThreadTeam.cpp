#include "ThreadTeam.h"

#if defined(__linux__)
#include <sched.h>
#endif

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace layerlab {

namespace {

void Relax() {
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#else
    std::this_thread::yield();
#endif
}

// Waits until a no longer holds old: a short spin first (the other parts of a step end within
// microseconds), then the futex behind std::atomic::wait, so an idle team costs no CPU.
void WaitWhileEquals(const std::atomic<std::uint32_t>& a, std::uint32_t old) {
    for (int i = 0; i < 2000; ++i) {
        if (a.load(std::memory_order_acquire) != old) return;
        Relax();
    }
    while (a.load(std::memory_order_acquire) == old) a.wait(old, std::memory_order_acquire);
}

}  // namespace

ThreadTeam::ThreadTeam(size_t threads) {
    const size_t helpers = threads > 1 ? threads - 1 : 0;
    m_errors.resize(helpers + 1);
    m_helpers.reserve(helpers);
    for (size_t part = 1; part <= helpers; ++part)
        m_helpers.emplace_back([this, part] { HelperLoop(part); });
}

ThreadTeam::~ThreadTeam() {
    m_quit.store(true, std::memory_order_release);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    m_generation.notify_all();
    for (std::thread& t : m_helpers) t.join();
}

size_t ThreadTeam::AvailableCores(size_t max) {
    size_t cores = std::thread::hardware_concurrency();
#if defined(__linux__)
    // The CPUs this process may run on (taskset, a container's cpuset), as nproc counts them.
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof(allowed), &allowed) == 0) cores = CPU_COUNT(&allowed);
#endif
    if (cores == 0) cores = 1;
    return cores < max ? cores : max;
}

void ThreadTeam::RunErased(Erased fn, void* task) {
    if (m_helpers.empty()) {
        fn(task, 0);
        return;
    }
    m_fn = fn;
    m_task = task;
    m_pending.store(static_cast<std::uint32_t>(m_helpers.size()), std::memory_order_relaxed);
    m_generation.fetch_add(1, std::memory_order_acq_rel);  // publishes m_fn, m_task, m_pending
    m_generation.notify_all();
    RunPart(0);
    for (std::uint32_t left; (left = m_pending.load(std::memory_order_acquire)) != 0;)
        WaitWhileEquals(m_pending, left);
    for (std::exception_ptr& error : m_errors) {
        if (!error) continue;
        std::exception_ptr first = error;
        for (std::exception_ptr& e : m_errors) e = nullptr;
        std::rethrow_exception(first);
    }
}

void ThreadTeam::RunPart(size_t part) noexcept {
    try {
        m_fn(m_task, part);
    } catch (...) {
        m_errors[part] = std::current_exception();
    }
}

void ThreadTeam::HelperLoop(size_t part) {
    std::uint32_t seen = 0;
    for (;;) {
        WaitWhileEquals(m_generation, seen);
        seen = m_generation.load(std::memory_order_acquire);
        if (m_quit.load(std::memory_order_acquire)) return;
        RunPart(part);
        if (m_pending.fetch_sub(1, std::memory_order_acq_rel) == 1) m_pending.notify_one();
    }
}

}  // namespace layerlab
