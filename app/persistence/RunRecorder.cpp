#include "RunRecorder.h"

#include <QCoreApplication>
#include <utility>

#include "EngineError.h"
#include "RunDatabase.h"
#include "RunSettings.h"

namespace layerlab {

RunRecorder::RunRecorder(QString path, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_thread([this] { Loop(); }) {}

RunRecorder::~RunRecorder() {
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void RunRecorder::Record(RunRecord run, std::shared_ptr<const DataSplit> data) {
    {
        const std::lock_guard lock(m_mutex);
        if (m_off || m_path.isEmpty()) return;
        m_queue.push_back({std::move(run), std::move(data)});
    }
    m_wake.notify_one();
}

void RunRecorder::Change(std::function<void(RunDatabase&)> change) {
    {
        const std::lock_guard lock(m_mutex);
        if (m_off || m_path.isEmpty()) return;
        m_queue.push_back({{}, {}, std::move(change)});
    }
    m_wake.notify_one();
}

void RunRecorder::Flush() {
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

bool RunRecorder::Enabled() const {
    const std::lock_guard lock(m_mutex);
    return !m_off && !m_path.isEmpty();
}

void RunRecorder::Loop() {
    std::unique_ptr<RunDatabase> db;  // opened, on this thread, by the first run
    std::weak_ptr<const DataSplit> hashed;
    QString hash;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_quit || !m_queue.empty(); });
            // Queued runs are still written when the window closes: they are finished work.
            if (m_queue.empty()) return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
        }
        qint64 id = 0;
        QString error;
        try {
            if (job.data && job.data != hashed.lock()) {
                hash = RunSettings::DataHash(job.data->train);
                hashed = job.data;
            }
            if (!db) db = std::make_unique<RunDatabase>(m_path);
            if (job.change) {
                job.change(*db);
            } else {
                job.run.dataHash = job.data ? hash : QString();
                id = db->Add(job.run);
            }
        } catch (const std::exception& e) {
            error = QCoreApplication::translate("RunRecorder",
                                                "Run history is off (%1). Training goes on; "
                                                "runs are not recorded until LayerLab restarts.")
                        .arg(QString::fromUtf8(e.what()));
        }
        {
            const std::lock_guard lock(m_mutex);
            m_busy = false;
            if (!error.isEmpty()) {
                m_off = true;
                m_queue.clear();
            }
        }
        if (error.isEmpty() && job.change)
            emit changed();
        else if (error.isEmpty())
            emit recorded(id);
        else
            emit failed(error);
        m_idle.notify_all();
    }
}

}  // namespace layerlab
