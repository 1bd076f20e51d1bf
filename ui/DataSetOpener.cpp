#include "DataSetOpener.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

#include "DataSetDialog.h"
#include "DataSetLoadJob.h"
#include "SettingsStore.h"
#include "datasets/DataSetLoader.h"
#include "training/RunController.h"

namespace layerlab {

DataSetOpener::DataSetOpener(QWidget* window, RunController* run)
    : QObject(window), m_window(window), m_run(run), m_job(new DataSetLoadJob(window)) {
    setObjectName("dataSetOpener");
    connect(m_job, &DataSetLoadJob::loaded, this, [this](const LoadedData& d, const QString& spec) {
        const QString name = QFileInfo(spec).fileName();
        emit loaded(d, name.isEmpty() ? spec : name);
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

void DataSetOpener::OpenDialog() {
    // The course's data is listed among the ready sets once it was opened from somewhere.
    const QString last = SettingsStore().LastDataSet();
    const QString course =
        DataSetLoader::Identify(last) == DataSetLoader::Kind::Course ? last : QString();
    DataSetDialog dialog(course, m_window);
    if (dialog.exec() == QDialog::Accepted) Open(dialog.Spec(), dialog.Options());
}

bool DataSetOpener::Open(const QString& spec, const LoadOptions& options) {
    if (m_run->InRun()) {
        const auto answer =
            QMessageBox::question(m_window, tr("Replace the data set?"),
                                  tr("Training is under way. Stop it and open %1?").arg(spec));
        if (answer != QMessageBox::Yes) return false;
        m_run->Pause();
    }
    if (!m_job->Start(spec, options)) {
        emit message(tr("Another data set is still loading: wait for it or cancel it"), true);
        return false;
    }
    emit message(tr("Opening %1…").arg(spec), false);
    return true;
}

}  // namespace layerlab
