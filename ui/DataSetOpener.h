#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

#include "datasets/LoadOptions.h"
#include "datasets/LoadedData.h"

class QWidget;

namespace layerlab {

class DataSetLoadJob;
class DiscardGuard;
class RunController;

// Opens data sets for the window: at once (a path given at start, the built-in set), or on a
// worker thread (DataSetLoadJob: progress and Cancel for a large set) from File ▸ Open data set…
// or a drop, asking first (DiscardGuard) when that would discard a trained run. It only loads: what
// it opened goes to the window's sink, and the window shows the messages.
class DataSetOpener : public QObject {
    Q_OBJECT
public:
    using Sink = std::function<void(LoadedData data, const QString& name)>;

    DataSetOpener(QWidget* window, RunController* run, Sink use);
    // Cancels and joins a load in progress.
    ~DataSetOpener() override;

    // Loads path now; false, with failed(), when it cannot.
    bool OpenNow(const QString& path);
    // The built-in shapes, or a message saying how to open a data set when they are unavailable.
    void OpenDefault();
    // The dialog of ready sets and reading options, then the load.
    void OpenDialog();
    // Starts loading spec; false when nothing started (the run was kept, or a load is running).
    bool Open(const QString& spec, const LoadOptions& options = {});
    // Asked by Open before a load that would replace the run; none asks nothing.
    void SetDiscardGuard(DiscardGuard* guard) { m_guard = guard; }

signals:
    // Why a data set could not be opened; what was loaded before stays.
    void failed(const QString& message);
    // Progress, or why nothing started.
    void message(const QString& text, bool alarm);

private:
    QPointer<QWidget> m_window;
    RunController* m_run;
    DiscardGuard* m_guard = nullptr;
    Sink m_use;
    DataSetLoadJob* m_job = nullptr;
};

}  // namespace layerlab
