#pragma once

// Runs part of a test in a forked child: a hang ends with SIGALRM instead of stalling the suite,
// a crash ends the child rather than the test, and an address-space ceiling (setrlimit) applies to
// the child alone.
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <functional>
#include <string>

namespace layerlab::testdata {

struct ChildOutcome {
    bool exited = false;  // false: ended by a signal
    int code = -1;        // the exit code when it exited
    int signal = 0;       // the signal that ended it (SIGALRM: it hung)
    std::string report;   // what the body wrote into its report

    bool Succeeded() const { return exited && code == 0; }
    std::string Describe() const {
        if (exited) return "exit " + std::to_string(code) + ": " + report;
        return std::string(signal == SIGALRM ? "hung (killed by the alarm)"
                                             : "killed by signal " + std::to_string(signal)) +
               (report.empty() ? "" : ": " + report);
    }
};

// body's return value is the child's exit code; an exception escaping it gives exit 99 with the
// exception's text. hangSeconds only ends a child that would otherwise never end: it is no
// timing assertion.
inline ChildOutcome RunInChild(const std::function<int(std::string& report)>& body,
                               std::uint64_t addressSpaceBytes = 0, unsigned hangSeconds = 300) {
    int fds[2];
    if (::pipe(fds) != 0) return {};
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) return {};
    if (pid == 0) {
        ::close(fds[0]);
        ::alarm(hangSeconds);
        if (addressSpaceBytes) {
            const rlimit limit{addressSpaceBytes, addressSpaceBytes};
            if (::setrlimit(RLIMIT_AS, &limit) != 0) ::_exit(98);
        }
        std::string report;
        int code = 99;
        try {
            code = body(report);
        } catch (const std::exception& e) {
            report = std::string("unexpected exception: ") + e.what();
        } catch (...) {
            report = "unexpected exception";
        }
        for (size_t done = 0; done < report.size();) {
            const ssize_t n = ::write(fds[1], report.data() + done, report.size() - done);
            if (n <= 0) break;
            done += static_cast<size_t>(n);
        }
        ::_exit(code);  // no atexit handlers or Qt teardown in the copy of the test
    }
    ::close(fds[1]);
    ChildOutcome outcome;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        outcome.report.append(buffer, static_cast<size_t>(n));
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    outcome.exited = WIFEXITED(status);
    outcome.code = outcome.exited ? WEXITSTATUS(status) : -1;
    outcome.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return outcome;
}

}  // namespace layerlab::testdata
