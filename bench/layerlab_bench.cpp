// LayerLab's benchmark (issue 5), through the real training code: the notebook's run (course data,
// [12288, 20, 7, 5, 1], lr 0.0075, 2500 iterations from init_seed1.h5) in float64 and float32, the
// machine's own dgemm/sgemm on large square products, and a Fashion-MNIST-shaped mini-batch step
// (784-256-128-100-10, ReLU + softmax, batch 128), bare and through the real mini-batch trainer.
// scripts/benchmark.sh runs it beside the NumPy peer and prints the table; it is not a test and
// ctest never runs it.
// usage: layerlab_bench [--benchmark_... flags] [COURSE_DATA_DIR]
#include <benchmark/benchmark.h>
#include <dlfcn.h>

#include <cmath>
#include <fstream>
#include <string>

#include "CourseDataReader.h"
#include "DirectTrainer.h"
#include "GramTrainer.h"
#include "InitializeParameters.h"
#include "Network.h"
#include "ParameterIO.h"
#include "Prediction.h"
#include "RunTraining.h"
#include "TrainerFactory.h"
#include "losses/CrossEntropy.h"

using namespace layerlab;

namespace {

constexpr size_t kNotebookIterations = 2500;
std::string g_dataDir = LAYERLAB_SHARED_DIR "/data/catvnoncat";

struct CourseRun {
    DataSplit data;
    Parameters initial;
    double referenceLastCost = NAN;
    std::string error;  // why the notebook benchmarks cannot run
};

const CourseRun& Course() {
    static const CourseRun run = [] {
        CourseRun r;
        try {
            r.data = CourseDataReader::Read(g_dataDir);
            r.initial = ParameterIO::Load(g_dataDir + "/init_seed1.h5");
            std::ifstream costs(g_dataDir + "/reference_costs_f64.txt");
            size_t i = 0;
            double c = NAN;
            while (costs >> i >> c) r.referenceLastCost = c;
        } catch (const std::exception& e) {
            r.error = std::string(e.what()) + " (pass the course data folder as the last argument)";
        }
        return r;
    }();
    return run;
}

// Floating-point operations of the matrix products, 2 per multiply-add; the element-wise work is
// left out, as BLAS benchmarks do.
double ProductFlops(const NetworkSpec& s, double m, size_t fromLayer) {
    double f = 0;
    for (size_t l = fromLayer; l <= s.L(); ++l)
        f += 2.0 * double(s.sizes[l]) * double(s.sizes[l - 1]) * m;
    return f;
}

// One direct iteration: Z = W·A, dW = dZ·Aᵀ for every layer and dA = Wᵀ·dZ for layers 2..L.
double DirectIterationFlops(const NetworkSpec& s, double m) {
    return 2 * ProductFlops(s, m, 1) + ProductFlops(s, m, 2);
}

// The Gram path: its one-off products (XᵀX by syrk, W[1]₀X, XᵀX_test, W[1]₀X_test), then per
// iteration the P update through G and the direct work of layers 2..L.
double GramRunFlops(const NetworkSpec& s, double m, double mTest, size_t iterations) {
    const double n0 = double(s.sizes[0]), n1 = double(s.sizes[1]);
    const double setup = m * m * n0 + 2 * n1 * n0 * m + 2 * m * mTest * n0 + 2 * n1 * n0 * mTest;
    return setup + double(iterations) * (2 * n1 * m * m + 3 * ProductFlops(s, m, 2));
}

template <typename eT>
void NotebookRun(benchmark::State& state) {
    const CourseRun& c = Course();
    if (!c.error.empty()) {
        state.SkipWithError(c.error.c_str());
        return;
    }
    TrainOptions options;
    options.learningRate = 0.0075;
    options.precision = std::is_same_v<eT, float> ? Precision::Float : Precision::Double;
    double lastCost = NAN;
    bool gram = false;
    for (auto _ : state) {
        // Timed from the raw data on: conversion and the Gram products are part of the run.
        auto trainer = TrainerFactory::Create(c.initial, c.data.train, &c.data.test, options);
        gram = dynamic_cast<GramTrainer<eT>*>(trainer.get()) != nullptr;
        RunTraining(*trainer, kNotebookIterations, [&](const StepResult& s) {
            lastCost = s.cost;
            return true;
        });
        benchmark::DoNotOptimize(lastCost);
    }
    // A fast wrong run is no result: float64 must end on the notebook's last cost.
    if (options.precision == Precision::Double &&
        !(std::abs(lastCost - c.referenceLastCost) <= 1e-9 * std::abs(c.referenceLastCost))) {
        state.SkipWithError("the last cost differs from reference_costs_f64.txt");
        return;
    }
    const NetworkSpec& s = c.initial.spec;
    const double m = double(c.data.train.Count());
    const double flops = gram ? GramRunFlops(s, m, double(c.data.test.Count()), kNotebookIterations)
                              : double(kNotebookIterations) * DirectIterationFlops(s, m);
    state.SetLabel(gram ? "gram path" : "direct path");
    state.counters["iterations_per_second"] = benchmark::Counter(
        double(kNotebookIterations), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["FLOPS"] =
        benchmark::Counter(flops, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["final_cost"] = lastCost;
}

// The machine's own ceiling: one large square product through the same BLAS as everything else.
template <typename eT>
void SquareGemm(benchmark::State& state) {
    const arma::uword n = arma::uword(state.range(0));
    arma::arma_rng::set_seed(1);
    const arma::Mat<eT> A = arma::randu<arma::Mat<eT>>(n, n), B = arma::randu<arma::Mat<eT>>(n, n);
    arma::Mat<eT> C(n, n);
    for (auto _ : state) {
        C = A * B;
        benchmark::DoNotOptimize(C.memptr());
        benchmark::ClobberMemory();
    }
    state.counters["FLOPS"] =
        benchmark::Counter(2.0 * double(n) * n * n, benchmark::Counter::kIsIterationInvariantRate);
}

// One mini-batch step of the course-2 network on Fashion-MNIST-shaped random data.
void MiniBatchStep(benchmark::State& state) {
    const arma::uword batch = arma::uword(state.range(0));
    const NetworkSpec spec = NetworkSpec::WithDefaultActivations({784, 256, 128, 100, 10});
    Network<float> net(InitializeParameters(spec, Initializer::He, 1));
    arma::arma_rng::set_seed(1);
    const arma::fmat X = arma::randu<arma::fmat>(784, batch);
    arma::fmat Y(10, batch, arma::fill::zeros);
    const arma::uvec labels = arma::randi<arma::uvec>(batch, arma::distr_param(0, 9));
    for (arma::uword i = 0; i < batch; ++i) Y(labels[i], i) = 1.0f;
    for (auto _ : state) {
        net.Forward(X);
        net.Backward(Y);
        net.Update(0.001f);
    }
    benchmark::DoNotOptimize(net.W[1].memptr());
    state.counters["FLOPS"] = benchmark::Counter(DirectIterationFlops(spec, double(batch)),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}

// The same network through the real mini-batch trainer (DirectTrainer with its MiniBatcher), on a
// Fashion-MNIST-sized random training set (60000 examples, 10 classes): each Step gathers its
// batch, runs Forward, the cost and the accuracy count, Backward and the optimiser's update. Its
// The trainer shares each step between the cores (ThreadTeam); threads = 1 keeps it on one thread,
// with OpenBLAS's own threads, as minibatch/784-256-128-100-10 runs.
void TrainerStep(benchmark::State& state, OptimizerKind optimizer, size_t threads) {
    static const DataSet train = [] {
        DataSet d;
        arma::arma_rng::set_seed(2);
        d.X = arma::randu<arma::mat>(784, 60000);
        d.y = arma::randi<arma::Row<arma::uword>>(60000, arma::distr_param(0, 9));
        for (int c = 0; c < 10; ++c) d.classNames.push_back("class " + std::to_string(c));
        return d;
    }();
    const NetworkSpec spec = NetworkSpec::WithDefaultActivations({784, 256, 128, 100, 10});
    TrainOptions options;
    options.precision = Precision::Float;
    options.batchSize = size_t(state.range(0));
    options.optimizer = optimizer;
    options.learningRate = 0.001;
    options.threads = threads;
    auto trainer = TrainerFactory::Create(InitializeParameters(spec, Initializer::He, 1), train,
                                          nullptr, options);
    const auto* direct = dynamic_cast<const DirectTrainer<float>*>(trainer.get());
    const size_t used = direct ? direct->Threads() : 0;
    state.SetLabel(std::to_string(used) + (used == 1 ? " thread" : " threads"));
    for (auto _ : state) benchmark::DoNotOptimize(trainer->Step().cost);
    state.counters["FLOPS"] = benchmark::Counter(DirectIterationFlops(spec, double(state.range(0))),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}

// The BLAS kernel and thread count in use, read from OpenBLAS when it is the BLAS.
void AddBlasContext() {
    using CoreName = char* (*)();
    using Threads = int (*)();
    if (auto core = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename")))
        benchmark::AddCustomContext("openblas_core", core());
    if (auto threads = reinterpret_cast<Threads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads")))
        benchmark::AddCustomContext("openblas_threads", std::to_string(threads()));
}

}  // namespace

BENCHMARK_TEMPLATE(NotebookRun, double)
    ->Name("notebook/float64")
    ->Iterations(1)
    ->Repetitions(3)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(NotebookRun, float)
    ->Name("notebook/float32")
    ->Iterations(1)
    ->Repetitions(3)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(SquareGemm, double)
    ->Name("dgemm")
    ->Arg(2048)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(SquareGemm, float)
    ->Name("sgemm")
    ->Arg(2048)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(MiniBatchStep)
    ->Name("minibatch/784-256-128-100-10")
    ->Arg(128)
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond);

// One 128-example step of the mini-batch trainer per optimiser and thread count; registered in
// main, since a table reads better than three copies of the same chain.
void RegisterTrainerSteps() {
    const struct {
        const char* name;
        OptimizerKind optimizer;
        size_t threads;
    } kSteps[] = {{"minibatch-trainer/gd", OptimizerKind::GradientDescent, 0},
                  {"minibatch-trainer/adam", OptimizerKind::Adam, 0},
                  {"minibatch-trainer/gd-1thread", OptimizerKind::GradientDescent, 1}};
    for (const auto& step : kSteps)
        benchmark::RegisterBenchmark(step.name, TrainerStep, step.optimizer, step.threads)
            ->Arg(128)
            ->UseRealTime()
            ->Unit(benchmark::kMicrosecond);
}

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
        std::fprintf(stderr, "usage: layerlab_bench [--benchmark_... flags] [COURSE_DATA_DIR]\n");
        return 1;
    }
    if (argc == 2) g_dataDir = argv[1];
    AddBlasContext();
    RegisterTrainerSteps();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
