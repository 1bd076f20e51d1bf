// A lesson in the real window: Help ▸ Lessons opens a shipped one (its data set loads, its
// network and settings fill the editor, its locked controls are disabled and its hidden ones
// gone, its text shows above the chart); Close lesson gives every control back; Save lesson
// writes what the window holds and it opens again the same; a dropped lesson opens; a broken one
// is refused with the field and the reason.
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include "ArchitectureEditor.h"
#include "DropRouter.h"
#include "LessonPanel.h"
#include "NetworkPanel.h"
#include "SettingsStore.h"
#include "WindowFixture.h"
#include "lessons/LessonFile.h"
#include "training/TrainingSession.h"

using namespace layerlab;

class TestLessonWindow : public QObject, public test::WindowFixture {
    Q_OBJECT

    // Waits until the lesson's data set is in and the lesson applied.
    bool WaitForLesson(const QString& title) {
        return QTest::qWaitFor(
            [&] { return m_window->CurrentLesson() && m_window->CurrentLesson()->title == title; },
            20000);
    }
    QString Title(const QString& file) {
        return LessonFile::Read(QStringLiteral(":/lessons/") + file).title;
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        qputenv("LAYERLAB_RUNS_DB", m_dir.filePath("runs.sqlite").toUtf8());
        QVERIFY(OpenWindow());
        SettingsStore().SetAskBeforeDiscarding(false);
    }
    void cleanup() {
        CloseWindow();
        qunsetenv("LAYERLAB_RUNS_DB");
    }

    void helpLessonsOpensAShippedLesson() {
        auto* menu = m_window->findChild<QMenu*>("lessonsMenu");
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 6);
        QAction* dead = m_window->findChild<QAction*>("actionLesson_04-dead-relu");
        QVERIFY(dead);
        QVERIFY(dead->text().contains("Dead ReLUs"));
        dead->trigger();
        QVERIFY(WaitForLesson(Title("04-dead-relu.layerlab")));
        QCOMPARE(QString::fromStdString(m_window->Data()->train.source), QString("builtin:shapes"));
        auto* editor = Find<ArchitectureEditor>("architectureEditor");
        QCOMPARE(editor->Spec().sizes, (std::vector<arma::uword>{3072, 40, 30, 20, 10, 1}));
        QCOMPARE(Find<QLineEdit>("learningRateEdit")->text(), QString("0.02"));
        QCOMPARE(Find<QSpinBox>("iterationsSpin")->value(), 600);
        QCOMPARE(Find<QComboBox>("initializerCombo")->currentData().toInt(),
                 int(Initializer::Small));
        // Locked, hidden, and the text above the chart.
        QVERIFY(!editor->isEnabled());
        QVERIFY(editor->toolTip().contains("Locked by the lesson"));
        QVERIFY(Find<QToolButton>("optimisationToggle")->isHidden());
        QVERIFY(m_window->LessonText()->isVisible());
        QVERIFY(m_window->LessonText()->Text().contains("0.693"));
        // It trains what it says, and the lock survives the run's own enabling rules.
        m_window->TrainAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->Session()->Latest().state, TrainingState::Finished,
                                  180000);  // generous: a loaded machine slows the team's threads
        QVERIFY(std::abs(m_window->Session()->Latest().trainCost - std::log(2.0)) < 1e-3);
        QVERIFY(!editor->isEnabled());

        Find<QPushButton>("lessonCloseButton")->click();
        QVERIFY(!m_window->CurrentLesson());
        QVERIFY(editor->isEnabled());
        QVERIFY(!Find<QToolButton>("optimisationToggle")->isHidden());
        QVERIFY(m_window->LessonText()->isHidden());
    }

    void aSavedLessonOpensTheSame() {
        Type("learningRateEdit", "0.042");
        QTest::keyClick(Find<QLineEdit>("learningRateEdit"), Qt::Key_Return);
        Find<QSpinBox>("iterationsSpin")->setValue(77);
        const QString path = m_dir.filePath("mine.layerlab");
        QVERIFY(m_window->SaveLesson(path, "My lesson", "Try it."));
        const Lesson saved = LessonFile::Read(path);
        QCOMPARE(saved.title, QString("My lesson"));
        QCOMPARE(saved.data, QString("synthetic"));  // the fixture's data set, by its source
        QCOMPARE(saved.settings.value("lr").toDouble(), 0.042);
        QCOMPARE(saved.settings.value("iterations").toInteger(), qint64(77));
        // Opened by a drop, it fills the editor again (on the built-in set it names instead).
        Lesson onShapes = saved;
        onShapes.data = "builtin:shapes";
        onShapes.settings["layers"] = "3072,5,1";
        onShapes.settings.remove("activations");
        onShapes.settings.remove("dropout");
        LessonFile::Write(path, onShapes);
        Type("learningRateEdit", "0.5");
        QTest::keyClick(Find<QLineEdit>("learningRateEdit"), Qt::Key_Return);
        QMimeData drop;
        drop.setUrls({QUrl::fromLocalFile(path)});
        QCOMPARE(DropRouter::Decide(&drop).kind, DropRouter::Kind::Lesson);
        m_window->findChild<DropRouter*>("dropRouter")->Route(&drop);
        const bool opened = WaitForLesson("My lesson");
        if (auto* box = m_window->findChild<QMessageBox*>("errorMessage"); box && !opened)
            qWarning("%s", qPrintable(box->text()));
        QVERIFY(opened);
        QCOMPARE(Find<QLineEdit>("learningRateEdit")->text(), QString("0.042"));
        QCOMPARE(Find<ArchitectureEditor>("architectureEditor")->Spec().sizes,
                 (std::vector<arma::uword>{3072, 5, 1}));
    }

    void aBrokenLessonIsRefusedByField() {
        const QString path = m_dir.filePath("broken.layerlab");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"layerlab-lesson": 1, "title": "x", "data": "builtin:shapes",
                   "settings": {"layers": "3072,5,1", "lr": "fast"}})");
        f.close();
        QVERIFY(!m_window->OpenLesson(path));
        QTRY_VERIFY(m_window->findChild<QMessageBox*>("errorMessage"));
        const QString text = m_window->findChild<QMessageBox*>("errorMessage")->text();
        QVERIFY2(text.contains("broken.layerlab") && text.contains("\"lr\" is 'fast'"),
                 qPrintable(text));
        QVERIFY(!m_window->CurrentLesson());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLessonWindow)
#include "tst_lessonwindow.moc"
