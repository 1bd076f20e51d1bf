#include "RunsCommand.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "CliOptions.h"
#include "Terminal.h"
#include "UsageError.h"
#include "persistence/RunComparison.h"
#include "persistence/RunDatabase.h"
#include "persistence/RunJson.h"

namespace layerlab {
namespace {

QString Number(double v) {
    return QString::number(v, 'g', 10);
}

QString Accuracy(double v) {
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', 4);
}

QString Value(const QJsonValue& v) {
    return RunComparison::ValueText(v);
}

qint64 Id(const QString& text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(RunsCommand::tr("'%1' is not a run id: give the number `layerlab runs "
                                         "list` shows")
                             .arg(text));
    return id;
}

RunRecord Need(const RunDatabase& db, const QString& text) {
    const qint64 id = Id(text);
    const std::optional<RunRecord> run = db.Get(id);
    if (!run)
        throw UsageError(RunsCommand::tr("no run %1 in %2: `layerlab runs list` shows the runs")
                             .arg(id)
                             .arg(db.Path()));
    return *run;
}

}  // namespace

void RunsCommand::AddOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        tr("The run history: every run of train and of the window.\n"
           "  list [--data D] [--last N]   the runs, oldest first\n"
           "  show ID                      one run, every setting\n"
           "  diff ID ID                   only the settings that differ\n"
           "  export ID --csv|--json       one run, its cost curve included\n"
           "  delete ID                    forget one run"));
    parser.addHelpOption();
    parser.addPositionalArgument("command", tr("list, show, diff, export or delete"));
    parser.addPositionalArgument("ids", tr("Run ids, as list shows them."), "[ID...]");
    parser.addOptions({
        {"runs-db", tr("The run database (default: %1).").arg(RunDatabase::DefaultPath()), "FILE"},
        {"data", tr("list: only the runs on this data set (as train --data named it)."), "PATH"},
        {"last", tr("list: only the last N runs."), "N"},
        {"csv", tr("export: the cost curve as CSV.")},
        {"json", tr("export: the whole run as JSON.")},
    });
}

QString RunsCommand::ListLine(const RunRecord& run) {
    return QStringLiteral("%1  %2  %3  %4  %5  train=%6 test=%7  %8 s")
        .arg(run.id, 4)
        .arg(run.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
        .arg(QFileInfo(run.data).fileName().isEmpty() ? run.data : QFileInfo(run.data).fileName())
        .arg(Value(run.settings.value("layers")))
        .arg(run.state)
        .arg(Accuracy(run.trainAccuracy), Accuracy(run.testAccuracy))
        .arg(run.seconds, 0, 'f', 2);
}

QString RunsCommand::Show(const RunRecord& run) {
    QStringList lines{QStringLiteral("id: %1").arg(run.id),
                      QStringLiteral("started: %1").arg(run.started.toString(Qt::ISODateWithMs)),
                      QStringLiteral("seconds: %1").arg(run.seconds, 0, 'f', 3),
                      QStringLiteral("from: %1 (LayerLab %2)").arg(run.source, run.version),
                      QStringLiteral("state: %1").arg(run.state),
                      QStringLiteral("data: %1").arg(run.data),
                      QStringLiteral("data_hash: %1").arg(run.dataHash)};
    for (auto it = run.settings.constBegin(); it != run.settings.constEnd(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), Value(it.value()));
    lines << QStringLiteral("final_cost: %1").arg(Number(run.finalCost))
          << QStringLiteral("train_accuracy: %1").arg(Accuracy(run.trainAccuracy))
          << QStringLiteral("test_accuracy: %1").arg(Accuracy(run.testAccuracy));
    if (!run.costs.empty())
        lines << QStringLiteral("costs: %1 iterations, first %2, last %3")
                     .arg(run.costs.size())
                     .arg(Number(run.costs.front()), Number(run.costs.back()));
    if (!run.note.isEmpty()) lines << QStringLiteral("note: %1").arg(run.note);
    return lines.join('\n');
}

QStringList RunsCommand::Diff(const RunRecord& a, const RunRecord& b) {
    return RunComparison::Differences(a, b);
}

QJsonObject RunsCommand::Json(const RunRecord& run) {
    return RunJson::Of(run);
}

QString RunsCommand::Csv(const RunRecord& run) {
    QStringList lines{QStringLiteral("iteration,cost")};
    for (size_t i = 0; i < run.costs.size(); ++i)
        lines << QStringLiteral("%1,%2").arg(i).arg(run.costs[i], 0, 'g', 17);
    return lines.join('\n');
}

int RunsCommand::Run(const QStringList& arguments) {
    QCommandLineParser p;
    AddOptions(p);
    if (const std::optional<int> answered = CliOptions::Parse(p, arguments)) return *answered;
    const QStringList args = p.positionalArguments();
    const QString command = args.value(0);
    static const QStringList kCommands{"list", "show", "diff", "export", "delete"};
    if (!kCommands.contains(command))
        throw UsageError(
            command.isEmpty()
                ? tr("say what to do: layerlab runs list, show ID, diff ID ID, export ID or "
                     "delete ID")
                : tr("unknown runs command '%1': use list, show, diff, export or delete")
                      .arg(command));
    const qsizetype ids = command == "list" ? 0 : command == "diff" ? 2 : 1;
    if (args.size() - 1 != ids)
        throw UsageError((ids == 0   ? tr("layerlab runs %1 takes no run id")
                          : ids == 1 ? tr("layerlab runs %1 takes one run id")
                                     : tr("layerlab runs %1 takes two run ids"))
                             .arg(command));
    if (command == "export" && p.isSet("csv") == p.isSet("json"))
        throw UsageError(tr("layerlab runs export: give --csv or --json"));
    const QString path = p.isSet("runs-db") ? p.value("runs-db") : RunDatabase::DefaultPath();
    // Reading a database that is not there would make an empty one: say so instead.
    if (command != "list" && !QFileInfo::exists(path))
        throw UsageError(
            tr("no run database at %1: train a network first, or give --runs-db").arg(path));
    RunDatabase db(path);
    if (command == "list") {
        const int last = int(CliOptions::Count(p, "last", 0));
        // --data names a set as the user knows it: a folder lists the runs on what is in it
        // (the course's train_*.h5 under its folder), a file or builtin name its own runs.
        const QString data = p.value("data");
        const QFileInfo where(data);
        const QString key = !data.isEmpty() && where.exists() ? where.absoluteFilePath() : data;
        QList<RunRecord> runs;
        for (const RunRecord& r : db.List())
            if (key.isEmpty() || r.data == key || (where.isDir() && r.data.startsWith(key + '/')))
                runs << r;
        if (last > 0 && runs.size() > last) runs = runs.mid(runs.size() - last);
        if (runs.isEmpty()) Terminal::Out(tr("no runs recorded in %1").arg(path));
        for (const RunRecord& r : runs) Terminal::Out(ListLine(r));
    } else if (command == "show") {
        Terminal::Out(Show(Need(db, args[1])));
    } else if (command == "diff") {
        const QStringList lines = Diff(Need(db, args[1]), Need(db, args[2]));
        Terminal::Out(
            lines.isEmpty()
                ? tr("runs %1 and %2 have the same settings and data").arg(args[1], args[2])
                : lines.join('\n'));
    } else if (command == "export") {
        const RunRecord run = Need(db, args[1]);
        Terminal::Out(p.isSet("json") ? QString::fromUtf8(QJsonDocument(Json(run)).toJson(
                                            QJsonDocument::Indented))
                                      : Csv(run));
    } else {
        const qint64 id = Id(args[1]);
        if (!db.Remove(id))
            throw UsageError(tr("no run %1 in %2: nothing deleted").arg(id).arg(path));
        Terminal::Out(tr("deleted run %1").arg(id));
    }
    return 0;
}

}  // namespace layerlab
