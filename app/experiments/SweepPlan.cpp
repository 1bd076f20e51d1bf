#include "SweepPlan.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <random>
#include <set>

#include "EngineError.h"
#include "EnumNames.h"

namespace layerlab {

namespace {

[[noreturn]] void Refuse(const QString& message) {
    throw EngineError(message.toStdString());
}

// A comma list of items read by item (nothing when it cannot read one), refused naming the option
// and what it takes; repeats are refused too, since each would only train the same run again.
template <typename T>
std::vector<T> List(const QString& option, const QString& text, const QString& accepted,
                    const std::function<std::optional<T>(const QString&)>& item) {
    std::vector<T> values;
    for (const QString& part : text.split(',')) {
        const std::optional<T> value = item(part.trimmed());
        if (!value)
            Refuse(
                SweepPlan::tr("--%1: '%2' refused: give %3").arg(option, part.trimmed(), accepted));
        if (std::find(values.begin(), values.end(), *value) != values.end())
            Refuse(SweepPlan::tr("--%1 lists '%2' twice: give each value once")
                       .arg(option, part.trimmed()));
        values.push_back(*value);
    }
    return values;
}

std::optional<double> Finite(const QString& text) {
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<std::uint64_t> Whole(const QString& text) {
    bool ok = false;
    const qulonglong v = text.toULongLong(&ok);
    // toULongLong reads "-1" as a huge number on some Qt versions: refuse signs outright.
    if (!ok || text.startsWith('-') || text.startsWith('+')) return std::nullopt;
    return std::uint64_t(v);
}

template <typename E>
std::optional<E> Named(const QString& text) {
    return Parse<E>(text.toStdString());
}

// Below n from a generator whose output is the same on every platform (std::mt19937_64; the
// standard's distributions are not), by rejection so that every value is equally likely.
std::uint64_t Below(std::mt19937_64& random, std::uint64_t n) {
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
    std::uint64_t draw;
    do draw = random();
    while (draw >= limit);
    return draw % n;
}

QString Sizes(const std::vector<arma::uword>& sizes) {
    if (sizes.empty()) return QStringLiteral("none");
    QStringList parts;
    for (arma::uword s : sizes) parts << QString::number(s);
    return parts.join(',');
}

}  // namespace

NetworkSpec SweepPoint::Spec(arma::uword inputs, size_t classCount) const {
    std::vector<arma::uword> sizes{inputs};
    sizes.insert(sizes.end(), hidden.begin(), hidden.end());
    sizes.push_back(classCount > 2 ? classCount : 1);
    return NetworkSpec::WithDefaultActivations(sizes);
}

std::vector<double> SweepPlan::ParseLearningRates(const QString& text) {
    const QString accepted =
        tr("a comma list such as 0.01,0.03, or FROM:TO:logN such as 0.001:0.1:log5 (5 rates "
           "evenly spaced on a log scale from 0.001 to 0.1)");
    std::vector<double> rates;
    if (text.contains(':')) {
        const QStringList parts = text.split(':');
        const QString steps = parts.value(2).trimmed();
        // Plain values, not optionals: GCC cannot see that Refuse does not return.
        const std::optional<double> fromText = Finite(parts.value(0)),
                                    toText = Finite(parts.value(1));
        const std::optional<std::uint64_t> nText =
            steps.startsWith("log") ? Whole(steps.mid(3)) : std::nullopt;
        if (parts.size() != 3 || !fromText || !toText || !nText)
            Refuse(tr("--lr '%1' refused: give %2").arg(text, accepted));
        const double from = fromText.value_or(0), to = toText.value_or(0);
        const std::uint64_t n = nText.value_or(0);
        if (from <= 0 || to <= from)
            Refuse(tr("--lr '%1' refused: a range needs 0 < FROM < TO, e.g. 0.001:0.1:log5")
                       .arg(text));
        if (n < 2 || n > kMaxRuns)
            Refuse(tr("--lr '%1' refused: a range takes 2 to %2 rates (log2 … log%2)")
                       .arg(text)
                       .arg(kMaxRuns));
        const double a = std::log10(from), b = std::log10(to);
        for (std::uint64_t i = 0; i < n; ++i)
            rates.push_back(i == 0       ? from
                            : i + 1 == n ? to
                                         : std::pow(10.0, a + (b - a) * double(i) / double(n - 1)));
        // Two rates that round to the same double would be the same run twice.
        if (std::adjacent_find(rates.begin(), rates.end()) != rates.end())
            Refuse(tr("--lr '%1' refused: its rates are too close to tell apart: give fewer")
                       .arg(text));
    } else {
        rates = List<double>("lr", text, accepted, Finite);
    }
    for (double rate : rates) try {
            CheckLearningRate(rate);
        } catch (const EngineError& e) {
            Refuse(tr("--lr %1 refused: %2").arg(rate).arg(QString::fromUtf8(e.what())));
        }
    return rates;
}

std::vector<std::vector<arma::uword>> SweepPlan::ParseHidden(const QString& text) {
    std::vector<std::vector<arma::uword>> networks;
    for (const QString& group : text.split('|')) {
        std::vector<arma::uword> sizes;
        if (group.trimmed() != "none")
            for (const QString& part : group.split(',')) {
                const std::optional<std::uint64_t> size = Whole(part.trimmed());
                if (!size || *size == 0)
                    Refuse(tr("--hidden '%1': '%2' is not a layer size ≥ 1: give each network's "
                              "hidden sizes, networks apart with |, e.g. \"20,7,5|50|100,50\" "
                              "(none for no hidden layer)")
                               .arg(text, part.trimmed()));
                sizes.push_back(arma::uword(*size));
            }
        if (std::find(networks.begin(), networks.end(), sizes) != networks.end())
            Refuse(tr("--hidden lists '%1' twice: give each network once").arg(group.trimmed()));
        networks.push_back(std::move(sizes));
    }
    return networks;
}

std::vector<std::uint64_t> SweepPlan::ParseBatchSizes(const QString& text) {
    return List<std::uint64_t>("batch-size", text,
                               tr("whole numbers of examples per update, e.g. 32,64 (0: the "
                                  "full batch)"),
                               Whole);
}

std::vector<OptimizerKind> SweepPlan::ParseOptimizers(const QString& text) {
    return List<OptimizerKind>("optimizer", text,
                               tr("optimisers from %1, e.g. gd,adam")
                                   .arg(QString::fromStdString(NameList<OptimizerKind>())),
                               Named<OptimizerKind>);
}

std::vector<double> SweepPlan::ParseL2(const QString& text) {
    return List<double>("l2", text, tr("λ values ≥ 0, e.g. 0,0.1,0.7"),
                        [](const QString& t) -> std::optional<double> {
                            const std::optional<double> v = Finite(t);
                            if (v && *v >= 0) return v;
                            return std::nullopt;
                        });
}

std::vector<double> SweepPlan::ParseKeepProbabilities(const QString& text) {
    return List<double>("dropout", text,
                        tr("keep probabilities above 0 and at most 1 for every hidden layer, "
                           "e.g. 1,0.8 (1: no dropout)"),
                        [](const QString& t) -> std::optional<double> {
                            const std::optional<double> v = Finite(t);
                            if (v && *v > 0 && *v <= 1) return v;
                            return std::nullopt;
                        });
}

std::vector<Initializer> SweepPlan::ParseInitializers(const QString& text) {
    return List<Initializer>("init", text,
                             tr("initialisers from %1, e.g. notebook,he")
                                 .arg(QString::fromStdString(NameList<Initializer>())),
                             Named<Initializer>);
}

std::vector<std::uint64_t> SweepPlan::Seeds(std::uint64_t first, std::uint64_t count) {
    if (count == 0) Refuse(tr("--seeds 0 refused: give at least 1 (runs per setting)"));
    if (first > kMaxSeed || count - 1 > kMaxSeed - first)
        Refuse(tr("--seed %1 with --seeds %2 goes past the largest seed, %3: give a smaller "
                  "--seed or fewer --seeds")
                   .arg(first)
                   .arg(count)
                   .arg(kMaxSeed));
    if (count > kMaxRuns)
        Refuse(tr("--seeds %1 refused: a sweep makes at most %2 runs").arg(count).arg(kMaxRuns));
    std::vector<std::uint64_t> seeds;
    for (std::uint64_t i = 0; i < count; ++i) seeds.push_back(first + i);
    return seeds;
}

std::uint64_t SweepPlan::GridSize() const {
    std::uint64_t size = 1;
    for (size_t n : {hidden.size(), learningRates.size(), batchSizes.size(), optimizers.size(),
                     l2.size(), keepProbabilities.size(), initializers.size(), seeds.size()}) {
        if (n == 0) Refuse(tr("every axis of a sweep needs at least one value"));
        if (__builtin_mul_overflow(size, std::uint64_t(n), &size))
            Refuse(
                tr("the sweep's grid has more runs than can be counted: give fewer values, "
                   "or --sample K to draw K of them"));
    }
    return size;
}

SweepPoint SweepPlan::Point(std::uint64_t index) const {
    // The last axis varies fastest: the seeds of one setting are neighbours.
    const auto take = [&index](size_t n) {
        const std::uint64_t i = index % n;
        index /= n;
        return size_t(i);
    };
    SweepPoint p;
    p.options = base;
    // A sweep shares the cores between its runs (SweepRunner), each on one thread.
    p.options.threads = 1;
    p.options.seed = seeds[take(seeds.size())];
    p.init = initializers[take(initializers.size())];
    p.keep = keepProbabilities[take(keepProbabilities.size())];
    p.options.l2 = l2[take(l2.size())];
    p.options.optimizer = optimizers[take(optimizers.size())];
    p.options.batchSize = size_t(batchSizes[take(batchSizes.size())]);
    p.options.learningRate = learningRates[take(learningRates.size())];
    p.hidden = hidden[take(hidden.size())];
    // The train command's --dropout: every hidden layer keeps p.keep, the output all.
    p.options.keepProbabilities.clear();
    if (p.keep < 1) {
        p.options.keepProbabilities.assign(p.hidden.size(), p.keep);
        p.options.keepProbabilities.push_back(1.0);
    }
    return p;
}

std::vector<SweepPoint> SweepPlan::Expand() const {
    const std::uint64_t grid = GridSize();
    std::vector<SweepPoint> points;
    if (sample == 0) {
        if (grid > kMaxRuns)
            Refuse(tr("the sweep has %1 runs, more than %2: give fewer values, or --sample K to "
                      "draw K of them")
                       .arg(grid)
                       .arg(kMaxRuns));
        for (std::uint64_t i = 0; i < grid; ++i) points.push_back(Point(i));
        return points;
    }
    if (sample > kMaxRuns)
        Refuse(tr("--sample %1 refused: a sweep makes at most %2 runs").arg(sample).arg(kMaxRuns));
    if (sample >= grid)
        Refuse(tr("--sample %1 refused: the grid has only %2 runs: leave out --sample to make "
                  "them all")
                   .arg(sample)
                   .arg(grid));
    // Floyd's sampling: sample distinct indices in sample draws, however large the grid.
    std::mt19937_64 random(sampleSeed);
    std::set<std::uint64_t> chosen;
    for (std::uint64_t j = grid - sample; j < grid; ++j) {
        const std::uint64_t t = Below(random, j + 1);
        chosen.insert(chosen.count(t) ? j : t);
    }
    for (std::uint64_t i : chosen) points.push_back(Point(i));
    return points;
}

QStringList SweepPlan::VaryingAxes() const {
    QStringList axes;
    const auto add = [&axes](const char* name, size_t n) {
        if (n > 1) axes << QString::fromLatin1(name);
    };
    add("hidden", hidden.size());
    add("lr", learningRates.size());
    add("batch-size", batchSizes.size());
    add("optimizer", optimizers.size());
    add("l2", l2.size());
    add("dropout", keepProbabilities.size());
    add("init", initializers.size());
    add("seed", seeds.size());
    return axes;
}

QString SweepPlan::Value(const SweepPoint& p, const QString& axis) {
    if (axis == "hidden") return Sizes(p.hidden);
    if (axis == "lr") return QString::number(p.options.learningRate, 'g', 4);
    if (axis == "batch-size") return QString::number(p.options.batchSize);
    if (axis == "optimizer") return QString::fromStdString(ToString(p.options.optimizer));
    if (axis == "l2") return QString::number(p.options.l2, 'g', 4);
    if (axis == "dropout") return QString::number(p.keep, 'g', 4);
    if (axis == "init") return QString::fromStdString(ToString(p.init));
    if (axis == "seed") return QString::number(p.options.seed);
    return {};
}

const QStringList& SweepPlan::AllAxes() {
    static const QStringList axes{"hidden", "lr",      "batch-size", "optimizer",
                                  "l2",     "dropout", "init",       "seed"};
    return axes;
}

QString SweepPlan::Describe(const SweepPoint& point, const QStringList& axes) {
    QStringList parts;
    for (const QString& axis : axes) parts << axis + '=' + Value(point, axis);
    return parts.join(' ');
}

}  // namespace layerlab
