// A sweep's wall time on every core against the same runs one after another (issue 15): the same
// small sweep through SweepRunner with one worker per core and with one worker, interleaved,
// several rounds; prints each round, the medians and their ratio, and checks that both ways gave
// the same final costs. Not a test: run it by hand on a quiet machine.
// usage: layerlab_sweep_parallel [ROUNDS] [sweep options...]
//   default: 5 rounds of --data ../shared/data/catvnoncat --hidden "20,7,5|7|5,5"
//   --lr 0.003:0.03:log4 --iterations 500 (12 runs)
#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>

#include "cli/SweepCommand.h"
#include "cli/TrainCommand.h"
#include "cli/UsageError.h"

using namespace layerlab;

namespace {

double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rounds = 5;
    if (!args.isEmpty() && !args.first().startsWith('-')) rounds = args.takeFirst().toInt();
    if (args.isEmpty())
        args = {"--data",       LAYERLAB_SHARED_DIR "/data/catvnoncat",
                "--hidden",     "20,7,5|7|5,5",
                "--lr",         "0.003:0.03:log4",
                "--iterations", "500"};
    QCommandLineParser p;
    SweepCommand::AddOptions(p);
    if (!p.parse(QStringList{"layerlab sweep"} + args)) {
        std::fprintf(stderr, "%s\n", qPrintable(p.errorText()));
        return 1;
    }
    try {
        const std::vector<SweepPoint> points = SweepCommand::ReadPlan(p).Expand();
        const auto data = std::make_shared<const LoadedData>(TrainCommand::LoadTrainingData(p));
        const std::vector<SweepRunner::Job> jobs = SweepCommand::Jobs(p, points, *data);
        const size_t cores = std::max(1u, std::thread::hardware_concurrency());
        std::printf("sweep of %zu runs (%s), %u cores, %d rounds, interleaved\n", jobs.size(),
                    qPrintable(args.join(' ')), unsigned(cores), rounds);
        std::vector<double> parallel, serial;
        std::vector<double> costs[2];
        for (int round = 0; round < rounds; ++round)
            for (int way = 0; way < 2; ++way) {
                // Alternate which goes first, so that neither always follows the other.
                const bool inParallel = (way + round) % 2 == 0;
                SweepRunner runner(data, p.value("data"), QString(), jobs, QString(),
                                   inParallel ? 0 : 1);
                const auto start = std::chrono::steady_clock::now();
                const std::vector<SweepRunner::Report> reports = runner.Run({});
                const double s =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                (inParallel ? parallel : serial).push_back(s);
                std::vector<double>& final = costs[inParallel];
                final.clear();
                for (const SweepRunner::Report& r : reports) {
                    if (!r.error.isEmpty()) {
                        std::fprintf(stderr, "run %zu failed: %s\n", r.index + 1,
                                     qPrintable(r.error));
                        return 1;
                    }
                    final.push_back(r.record.finalCost);
                }
                std::printf("round %d  %-26s %7.3f s\n", round + 1,
                            inParallel
                                ? qPrintable(QString("parallel (%1 workers)").arg(runner.Workers()))
                                : "one after another",
                            s);
            }
        if (costs[0] != costs[1]) {
            std::fprintf(stderr, "the two ways gave different final costs\n");
            return 1;
        }
        const double mp = Median(parallel), ms = Median(serial);
        std::printf("median: one after another %.3f s, parallel %.3f s, ratio %.2fx\n", ms, mp,
                    ms / mp);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.Message()));
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
