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

class TestDataSetOpener : public QObject, public test::WindowFixture {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(UseOwnSettings("tst_datasetopener"));
        QVERIFY(m_dir.isValid());
    }
    void init() { QSettings().clear(); }

    void loadsInTheBackgroundAndRemembersTheFolder() {
        const QString root = m_dir.filePath("pictures");
        for (const char* c : {"red", "blue"}) {
            QVERIFY(QDir(root).mkpath(c));
            QImage image(8, 8, QImage::Format_RGB32);
            image.fill(QString(c) == "red" ? Qt::red : Qt::blue);
            for (int i = 0; i < 3; ++i)
                QVERIFY(image.save(QStringLiteral("%1/%2/%3.png").arg(root, c).arg(i)));
        }
        QWidget window;
        RunController run;
        DataSetOpener opener(&window, &run);
        QSignalSpy loaded(&opener, &DataSetOpener::loaded),
            messages(&opener, &DataSetOpener::message);
        QVERIFY(opener.Open(root));
        QVERIFY(messages.last().at(0).toString().startsWith("Opening"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.at(0).at(1).toString(), QString("pictures"));
        QCOMPARE(loaded.at(0).at(0).value<LoadedData>().train.ClassCount(), size_t(2));
        QCOMPARE(SettingsStore().LastDataSet(), root);
    }

    void oneLoadAtATime() {
        // The first load waits in its progress callback until the second was refused.
        QSemaphore refused;
        LoadOptions held;
        held.progress = [&refused, first = std::make_shared<bool>(true)](qint64, qint64) {
            if (std::exchange(*first, false)) refused.acquire();
        };
        QWidget window;
        RunController run;
        DataSetOpener opener(&window, &run);
        // Released before the opener joins the load, also when a check fails.
        const auto unblock = qScopeGuard([&refused] { refused.release(); });
        QSignalSpy loaded(&opener, &DataSetOpener::loaded),
            messages(&opener, &DataSetOpener::message);
        QVERIFY(opener.Open("builtin:shapes", held));
        QVERIFY(!opener.Open("builtin:shapes"));
        QCOMPARE(messages.last().at(0).toString(),
                 QString("Another data set is still loading: wait for it or cancel it"));
        QCOMPARE(messages.last().at(1).toBool(), true);
        refused.release();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.size(), 1);
    }

    void aBuiltInSetIsNotRemembered() {
        QWidget window;
        RunController run;
        DataSetOpener opener(&window, &run);
        QSignalSpy loaded(&opener, &DataSetOpener::loaded);
        QVERIFY(opener.Open("builtin:shapes"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.at(0).at(1).toString(), QString("builtin:shapes"));
        QCOMPARE(SettingsStore().LastDataSet(), QString());
    }

    void aFailureSaysWhy() {
        QWidget window;
        RunController run;
        DataSetOpener opener(&window, &run);
        QSignalSpy loaded(&opener, &DataSetOpener::loaded), failed(&opener, &DataSetOpener::failed);
        QVERIFY(opener.Open(m_dir.filePath("nowhere")));
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.at(0).at(0).toString().contains("nowhere"));
        QCOMPARE(loaded.size(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDataSetOpener)
#include "tst_datasetopener.moc"
