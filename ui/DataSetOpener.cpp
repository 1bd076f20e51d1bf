#include "DataSetOpener.h"

#include <QFileInfo>
#include <QWidget>

#include "DataSetDialog.h"
#include "DataSetLoadJob.h"
#include "DiscardGuard.h"
#include "EngineError.h"
#include "SettingsStore.h"
#include "datasets/DataSetLoader.h"
#include "training/RunController.h"

namespace layerlab {

namespace {

QString DisplayName(const QString& spec) {
    const QString name = QFileInfo(spec).fileName();
    return name.isEmpty() ? spec : name;
}

}  // namespace

DataSetOpener::DataSetOpener(QWidget* window, RunController* run, Sink use)
    : QObject(window),
      m_window(window),
      m_run(run),
      m_use(std::move(use)),
      m_job(new DataSetLoadJob(window)) {
    setObjectName("dataSetOpener");
    connect(m_job, &DataSetLoadJob::loaded, this, [this](const LoadedData& d, const QString& spec) {
        m_use(d, DisplayName(spec));
        if (!spec.startsWith("builtin:")) SettingsStore().SetLastDataSet(spec);
    });
    connect(m_job, &DataSetLoadJob::failed, this, &DataSetOpener::failed);
    connect(m_job, &DataSetLoadJob::cancelled, this, [this](const QString& spec) {
        emit message(tr("Cancelled opening %1: the data set stays as it was").arg(spec), false);
    });
}

DataSetOpener::~DataSetOpener() {
    delete m_job;
}

bool DataSetOpener::OpenNow(const QString& path) {
    try {
        m_use(DataSetLoader::Load(path), DisplayName(path));
        SettingsStore().SetLastDataSet(path);
        return true;
    } catch (const EngineError& e) {
        emit failed(QString::fromStdString(e.what()));
        return false;
    }
}

void DataSetOpener::OpenDefault() {
    try {
        m_use(DataSetLoader::Load("builtin:shapes"), tr("built-in shapes"));
    } catch (const EngineError& e) {
        // Not fatal: the empty window says how to open a data set.
        emit message(tr("No built-in data set (%1): open one with File ▸ Open data set…")
                         .arg(QString::fromStdString(e.what())),
                     false);
    }
}

void DataSetOpener::OpenDialog() {
    // The course's data is listed among the ready sets once it was opened from somewhere.
    const QString last = SettingsStore().LastDataSet();
    const QString course =
        DataSetLoader::Identify(last) == DataSetLoader::Kind::Course ? last : QString();
    DataSetDialog dialog(course, m_window);
    if (dialog.exec() == QDialog::Accepted) Open(dialog.Spec(), dialog.Options());
}

bool DataSetOpener::Open(const QString& spec, const LoadOptions& options) {
    if (m_guard && !m_guard->MayDiscard(tr("Opening %1").arg(DisplayName(spec)))) return false;
    // The run rests while the set loads; the new set ends it.
    if (m_run->InRun()) m_run->Pause();
    if (!m_job->Start(spec, options)) {
        emit message(tr("Another data set is still loading: wait for it or cancel it"), true);
        return false;
    }
    emit message(tr("Opening %1…").arg(spec), false);
    return true;
}

}  // namespace layerlab
