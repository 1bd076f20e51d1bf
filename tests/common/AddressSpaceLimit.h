#pragma once

// Runs a piece of code in a child process whose address space is capped (setrlimit RLIMIT_AS),
// so a test can show that a hostile input is refused cleanly instead of taking the machine's
// memory: the child exits 0 when the code throws the expected refusal, and anything else (no
// refusal, another error, an out-of-memory abort, a signal) fails the test with what happened.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>

namespace layerlab::testdata {

// True when built with AddressSanitizer, whose shadow memory needs terabytes of address space:
// a ceiling test cannot run there and says so.
inline bool UnderAddressSanitizer() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

// Forks; the child caps its address space at bytes, runs body and exits 0 when body throws an
// exception of type Refusal whose what() contains expected. Returns "" when the child did so,
// else what went wrong ("exit 3: no refusal", "killed by signal 9", ...).
template <typename Refusal>
std::string RunUnderAddressSpaceLimit(std::uint64_t bytes, const std::function<void()>& body,
                                      const std::string& expected) {
    std::fflush(nullptr);
    const pid_t child = ::fork();
    if (child < 0) return "fork failed";
    if (child == 0) {
        rlimit limit{bytes, bytes};
        if (::setrlimit(RLIMIT_AS, &limit) != 0) ::_exit(10);
        int code = 3;  // body returned: nothing was refused
        try {
            body();
        } catch (const Refusal& e) {
            const std::string what = e.what();
            std::fprintf(stderr, "refused under the limit: %s\n", what.c_str());
            code = what.find(expected) != std::string::npos ? 0 : 4;
        } catch (const std::bad_alloc&) {
            code = 5;
        } catch (...) {
            code = 6;
        }
        std::fflush(nullptr);
        ::_exit(code);
    }
    int status = 0;
    if (::waitpid(child, &status, 0) != child) return "waitpid failed";
    if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
    const int code = WEXITSTATUS(status);
    switch (code) {
        case 0:
            return "";
        case 3:
            return "exit 3: the input was accepted";
        case 4:
            return "exit 4: refused, but not with the expected message";
        case 5:
            return "exit 5: std::bad_alloc (an allocation was tried before any check)";
        case 6:
            return "exit 6: an unexpected exception";
        case 10:
            return "exit 10: setrlimit failed";
        default:
            return "exit " + std::to_string(code);
    }
}

}  // namespace layerlab::testdata
