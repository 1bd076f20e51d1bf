#include "SweepRunner.h"

#include <algorithm>
#include <new>
#include <optional>
#include <thread>

#include "EngineError.h"
#include "EnumNames.h"
#include "SingleThreadedBlas.h"
#include "TrainerFactory.h"
#include "persistence/RunDatabase.h"
#include "persistence/RunSettings.h"
#include "training/TrainingRun.h"

namespace layerlab {

SweepRunner::SweepRunner(std::shared_ptr<const DataSplit> data, QString dataSpec, QString dataHash,
                         std::vector<Job> jobs, QString database, size_t workers)
    : m_data(std::move(data)),
      // Named as train and the window name it (RunSettings::DataName), whatever the spec said.
      m_dataSpec(m_data ? RunSettings::DataName(m_data->train) : std::move(dataSpec)),
      m_dataHash(std::move(dataHash)),
      m_jobs(std::move(jobs)),
      m_database(std::move(database)),
      m_workers(workers) {}

std::vector<SweepRunner::Job> SweepRunner::Jobs(
    const std::vector<SweepPoint>& points, const DataSplit& data,
    const std::function<std::uint64_t(std::uint64_t)>& iterations, const QJsonObject& shared) {
    const DataSet& train = data.train;
    const DataSet* test = data.test.Count() ? &data.test : nullptr;
    std::vector<Job> jobs;
    jobs.reserve(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        Job job;
        job.point = points[i];
        job.spec = job.point.Spec(train.Features(), train.classNames.size());
        const TrainOptions& o = job.point.options;
        job.iterations = iterations(o.StepsPerEpoch(train.Count()));
        if (job.iterations == 0)
            throw EngineError(
                tr("--iterations 0 refused: train for at least 1 iteration").toStdString());
        try {
            TrainerFactory::Check(job.spec, train, test, o);
        } catch (const EngineError& e) {
            throw EngineError(tr("run %1 (%2) refused: %3")
                                  .arg(i + 1)
                                  .arg(SweepPlan::Describe(job.point, SweepPlan::AllAxes()),
                                       QString::fromUtf8(e.what()))
                                  .toStdString());
        }
        // Named as train names them, so that `runs diff` compares a sweep's run with any other.
        job.settings = RunSettings::Of(job.spec, o);
        job.settings["init"] = QString::fromStdString(ToString(job.point.init));
        for (auto it = shared.begin(); it != shared.end(); ++it) job.settings[it.key()] = *it;
        jobs.push_back(std::move(job));
    }
    return jobs;
}

bool SweepRunner::Failed(const Report& r) {
    return !r.error.isEmpty() || r.record.state == "diverged";
}

bool SweepRunner::Better(const Report& a, const Report& b, bool hasTest) {
    if (Failed(a) != Failed(b)) return Failed(b);
    if (hasTest && a.record.testAccuracy != b.record.testAccuracy)
        return a.record.testAccuracy > b.record.testAccuracy;
    return a.record.finalCost < b.record.finalCost;
}

size_t SweepRunner::Workers() const {
    const size_t wanted = m_workers ? m_workers : std::max(1u, std::thread::hardware_concurrency());
    return std::max<size_t>(1, std::min(wanted, m_jobs.size()));
}

SweepRunner::Report SweepRunner::RunOne(size_t index, RunDatabase* database,
                                        QString& databaseError) {
    Report report;
    report.index = index;
    report.job = m_jobs[index];
    const Job& job = report.job;
    const DataSet& train = m_data->train;
    const DataSet* test = m_data->test.Count() ? &m_data->test : nullptr;
    const bool recording = !m_database.isEmpty();
    try {
        const Parameters initial =
            TrainingRun::DrawWeights(job.spec, job.point.init, job.point.options.seed, train);
        TrainingRun run(initial, train, test, job.point.options, job.iterations,
                        recording && job.iterations <= TrainingRun::kRecordedCosts);
        const RunResult result = run.Train({}, &m_cancel);
        report.record = run.Finish(TrainingRun::Header(m_dataSpec, m_dataHash, job.settings),
                                   result, train.y, test ? &test->y : nullptr);
    } catch (const EngineError& e) {
        report.error = QString::fromUtf8(e.what());
        return report;
    } catch (const std::bad_alloc&) {
        report.error = tr("out of memory: use a smaller network, or fewer runs at once");
        return report;
    } catch (const std::exception& e) {
        report.error = QString::fromUtf8(e.what());
        return report;
    }
    if (!m_source.isEmpty()) report.record.source = m_source;
    if (!recording) return report;
    if (!database) {
        report.recordError = databaseError;
        return report;
    }
    try {
        report.id = database->Add(report.record);
    } catch (const EngineError& e) {
        report.recordError = QString::fromUtf8(e.what());
    }
    return report;
}

std::vector<SweepRunner::Report> SweepRunner::Run(
    const std::function<void(const Report&)>& onReport) {
    std::vector<std::optional<Report>> reports(m_jobs.size());
    std::atomic<size_t> next{0};
    std::mutex reporting;
    // OpenBLAS on each caller's thread: its own pool would otherwise run every worker's
    // products on the same cores, queued behind one another.
    const SingleThreadedBlas singleThreadedBlas;
    const auto work = [&] {
        // One database per worker (Qt SQL connections belong to their thread), opened when
        // the worker starts; a database that cannot be used is reported with every run.
        std::optional<RunDatabase> database;
        QString databaseError;
        if (!m_database.isEmpty()) try {
                database.emplace(m_database);
            } catch (const EngineError& e) {
                databaseError = QString::fromUtf8(e.what());
            }
        for (size_t i; !m_cancel.load() && (i = next.fetch_add(1)) < m_jobs.size();) {
            Report report = RunOne(i, database ? &*database : nullptr, databaseError);
            const std::lock_guard lock(reporting);
            if (onReport) onReport(report);
            reports[i] = std::move(report);
        }
    };
    std::vector<std::thread> workers;
    const size_t count = Workers();
    for (size_t w = 1; w < count; ++w) workers.emplace_back(work);
    work();  // the caller's thread is a worker too
    for (std::thread& t : workers) t.join();

    std::vector<Report> done;
    for (std::optional<Report>& r : reports)
        if (r) done.push_back(std::move(*r));
    return done;
}

}  // namespace layerlab
