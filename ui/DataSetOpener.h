#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "datasets/LoadOptions.h"
#include "datasets/LoadedData.h"

class QWidget;

namespace layerlab {

class DataSetLoadJob;
class RunController;

// Opens data sets for the window on a worker thread (DataSetLoadJob: progress and Cancel for a
// large set), from File ▸ Open data set… or a drop, asking first when a run is under way. It only
// loads: the window takes the data (loaded) and shows the messages.
class DataSetOpener : public QObject {
    Q_OBJECT
public:
    DataSetOpener(QWidget* window, RunController* run);
    // Cancels and joins a load in progress.
    ~DataSetOpener() override;

    // The dialog of ready sets and reading options, then the load.
    void OpenDialog();
    // Starts loading spec; false when nothing started (the run was kept, or a load is running).
    bool Open(const QString& spec, const LoadOptions& options = {});

signals:
    void loaded(const layerlab::LoadedData& data, const QString& name);
    // Why spec could not be opened; what was loaded before stays.
    void failed(const QString& message);
    // Progress, or why nothing started.
    void message(const QString& text, bool alarm);

private:
    QPointer<QWidget> m_window;
    RunController* m_run;
    DataSetLoadJob* m_job = nullptr;
};

}  // namespace layerlab
