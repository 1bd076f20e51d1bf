#include "RunJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <limits>

#include "EngineError.h"

namespace layerlab {
namespace {

QString Tr(const char* text) {
    return QCoreApplication::translate("layerlab::RunJson", text);
}

[[noreturn]] void Refuse(const QString& where, const QString& field, const QString& what) {
    throw EngineError(Tr("%1: \"%2\" %3").arg(where, field, what).toStdString());
}

double NumberOrNan(const QJsonValue& v) {
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace

QJsonObject RunJson::Of(const RunRecord& run) {
    QJsonArray costs, evaluations;
    for (double c : run.costs) costs.append(c);
    const auto value = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    for (const EvaluationPoint& e : run.evaluations)
        evaluations.append(QJsonArray{e.iteration, value(e.trainCost), value(e.testCost),
                                      value(e.trainAccuracy), value(e.testAccuracy)});
    QJsonObject json{{"id", run.id},
                     {"source", run.source},
                     {"version", run.version},
                     {"started", run.started.toString(Qt::ISODateWithMs)},
                     {"seconds", run.seconds},
                     {"state", run.state},
                     {"data", run.data},
                     {"data_hash", run.dataHash},
                     {"settings", run.settings},
                     {"final_cost", run.finalCost},
                     {"train_accuracy", run.trainAccuracy},
                     {"test_accuracy", run.testAccuracy < 0 ? QJsonValue() : run.testAccuracy},
                     {"note", run.note},
                     {"costs", costs}};
    if (!evaluations.isEmpty()) json["evaluations"] = evaluations;
    return json;
}

RunRecord RunJson::Read(const QJsonObject& json, const QString& where) {
    RunRecord r;
    const QJsonValue settings = json.value("settings");
    if (!settings.isObject())
        Refuse(where, "settings", Tr("must be an object of the run's settings"));
    r.settings = settings.toObject();
    const QJsonValue costs = json.value("costs");
    if (!costs.isArray() || costs.toArray().isEmpty())
        Refuse(where, "costs", Tr("must be a list of the run's costs, one per iteration"));
    if (costs.toArray().size() > kMaxPoints)
        Refuse(where, "costs", Tr("holds more than %1 costs").arg(kMaxPoints));
    for (const QJsonValue& c : costs.toArray()) {
        if (!c.isDouble() && !c.isNull()) Refuse(where, "costs", Tr("must hold only numbers"));
        r.costs.push_back(NumberOrNan(c));
    }
    const QJsonValue evaluations = json.value("evaluations");
    if (!evaluations.isUndefined()) {
        if (!evaluations.isArray() || evaluations.toArray().size() > kMaxPoints)
            Refuse(where, "evaluations",
                   Tr("must be a list of [iteration, train cost, test cost, "
                      "train accuracy, test accuracy] rows"));
        for (const QJsonValue& row : evaluations.toArray()) {
            const QJsonArray e = row.toArray();
            if (!row.isArray() || e.size() != 5 || !e[0].isDouble())
                Refuse(where, "evaluations",
                       Tr("must be a list of [iteration, train cost, test cost, train accuracy, "
                          "test accuracy] rows"));
            r.evaluations.push_back({e[0].toDouble(), NumberOrNan(e[1]), NumberOrNan(e[2]),
                                     NumberOrNan(e[3]), NumberOrNan(e[4])});
        }
    }
    const auto text = [&](const char* field) {
        const QJsonValue v = json.value(QLatin1String(field));
        if (!v.isUndefined() && !v.isString()) Refuse(where, field, Tr("must be text"));
        return v.toString();
    };
    r.id = json.value("id").toInteger(0);
    r.source = text("source");
    r.version = text("version");
    r.state = text("state");
    r.data = text("data");
    r.dataHash = text("data_hash");
    r.note = text("note");
    r.started = QDateTime::fromString(text("started"), Qt::ISODateWithMs);
    r.seconds = json.value("seconds").toDouble(0);
    r.finalCost = json.value("final_cost").toDouble(r.costs.back());
    r.trainAccuracy = json.value("train_accuracy").toDouble(-1);
    r.testAccuracy = json.value("test_accuracy").toDouble(-1);
    return r;
}

}  // namespace layerlab
