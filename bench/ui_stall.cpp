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
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "MainWindow.h"
#include "training/TrainingSession.h"

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName("LayerLabBench");
    const QString data =
        argc > 1 ? argv[1] : QStringLiteral(LAYERLAB_SHARED_DIR "/data/catvnoncat");
    const double seconds = argc > 2 ? QString(argv[2]).toDouble() : 10.0;
    const int iterations =
        argc > 3 && QString(argv[3]).toInt() > 0 ? QString(argv[3]).toInt() : 10'000'000;
    {
        // Every run starts from the window's defaults (it saves its own settings on closing).
        QSettings settings;
        settings.clear();
        // Quitting ends the run unasked (the window would ask "Discard this run?"); a setting
        // given below may ask again, and training/speed=N times slow motion.
        settings.setValue("confirm/discardRun", false);
        for (int i = 4; i < argc; ++i) {
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
    window.findChild<QSpinBox*>("iterationsSpin")->setValue(iterations);
    window.resize(1600, 1000);
    window.show();

    std::vector<double> gaps;
    layerlab::TrainingSnapshot last;
    double measured = 0, worst = 0, worstAt = 0;
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
        "%.1f s while training %zu iterations at %.0f it/s\n",
        worst, worstAt, p99, gaps.size(), measured, s.iteration, s.iterationsPerSecond);
    return 0;
}
