#include "TrainingSession.h"

#include <QThread>

#include "TrainOptions.h"
#include "TrainingWorker.h"

namespace layerlab {

TrainingSession::TrainingSession(std::shared_ptr<const DataSplit> data, Parameters initial,
                                 SessionOptions options, QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<SnapshotPtr>();
    qRegisterMetaType<TrainingState>();
    CheckLearningRate(options.train.learningRate);
    auto first = std::make_shared<TrainingSnapshot>();
    first->learningRate = options.train.learningRate;
    m_latest = std::move(first);
    m_thread = new QThread(this);
    m_thread->setObjectName("trainingThread");
    m_worker = new TrainingWorker(std::move(data), std::move(initial), options);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &TrainingWorker::costsReady, this, &TrainingSession::costsReady);
    connect(m_worker, &TrainingWorker::snapshotReady, this, [this](const SnapshotPtr& s) {
        const TrainingState before = m_latest->state;
        m_latest = s;
        emit snapshotReady(s);
        if (s->state != before) emit stateChanged(s->state);
    });
    m_thread->start(QThread::LowPriority);  // the UI must win the CPU when both want it
    Post("Prepare");
}

TrainingSession::~TrainingSession() {
    m_thread->requestInterruption();
    m_worker->Wake();  // out of a slow-motion wait
    m_thread->quit();
    m_thread->wait();
    delete m_worker;  // its thread has ended, so it is safe to delete from here
}

void TrainingSession::Post(const char* slot) {
    // By name and without arguments on purpose: Debian's Qt is not built with ThreadSanitizer, so
    // TSan cannot see the lock that hands a queued call to the worker. A call by name with no
    // arguments leaves nothing of ours in that hand-over (a function-pointer call or a Q_ARG
    // allocates in the caller and is read on the worker, a reported race that is not one), and
    // scripts/tsan.supp can stay limited to Qt's own frames. The commands' data travels through
    // the worker's atomics and mutex, which TSan does see.
    [[maybe_unused]] const bool posted =
        QMetaObject::invokeMethod(m_worker, slot, Qt::QueuedConnection);
    Q_ASSERT(posted);
}

void TrainingSession::Resume() {
    m_worker->RequestPause(false);
    Post("RunToEnd");
}

void TrainingSession::Pause() {
    m_worker->RequestPause(true);
}

void TrainingSession::Step() {
    m_worker->RequestPause(true);
    Post("RunOneStep");
}

void TrainingSession::Stop() {
    m_worker->Stop();
}

void TrainingSession::SetLearningRate(double lr) {
    CheckLearningRate(lr);
    m_worker->SetLearningRate(lr);
}

void TrainingSession::SetIterations(size_t iterations) {
    m_worker->SetIterations(iterations);
}

void TrainingSession::SetPace(double iterationsPerSecond) {
    m_worker->SetPace(iterationsPerSecond);
}

void TrainingSession::SetEpochs(size_t epochs) {
    m_worker->SetEpochs(epochs);
}

}  // namespace layerlab
