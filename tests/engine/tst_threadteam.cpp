// ThreadTeam and SingleThreadedBlas: every part runs once per task, on its own thread, errors
// come back to the caller, and OpenBLAS gets its thread count back.
#include <QTest>
#include <armadillo>
#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "DataColumns.h"
#include "SingleThreadedBlas.h"
#include "ThreadTeam.h"

using namespace layerlab;

class TestThreadTeam : public QObject {
    Q_OBJECT
private slots:
    void sharesCoverEverything_data() {
        AddColumns<size_t, size_t>({"n", "parts"});
        QTest::newRow("even") << size_t(128) << size_t(2);
        QTest::newRow("odd") << size_t(784) << size_t(3);
        QTest::newRow("more parts than items") << size_t(2) << size_t(5);
        QTest::newRow("nothing") << size_t(0) << size_t(2);
    }
    void sharesCoverEverything() {
        QFETCH(size_t, n);
        QFETCH(size_t, parts);
        size_t next = 0, smallest = n, largest = 0;
        for (size_t p = 0; p < parts; ++p) {
            const ThreadTeam::Range r = ThreadTeam::Share(n, p, parts);
            QCOMPARE(r.first, next);
            next += r.count;
            smallest = std::min(smallest, r.count);
            largest = std::max(largest, r.count);
        }
        QCOMPARE(next, n);
        QVERIFY(largest - smallest <= 1);
    }

    void everyPartOnceOnItsOwnThread_data() {
        QTest::addColumn<size_t>("threads");
        QTest::newRow("inline") << size_t(1);
        QTest::newRow("two") << size_t(2);
        QTest::newRow("five") << size_t(5);
    }
    void everyPartOnceOnItsOwnThread() {
        QFETCH(size_t, threads);
        ThreadTeam team(threads);
        QCOMPARE(team.Size(), threads);
        for (int round = 0; round < 200; ++round) {
            std::vector<int> calls(threads, 0);
            std::mutex mutex;
            std::set<std::thread::id> ids;
            std::thread::id part0;
            auto task = [&](size_t part) {
                ++calls[part];  // each part writes only its own slot
                const std::lock_guard lock(mutex);
                ids.insert(std::this_thread::get_id());
                if (part == 0) part0 = std::this_thread::get_id();
            };
            team.Run(task);
            QCOMPARE(calls, std::vector<int>(threads, 1));
            QCOMPARE(ids.size(), threads);
            QCOMPARE(part0, std::this_thread::get_id());  // part 0 runs on the caller
        }
    }

    // Results written by the helpers are visible to the caller once Run returns.
    void resultsVisibleAfterRun() {
        ThreadTeam team(3);
        std::vector<std::uint64_t> sums(3, 0);
        for (std::uint64_t round = 1; round <= 500; ++round) {
            auto task = [&](size_t part) { sums[part] += round * (part + 1); };
            team.Run(task);
            const std::uint64_t expected = round * (round + 1) / 2;
            QCOMPARE(sums[0], expected);
            QCOMPARE(sums[2], 3 * expected);
        }
    }

    void errorsReachTheCaller() {
        ThreadTeam team(3);
        std::atomic<int> finished{0};
        auto failing = [&](size_t part) {
            if (part == 2) throw std::runtime_error("part 2 failed");
            if (part == 1) throw std::logic_error("part 1 failed");
            ++finished;
        };
        try {
            team.Run(failing);
            QFAIL("Run did not rethrow");
        } catch (const std::logic_error& e) {
            QCOMPARE(std::string(e.what()), std::string("part 1 failed"));  // the lowest part's
        }
        QCOMPARE(finished.load(), 1);
        // The team still works, and the old error does not come back.
        auto fine = [&](size_t) { ++finished; };
        team.Run(fine);
        QCOMPARE(finished.load(), 4);
    }

    void blasThreadsComeBack() {
        const int before = SingleThreadedBlas::BlasThreads();
        if (before == 0) QSKIP("the BLAS in use is not OpenBLAS: nothing to set");
        {
            SingleThreadedBlas outer;
            QCOMPARE(SingleThreadedBlas::BlasThreads(), 1);
            {
                SingleThreadedBlas inner;
                QCOMPARE(SingleThreadedBlas::BlasThreads(), 1);
            }
            QCOMPARE(SingleThreadedBlas::BlasThreads(), 1);  // the outer one still holds
            // Two threads multiplying at once through single-threaded OpenBLAS agree with one.
            arma::arma_rng::set_seed(3);
            const arma::mat A = arma::randu<arma::mat>(200, 150),
                            B = arma::randu<arma::mat>(150, 90);
            const arma::mat expected = A * B;
            ThreadTeam team(2);
            std::vector<arma::mat> products(2);
            for (int round = 0; round < 20; ++round) {
                auto multiply = [&](size_t part) { products[part] = A * B; };
                team.Run(multiply);
                QVERIFY(arma::approx_equal(products[0], expected, "absdiff", 0.0));
                QVERIFY(arma::approx_equal(products[1], expected, "absdiff", 0.0));
            }
        }
        QCOMPARE(SingleThreadedBlas::BlasThreads(), before);
    }
};

QTEST_GUILESS_MAIN(TestThreadTeam)
#include "tst_threadteam.moc"
