// Lesson files: what LessonFile writes reads back whole, every malformed field is refused with
// its name and the reason, what is not a regular file or too large is refused before it is read,
// and the data set is found by its reference.
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "EngineError.h"
#include "lessons/LessonFile.h"

using namespace layerlab;

namespace {

QJsonObject Minimal() {
    return {{"layerlab-lesson", 1},
            {"title", "Too fast"},
            {"data", "builtin:shapes"},
            {"settings", QJsonObject{{"layers", "3072,20,1"}, {"lr", 2.0}}}};
}

QString Refusal(const QJsonObject& json) {
    try {
        LessonFile::FromJson(json, "lesson.layerlab");
    } catch (const EngineError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

}  // namespace

class TestLessonFile : public QObject {
    Q_OBJECT
private slots:
    void roundTripsWhole() {
        Lesson l;
        l.title = "Depth against width";
        l.text = "Two networks of about the same size.\n\nWhich learns faster?";
        l.translations.insert(
            "zh_CN", {QString::fromUtf8("深度与宽度"), QString::fromUtf8("哪个学得更快？")});
        l.data = "course:catvnoncat";
        l.dataOptions.classes = {"cat", "non-cat"};
        l.dataOptions.imageSize = QSize(32, 32);
        l.dataOptions.grayscale = true;
        l.dataOptions.testFraction = 0.3;
        l.settings = {{"layers", "12288,20,7,5,1"},
                      {"lr", 0.0075},
                      {"iterations", 2500},
                      {"init", "notebook"},
                      {"seed", 1}};
        l.locked = {"network", "seed"};
        l.hidden = {"options"};
        RunRecord r;
        r.note = "the notebook's run";
        r.settings = l.settings;
        r.costs = {0.77, 0.6, 0.5};
        r.evaluations = {{0, 0.77, 0.8, 0.5, 0.4}, {2, 0.5, 0.7, 0.9, 0.8}};
        r.testAccuracy = 0.8;
        l.compare << r;
        QTemporaryDir dir;
        const QString path = dir.filePath("depth.layerlab");
        LessonFile::Write(path, l);
        const Lesson back = LessonFile::Read(path);
        QCOMPARE(back.title, l.title);
        QCOMPARE(back.text, l.text);
        QCOMPARE(back.In("zh_CN").title, QString::fromUtf8("深度与宽度"));
        QCOMPARE(back.In("zh_TW").text, QString::fromUtf8("哪个学得更快？"));  // any Chinese
        QCOMPARE(back.In("de_DE").title, l.title);
        QCOMPARE(back.data, l.data);
        QCOMPARE(back.dataOptions.classes, l.dataOptions.classes);
        QCOMPARE(back.dataOptions.imageSize, QSize(32, 32));
        QVERIFY(back.dataOptions.grayscale && !back.dataOptions.standardise);
        QCOMPARE(back.dataOptions.testFraction, 0.3);
        QCOMPARE(back.settings, l.settings);
        QCOMPARE(back.locked, l.locked);
        QCOMPARE(back.hidden, l.hidden);
        QCOMPARE(back.compare.size(), 1);
        QCOMPARE(back.compare[0].costs, r.costs);
        QCOMPARE(back.compare[0].note, r.note);
        QCOMPARE(back.compare[0].evaluations.size(), size_t(2));
        QCOMPARE(back.compare[0].evaluations[1].testAccuracy, 0.8);
        QCOMPARE(back.path, QFileInfo(path).absoluteFilePath());
    }

    void refusesEachMalformedField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("says");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("no format")
            << "layerlab-lesson" << absent << "\"layerlab-lesson\" is missing";
        QTest::newRow("newer format") << "layerlab-lesson" << QJsonValue(3) << "newer LayerLab";
        QTest::newRow("no title") << "title" << absent << "\"title\" is missing";
        QTest::newRow("title number") << "title" << QJsonValue(5) << "\"title\" must be text";
        QTest::newRow("no data") << "data" << absent << "\"data\" is missing";
        QTest::newRow("settings text")
            << "settings" << QJsonValue("fast") << "\"settings\" must be";
        QTest::newRow("bad lr") << "settings"
                                << QJsonValue(QJsonObject{{"layers", "3072,20,1"}, {"lr", "x"}})
                                << "\"lr\" is 'x'";
        QTest::newRow("no layers")
            << "settings" << QJsonValue(QJsonObject{{"lr", 0.1}}) << "\"layers\" must list";
        QTest::newRow("locked unknown") << "locked" << QJsonValue(QJsonArray{"network", "cpu"})
                                        << "names 'cpu', which is not a control";
        QTest::newRow("hidden text") << "hidden" << QJsonValue("options") << "must be a list";
        QTest::newRow("option unknown")
            << "data-options" << QJsonValue(QJsonObject{{"colour", true}})
            << "\"data-options.colour\" is not a data option";
        QTest::newRow("image size")
            << "data-options" << QJsonValue(QJsonObject{{"image-size", 99999}}) << "image-size";
        QTest::newRow("test fraction")
            << "data-options" << QJsonValue(QJsonObject{{"test-fraction", 1.5}}) << "data-options";
        QTest::newRow("compare text")
            << "compare" << QJsonValue("run 3") << "must be a list of runs";
        QTest::newRow("compare no costs")
            << "compare" << QJsonValue(QJsonArray{QJsonObject{{"settings", QJsonObject{}}}})
            << "compare[0]: \"costs\"";
        QTest::newRow("translation")
            << "translations" << QJsonValue(QJsonObject{{"zh_CN", 3}}) << "translations.zh_CN";
    }
    void refusesEachMalformedField() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, says);
        QJsonObject json = Minimal();
        if (value.isUndefined())
            json.remove(field);
        else
            json[field] = value;
        const QString why = Refusal(json);
        QVERIFY2(why.startsWith("lesson.layerlab: ") && why.contains(says), qPrintable(why));
    }

    void refusesWhatIsNotALessonFile() {
        QTemporaryDir dir;
        // Broken JSON: where, and why.
        const QString broken = dir.filePath("broken.layerlab");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"layerlab-lesson\": 1, \"title\": ");
        f.close();
        try {
            LessonFile::Read(broken);
            QFAIL("broken JSON was read");
        } catch (const EngineError& e) {
            QVERIFY2(QString(e.what()).contains("the JSON is broken at byte"), e.what());
        }
        // A folder, a FIFO: named as what they are, never opened.
        try {
            LessonFile::Read(dir.path());
            QFAIL("a folder was read");
        } catch (const EngineError& e) {
            QVERIFY2(QString(e.what()).contains("folder"), e.what());
        }
        const QString fifo = dir.filePath("pipe.layerlab");
        QCOMPARE(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        try {
            LessonFile::Read(fifo);
            QFAIL("a FIFO was read");
        } catch (const EngineError& e) {
            QVERIFY2(QString(e.what()).contains("FIFO"), e.what());
        }
        // Too large: refused by its size, before it is read.
        const QString large = dir.filePath("large.layerlab");
        QFile big(large);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(LessonFile::kMaxBytes + 1));
        big.close();
        try {
            LessonFile::Read(large);
            QFAIL("a huge file was read");
        } catch (const EngineError& e) {
            QVERIFY2(QString(e.what()).contains("too large for a lesson"), e.what());
        }
    }

    void findsTheDataSet() {
        QTemporaryDir dir;
        Lesson l;
        l.data = "builtin:shapes5";
        QCOMPARE(LessonFile::DataSpec(l, {}), QString("builtin:shapes5"));
        l.data = "fashion-mnist";
        QCOMPARE(LessonFile::DataSpec(l, {}), QString("/usr/share/datasets/fashion-mnist"));
        l.data = "pictures";
        l.path = dir.filePath("a.layerlab");
        QCOMPARE(LessonFile::DataSpec(l, {}), dir.filePath("pictures"));
        l.data = "course:catvnoncat";
        QCOMPARE(LessonFile::DataSpec(l, {dir.path()}), QString());  // not there
        QFile train(dir.filePath("train_catvnoncat.h5"));
        QVERIFY(train.open(QIODevice::WriteOnly));
        train.close();
        QCOMPARE(LessonFile::DataSpec(l, {"/nowhere", train.fileName()}),
                 QDir(dir.path()).absolutePath());
        QCOMPARE(LessonFile::DataName("builtin:shapes"), QString("builtin:shapes"));
        QCOMPARE(LessonFile::DataName("/usr/share/datasets/fashion-mnist"),
                 QString("fashion-mnist"));
    }

    void theShippedLessonsRead() {
        const QDir shipped(QStringLiteral(LAYERLAB_SOURCE_DIR "/resources/lessons"));
        const QStringList files = shipped.entryList({"*.layerlab"}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 6);
        for (const QString& f : files) {
            const Lesson l = LessonFile::Read(shipped.filePath(f));
            QVERIFY2(!l.In("zh_CN").text.isEmpty() && l.In("zh_CN").title != l.title,
                     qPrintable(f + ": no Chinese title and text"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLessonFile)
#include "tst_lessonfile.moc"
