#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <memory>

#include "datasets/LoadOptions.h"
#include "datasets/LoadedData.h"

class QProgressDialog;
class QTimer;
class QWidget;
template <typename T>
class QFutureWatcher;

namespace layerlab {

// Loads a data set on a worker thread (QtConcurrent) so the window never freezes on a large
// folder; after 400 ms a progress dialog with Cancel appears, fed by the loader's progress
// callback at most 20 times a second. The worker touches no widget: it only counts.
class DataSetLoadJob : public QObject {
    Q_OBJECT
public:
    // dialogParent: the window the progress dialog belongs to (may be null).
    explicit DataSetLoadJob(QWidget* dialogParent = nullptr);
    // Cancels a running load and waits for the worker.
    ~DataSetLoadJob() override;

    // Starts loading; false (nothing started) while another load runs. The caller's
    // options.progress is still called, on the worker thread.
    bool Start(const QString& spec, const LoadOptions& options = {});
    bool IsRunning() const;
    void Cancel();

signals:
    void loaded(const layerlab::LoadedData& data, const QString& spec);
    // The loader's message, naming the file and the problem; what was loaded before stays.
    void failed(const QString& message, const QString& spec);
    void cancelled(const QString& spec);

private:
    struct Outcome;
    void Finish();
    void ShowProgress();

    QPointer<QWidget> m_dialogParent;
    QString m_spec;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_done, m_total;
    QFutureWatcher<std::shared_ptr<Outcome>>* m_watcher = nullptr;
    QPointer<QProgressDialog> m_dialog;  // owned by the window, which may go first
    QTimer* m_timer = nullptr;
};

}  // namespace layerlab
