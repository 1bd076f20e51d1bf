#include "SweepJob.h"

#include <QThread>

#include "persistence/RunSettings.h"

namespace layerlab {

SweepJob::SweepJob(QObject* parent) : QObject(parent) {
    setObjectName("sweepJob");
}

SweepJob::~SweepJob() {
    if (!m_thread) return;
    m_runner->Cancel();
    m_thread->wait();
    delete m_thread;
}

bool SweepJob::Start(std::shared_ptr<const DataSplit> data, std::vector<SweepRunner::Job> jobs,
                     const QString& database, size_t workers) {
    if (IsRunning() || !data || jobs.empty()) return false;
    // The hash is taken on the worker, as the recorder takes the window's: a large training set
    // takes a while to hash.
    const bool recording = !database.isEmpty();
    const QString source = QString::fromStdString(data->train.source);
    auto runner =
        std::make_shared<SweepRunner>(data, source, QString(), std::move(jobs), database, workers);
    runner->SetRecordSource(QStringLiteral("window"));
    m_runner = runner;
    m_thread = QThread::create([this, runner, data, recording] {
        if (recording && !runner->Cancelled())
            runner->SetDataHash(RunSettings::DataHash(data->train));
        runner->Run([this](const SweepRunner::Report& report) {
            // Queued to the job's thread; dropped if the job is gone (it waits for the worker,
            // so it never is while the worker runs).
            QMetaObject::invokeMethod(
                this, [this, report] { emit runFinished(report); }, Qt::QueuedConnection);
        });
    });
    m_thread->setObjectName("sweepThread");
    connect(m_thread, &QThread::finished, this, &SweepJob::Finish, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void SweepJob::Cancel() {
    if (m_runner) m_runner->Cancel();
}

void SweepJob::Finish() {
    if (!m_thread) return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool cancelled = m_runner->Cancelled();
    m_runner.reset();
    emit finished(cancelled);
}

}  // namespace layerlab
