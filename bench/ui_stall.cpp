// Measures the longest UI event-loop stall while a network trains at full speed in the window
// (the notebook's by default): a 1 ms timer on the UI thread records the largest gap between its
// ticks. Not a test (timings depend on the machine); run it by hand:
//   ./build/bench/layerlab_ui_stall [DATA] [SECONDS] [ITERATIONS] [KEY=VALUE ...]
// ITERATIONS defaults to the spin box's maximum, so the run lasts the whole SECONDS however
// fast the engine iterates. KEY=VALUE pairs are window settings written over the defaults before
// the window opens, e.g. the mini-batch run of the course's second part on Fashion-MNIST:
//   layerlab_ui_stall /usr/share/datasets/fashion-mnist 15 0
//       network/hidden=256:relu,128:relu,100:relu optimisation/batchSize=128
//       optimisation/optimizer=adam training/precision=float training/learningRate=0.001
// (one command line).
//
// --inside (first, before the rest): the same run with "Inside the network" open, its page
// switched every second so the diagram, the weight pictures, layer health and the example view
// each draw from the live inspections. Run with and without it for issue 14's speed ratio.
//
// --versus-cli [DATA] [SECONDS]: issue 12's comparison in one go, on Fashion-MNIST by default
// (784-256-128-100-10, ReLU, Adam, lr 0.001, batch 128, float, 10 epochs). It first runs
// `layerlab train` (beside bench/) with those options as a child process, then the same run in
// the window, and prints both rates, their ratio, and the peak resident memory of both: the
// child's from wait4's rusage, the window's from getrusage(RUSAGE_SELF) (the child is not
// counted there). Both rates are iterations over the training loop's own seconds: the CLI's
// summary line, and the window's time from Running to Finished (data loading and conversion are
// left out of both; the per-epoch test evaluations are in both).
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

extern char** environ;

#include "MainWindow.h"
#include "inside/InsidePanel.h"
#include "training/TrainingSession.h"

namespace {

// One run, as the window's settings and as the command line's options: the two must not drift.
struct Setting {
    const char* key;
    const char* value;
    const char* option;
    const char* optionValue;
};
constexpr Setting kVersusCli[] = {
    {"network/hidden", "256:relu,128:relu,100:relu", "--layers", "784,256,128,100,10"},
    {"optimisation/batchSize", "128", "--batch-size", "128"},
    {"optimisation/optimizer", "adam", "--optimizer", "adam"},
    {"optimisation/epochs", "10", "--epochs", "10"},
    {"training/precision", "float", "--precision", "float"},
    {"training/learningRate", "0.001", "--lr", "0.001"},
};

struct CliRun {
    bool ok = false;
    double seconds = 0;      // the summary line's seconds of training
    long peakKilobytes = 0;  // the child's peak resident set
};

// Runs `layerlab train` on data with kVersusCli's options; its output goes to a file, read back
// for the summary line's seconds, and wait4 gives the child's own peak memory.
CliRun RunCli(const QString& cli, const QString& data) {
    CliRun run;
    QTemporaryFile out;
    if (!out.open()) return run;
    std::vector<std::string> args = {cli.toStdString(), "train", "--data", data.toStdString()};
    for (const Setting& s : kVersusCli) {
        args.emplace_back(s.option);
        args.emplace_back(s.optionValue);
    }
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.handle(), 1);
    pid_t pid = 0;
    const int failed = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed) return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status))
        return run;
    run.peakKilobytes = usage.ru_maxrss;
    out.seek(0);
    const QString text = QString::fromUtf8(out.readAll());
    const auto match =
        QRegularExpression(R"(train_accuracy=\S+ .*seconds=([0-9.]+)\s*$)").match(text.trimmed());
    if (!match.hasMatch()) return run;
    run.seconds = match.captured(1).toDouble();
    run.ok = run.seconds > 0;
    return run;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName("LayerLabBench");
    const bool inside = argc > 1 && QString(argv[1]) == "--inside";
    if (inside) {
        --argc;
        ++argv;
    }
    const bool versusCli = argc > 1 && QString(argv[1]) == "--versus-cli";
    if (versusCli) {  // the remaining arguments are DATA and SECONDS
        --argc;
        ++argv;
    }
    const QString data = argc > 1    ? argv[1]
                         : versusCli ? QStringLiteral("/usr/share/datasets/fashion-mnist")
                                     : QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");
    const double seconds = argc > 2 ? QString(argv[2]).toDouble() : versusCli ? 120.0 : 10.0;
    const int iterations = versusCli                                  ? 0
                           : argc > 3 && QString(argv[3]).toInt() > 0 ? QString(argv[3]).toInt()
                                                                      : 10'000'000;
    CliRun cli;
    if (versusCli) {
        const QString program = QCoreApplication::applicationDirPath() + "/../layerlab";
        cli = RunCli(program, data);
        if (!cli.ok) {
            std::fprintf(stderr, "%s train did not finish with a summary line\n",
                         qPrintable(program));
            return 1;
        }
    }
    {
        // Every run starts from the window's defaults (it saves its own settings on closing).
        QSettings settings;
        settings.clear();
        // Quitting ends the run unasked (the window would ask "Discard this run?"); a setting
        // given below may ask again, and training/speed=N times slow motion.
        settings.setValue("confirm/discardRun", false);
        if (versusCli)
            for (const Setting& s : kVersusCli) settings.setValue(s.key, s.value);
        for (int i = versusCli ? argc : 4; i < argc; ++i) {
            const QString pair = QString::fromLocal8Bit(argv[i]);
            const qsizetype equals = pair.indexOf('=');
            if (equals <= 0) {
                std::fprintf(stderr, "not a KEY=VALUE setting: %s\n", argv[i]);
                return 1;
            }
            settings.setValue(pair.left(equals), pair.mid(equals + 1));
        }
    }

    layerlab::MainWindow window;
    if (!window.OpenDataSet(data)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(data));
        return 1;
    }
    if (iterations > 0) window.findChild<QSpinBox*>("iterationsSpin")->setValue(iterations);
    window.resize(1600, 1000);
    window.show();
    QTimer pages;
    if (inside) {
        window.findChild<QAction*>("actionLookInside")->trigger();
        QObject::connect(&pages, &QTimer::timeout, [&] {
            auto* tabs = window.Inside()->Tabs();
            tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count());
        });
        pages.start(1000);
    }

    std::vector<double> gaps;
    layerlab::TrainingSnapshot last;
    double measured = 0, worst = 0, worstAt = 0;
    double runningAt = -1, doneAt = -1;  // seconds on clock: first seen Running, and over
    QElapsedTimer clock, sinceTick;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        gaps.push_back(sinceTick.nsecsElapsed() * 1e-6);
        if (gaps.back() > worst) {
            worst = gaps.back();
            worstAt = clock.elapsed() / 1000.0;
        }
        sinceTick.start();
        const auto* session = window.Session();
        const bool done = session && session->State() != layerlab::TrainingState::Running &&
                          session->State() != layerlab::TrainingState::Ready &&
                          session->State() != layerlab::TrainingState::Preparing;
        if (session && runningAt < 0 && session->State() == layerlab::TrainingState::Running)
            runningAt = clock.nsecsElapsed() * 1e-9;
        if (done && doneAt < 0) doneAt = clock.nsecsElapsed() * 1e-9;
        if (clock.elapsed() > seconds * 1000 || done) {
            tick.stop();
            if (session) last = session->Latest();
            measured = clock.elapsed() / 1000.0;
            app.quit();  // closes the window too, which stops and joins the run
        }
    });
    QTimer::singleShot(200, [&] {  // let the window settle first
        window.TrainAction()->trigger();
        clock.start();
        sinceTick.start();
        tick.start();
    });
    app.exec();

    const layerlab::TrainingSnapshot& s = last;
    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps.empty() ? 0 : gaps[gaps.size() * 99 / 100];
    std::printf(
        "max event-loop stall: %.1f ms at %.2f s (99th percentile %.1f ms, %zu ticks) over "
        "%.1f s while training %zu iterations at %.0f it/s%s\n",
        worst, worstAt, p99, gaps.size(), measured, s.iteration, s.iterationsPerSecond,
        inside ? " with the inside views open" : "");
    if (!versusCli) return 0;
    if (s.state != layerlab::TrainingState::Finished || runningAt < 0 || doneAt <= runningAt) {
        std::fprintf(stderr, "the window's run did not finish within %.0f s\n", seconds);
        return 1;
    }
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    // The same run: both trained the window's final count of iterations (10 epochs of batches).
    const double cliRate = double(s.iteration) / cli.seconds;
    const double windowRate = double(s.iteration) / (doneAt - runningAt);
    std::printf(
        "versus CLI, %zu iterations: CLI %.0f it/s (%.2f s), window %.0f it/s (%.2f s), ratio "
        "%.2f; peak RSS CLI %.0f MB, window %.0f MB\n",
        s.iteration, cliRate, cli.seconds, windowRate, doneAt - runningAt, windowRate / cliRate,
        cli.peakKilobytes / 1024.0, self.ru_maxrss / 1024.0);
    return 0;
}
