#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "datasets/LoadOptions.h"
#include "persistence/RunRecord.h"

namespace layerlab {

// A lesson a teacher prepares once and hands out (a .layerlab file, LessonFile): the data set,
// the network and hyperparameters to start from, which controls the students may not change or
// see, the text shown beside the chart, and runs to compare with.
struct Lesson {
    // The controls a lesson can lock or hide, by these names.
    static QStringList ControlNames() {
        return {"network", "lr", "iterations", "init", "seed", "precision", "options", "dropout"};
    }

    struct Words {
        QString title;
        QString text;  // shown in the Lesson panel; plain text, blank lines between paragraphs
    };

    QString title;
    QString text;
    // The title and text in other languages, by code ("zh_CN"), as "translations" holds them.
    QMap<QString, Words> translations;
    // The data set: "builtin:shapes…", "course:catvnoncat" (the course's files, wherever the
    // user keeps them), "fashion-mnist", or a path, relative to the lesson file's folder.
    QString data;
    LoadOptions dataOptions;  // classes, image size, grayscale, test fraction, standardise
    QJsonObject settings;     // RunSettings' keys: layers, activations, lr, iterations, init, …
    QStringList locked, hidden;  // of ControlNames()
    QList<RunRecord> compare;    // runs to overlay, as `layerlab runs export --json` writes them
    QString path;                // where it was read from (relative paths are from its folder)

    // The title and text in language (a code such as "zh_CN", or "zh" for any Chinese), or as
    // written when there is no translation.
    Words In(const QString& language) const {
        for (auto it = translations.constBegin(); it != translations.constEnd(); ++it)
            if (it.key() == language || it.key().section('_', 0, 0) == language.section('_', 0, 0))
                return {it->title.isEmpty() ? title : it->title,
                        it->text.isEmpty() ? text : it->text};
        return {title, text};
    }
};

}  // namespace layerlab
