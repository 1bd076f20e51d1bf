#pragma once

#include <QList>
#include <QString>
#include <optional>

#include "RunRecord.h"

namespace layerlab {

// The run history: every run, from the window or the command line, in an SQLite file (Qt SQL).
// WAL mode and a busy timeout let two LayerLab processes write it at once and lose nothing; each
// write is one transaction. The schema is versioned (SQLite's user_version) and migrated on
// open; a file that is not a run database, is locked for longer than the timeout, cannot be
// written, or comes from a newer LayerLab is refused with an EngineError that says which and
// what to do. Not thread-safe: one RunDatabase per thread.
class RunDatabase {
public:
    // The schema this LayerLab reads and writes; older files are migrated up to it.
    static constexpr int kSchemaVersion = 2;

    // Opens (creating if need be) the database at path, its folder too.
    explicit RunDatabase(const QString& path);
    ~RunDatabase();
    RunDatabase(const RunDatabase&) = delete;
    RunDatabase& operator=(const RunDatabase&) = delete;

    // The user's: runs.sqlite in the application's data folder (QStandardPaths::AppDataLocation),
    // or $LAYERLAB_RUNS_DB when set.
    static QString DefaultPath();

    // Records run and returns its id.
    qint64 Add(const RunRecord& run);
    // The runs, newest last; only those on data (a path or builtin name) when given, only the
    // last `last` when non-zero. Without their cost curves (Get has them).
    QList<RunRecord> List(const QString& data = {}, int last = 0) const;
    std::optional<RunRecord> Get(qint64 id) const;
    // False when there was no such run.
    bool Remove(qint64 id);
    bool SetNote(qint64 id, const QString& note);

    const QString& Path() const { return m_path; }

private:
    void Migrate();
    [[noreturn]] void Fail(const QString& what, const QString& error) const;

    QString m_path;
    QString m_connection;  // Qt SQL's connection name, unique per instance
};

}  // namespace layerlab
