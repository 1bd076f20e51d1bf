#include <QDir>
#include <QImage>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <utility>

#include "DataSetOpener.h"
#include "SettingsStore.h"
#include "WindowFixture.h"
#include "training/RunController.h"

using namespace layerlab;

namespace {

// What the opener handed over: each data set's name and class count.
struct Received {
    QStringList names;
    QList<size_t> classes;
    DataSetOpener::Sink Sink() {
        return [this](LoadedData data, const QString& name) {
            names << name;
            classes << data.train.ClassCount();
        };
    }
};

// An opener on a bare window and an idle run, with what it hands over recorded.
struct OpenerRig {
    QWidget window;
    RunController run;
    Received received;
    DataSetOpener opener{&window, &run, received.Sink()};
};

}  // namespace

class TestDataSetOpener : public QObject, public test::WindowFixture {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(UseOwnSettings("tst_datasetopener"));
        QVERIFY(m_dir.isValid());
    }
    void init() { QSettings().clear(); }

    void loadsInTheBackgroundAndRemembersTheFolder() {
        const QString root = WritePictures();
        OpenerRig rig;
        DataSetOpener& opener = rig.opener;
        Received& received = rig.received;
        QSignalSpy messages(&opener, &DataSetOpener::message);
        QVERIFY(opener.Open(root));
        QVERIFY(messages.last().at(0).toString().startsWith("Opening"));
        QTRY_COMPARE(received.names, QStringList{"pictures"});
        QCOMPARE(received.classes, QList<size_t>{2});
        QCOMPARE(SettingsStore().LastDataSet(), root);
    }

    void opensAtOnce() {
        OpenerRig rig;
        DataSetOpener& opener = rig.opener;
        Received& received = rig.received;
        QSignalSpy failed(&opener, &DataSetOpener::failed);
        const QString root = WritePictures();
        QVERIFY(opener.OpenNow(root));
        QCOMPARE(received.names, QStringList{"pictures"});  // before it returns
        QCOMPARE(SettingsStore().LastDataSet(), root);
        QVERIFY(!opener.OpenNow(m_dir.filePath("nowhere")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains("nowhere"));
        opener.OpenDefault();
        QCOMPARE(received.names, (QStringList{"pictures", "built-in shapes"}));
        QCOMPARE(SettingsStore().LastDataSet(), root);  // a built-in set is not remembered
    }

    void oneLoadAtATime() {
        // The first load waits in its progress callback until the second was refused.
        QSemaphore refused;
        LoadOptions held;
        held.progress = [&refused, first = std::make_shared<bool>(true)](qint64, qint64) {
            if (std::exchange(*first, false)) refused.acquire();
        };
        OpenerRig rig;
        DataSetOpener& opener = rig.opener;
        Received& received = rig.received;
        // Released before the opener joins the load, also when a check fails.
        const auto unblock = qScopeGuard([&refused] { refused.release(); });
        QSignalSpy messages(&opener, &DataSetOpener::message);
        QVERIFY(opener.Open("builtin:shapes", held));
        QVERIFY(!opener.Open("builtin:shapes"));
        QCOMPARE(messages.last().at(0).toString(),
                 QString("Another data set is still loading: wait for it or cancel it"));
        QCOMPARE(messages.last().at(1).toBool(), true);
        refused.release();
        QTRY_COMPARE(received.names.size(), 1);
        QCOMPARE(received.names.first(), QString("builtin:shapes"));
        QCOMPARE(SettingsStore().LastDataSet(), QString());  // a built-in set is not remembered
    }

    void aFailureSaysWhy() {
        OpenerRig rig;
        DataSetOpener& opener = rig.opener;
        Received& received = rig.received;
        QSignalSpy failed(&opener, &DataSetOpener::failed);
        QVERIFY(opener.Open(m_dir.filePath("nowhere")));
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.at(0).at(0).toString().contains("nowhere"));
        QVERIFY(received.names.isEmpty());
    }

private:
    // A folder of two classes of three small pictures each.
    QString WritePictures() {
        const QString root = m_dir.filePath("pictures");
        for (const char* c : {"red", "blue"}) {
            QDir(root).mkpath(c);
            QImage image(8, 8, QImage::Format_RGB32);
            image.fill(QString(c) == "red" ? Qt::red : Qt::blue);
            for (int i = 0; i < 3; ++i)
                image.save(QStringLiteral("%1/%2/%3.png").arg(root, c).arg(i));
        }
        return root;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDataSetOpener)
#include "tst_datasetopener.moc"
