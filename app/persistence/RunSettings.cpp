#include "RunSettings.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QStringList>

#include "EnumNames.h"

namespace layerlab {

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
