#include "RunDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

#include "EngineError.h"
#include "MemoryBudget.h"
#include "datasets/DataSetLoader.h"

namespace layerlab {
namespace {

// How long a write waits for another process's transaction before it gives up.
constexpr int kBusyMilliseconds = 10000;

QString tr(const char* text) {
    return QCoreApplication::translate("layerlab::RunDatabase", text);
}

QByteArray Blob(const double* values, size_t count) {
    // No curve or no weights: an empty blob, without handing memcpy a null source (UBSan).
    if (count == 0) return QByteArray("");
    QByteArray blob(qsizetype(count * sizeof(double)), Qt::Uninitialized);
    // Little-endian whatever the machine, so a database moves between machines.
    qToLittleEndian<double>(values, qsizetype(count), blob.data());
    return blob;
}

std::vector<double> Doubles(const QByteArray& blob) {
    std::vector<double> values(size_t(blob.size()) / sizeof(double));
    if (!values.empty())
        qFromLittleEndian<double>(blob.constData(), qsizetype(values.size()), values.data());
    return values;
}

// An evaluation as five doubles: iteration, train cost, test cost, train and test accuracy.
constexpr size_t kEvaluationFields = 5;

QByteArray EvaluationsBlob(const std::vector<EvaluationPoint>& points) {
    std::vector<double> flat;
    flat.reserve(points.size() * kEvaluationFields);
    for (const EvaluationPoint& e : points)
        flat.insert(flat.end(),
                    {e.iteration, e.trainCost, e.testCost, e.trainAccuracy, e.testAccuracy});
    return Blob(flat.data(), flat.size());
}

std::vector<EvaluationPoint> Evaluations(const QByteArray& blob) {
    const std::vector<double> flat = Doubles(blob);
    std::vector<EvaluationPoint> points(flat.size() / kEvaluationFields);
    for (size_t i = 0; i < points.size(); ++i) {
        const double* f = flat.data() + i * kEvaluationFields;
        points[i] = {f[0], f[1], f[2], f[3], f[4]};
    }
    return points;
}

// Runs statement, waiting while another connection holds the lock. SQLite's busy timeout covers
// most waits but not all: switching a new file to WAL, or a transaction that meets another's
// write, returns "database is locked" at once (seen under ASan with two processes recording
// together). Up to kBusyMilliseconds in all, then the error stands.
bool ExecWaiting(QSqlQuery& q, const QString& statement) {
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (statement.isEmpty() ? q.exec() : q.exec(statement)) return true;
        const QString error = q.lastError().text();
        const bool busy =
            error.contains(QLatin1String("locked")) || error.contains(QLatin1String("busy"));
        if (!busy || waited.elapsed() > kBusyMilliseconds) return false;
        QThread::msleep(20);
    }
}

// A text column's value: a null QString would bind SQL NULL, which the NOT NULL columns refuse.
QVariant Text(const QString& s) {
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

// The columns List and Get read, in the order Read expects.
const char* kColumns =
    "id, source, version, started, seconds, state, data, data_hash, settings, final_cost, "
    "train_accuracy, test_accuracy, note, weights IS NOT NULL AND length(weights) > 0";

RunRecord Read(const QSqlQuery& q) {
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.source = q.value(1).toString();
    r.version = q.value(2).toString();
    r.started = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    r.seconds = q.value(4).toDouble();
    r.state = q.value(5).toString();
    r.data = q.value(6).toString();
    r.dataHash = q.value(7).toString();
    r.settings = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    r.finalCost = q.value(9).toDouble();
    r.trainAccuracy = q.value(10).toDouble();
    r.testAccuracy = q.value(11).toDouble();
    r.note = q.value(12).toString();
    r.hasWeights = q.value(13).toBool();
    return r;
}

}  // namespace

QString RunDatabase::DefaultPath() {
    const QString fromEnvironment = qEnvironmentVariable("LAYERLAB_RUNS_DB");
    if (!fromEnvironment.isEmpty()) return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/runs.sqlite");
}

RunDatabase::RunDatabase(const QString& path)
    : m_path(path), m_connection(QUuid::createUuid().toString()) {
    const QFileInfo info(path);
    if (path.isEmpty())
        throw EngineError(tr("no run database given: give --runs-db a file").toStdString());
    if (info.exists() && !info.isFile())
        Fail(tr("is %1, not a run database").arg(DataSetLoader::KindOf(path)),
             tr("give --runs-db a file"));
    if (!QDir().mkpath(info.absolutePath()))
        Fail(tr("its folder %1 could not be made").arg(info.absolutePath()),
             tr("check the permissions, or give --runs-db a file elsewhere"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        throw EngineError(tr("the run history needs Qt's SQLite driver: install libqt6sql6-sqlite")
                              .toStdString());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyMilliseconds));
    if (!db.open()) Fail(tr("could not be opened"), db.lastError().text());
    QSqlQuery q(db);
    // WAL: readers never wait for a writer, and a second process's write waits its turn.
    if (!ExecWaiting(q, QStringLiteral("PRAGMA journal_mode=WAL")))
        Fail(tr("is not a LayerLab run database, or is damaged"), q.lastError().text());
    q.finish();
    Migrate();
}

RunDatabase::~RunDatabase() {
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

void RunDatabase::Fail(const QString& what, const QString& error) const {
    QString fix = tr("move it away, or give --runs-db another file");
    if (error.contains(QLatin1String("locked")) || error.contains(QLatin1String("busy")))
        fix = tr("another LayerLab held it for more than %1 s; try again")
                  .arg(kBusyMilliseconds / 1000);
    else if (error.contains(QLatin1String("readonly")) ||
             error.contains(QLatin1String("read-only")) ||
             error.contains(QLatin1String("unable to open")))
        fix =
            tr("it cannot be written here: check its permissions, or give --runs-db another "
               "file");
    throw EngineError(tr("run database %1: %2 (%3); %4")
                          .arg(QDir::toNativeSeparators(m_path), what, error, fix)
                          .toStdString());
}

void RunDatabase::Migrate() {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!ExecWaiting(q, QStringLiteral("PRAGMA user_version")) || !q.next())
        Fail(tr("is not a LayerLab run database, or is damaged"), q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();  // an open statement would keep the transaction below from committing
    if (version > kSchemaVersion)
        Fail(tr("was written by a newer LayerLab (schema %1; this one reads up to %2)")
                 .arg(version)
                 .arg(kSchemaVersion),
             tr("newer schema"));
    if (version == kSchemaVersion) return;
    // Each step takes the schema one version up, in one transaction with the version change.
    // BEGIN IMMEDIATE: take the write lock first, waiting for it, so two processes making the
    // schema at once do it one after the other.
    if (!ExecWaiting(q, QStringLiteral("BEGIN IMMEDIATE")))
        Fail(tr("could not be written"), q.lastError().text());
    // The other may have made it while this one waited.
    if (!ExecWaiting(q, QStringLiteral("PRAGMA user_version")) || !q.next())
        Fail(tr("is not a LayerLab run database, or is damaged"), q.lastError().text());
    const int now = q.value(0).toInt();
    q.finish();
    if (now == kSchemaVersion) {
        q.exec(QStringLiteral("COMMIT"));
        return;
    }
    // Schema 1: the runs, their settings, final figures and cost curves. Schema 2: the
    // evaluated test points and the final weights (Re-run and Branch in the window).
    const QList<QStringList> steps = {
        {QStringLiteral("CREATE TABLE runs ("
                        "id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, "
                        "version TEXT NOT NULL, started TEXT NOT NULL, seconds REAL NOT NULL, "
                        "state TEXT NOT NULL, data TEXT NOT NULL, data_hash TEXT NOT NULL, "
                        "settings TEXT NOT NULL, final_cost REAL, train_accuracy REAL, "
                        "test_accuracy REAL, costs BLOB, note TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX runs_by_data ON runs (data)")},
        {QStringLiteral("ALTER TABLE runs ADD COLUMN evaluations BLOB"),
         QStringLiteral("ALTER TABLE runs ADD COLUMN weights BLOB")}};
    static_assert(kSchemaVersion == 2, "a new schema needs its step above");
    for (int step = now; step < kSchemaVersion; ++step)
        for (const QString& statement :
             steps[step] + QStringList{QStringLiteral("PRAGMA user_version = %1").arg(step + 1)})
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                Fail(tr("could not be given its tables"), error);
            }
    if (!ExecWaiting(q, QStringLiteral("COMMIT")))
        Fail(tr("could not be written"), q.lastError().text());
}

qint64 RunDatabase::Add(const RunRecord& run) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO runs (source, version, started, seconds, state, data, data_hash, settings, "
        "final_cost, train_accuracy, test_accuracy, costs, note, evaluations, weights) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {Text(run.source), Text(run.version), QVariant(run.started.toString(Qt::ISODateWithMs)),
          QVariant(run.seconds), Text(run.state), Text(run.data), Text(run.dataHash),
          QVariant(QString::fromUtf8(QJsonDocument(run.settings).toJson(QJsonDocument::Compact))),
          QVariant(run.finalCost), QVariant(run.trainAccuracy), QVariant(run.testAccuracy),
          QVariant(Blob(run.costs.data(), run.costs.size())), Text(run.note),
          QVariant(EvaluationsBlob(run.evaluations)),
          QVariant(Blob(run.weights.data(), run.weights.size()))})
        q.addBindValue(v);
    // One statement is one transaction: a second process's insert waits for it, then follows.
    if (!ExecWaiting(q, {})) Fail(tr("the run could not be recorded"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

QList<RunRecord> RunDatabase::List(const QString& data, int last) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QString sql = QStringLiteral("SELECT %1 FROM runs").arg(QLatin1String(kColumns));
    if (!data.isEmpty()) sql += QStringLiteral(" WHERE data = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (last > 0) sql += QStringLiteral(" LIMIT %1").arg(last);
    q.prepare(sql);
    if (!data.isEmpty()) q.addBindValue(data);
    if (!q.exec()) Fail(tr("could not be read"), q.lastError().text());
    QList<RunRecord> runs;
    while (q.next()) runs.prepend(Read(q));
    return runs;
}

std::optional<RunRecord> RunDatabase::Get(qint64 id) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1, length(costs), length(evaluations), length(weights) "
                             "FROM runs WHERE id = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec()) Fail(tr("could not be read"), q.lastError().text());
    if (!q.next()) return std::nullopt;
    RunRecord r = Read(q);
    // The curves and weights are checked against the memory budget before they are read (a
    // damaged or crafted file may claim any size): each blob, and its doubles beside it.
    std::uint64_t bytes = 0;
    for (int column : {14, 15, 16}) bytes += q.value(column).toULongLong();
    MemoryBudget::Check(MemoryBudget::Multiply({bytes, 2}), m_path.toStdString(),
                        "the curves and weights of run " + std::to_string(id),
                        "delete the run, or use a machine with more memory");
    QSqlQuery c(QSqlDatabase::database(m_connection));
    c.prepare(QStringLiteral("SELECT costs, evaluations, weights FROM runs WHERE id = ?"));
    c.addBindValue(id);
    if (!c.exec() || !c.next()) Fail(tr("could not be read"), c.lastError().text());
    r.costs = Doubles(c.value(0).toByteArray());
    r.evaluations = Evaluations(c.value(1).toByteArray());
    r.weights = Doubles(c.value(2).toByteArray());
    return r;
}

bool RunDatabase::Remove(qint64 id) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) Fail(tr("the run could not be deleted"), q.lastError().text());
    return q.numRowsAffected() > 0;
}

bool RunDatabase::SetNote(qint64 id, const QString& note) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE runs SET note = ? WHERE id = ?"));
    q.addBindValue(note);
    q.addBindValue(id);
    if (!q.exec()) Fail(tr("the note could not be saved"), q.lastError().text());
    return q.numRowsAffected() > 0;
}

}  // namespace layerlab
