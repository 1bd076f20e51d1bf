#include "DataSetLoadJob.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "EngineError.h"
#include "datasets/DataSetLoader.h"
#include "datasets/LoadCancelled.h"

namespace layerlab {

// What the worker hands back: exactly one of data, error or cancelled.
struct DataSetLoadJob::Outcome {
    std::optional<LoadedData> data;
    QString error;
    bool cancelled = false;
};

DataSetLoadJob::DataSetLoadJob(QWidget* dialogParent)
    : QObject(dialogParent),
      m_dialogParent(dialogParent),
      m_cancel(std::make_shared<std::atomic<bool>>(false)),
      m_done(std::make_shared<std::atomic<qint64>>(0)),
      m_total(std::make_shared<std::atomic<qint64>>(0)),
      m_watcher(new QFutureWatcher<std::shared_ptr<Outcome>>(this)),
      m_timer(new QTimer(this)) {
    setObjectName("dataSetLoadJob");
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &DataSetLoadJob::ShowProgress);
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            &DataSetLoadJob::Finish);
}

DataSetLoadJob::~DataSetLoadJob() {
    m_cancel->store(true);
    m_watcher->waitForFinished();
}

bool DataSetLoadJob::IsRunning() const {
    return m_watcher->isRunning();
}

void DataSetLoadJob::Cancel() {
    m_cancel->store(true);
}

bool DataSetLoadJob::Start(const QString& spec, const LoadOptions& options) {
    if (IsRunning()) return false;
    m_spec = spec;
    m_cancel->store(false);
    m_done->store(0);
    m_total->store(0);
    LoadOptions o = options;
    o.cancel = m_cancel.get();
    o.progress = [done = m_done, total = m_total, user = options.progress](qint64 d, qint64 t) {
        done->store(d);
        total->store(t);
        if (user) user(d, t);
    };
    // The shared pointers keep the flags alive for the worker even if the job goes first.
    m_watcher->setFuture(QtConcurrent::run([spec, o, cancel = m_cancel, done = m_done,
                                            total = m_total] {
        auto outcome = std::make_shared<Outcome>();
        try {
            outcome->data = DataSetLoader::Load(spec, o);
        } catch (const LoadCancelled&) {
            outcome->cancelled = true;
        } catch (const EngineError& e) {
            outcome->error = QString::fromUtf8(e.what());
        } catch (const std::bad_alloc&) {
            outcome->error =
                tr("%1: not enough memory to load it; pick fewer classes or a smaller image size")
                    .arg(spec);
        } catch (const std::exception& e) {
            outcome->error = QStringLiteral("%1: %2").arg(spec, QString::fromUtf8(e.what()));
        }
        return outcome;
    }));
    m_dialog = new QProgressDialog(
        tr("Loading %1…")
            .arg(QFileInfo(spec).fileName().isEmpty() ? spec : QFileInfo(spec).fileName()),
        tr("Cancel"), 0, 0, m_dialogParent);
    m_dialog->setObjectName("dataSetLoadProgress");
    m_dialog->setWindowTitle(tr("Opening data set"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &DataSetLoadJob::Cancel);
    m_timer->start();
    return true;
}

void DataSetLoadJob::ShowProgress() {
    if (!m_dialog) return;
    const qint64 total = m_total->load(), done = m_done->load();
    // QProgressDialog counts in int; scale large byte counts down.
    const qint64 scale = total > 1'000'000'000 ? 1000 : 1;
    m_dialog->setMaximum(static_cast<int>(total / scale));
    m_dialog->setValue(static_cast<int>(std::min(done, total) / scale));
}

void DataSetLoadJob::Finish() {
    m_timer->stop();
    delete m_dialog;
    m_dialog = nullptr;
    const std::shared_ptr<Outcome> outcome = m_watcher->result();
    if (outcome->cancelled)
        emit cancelled(m_spec);
    else if (outcome->data)
        emit loaded(*outcome->data, m_spec);
    else
        emit failed(outcome->error, m_spec);
}

}  // namespace layerlab
