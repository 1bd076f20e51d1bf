#include "SweepCommand.h"

#include <QCommandLineOption>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <set>

#include "CliOptions.h"
#include "EngineError.h"
#include "Terminal.h"
#include "TrainCommand.h"
#include "UsageError.h"
#include "persistence/RunDatabase.h"
#include "persistence/RunSettings.h"

namespace layerlab {

namespace {

// The cancel flag of the sweep that is running, for the SIGINT handler.
std::atomic<bool>* g_cancel = nullptr;

extern "C" void CancelOnInterrupt(int) {
    if (g_cancel) g_cancel->store(true);
    // A second Ctrl+C ends the process the usual way.
    std::signal(SIGINT, SIG_DFL);
}

// Ctrl+C cancels the sweep while one lives.
class InterruptCancels {
public:
    explicit InterruptCancels(std::atomic<bool>& flag) {
        g_cancel = &flag;
        m_previous = std::signal(SIGINT, CancelOnInterrupt);
    }
    ~InterruptCancels() {
        std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
        g_cancel = nullptr;
    }
    InterruptCancels(const InterruptCancels&) = delete;
    InterruptCancels& operator=(const InterruptCancels&) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

QString Accuracy(double v) {
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', 4);
}

}  // namespace

void SweepCommand::AddOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        tr("Train a grid of runs side by side, one per core, and compare them. Each axis takes "
           "a comma list; every other option is train's, shared by every run."));
    parser.addHelpOption();
    // The axes, in place of train's options of the same names.
    const QList<QCommandLineOption> axes{
        {"hidden",
         tr("Hidden layer sizes of each network, networks apart with |, e.g. "
            "\"20,7,5|50|100,50\" (none: no hidden layer). The data gives the input and output."),
         "LIST"},
        {"lr",
         tr("Learning rates: a list 0.01,0.03, or FROM:TO:logN for N rates evenly spaced on a log "
            "scale, e.g. 0.001:0.1:log5 (default 0.0075)."),
         "RATES", "0.0075"},
        {"batch-size", tr("Batch sizes, e.g. 32,64 (default 0: the full batch)."), "LIST", "0"},
        {{"optimizer", "optimiser"},
         tr("Optimisers: gd, momentum, rmsprop, adam (default gd)."),
         "LIST",
         "gd"},
        {"l2", tr("L2 λ values, e.g. 0,0.1,0.7 (default 0)."), "LIST", "0"},
        {"dropout",
         tr("Keep probabilities of every hidden layer, e.g. 1,0.8 (default 1: no dropout)."),
         "LIST", "1"},
        {"init", tr("Initialisers: notebook, small, he, xavier (default notebook)."), "LIST",
         "notebook"},
        {"seed", tr("First seed (default 1)."), "N", "1"},
    };
    const std::set<QString> trainOnly{"layers",      "activations", "init-weights", "threads",
                                      "print-every", "costs",       "save"};
    for (const QCommandLineOption& o : TrainCommand::Options()) {
        const QString name = o.names().first();
        if (trainOnly.count(name)) continue;
        const auto axis = std::find_if(axes.begin(), axes.end(), [&](const QCommandLineOption& a) {
            return a.names().first() == name;
        });
        parser.addOption(axis == axes.end() ? o : *axis);
        if (name == "data") parser.addOption(axes.first());
    }
    parser.addOptions({
        {"seeds",
         tr("Runs per setting, with seeds --seed, --seed+1, …: the run-to-run spread (default "
            "1)."),
         "N", "1"},
        {"sample", tr("Train K settings drawn at random from the grid instead of all of it."), "K"},
        {"sample-seed", tr("Seed of --sample's draw (default 1)."), "N", "1"},
        {"workers", tr("Runs trained at once (default 0: one per core), each on one thread."), "N",
         "0"},
    });
    CliOptions::AddDataOptions(parser);
    parser.addOption(TrainCommand::SummaryOption());
}

SweepPlan SweepCommand::ReadPlan(const QCommandLineParser& p) {
    SweepPlan plan;
    // The engine's refusals name the option already; here they become usage errors.
    try {
        plan.hidden = SweepPlan::ParseHidden(CliOptions::Require(p, "hidden"));
        plan.learningRates = SweepPlan::ParseLearningRates(p.value("lr"));
        plan.batchSizes = SweepPlan::ParseBatchSizes(p.value("batch-size"));
        plan.optimizers = SweepPlan::ParseOptimizers(p.value("optimizer"));
        plan.l2 = SweepPlan::ParseL2(p.value("l2"));
        plan.keepProbabilities = SweepPlan::ParseKeepProbabilities(p.value("dropout"));
        plan.initializers = SweepPlan::ParseInitializers(p.value("init"));
        plan.seeds =
            SweepPlan::Seeds(CliOptions::Count(p, "seed", 1), CliOptions::Count(p, "seeds", 1));
    } catch (const EngineError& e) {
        throw UsageError(QString::fromUtf8(e.what()));
    }
    plan.base = TrainCommand::ReadSharedTrainOptions(p);
    plan.base.precision = TrainCommand::ReadPrecision(p);
    if (p.isSet("sample")) {
        plan.sample = CliOptions::Count(p, "sample", 0);
        if (plan.sample == 0)
            throw UsageError(tr("--sample 0 refused: draw at least 1 run, or leave it out"));
    }
    plan.sampleSeed = CliOptions::Count(p, "sample-seed", 1);
    return plan;
}

QString SweepCommand::RunLine(const SweepRunner::Report& r, size_t runs, const QStringList& axes) {
    QString line = QStringLiteral("run %1/%2").arg(r.index + 1).arg(runs);
    const QString settings = SweepPlan::Describe(r.job.point, axes);
    if (!settings.isEmpty()) line += ' ' + settings;
    if (!r.error.isEmpty()) return line + QStringLiteral(" failed: ") + r.error;
    line += QStringLiteral(" %1 cost=%2 train_accuracy=%3")
                .arg(r.record.state)
                .arg(r.record.finalCost, 0, 'g', 10)
                .arg(r.record.trainAccuracy, 0, 'f', 6);
    if (r.record.testAccuracy >= 0)
        line += QStringLiteral(" test_accuracy=%1").arg(r.record.testAccuracy, 0, 'f', 6);
    line += QStringLiteral(" seconds=%1").arg(r.record.seconds, 0, 'f', 3);
    if (r.id) line += QStringLiteral(" id=%1").arg(r.id);
    return line;
}

QStringList SweepCommand::SummaryTable(std::vector<SweepRunner::Report> reports,
                                       const QStringList& axes, bool hasTest) {
    std::stable_sort(reports.begin(), reports.end(),
                     [hasTest](const SweepRunner::Report& a, const SweepRunner::Report& b) {
                         return SweepRunner::Better(a, b, hasTest);
                     });
    QList<QStringList> rows;
    QStringList header{tr("run")};
    header << axes;
    header << tr("state") << tr("cost") << tr("train") << tr("test") << tr("seconds") << tr("id");
    rows << header;
    for (const SweepRunner::Report& r : reports) {
        QStringList row{QString::number(r.index + 1)};
        for (const QString& axis : axes) row << SweepPlan::Value(r.job.point, axis);
        if (!r.error.isEmpty()) {
            row << tr("failed") << "-"
                << "-"
                << "-"
                << "-"
                << "-";
        } else {
            row << r.record.state << QString::number(r.record.finalCost, 'g', 6)
                << Accuracy(r.record.trainAccuracy) << Accuracy(r.record.testAccuracy)
                << QString::number(r.record.seconds, 'f', 2)
                << (r.id ? QString::number(r.id) : QStringLiteral("-"));
        }
        rows << row;
    }
    std::vector<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], row[c].size());
    QStringList lines;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c) cells << row[c].leftJustified(widths[c]);
        lines << cells.join(QStringLiteral("  ")).trimmed();
    }
    return lines;
}

std::vector<SweepRunner::Job> SweepCommand::Jobs(const QCommandLineParser& p,
                                                 const std::vector<SweepPoint>& points,
                                                 const DataSplit& data) {
    QJsonObject shared;
    TrainCommand::AddSharedSettings(p, shared);
    try {
        return SweepRunner::Jobs(
            points, data,
            [&p](std::uint64_t stepsPerEpoch) {
                return TrainCommand::IterationCount(p, stepsPerEpoch);
            },
            shared);
    } catch (const EngineError& e) {
        throw UsageError(QString::fromUtf8(e.what()));
    }
}

int SweepCommand::Run(const QStringList& arguments) {
    QCommandLineParser p;
    AddOptions(p);
    if (const std::optional<int> answered = CliOptions::Parse(p, arguments)) return *answered;
    if (p.isSet("epochs") && p.isSet("iterations"))
        throw UsageError(tr("give --epochs or --iterations, not both"));
    if (p.isSet("epochs") && CliOptions::Count(p, "epochs", 0) == 0)
        throw UsageError(tr("--epochs 0 refused: train for at least 1 epoch"));
    // The plan first: a typo in an axis is refused before a large data set loads.
    const SweepPlan plan = ReadPlan(p);
    std::vector<SweepPoint> points;
    try {
        points = plan.Expand();
    } catch (const EngineError& e) {
        throw UsageError(QString::fromUtf8(e.what()));
    }
    const size_t workers = CliOptions::Count(p, "workers", 0);

    auto data = std::make_shared<LoadedData>(TrainCommand::LoadTrainingData(p));
    const DataSet& train = data->train;
    const DataSet* test = data->test.Count() ? &data->test : nullptr;
    std::vector<SweepRunner::Job> jobs = Jobs(p, points, *data);
    const bool recording = !p.isSet("no-record");
    const QString database = !recording           ? QString()
                             : p.isSet("runs-db") ? p.value("runs-db")
                                                  : RunDatabase::DefaultPath();
    SweepRunner runner(data, p.value("data"), recording ? RunSettings::DataHash(train) : QString(),
                       std::move(jobs), database, workers);
    const QStringList axes = plan.VaryingAxes();
    // Each line as it is printed, also into a pipe (| tee): a sweep can take hours.
    const auto out = [](const QString& line) {
        Terminal::Out(line);
        std::fflush(stdout);
    };
    bool warned = false;
    std::vector<SweepRunner::Report> reports;
    {
        // Ctrl+C cancels from before the first line: whoever sees the sweep start may stop it.
        const InterruptCancels interrupt(runner.CancelFlag());
        out(tr("sweep: %1 runs, %2 at a time").arg(points.size()).arg(runner.Workers()));
        reports = runner.Run([&](const SweepRunner::Report& r) {
            out(RunLine(r, points.size(), axes));
            // The runs go on without a history; saying so once is enough.
            if (!r.recordError.isEmpty() && !warned) {
                Terminal::Warning(
                    tr("run %1 was not recorded: %2").arg(r.index + 1).arg(r.recordError));
                warned = true;
            }
        });
    }
    Terminal::Out(QString());
    for (const QString& line : SummaryTable(reports, axes, test != nullptr)) Terminal::Out(line);
    if (runner.Cancelled()) {
        Terminal::Error(tr("cancelled: %1 of %2 runs ended, %3 never started")
                            .arg(reports.size())
                            .arg(points.size())
                            .arg(points.size() - reports.size()));
        return 130;
    }
    const bool anyFailed =
        std::any_of(reports.begin(), reports.end(),
                    [](const SweepRunner::Report& r) { return !r.error.isEmpty(); });
    return anyFailed ? 1 : 0;
}

}  // namespace layerlab
