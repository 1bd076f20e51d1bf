// The window's gradient check on its worker thread: the same report as GradientCheckLayers
// called directly on the plan's examples and sample, a suspicious verdict for a wrong backward
// pass, and refusals that say what to do.
#include <QSignalSpy>
#include <QTest>

#include "GradientCheckSubject.h"
#include "Network.h"
#include "inspect/GradientCheckJob.h"
#include "inspect/GradientCheckPlan.h"

using namespace layerlab;

Q_DECLARE_METATYPE(layerlab::GradientCheckReport)
Q_DECLARE_METATYPE(std::shared_ptr<const layerlab::Parameters>)
Q_DECLARE_METATYPE(std::shared_ptr<const layerlab::DataSplit>)

class TestGradientCheckJob : public QObject {
    Q_OBJECT

    static GradientCheckReport Reported(const QSignalSpy& spy) {
        return spy.at(0).at(0).value<GradientCheckReport>();
    }

    static void CompareParts(const GradientCheckPart& a, const GradientCheckPart& b) {
        QCOMPARE(a.checked, b.checked);
        QCOMPARE(a.total, b.total);
        QCOMPARE(a.difference, b.difference);
    }

private slots:
    void sameReportAsTheEngine() {
        const auto p = GradientCheckNetwork();
        const auto data = GradientCheckData();
        GradientCheckJob job;
        QSignalSpy finished(&job, &GradientCheckJob::finished);
        QSignalSpy failed(&job, &GradientCheckJob::failed);
        QVERIFY(job.Start(p, data));
        QVERIFY(job.IsRunning());
        QVERIFY(!job.Start(p, data));  // one check at a time
        QVERIFY(finished.wait(30000));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!job.IsRunning());

        // The engine called directly on the first 16 examples, 200 elements per tensor.
        const DataSet first = data->train.Columns(arma::regspace<arma::uvec>(0, 15));
        GradientCheckOptions<double> options;
        options.samplePerTensor = 200;
        const GradientCheckReport expected = GradientCheckLayers<double>(
            *p, first.Values<double>(), first.Targets<double>(1), options);

        const GradientCheckReport report = Reported(finished);
        QCOMPARE(report.layers.size(), size_t(3));
        QCOMPARE(report.layers.size(), expected.layers.size());
        for (size_t i = 0; i < report.layers.size(); ++i) {
            QCOMPARE(report.layers[i].layer, expected.layers[i].layer);
            CompareParts(report.layers[i].W, expected.layers[i].W);
            CompareParts(report.layers[i].b, expected.layers[i].b);
        }
        QCOMPARE(report.difference, expected.difference);
        QCOMPARE(report.checked, expected.checked);
        QCOMPARE(report.total, expected.total);
        QCOMPARE(report.layers[0].W.checked, arma::uword(200));  // W[1] is sampled: 288 elements
        QCOMPARE(VerdictOf(report.difference), GradientVerdict::Good);

        const GradientCheckPlan plan(p->spec, data->train.Count());
        QCOMPARE(finished.at(0).at(1).value<quint64>(), quint64(16));
        QCOMPARE(finished.at(0).at(2).value<quint64>(), quint64(plan.Checked()));
        QCOMPARE(finished.at(0).at(3).value<quint64>(), quint64(plan.Total()));
        QVERIFY(finished.at(0).at(4).toDouble() >= 0.0);
    }

    // A backward pass whose dW[2] is 1 % off: the check must call it suspicious.
    void wrongBackwardIsSuspicious() {
        GradientCheckJob job(nullptr,
                             [](Network<double>& n, const arma::mat&) { n.dW[2] *= 1.01; });
        QSignalSpy finished(&job, &GradientCheckJob::finished);
        QVERIFY(job.Start(GradientCheckNetwork(), GradientCheckData()));
        QVERIFY(finished.wait(30000));
        const GradientCheckReport report = Reported(finished);
        QCOMPARE(VerdictOf(report.difference), GradientVerdict::Suspicious);
        QVERIFY(report.layers[1].W.difference > kGradientSuspiciousAbove);
        QVERIFY(report.layers[2].W.difference < kGradientGoodBelow);
    }

    void refusals_data() {
        QTest::addColumn<std::shared_ptr<const Parameters>>("network");
        QTest::addColumn<std::shared_ptr<const DataSplit>>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("no network") << std::shared_ptr<const Parameters>() << GradientCheckData()
                                    << "there is no network or data set to check: open a data "
                                       "set and set up a network first";
        auto wrongInput = std::make_shared<Parameters>(InitializeParameters(
            NetworkSpec::WithDefaultActivations({12, 3, 1}), Initializer::He, 1));
        QTest::newRow("input of another size")
            << std::shared_ptr<const Parameters>(wrongInput) << GradientCheckData()
            << "the network's input size is 12 but the data's examples have 48 values: make the "
               "first layer size 48";
        auto empty = std::make_shared<DataSplit>(*GradientCheckData());
        empty->train = empty->train.Columns(arma::uvec());
        QTest::newRow("no training examples")
            << GradientCheckNetwork() << std::shared_ptr<const DataSplit>(empty)
            << "the data set has no training examples to check on: open one that has";
        // W[1] sampled to 200 of its 12 million weights, but every pass still multiplies them.
        auto wide = std::make_shared<Parameters>(InitializeParameters(
            NetworkSpec::WithDefaultActivations({48, 250000, 1}), Initializer::He, 1));
        QTest::newRow("too large")
            << std::shared_ptr<const Parameters>(wide) << GradientCheckData()
            << "checking 601 of 12500001 parameters on 16 examples would take about 2.4e+11 "
               "multiply-adds (2 forward passes per parameter; the limit is 2e+11, about a "
               "minute): use fewer or smaller hidden layers";
    }

    void refusals() {
        QFETCH(std::shared_ptr<const Parameters>, network);
        QFETCH(std::shared_ptr<const DataSplit>, data);
        QFETCH(QString, message);
        GradientCheckJob job;
        QSignalSpy finished(&job, &GradientCheckJob::finished);
        QSignalSpy failed(&job, &GradientCheckJob::failed);
        QVERIFY(job.Start(network, data));
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.at(0).at(0).toString().startsWith(message),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(finished.isEmpty());
    }

    // A job destroyed while it checks waits for its worker, which outlives nothing.
    void destroyedWhileRunning() {
        auto job = std::make_unique<GradientCheckJob>();
        QVERIFY(job->Start(GradientCheckNetwork(), GradientCheckData()));
        job.reset();
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestGradientCheckJob)
#include "tst_gradientcheckjob.moc"
