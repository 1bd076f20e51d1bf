#include "RunSettings.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <cmath>
#include <optional>

#include "EngineError.h"
#include "EnumNames.h"

namespace layerlab {

namespace {

QString Tr(const char* text) {
    return QCoreApplication::translate("layerlab::RunSettings", text);
}

[[noreturn]] void Refuse(const QString& key, const QJsonValue& value, const QString& accepts) {
    QString shown =
        value.isString() ? QStringLiteral("'%1'").arg(value.toString().left(60))
        : value.isDouble()
            ? QString::number(value.toDouble(), 'g', 10)
            : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1)
                  .left(60);
    throw EngineError(
        Tr("setting \"%1\" is %2: it must be %3").arg(key, shown, accepts).toStdString());
}

double Number(const QJsonObject& s, const char* key, double fallback, double low, double high) {
    const QJsonValue v = s.value(QLatin1String(key));
    if (v.isUndefined()) return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < low || v.toDouble() > high)
        Refuse(QLatin1String(key), v,
               Tr("a number from %1 to %2").arg(low, 0, 'g', 6).arg(high, 0, 'g', 6));
    return v.toDouble();
}

// A whole number in [low, high]; JSON keeps every integer up to 2^53 exactly.
std::uint64_t Count(const QJsonObject& s, const char* key, std::uint64_t fallback,
                    std::uint64_t low, std::uint64_t high) {
    const QJsonValue v = s.value(QLatin1String(key));
    if (v.isUndefined()) return fallback;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < double(low) || d > double(high))
        Refuse(QLatin1String(key), v, Tr("a whole number from %1 to %2").arg(low).arg(high));
    return std::uint64_t(d);
}

template <typename E>
E Enum(const QJsonObject& s, const char* key, E fallback) {
    const QJsonValue v = s.value(QLatin1String(key));
    if (v.isUndefined()) return fallback;
    const std::optional<E> e = v.isString() ? Parse<E>(v.toString().toStdString()) : std::nullopt;
    if (!e) Refuse(QLatin1String(key), v, QString::fromStdString(NameList<E>()));
    return *e;
}

QString Text(const QJsonObject& s, const char* key) {
    const QJsonValue v = s.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isString()) Refuse(QLatin1String(key), v, Tr("text"));
    return v.toString();
}

}  // namespace

RunSetup RunSettings::Read(const QJsonObject& s) {
    RunSetup r;
    const QString layers = Text(s, "layers");
    if (layers.isEmpty())
        throw EngineError(
            Tr("the settings name no network: \"layers\" must list the layer sizes, such as "
               "\"12288,20,7,5,1\"")
                .toStdString());
    try {
        r.spec = NetworkSpec::WithDefaultActivations(ParseLayerSizes(layers.toStdString()));
        if (s.contains(QLatin1String("activations")))
            r.spec.activations = ParseActivations(Text(s, "activations").toStdString());
        r.spec.Validate();
    } catch (const EngineError& e) {
        throw EngineError(Tr("settings \"layers\"/\"activations\": %1")
                              .arg(QString::fromUtf8(e.what()))
                              .toStdString());
    }
    TrainOptions& o = r.options.train;
    const TrainOptions d;
    o.learningRate = Number(s, "lr", d.learningRate, 1e-12, 1e6);
    o.optimizer = Enum(s, "optimizer", d.optimizer);
    o.batchSize = size_t(Count(s, "batch-size", d.batchSize, 0, 1ull << 40));
    o.seed = Count(s, "seed", d.seed, 0, (1ull << 53));
    o.l2 = Number(s, "l2", d.l2, 0, 1e6);
    o.decay = Enum(s, "decay", d.decay);
    o.earlyStopPatience = size_t(Count(s, "early-stop", d.earlyStopPatience, 0, 1'000'000));
    o.precision = Enum(s, "precision", d.precision);
    o.threads = size_t(Count(s, "threads", d.threads, 0, TrainOptions::kMaxThreads));
    o.beta1 = Number(s, "beta1", d.beta1, 0, 1);
    o.beta2 = Number(s, "beta2", d.beta2, 0, 1);
    o.epsilon = Number(s, "epsilon", d.epsilon, 0, 1);
    o.decayRate = Number(s, "decay-rate", d.decayRate, 0, 1e6);
    o.decayInterval = size_t(Count(s, "decay-interval", d.decayInterval, 1, 1ull << 40));
    o.validationFraction = Number(s, "validation", d.validationFraction, 0, 1);
    if (const QJsonValue keep = s.value(QLatin1String("dropout")); !keep.isUndefined()) {
        if (!keep.isArray() || keep.toArray().size() != qsizetype(r.spec.L()))
            Refuse("dropout", keep,
                   Tr("a list of %1 keep probabilities, one per layer").arg(r.spec.L()));
        for (const QJsonValue& k : keep.toArray()) {
            if (!k.isDouble() || !(k.toDouble() > 0) || k.toDouble() > 1)
                Refuse("dropout", keep, Tr("keep probabilities above 0 and at most 1"));
            o.keepProbabilities.push_back(k.toDouble());
        }
    }
    r.options.iterations = size_t(Count(s, "iterations", r.options.iterations, 1, 100'000'000));
    r.options.epochs = size_t(Count(s, "epochs", 0, 0, 10'000'000));
    r.initializer = Enum(s, "init", Initializer::Notebook);
    r.initWeights = Text(s, "init-weights");
    r.branchOf = qint64(Count(s, "branch-of", 0, 0, 1ull << 53));
    try {
        // The options against the network; the training set's size is checked when it trains.
        o.Validate(r.spec.L(), 1'000'000);
    } catch (const EngineError& e) {
        throw EngineError(Tr("settings: %1").arg(QString::fromUtf8(e.what())).toStdString());
    }
    return r;
}

QJsonObject RunSettings::Of(const NetworkSpec& spec, const TrainOptions& o) {
    QStringList sizes, activations;
    for (size_t n : spec.sizes) sizes << QString::number(n);
    for (Activation a : spec.activations) activations << QString::fromStdString(ToString(a));
    QJsonObject s{{"layers", sizes.join(',')},
                  {"activations", activations.join(',')},
                  {"lr", o.learningRate},
                  {"optimizer", QString::fromStdString(ToString(o.optimizer))},
                  {"batch-size", qint64(o.batchSize)},
                  {"seed", qint64(o.seed)},
                  {"l2", o.l2},
                  {"decay", QString::fromStdString(ToString(o.decay))},
                  {"early-stop", qint64(o.earlyStopPatience)},
                  {"precision", QString::fromStdString(ToString(o.precision))},
                  {"threads", qint64(o.threads)}};
    // What only matters with another option is kept only with it, so `runs diff` does not list
    // a β that neither run used.
    if (o.optimizer != OptimizerKind::GradientDescent) s["beta1"] = o.beta1;
    if (o.optimizer == OptimizerKind::RMSprop || o.optimizer == OptimizerKind::Adam) {
        s["beta2"] = o.beta2;
        s["epsilon"] = o.epsilon;
    }
    if (o.decay != DecayKind::None) s["decay-rate"] = o.decayRate;
    if (o.decay == DecayKind::Step) s["decay-interval"] = qint64(o.decayInterval);
    if (o.earlyStopPatience) s["validation"] = o.validationFraction;
    if (!o.keepProbabilities.empty()) {
        QJsonArray keep;
        for (double k : o.keepProbabilities) keep.append(k);
        s["dropout"] = keep;
    }
    return s;
}

QString RunSettings::DataName(const DataSet& train) {
    const QString source = QString::fromStdString(train.source);
    const QFileInfo info(source);
    return !source.isEmpty() && info.exists() ? info.absoluteFilePath() : source;
}

QString RunSettings::DataHash(const DataSet& data) {
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    // The features' doubles, whichever form holds them, so the same images have the same hash
    // read from bytes or from floats; a column at a time, so codes are never all doubles at once.
    if (data.HoldsCodes())
        for (arma::uword i = 0; i < data.Count(); ++i) {
            const arma::vec column = data.Column(i);
            hash.addData(QByteArrayView(reinterpret_cast<const char*>(column.memptr()),
                                        qsizetype(column.n_elem * sizeof(double))));
        }
    else
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(data.X.memptr()),
                                    qsizetype(data.X.n_elem * sizeof(*data.X.memptr()))));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(data.y.memptr()),
                                qsizetype(data.y.n_elem * sizeof(*data.y.memptr()))));
    for (const std::string& name : data.classNames)
        hash.addData(QByteArrayView(name.data(), qsizetype(name.size() + 1)));
    return QString::fromLatin1(hash.result().toHex());
}

}  // namespace layerlab
