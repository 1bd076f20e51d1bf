#pragma once

#include <QObject>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "DataSet.h"
#include "RunRecord.h"

namespace layerlab {

class RunDatabase;

// Writes the window's runs into the run history on a thread of its own, so that neither the UI
// thread nor the training loop waits for SQLite (or hashes a 376 MB training set). The database
// is opened at the first run. One that cannot be used (corrupt, locked, read-only, from a newer
// LayerLab) turns the history off for this session: failed() says why once, the window trains on.
class RunRecorder : public QObject {
    Q_OBJECT
public:
    // path: the run database (RunDatabase::DefaultPath() for the user's); empty records nothing.
    explicit RunRecorder(QString path, QObject* parent = nullptr);
    // Writes what is queued, then joins the thread.
    ~RunRecorder() override;
    RunRecorder(const RunRecorder&) = delete;
    RunRecorder& operator=(const RunRecorder&) = delete;

    // Queues run; its dataHash is taken on the recorder's thread from data's training set (once
    // per data set). data must not change while shared (the window's never does).
    void Record(RunRecord run, std::shared_ptr<const DataSplit> data);
    // Queues a change to the history (a note, a deletion) for the same thread, after the runs
    // queued before it; changed() follows. A change that throws turns the history off as a
    // refused run does.
    void Change(std::function<void(RunDatabase&)> change);
    // Blocks until every queued run is written or refused (tests; the destructor).
    void Flush();
    // False once the database refused a run: the history is off until the window restarts.
    bool Enabled() const;
    const QString& Path() const { return m_path; }

signals:
    // Emitted on the recorder's thread; connections to UI objects are queued by Qt.
    void recorded(qint64 id);
    void changed();
    void failed(const QString& message);

private:
    struct Job {
        RunRecord run;
        std::shared_ptr<const DataSplit> data;
        std::function<void(RunDatabase&)> change;  // set: a change, not a run
    };
    void Loop();

    const QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake, m_idle;
    std::deque<Job> m_queue;
    bool m_busy = false;
    bool m_quit = false;
    bool m_off = false;
    std::thread m_thread;  // last: started once everything above exists
};

}  // namespace layerlab
