#include "RunComparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <set>

#include "EnumNames.h"
#include "NetworkSpec.h"

namespace layerlab {

QString RunComparison::ValueText(const QJsonValue& v) {
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 10);
    if (v.isBool()) return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& e : v.toArray()) parts << ValueText(e);
        return parts.join(',');
    }
    if (v.isUndefined() || v.isNull()) return QStringLiteral("(not set)");
    return v.toString();
}

namespace {

// Whether a run's activations are the course's defaults for its own layers (ReLU, then sigmoid or
// softmax): two such runs differ in their layers, not in a choice of activations.
bool DefaultActivations(const QJsonObject& settings) {
    try {
        const NetworkSpec spec = NetworkSpec::WithDefaultActivations(
            ParseLayerSizes(settings.value("layers").toString().toStdString()));
        QStringList names;
        for (Activation a : spec.activations) names << QString::fromStdString(ToString(a));
        return settings.value("activations").toString() == names.join(',');
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

QStringList RunComparison::DifferingKeys(const QList<RunRecord>& runs) {
    if (runs.size() < 2) return {};
    std::set<QString> keys;
    for (const RunRecord& r : runs)
        for (const QString& k : r.settings.keys()) keys.insert(k);
    bool allDefault = true;
    for (const RunRecord& r : runs) allDefault = allDefault && DefaultActivations(r.settings);
    if (allDefault) keys.erase(QStringLiteral("activations"));
    QStringList differing;
    for (const QString& k : keys) {
        const QJsonValue first = runs.front().settings.value(k);
        for (const RunRecord& r : runs)
            if (r.settings.value(k) != first) {
                differing << k;
                break;
            }
    }
    return differing;
}

QStringList RunComparison::Differences(const RunRecord& a, const RunRecord& b) {
    QStringList lines;
    for (const QString& k : DifferingKeys({a, b}))
        lines << QStringLiteral("%1: %2 → %3")
                     .arg(k, ValueText(a.settings.value(k)), ValueText(b.settings.value(k)));
    if (a.data != b.data)
        lines << QStringLiteral("data: %1 → %2").arg(a.data, b.data);
    else if (a.dataHash != b.dataHash)
        lines << QCoreApplication::translate("layerlab::RunComparison",
                                             "data_hash: %1 → %2 (the same name, other contents)")
                     .arg(a.dataHash.left(12), b.dataHash.left(12));
    return lines;
}

QString RunComparison::Label(const RunRecord& run, const RunRecord& reference,
                             const QStringList& keys) {
    const QString name =
        QCoreApplication::translate("layerlab::RunComparison", "run %1").arg(run.id);
    if (run.id == reference.id) return name;
    QStringList changes;
    for (const QString& k : keys)
        if (run.settings.value(k) != reference.settings.value(k))
            changes << QStringLiteral("%1 %2 → %3")
                           .arg(k, ValueText(reference.settings.value(k)),
                                ValueText(run.settings.value(k)));
    return changes.isEmpty() ? name : QStringLiteral("%1: %2").arg(name, changes.join(", "));
}

}  // namespace layerlab
