#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "Lesson.h"

namespace layerlab {

// Reads and writes lesson files: JSON with "layerlab-lesson": 1 and the fields of Lesson. A
// file that is not a regular file, too large, not JSON, of a newer format, or with a field of the
// wrong kind is refused with the field and the reason; settings are checked as a re-run's are
// (RunSettings::Read).
class LessonFile {
public:
    static constexpr int kFormat = 1;
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;  // room for a few compared runs

    // Throws EngineError "<path>: <field>: <reason>".
    static Lesson Read(const QString& path);
    static Lesson FromJson(const QJsonObject& json, const QString& where);
    static QJsonObject ToJson(const Lesson& lesson);
    // Writes by OutputFile's rules (a regular file is replaced atomically). Throws EngineError.
    static void Write(const QString& path, const Lesson& lesson);

    // The data set spec DataSetLoader opens for lesson: builtin names as they are, a path from
    // the lesson's folder, "fashion-mnist" as KnownDataSets has it, and "course:catvnoncat" as
    // the first of coursePlaces that holds the course's train_catvnoncat.h5. Empty when the
    // course files are in none of them (the window then asks where they are).
    static QString DataSpec(const Lesson& lesson, const QStringList& coursePlaces);
    // The inverse, for saving a lesson on the data in the window (its DataSet::source): the
    // course's files as "course:catvnoncat", Fashion-MNIST's folder as "fashion-mnist", a
    // built-in set by its name, anything else by its absolute path.
    static QString DataName(const QString& source);
    // Where the course's files may be: $LAYERLAB_COURSE_DATA, then lastDataSet (the window's
    // last opened set, when it was the course's), then ../shared/data/catvnoncat from the
    // program's folder and from the working folder.
    static QStringList CoursePlaces(const QString& lastDataSet);
    // Whether path names a lesson file (by its extension).
    static bool IsLesson(const QString& path);
};

}  // namespace layerlab
