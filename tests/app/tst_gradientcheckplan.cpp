// What a gradient check checks, shared by `layerlab gradcheck` and the window: the numbers are
// those the command line used before they moved here, so both still check the same thing.
#include <QTest>

#include "GradientCheckSubject.h"
#include "inspect/GradientCheckPlan.h"

using namespace layerlab;

class TestGradientCheckPlan : public QObject {
    Q_OBJECT

private slots:
    void defaults() {
        QCOMPARE(GradientCheckPlan::kDefaultExamples, std::uint64_t(16));
        QCOMPARE(GradientCheckPlan::kDefaultSample, std::uint64_t(200));
        QCOMPARE(GradientCheckPlan::kMaxMultiplyAdds, 2e11);
    }

    void countsAndWork() {
        const NetworkSpec course = NetworkSpec::WithDefaultActivations({12288, 20, 7, 5, 1});
        QCOMPARE(GradientCheckPlan::CheckedCount(course, 0), std::uint64_t(245973));
        QCOMPARE(GradientCheckPlan::CheckedCount(course, 200),
                 std::uint64_t(200 + 20 + 140 + 7 + 35 + 5 + 5 + 1));
        // (12288·20 + 20·7 + 7·5 + 5·1) · 16 multiply-adds a pass, 2 · 413 + 3 passes.
        QCOMPARE(GradientCheckPlan::MultiplyAdds(course, 413, 16), 245940.0 * 16 * 829);
        // Every parameter of the course network on 16 examples is refused, its sample is not.
        QVERIFY(GradientCheckPlan::MultiplyAdds(course, 245973, 16) >
                GradientCheckPlan::kMaxMultiplyAdds);
        QVERIFY(GradientCheckPlan::MultiplyAdds(course, 413, 16) <
                GradientCheckPlan::kMaxMultiplyAdds / 10);
    }

    // The course network on the course's 209 training pictures, as the window checks it.
    void coursePlan() {
        const NetworkSpec course = NetworkSpec::WithDefaultActivations({12288, 20, 7, 5, 1});
        const GradientCheckPlan plan(course, 209);
        QCOMPARE(plan.Examples(), arma::uword(16));
        QCOMPARE(plan.SamplePerTensor(), std::uint64_t(200));
        QCOMPARE(plan.Checked(), std::uint64_t(413));
        QCOMPARE(plan.Total(), std::uint64_t(245973));
        QCOMPARE(plan.Work(), GradientCheckPlan::MultiplyAdds(course, 413, 16));
        QVERIFY(!plan.TooLarge());
        // Fewer training examples than 16: all of them.
        QCOMPARE(GradientCheckPlan(course, 5).Examples(), arma::uword(5));
        QCOMPARE(GradientCheckPlan(course, 0).Examples(), arma::uword(0));
    }

    // The refusal, word for word as `layerlab gradcheck` printed it before the plan existed.
    void tooLarge() {
        const GradientCheckPlan plan(NetworkSpec::WithDefaultActivations({3072, 200, 1}), 500, 64,
                                     0);
        QVERIFY(plan.TooLarge());
        QCOMPARE(plan.TooLargeMessage("do less"),
                 QString("checking 614801 of 614801 parameters on 64 examples would take about "
                         "4.8e+13 multiply-adds (2 forward passes per parameter; the limit is "
                         "2e+11, about a minute): do less"));
    }

    // The first examples, as doubles, whether the training set holds codes or doubles.
    void subset() {
        const auto data = GradientCheckData();
        const NetworkSpec spec = GradientCheckNetwork()->spec;
        const DataSet subset = GradientCheckPlan(spec, data->train.Count()).Subset(data->train);
        QVERIFY(!subset.HoldsCodes());
        QCOMPARE(subset.X.n_cols, arma::uword(16));
        QVERIFY(arma::approx_equal(
            subset.X, arma::conv_to<arma::mat>::from(data->train.codes.cols(0, 15)) / 255.0,
            "absdiff", 0.0));
        QVERIFY(arma::all(subset.y == data->train.y.cols(0, 15)));
        QCOMPARE(subset.classNames, data->train.classNames);
        QCOMPARE(subset.imageShape, data->train.imageShape);
    }
};

QTEST_GUILESS_MAIN(TestGradientCheckPlan)
#include "tst_gradientcheckplan.moc"
