#include "LessonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

#include "EngineError.h"
#include "InputFile.h"
#include "OutputFile.h"
#include "datasets/DataSetLoader.h"
#include "datasets/KnownDataSets.h"
#include "persistence/RunJson.h"
#include "persistence/RunSettings.h"

namespace layerlab {
namespace {

QString Tr(const char* text) {
    return QCoreApplication::translate("layerlab::LessonFile", text);
}

[[noreturn]] void Refuse(const QString& where, const QString& field, const QString& reason) {
    throw EngineError(Tr("%1: \"%2\" %3").arg(where, field, reason).toStdString());
}

QString Text(const QJsonObject& json, const char* field, const QString& where,
             bool required = false) {
    const QJsonValue v = json.value(QLatin1String(field));
    if (v.isUndefined() && required) Refuse(where, field, Tr("is missing"));
    if (!v.isUndefined() && !v.isString()) Refuse(where, field, Tr("must be text"));
    return v.toString();
}

QStringList Controls(const QJsonObject& json, const char* field, const QString& where) {
    const QJsonValue v = json.value(QLatin1String(field));
    if (v.isUndefined()) return {};
    const QStringList known = Lesson::ControlNames();
    const QString accepts = Tr("must be a list of control names: %1").arg(known.join(", "));
    if (!v.isArray()) Refuse(where, field, accepts);
    QStringList out;
    for (const QJsonValue& name : v.toArray()) {
        if (!name.isString() || !known.contains(name.toString()))
            Refuse(where, field,
                   Tr("names '%1', which is not a control: use %2")
                       .arg(name.isString() ? name.toString() : QStringLiteral("?"),
                            known.join(", ")));
        out << name.toString();
    }
    return out;
}

}  // namespace

bool LessonFile::IsLesson(const QString& path) {
    return path.endsWith(QLatin1String(".layerlab"), Qt::CaseInsensitive);
}

Lesson LessonFile::Read(const QString& path) {
    // The lessons LayerLab ships are resources (":/lessons/…"), which only QFile can open.
    const bool resource = path.startsWith(QLatin1String(":/"));
    const std::uint64_t size =
        resource ? std::uint64_t(QFileInfo(path).size())
                 : InputFile::RequireRegularFile(
                       path.toStdString(), Tr("give a lesson file (.layerlab)").toStdString());
    if (size > std::uint64_t(kMaxBytes))
        throw EngineError(Tr("%1: %2 bytes is too large for a lesson (at most %3 MB): leave out "
                             "some compared runs")
                              .arg(path)
                              .arg(size)
                              .arg(kMaxBytes / (1024 * 1024))
                              .toStdString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw EngineError(
            Tr("%1: cannot be read (%2)").arg(path, file.errorString()).toStdString());
    const QByteArray bytes = file.read(kMaxBytes + 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        throw EngineError(Tr("%1: not a lesson: the JSON is broken at byte %2 (%3)")
                              .arg(path)
                              .arg(error.offset)
                              .arg(error.errorString())
                              .toStdString());
    if (!doc.isObject())
        throw EngineError(
            Tr("%1: not a lesson: the file must hold one JSON object").arg(path).toStdString());
    Lesson lesson = FromJson(doc.object(), QFileInfo(path).fileName());
    lesson.path = resource ? path : QFileInfo(path).absoluteFilePath();
    return lesson;
}

Lesson LessonFile::FromJson(const QJsonObject& json, const QString& where) {
    const QJsonValue format = json.value("layerlab-lesson");
    if (!format.isDouble())
        Refuse(where, "layerlab-lesson",
               Tr("is missing: a lesson file starts with \"layerlab-lesson\": %1").arg(kFormat));
    if (format.toDouble() > kFormat)
        Refuse(where, "layerlab-lesson",
               Tr("is %1: the lesson was made by a newer LayerLab (this one reads format %2)")
                   .arg(format.toDouble())
                   .arg(kFormat));
    if (format.toDouble() != kFormat)
        Refuse(where, "layerlab-lesson", Tr("must be %1").arg(kFormat));
    Lesson l;
    l.title = Text(json, "title", where, true);
    if (l.title.trimmed().isEmpty()) Refuse(where, "title", Tr("is empty"));
    l.text = Text(json, "text", where);
    l.data = Text(json, "data", where, true);
    if (l.data.trimmed().isEmpty()) Refuse(where, "data", Tr("is empty: name the data set"));

    const QJsonValue options = json.value("data-options");
    if (!options.isUndefined()) {
        if (!options.isObject()) Refuse(where, "data-options", Tr("must be an object"));
        const QJsonObject o = options.toObject();
        for (const QString& key : o.keys())
            if (!QStringList{"classes", "image-size", "grayscale", "standardise", "test-fraction",
                             "data-seed"}
                     .contains(key))
                Refuse(where, "data-options." + key,
                       Tr("is not a data option: use classes, image-size, grayscale, "
                          "standardise, test-fraction or data-seed"));
        if (o.contains("classes")) {
            if (!o["classes"].isArray())
                Refuse(where, "data-options.classes", Tr("must be a list"));
            for (const QJsonValue& c : o["classes"].toArray())
                l.dataOptions.classes
                    << (c.isDouble() ? QString::number(c.toInteger()) : c.toString());
        }
        if (o.contains("image-size")) {
            const int side = o["image-size"].toInt(-1);
            if (side < 1 || side > 1024)
                Refuse(where, "data-options.image-size", Tr("must be a side from 1 to 1024"));
            l.dataOptions.imageSize = QSize(side, side);
        }
        for (const char* flag : {"grayscale", "standardise"})
            if (o.contains(flag) && !o[flag].isBool())
                Refuse(where, QStringLiteral("data-options.") + flag, Tr("must be true or false"));
        l.dataOptions.grayscale = o["grayscale"].toBool();
        l.dataOptions.standardise = o["standardise"].toBool();
        if (o.contains("test-fraction"))
            l.dataOptions.testFraction = o["test-fraction"].toDouble(-1);
        if (o.contains("data-seed")) {
            const double seed = o["data-seed"].toDouble(-1);
            if (seed < 0 || seed != std::floor(seed) || seed > 9007199254740992.0)
                Refuse(where, "data-options.data-seed", Tr("must be a whole number"));
            l.dataOptions.seed = std::uint64_t(seed);
        }
        try {
            l.dataOptions.Validate();
        } catch (const EngineError& e) {
            Refuse(where, "data-options", QString::fromUtf8(e.what()));
        }
    }

    const QJsonValue settings = json.value("settings");
    if (!settings.isObject())
        Refuse(where, "settings", Tr("must be an object with the network and hyperparameters"));
    l.settings = settings.toObject();
    try {
        RunSettings::Read(l.settings);
    } catch (const EngineError& e) {
        Refuse(where, "settings", QString::fromUtf8(e.what()));
    }
    const QJsonValue translations = json.value("translations");
    if (!translations.isUndefined()) {
        if (!translations.isObject())
            Refuse(where, "translations",
                   Tr("must map language codes to a title and text: {\"zh_CN\": {\"title\": "
                      "…, \"text\": …}}"));
        const QJsonObject all = translations.toObject();
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            const QString field = QStringLiteral("translations.%1").arg(it.key());
            if (!it->isObject()) Refuse(where, field, Tr("must hold a title and a text"));
            const QJsonObject words = it->toObject();
            l.translations.insert(it.key(), {Text(words, "title", where + ": " + field),
                                             Text(words, "text", where + ": " + field)});
        }
    }
    l.locked = Controls(json, "locked", where);
    l.hidden = Controls(json, "hidden", where);

    const QJsonValue compare = json.value("compare");
    if (!compare.isUndefined()) {
        if (!compare.isArray())
            Refuse(where, "compare",
                   Tr("must be a list of runs, as `layerlab runs export ID --json` writes them"));
        const QJsonArray runs = compare.toArray();
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const QString at = QStringLiteral("%1: compare[%2]").arg(where).arg(i);
            if (!runs[i].isObject())
                throw EngineError(Tr("%1: must be a run object").arg(at).toStdString());
            l.compare << RunJson::Read(runs[i].toObject(), at);
        }
    }
    return l;
}

QJsonObject LessonFile::ToJson(const Lesson& l) {
    QJsonObject json{{"layerlab-lesson", kFormat},
                     {"title", l.title},
                     {"text", l.text},
                     {"data", l.data},
                     {"settings", l.settings}};
    QJsonObject options;
    if (!l.dataOptions.classes.isEmpty())
        options["classes"] = QJsonArray::fromStringList(l.dataOptions.classes);
    if (l.dataOptions.imageSize.isValid()) options["image-size"] = l.dataOptions.imageSize.width();
    if (l.dataOptions.grayscale) options["grayscale"] = true;
    if (l.dataOptions.standardise) options["standardise"] = true;
    if (l.dataOptions.testFraction != LoadOptions{}.testFraction)
        options["test-fraction"] = l.dataOptions.testFraction;
    if (l.dataOptions.seed != LoadOptions{}.seed) options["data-seed"] = qint64(l.dataOptions.seed);
    if (!options.isEmpty()) json["data-options"] = options;
    if (!l.translations.isEmpty()) {
        QJsonObject all;
        for (auto it = l.translations.constBegin(); it != l.translations.constEnd(); ++it)
            all[it.key()] = QJsonObject{{"title", it->title}, {"text", it->text}};
        json["translations"] = all;
    }
    if (!l.locked.isEmpty()) json["locked"] = QJsonArray::fromStringList(l.locked);
    if (!l.hidden.isEmpty()) json["hidden"] = QJsonArray::fromStringList(l.hidden);
    if (!l.compare.isEmpty()) {
        QJsonArray runs;
        for (const RunRecord& r : l.compare) runs.append(RunJson::Of(r));
        json["compare"] = runs;
    }
    return json;
}

void LessonFile::Write(const QString& path, const Lesson& lesson) {
    const QByteArray bytes = QJsonDocument(ToJson(lesson)).toJson(QJsonDocument::Indented);
    OutputFile::Write(path.toStdString(),
                      std::string_view(bytes.constData(), size_t(bytes.size())));
}

QString LessonFile::DataName(const QString& source) {
    if (source.startsWith(QLatin1String("builtin:"), Qt::CaseInsensitive)) return source;
    const QFileInfo info(source);
    if (info.absoluteFilePath() ==
        QFileInfo(KnownDataSets::FashionMnistFolder()).absoluteFilePath())
        return QStringLiteral("fashion-mnist");
    const QDir folder = info.isDir() ? QDir(source) : info.dir();
    if (DataSetLoader::Identify(source) == DataSetLoader::Kind::Course &&
        folder.exists(QStringLiteral("train_catvnoncat.h5")))
        return QStringLiteral("course:catvnoncat");
    return info.exists() ? info.absoluteFilePath() : source;
}

QStringList LessonFile::CoursePlaces(const QString& lastDataSet) {
    QStringList places;
    if (const QString env = qEnvironmentVariable("LAYERLAB_COURSE_DATA"); !env.isEmpty())
        places << env;
    if (!lastDataSet.isEmpty()) places << lastDataSet;
    const QString relative = QStringLiteral("../shared/data/catvnoncat");
    places << QDir(QCoreApplication::applicationDirPath()).filePath("../" + relative)
           << QDir::current().filePath(relative);
    return places;
}

QString LessonFile::DataSpec(const Lesson& lesson, const QStringList& coursePlaces) {
    const QString data = lesson.data.trimmed();
    if (data.startsWith(QLatin1String("builtin:"), Qt::CaseInsensitive)) return data;
    if (data.compare(QLatin1String("fashion-mnist"), Qt::CaseInsensitive) == 0)
        return KnownDataSets::FashionMnistFolder();
    if (data.compare(QLatin1String("course:catvnoncat"), Qt::CaseInsensitive) == 0) {
        for (const QString& place : coursePlaces) {
            const QFileInfo info(place);
            const QDir folder = info.isDir() ? QDir(place) : info.dir();
            if (folder.exists(QStringLiteral("train_catvnoncat.h5"))) return folder.absolutePath();
        }
        return {};
    }
    if (QFileInfo(data).isAbsolute() || lesson.path.isEmpty()) return data;
    return QFileInfo(lesson.path).dir().filePath(data);
}

}  // namespace layerlab
