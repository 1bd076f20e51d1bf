#pragma once

// Runs the real layerlab binary headless (no display, no platform plugin, as in CI) and
// collects what it said.
#include <QProcess>
#include <QStringList>

namespace layerlab::test {

struct ProcessResult {
    bool finished = false;  // false: it crashed or never ended
    int exitCode = -1;
    QString out, err;
    QString Describe() const {
        return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
            .arg(exitCode)
            .arg(finished ? QString() : QStringLiteral(" (did not finish normally)"), out, err);
    }
};

// Started, not waited for: for several at once.
inline QProcess* StartLayerLab(const QStringList& arguments, QObject* parent) {
    auto* process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(name);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(LAYERLAB_BINARY), arguments);
    return process;
}

inline ProcessResult Finish(QProcess* process) {
    ProcessResult r;
    r.finished = process->waitForFinished(600000) && process->exitStatus() == QProcess::NormalExit;
    r.exitCode = process->exitCode();
    r.out = QString::fromUtf8(process->readAllStandardOutput());
    r.err = QString::fromUtf8(process->readAllStandardError());
    return r;
}

inline ProcessResult RunLayerLab(const QStringList& arguments) {
    QProcess* process = StartLayerLab(arguments, nullptr);
    ProcessResult r = Finish(process);
    delete process;
    return r;
}

}  // namespace layerlab::test
