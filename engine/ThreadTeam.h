#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <thread>
#include <vector>

namespace layerlab {

// A few threads that run one task together, each on its own part: Run returns once every part
// has ended, and the threads then wait for the next task. It shares a training step between the
// cores (SharedStep says how a step is cut). A step's products are too small for OpenBLAS's own
// threads: left to them, a 784-256-128-100-10 step runs at the speed of one core with two.
//
// Starting a task and waiting for its end spin briefly before sleeping, since a step's parts end
// within microseconds of each other; nothing allocates once the team exists. Only the thread that
// owns the team may call Run.
class ThreadTeam {
public:
    // threads: how many run each task, the caller included; 1 (or 0) runs everything inline.
    explicit ThreadTeam(size_t threads);
    ~ThreadTeam();
    ThreadTeam(const ThreadTeam&) = delete;
    ThreadTeam& operator=(const ThreadTeam&) = delete;

    size_t Size() const { return m_helpers.size() + 1; }

    // Calls task(part) for every part 0..Size()-1 at once, part 0 on the calling thread, and
    // returns when all have returned. If parts threw, the lowest part's exception is rethrown
    // here, after every part has ended.
    template <typename Task>
    void Run(Task& task) {
        RunErased([](void* t, size_t part) { (*static_cast<Task*>(t))(part); }, &task);
    }

    // The cores this machine offers, at most max: the team size worth having for heavy work.
    static size_t AvailableCores(size_t max);

    // [first, first + count) of part `part` when n items are cut into `parts` near-equal runs.
    struct Range {
        size_t first = 0, count = 0;
    };
    static Range Share(size_t n, size_t part, size_t parts) {
        const size_t first = n * part / parts;
        return {first, n * (part + 1) / parts - first};
    }

private:
    using Erased = void (*)(void*, size_t);
    void RunErased(Erased fn, void* task);
    void RunPart(size_t part) noexcept;
    void HelperLoop(size_t part);

    std::vector<std::thread> m_helpers;
    std::atomic<std::uint32_t> m_generation{0};  // bumped to start a task
    std::atomic<std::uint32_t> m_pending{0};     // helpers still running the current task
    std::atomic<bool> m_quit{false};
    Erased m_fn = nullptr;
    void* m_task = nullptr;
    std::vector<std::exception_ptr> m_errors;  // per part, of the current task
};

}  // namespace layerlab
