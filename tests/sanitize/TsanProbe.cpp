// Two checks of scripts/tsan.supp, built in ThreadSanitizer builds only (see scripts/sanitize.sh).
//   TsanProbe queue   A queued call with Qt alone, no LayerLab code. Debian's Qt is not built
//                     with TSan, so TSan reports a race on the slot object Qt's queue carries;
//                     run without the suppressions it must report one, which is why they exist.
//   TsanProbe planted A race of our own in a slot queued by name, as TrainingSession queues the
//                     worker's slots: the worker writes a plain int and raises a relaxed flag
//                     (which orders nothing); the main thread waits for the flag and reads the
//                     int. Run with the suppressions it must still be reported, so
//                     the suppressions cannot hide a race in the worker's code.
// No event loop runs on the main thread, so nothing of Qt's orders the two threads either.
// Teardown is ordered by hand: QThread::wait is a futex TSan cannot see, so without the release
// store in `finished` (emitted on the worker thread after its event loop ends) the main thread's
// delete of what the worker's event handling allocated would itself be reported, at random, in
// either mode; CI once failed on it.
// Each mode exits 0 when no report was made; the script expects TSan's non-zero exit.
#include <QCoreApplication>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <cstring>

namespace {

class TsanProbe : public QObject {
    Q_OBJECT
public:
    int planted = 0;  // deliberately unguarded
    std::atomic<bool> touched{false};

public slots:
    void Touch() {
        planted = 42;
        touched.store(true, std::memory_order_relaxed);
    }
};

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bool queue = argc > 1 && std::strcmp(argv[1], "queue") == 0;
    QThread thread;
    std::atomic<bool> finished{false};
    QObject::connect(
        &thread, &QThread::finished, &thread,
        [&finished] { finished.store(true, std::memory_order_release); }, Qt::DirectConnection);
    auto* probe = new TsanProbe;
    probe->moveToThread(&thread);
    thread.start();
    if (queue)
        QMetaObject::invokeMethod(probe, &TsanProbe::Touch, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(probe, "Touch", Qt::QueuedConnection);
    while (!probe->touched.load(std::memory_order_relaxed)) QThread::yieldCurrentThread();
    // Read while the worker thread still runs, with nothing ordering it after the write.
    const int seen = queue ? 0 : probe->planted;
    thread.quit();
    thread.wait();
    while (!finished.load(std::memory_order_acquire)) QThread::yieldCurrentThread();
    delete probe;
    std::printf("TsanProbe %s: %d\n", queue ? "queue" : "planted", seen);
    return 0;
}

#include "TsanProbe.moc"
