#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <armadillo>
#include <cstdint>
#include <vector>

#include "Initializer.h"
#include "NetworkSpec.h"
#include "TrainOptions.h"
#include "optimizers/OptimizerKind.h"

namespace layerlab {

// One run of a sweep: the values its axes take; everything else is the plan's base.
struct SweepPoint {
    std::vector<arma::uword> hidden;  // the hidden layers; the data gives the input and output
    Initializer init = Initializer::Notebook;
    double keep = 1;       // the keep probability of every hidden layer (1: no dropout)
    TrainOptions options;  // the base with lr, batch size, optimiser, λ, dropout and seed set

    // The network for inputs features and classCount classes, as the window builds one: one
    // sigmoid output for 2 classes, softmax over more, ReLU inside.
    NetworkSpec Spec(arma::uword inputs, size_t classCount) const;
};

// A sweep: a grid over the learning rate, the hidden layers, the batch size, the optimiser, L2,
// dropout, the initialiser and the seed, made whole or sampled. Each axis is parsed from the text
// the command line takes (a dialog can take the same); a refusal is an EngineError naming the
// option and what it accepts. The grid's size is counted (refusing overflow and more than
// kMaxRuns runs) before a point is made.
class SweepPlan {
    Q_DECLARE_TR_FUNCTIONS(layerlab::SweepPlan)

public:
    static constexpr std::uint64_t kMaxRuns = 10000;
    // The largest seed, as NumPy's np.random.seed takes.
    static constexpr std::uint64_t kMaxSeed = 4294967295u;

    // The axes, each the values to try, in the order runs are made (the last varies fastest).
    // One value each by default: the train command's defaults.
    std::vector<std::vector<arma::uword>> hidden{{20, 7, 5}};
    std::vector<double> learningRates{0.0075};
    std::vector<std::uint64_t> batchSizes{0};
    std::vector<OptimizerKind> optimizers{OptimizerKind::GradientDescent};
    std::vector<double> l2{0.0};
    std::vector<double> keepProbabilities{1.0};
    std::vector<Initializer> initializers{Initializer::Notebook};
    std::vector<std::uint64_t> seeds{1};
    // What every run shares (β1, β2, ε, the decay, early stopping, the precision).
    TrainOptions base;
    // 0: every point of the grid; else this many distinct points drawn with sampleSeed (in the
    // grid's order).
    std::uint64_t sample = 0;
    std::uint64_t sampleSeed = 1;

    // "0.001:0.1:log5" (5 values evenly spaced on a log scale, both ends included) or a comma
    // list "0.01,0.03".
    static std::vector<double> ParseLearningRates(const QString& text);
    // "20,7,5|50|100,50": one network's hidden layer sizes per group; "none" for no hidden layer.
    static std::vector<std::vector<arma::uword>> ParseHidden(const QString& text);
    // Comma lists. Batch sizes are whole numbers, 0 the full batch; dropout's are keep
    // probabilities in (0, 1], 1 for none.
    static std::vector<std::uint64_t> ParseBatchSizes(const QString& text);
    static std::vector<OptimizerKind> ParseOptimizers(const QString& text);
    static std::vector<double> ParseL2(const QString& text);
    static std::vector<double> ParseKeepProbabilities(const QString& text);
    static std::vector<Initializer> ParseInitializers(const QString& text);
    // count seeds from first on (repeats of every other point, to show run-to-run spread).
    static std::vector<std::uint64_t> Seeds(std::uint64_t first, std::uint64_t count);

    // Points in the whole grid; refuses one too large to count.
    std::uint64_t GridSize() const;
    // The runs, refused when there would be none or more than kMaxRuns, or when --sample is not
    // below the grid's size.
    std::vector<SweepPoint> Expand() const;
    // Grid point index (0 ≤ index < GridSize()).
    SweepPoint Point(std::uint64_t index) const;

    // The axes with more than one value, by their option names (hidden, lr, batch-size,
    // optimizer, l2, dropout, init, seed): what tells the runs apart.
    QStringList VaryingAxes() const;
    // A point's value on axis, as the option writes it ("20,7,5", "0.003162").
    static QString Value(const SweepPoint& point, const QString& axis);
    // Every axis by its option name, in VaryingAxes' order.
    static const QStringList& AllAxes();
    // "hidden=20,7,5 lr=0.01": point's values on axes, as a run's line names them.
    static QString Describe(const SweepPoint& point, const QStringList& axes);
};

}  // namespace layerlab
