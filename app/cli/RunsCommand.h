#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "cli/CliCommand.h"
#include "persistence/RunRecord.h"

namespace layerlab {

// `layerlab runs list|show|diff|export|delete`: the run history (RunDatabase) from the command
// line, for scripts and for a teacher comparing a class's runs.
class RunsCommand : public CliCommand {
public:
    LAYERLAB_CLI_COMMAND_ENTRY_POINTS;

    // One line per run: id, start, data, layers, state, accuracies, seconds.
    static QString ListLine(const RunRecord& run);
    // "key: value" lines of every field and setting.
    static QString Show(const RunRecord& run);
    // Only what differs between a and b, one "key: a → b" line each (settings, then the data).
    static QStringList Diff(const RunRecord& a, const RunRecord& b);
    // The whole run as JSON, its cost curve included.
    static QJsonObject Json(const RunRecord& run);
    // "iteration,cost" and one line per iteration.
    static QString Csv(const RunRecord& run);
};

}  // namespace layerlab
