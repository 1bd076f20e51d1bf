// The window's Sweep dialog: the form counts the runs as the command line's axes are typed and
// shows the plan's refusal; Start trains them on the window's data and records each; the table
// has a column per swept setting only, the scatter a point per run, and brushing the parallel
// coordinates filters the table; Cancel keeps what ended; the mnemonics do not clash.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "WindowFixture.h"
#include "persistence/RunDatabase.h"
#include "persistence/RunSettings.h"
#include "sweep/ParallelCoordinatesView.h"
#include "sweep/SweepDialog.h"
#include "sweep/SweepResultsModel.h"
#include "sweep/SweepRunFilter.h"

using namespace layerlab;

class TestSweepDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const DataSplit> m_data;
    int m_dbs = 0;

    // The window's settings as RunController::Settings() gives them: a 48-5-1 network at
    // lr 0.05, seed 3, 20 iterations.
    static QJsonObject WindowSettings() {
        TrainOptions o;
        o.learningRate = 0.05;
        o.seed = 3;
        QJsonObject s = RunSettings::Of(NetworkSpec::WithDefaultActivations({48, 5, 1}), o);
        s["init"] = "notebook";
        s["iterations"] = qint64(20);
        return s;
    }

    std::unique_ptr<SweepDialog> Dialog(QString* db) {
        *db = m_dir.filePath(QStringLiteral("runs%1.sqlite").arg(++m_dbs));
        auto dialog = std::make_unique<SweepDialog>();
        dialog->SetSubject(m_data, WindowSettings(), *db);
        dialog->show();
        return dialog;
    }

    template <typename T>
    static T* Child(const QObject& parent, const char* name) {
        T* child = parent.findChild<T*>(name);
        if (!child) qWarning("no %s", name);
        return child;
    }

    static void Set(const SweepDialog& dialog, const char* name, const QString& text) {
        Child<QLineEdit>(dialog, name)->setText(text);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_data = std::make_shared<const DataSplit>(test::BrightAndDark());
    }

    // Each axis starts at the window's one value: a sweep of 1 run, the window's own.
    void formStartsFromTheWindowsSettings() {
        QString db;
        const auto dialog = Dialog(&db);
        QCOMPARE(Child<QLineEdit>(*dialog, "sweepLr")->text(), QString("0.05"));
        QCOMPARE(Child<QLineEdit>(*dialog, "sweepHidden")->text(), QString("5"));
        QCOMPARE(Child<QLineEdit>(*dialog, "sweepOptimizers")->text(), QString("gd"));
        QCOMPARE(Child<QSpinBox>(*dialog, "sweepSeed")->value(), 3);
        QCOMPARE(Child<QSpinBox>(*dialog, "sweepBudget")->value(), 20);
        QCOMPARE(dialog->PlannedRuns(), 1);
        QCOMPARE(Child<QLabel>(*dialog, "sweepRunCount")->text(), QString("1 run"));
        QVERIFY(Child<QPushButton>(*dialog, "sweepStart")->isEnabled());
    }

    void sweepTrainsRecordsAndShowsTheRuns() {
        QString db;
        const auto dialog = Dialog(&db);
        Set(*dialog, "sweepLr", "0.01,0.1");
        Set(*dialog, "sweepHidden", "3|5");
        QCOMPARE(dialog->PlannedRuns(), 4);
        QCOMPARE(Child<QLabel>(*dialog, "sweepRunCount")->text(), QString("4 runs"));
        QSignalSpy ended(dialog.get(), &SweepDialog::sweepEnded);
        QSignalSpy recorded(dialog.get(), &SweepDialog::runRecorded);
        QTest::mouseClick(Child<QPushButton>(*dialog, "sweepStart"), Qt::LeftButton);
        QVERIFY(dialog->IsRunning());
        QVERIFY(!Child<QLineEdit>(*dialog, "sweepLr")->isEnabled());
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.first().first().toBool(), false);
        QVERIFY(!dialog->IsRunning());
        QCOMPARE(recorded.size(), 4);

        // The table: only the swept settings, then the results.
        const SweepResultsModel* results = dialog->Results();
        QCOMPARE(results->rowCount(), 4);
        QCOMPARE(results->Axes(), QStringList({"hidden", "lr"}));
        QCOMPARE(results->columnCount(), 8);
        QCOMPARE(results->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QString("Hidden layers"));
        QCOMPARE(results->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QString("Learning rate"));
        QCOMPARE(results->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QString("Test accuracy"));
        QCOMPARE(dialog->Table()->model()->rowCount(), 4);
        QCOMPARE(Child<QProgressBar>(*dialog, "sweepProgress")->text(), QString("4 of 4 runs"));
        QVERIFY(Child<QLabel>(*dialog, "sweepStatus")->text().startsWith("Finished"));

        // Recorded, each as the window's, with the sweep's settings.
        const RunDatabase history(db);
        const QList<RunRecord> runs = history.List();
        QCOMPARE(runs.size(), 4);
        QSet<QString> settings;
        for (const RunRecord& run : runs) {
            QCOMPARE(run.source, QString("window"));
            QCOMPARE(run.settings.value("iterations").toInteger(), 20);
            settings.insert(run.settings.value("layers").toString() + ' ' +
                            QString::number(run.settings.value("lr").toDouble()));
        }
        QCOMPARE(settings,
                 QSet<QString>({"48,3,1 0.01", "48,3,1 0.1", "48,5,1 0.01", "48,5,1 0.1"}));

        // The scatter: a point per run, against the learning rate.
        QCOMPARE(dialog->Scatter()->count(), 4);
        QCOMPARE(Child<QComboBox>(*dialog, "sweepScatterAxis")->currentData().toString(),
                 QString("lr"));

        // Brushing the learning rate's axis to 0.005-0.02 keeps the two runs at 0.01.
        ParallelCoordinatesView* parallel = dialog->Parallel();
        QCOMPARE(parallel->AxisCount(), 3);
        QCOMPARE(parallel->RunCount(), 4);
        parallel->SetBrush(1, 0.005, 0.02);
        QAbstractItemModel* table = dialog->Table()->model();
        QCOMPARE(table->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(table->index(row, 1).data().toString(), QString("0.01"));
        QVERIFY(Child<QLabel>(*dialog, "sweepBrushSummary")->text().startsWith("2 of 4 runs"));
        // Escape on the view clears the brush and shows every run again.
        dialog->Tabs()->setCurrentIndex(2);
        parallel->setFocus();
        QTest::keyClick(parallel, Qt::Key_Escape);
        QVERIFY(!parallel->HasBrush());
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(dialog->isVisible());  // the view took Escape: the dialog stays open

        // The best run is overlaid by id.
        QSignalSpy overlay(dialog.get(), &SweepDialog::overlayRequested);
        const qint64 best = dialog->BestRunId();
        QVERIFY(best > 0);
        QTest::mouseClick(Child<QPushButton>(*dialog, "sweepOverlayBest"), Qt::LeftButton);
        QCOMPARE(overlay.size(), 1);
        QCOMPARE(overlay.first().first().toLongLong(), best);
        const std::optional<RunRecord> bestRun = history.Get(best);
        QVERIFY(bestRun);
        for (const RunRecord& run : runs) QVERIFY(run.testAccuracy <= bestRun->testAccuracy);
    }

    void invalidAxisDisablesStartAndSaysWhy() {
        QString db;
        const auto dialog = Dialog(&db);
        Set(*dialog, "sweepLr", "0.1:0.01:log3");
        auto* start = Child<QPushButton>(*dialog, "sweepStart");
        auto* refusal = Child<QLabel>(*dialog, "sweepRefusal");
        QVERIFY(!start->isEnabled());
        QCOMPARE(dialog->PlannedRuns(), -1);
        QVERIFY(refusal->isVisible());
        QVERIFY2(refusal->text().contains("a range needs 0 < FROM < TO"),
                 qPrintable(refusal->text()));
        QCOMPARE(refusal->text(), dialog->Refusal());
        QVERIFY(!dialog->Start());
        Set(*dialog, "sweepLr", "0.001:0.1:log3");
        QCOMPARE(dialog->PlannedRuns(), 3);
        QVERIFY(start->isEnabled());
        QVERIFY(!refusal->isVisible());
        // A network the data cannot train (the runs' shapes are checked before any starts).
        Set(*dialog, "sweepHidden", "3|2000000000");
        QVERIFY(!start->isEnabled());
        QVERIFY2(dialog->Refusal().contains("run 4 (hidden=2000000000"),
                 qPrintable(dialog->Refusal()));
    }

    void cancelKeepsTheRunsThatEnded() {
        QString db;
        const auto dialog = Dialog(&db);
        Set(*dialog, "sweepLr", "0.001:0.1:log6");
        Set(*dialog, "sweepHidden", "3|4");
        Child<QSpinBox>(*dialog, "sweepBudget")->setValue(20000);
        QCOMPARE(dialog->PlannedRuns(), 12);
        QSignalSpy ended(dialog.get(), &SweepDialog::sweepEnded);
        connect(dialog.get(), &SweepDialog::runRecorded, dialog.get(), [&] {
            QTest::mouseClick(Child<QPushButton>(*dialog, "sweepCancel"), Qt::LeftButton);
        });
        QVERIFY(dialog->Start());
        QVERIFY(ended.wait(120000));
        QCOMPARE(ended.first().first().toBool(), true);
        const int ran = dialog->Results()->rowCount();
        QVERIFY(ran >= 1 && ran < 12);
        const RunDatabase history(db);
        QCOMPARE(history.List().size(), ran);
        for (const SweepRunner::Report& r : dialog->Results()->Reports()) QVERIFY(r.id > 0);
        const QString status = Child<QLabel>(*dialog, "sweepStatus")->text();
        QVERIFY2(status.contains("cancelled", Qt::CaseInsensitive), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("%1 of 12 runs ended").arg(ran)));
        QVERIFY(Child<QPushButton>(*dialog, "sweepStart")->isEnabled());
    }

    // Alt+letter reaches one control each; every control is named for screen readers.
    void mnemonicsDoNotClashAndEveryControlIsNamed() {
        QString db;
        const auto dialog = Dialog(&db);
        QStringList texts;
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            if (label->buddy()) texts << label->text();
        for (const QAbstractButton* button : dialog->findChildren<QAbstractButton*>())
            texts << button->text();
        const QTabWidget* tabs = dialog->Tabs();
        for (int i = 0; i < tabs->count(); ++i) texts << tabs->tabText(i);
        QHash<QChar, QString> keys;
        for (const QString& text : texts) {
            const qsizetype amp = text.indexOf('&');
            if (amp < 0 || amp + 1 >= text.size()) continue;
            const QChar key = text[amp + 1].toLower();
            QVERIFY2(!keys.contains(key), qPrintable(text + " and " + keys.value(key)));
            keys.insert(key, text);
        }
        QVERIFY(keys.size() >= 15);
        for (QWidget* w : dialog->findChildren<QWidget*>()) {
            if (w->objectName().isEmpty() || !w->objectName().startsWith("sweep")) continue;
            if (qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractButton*>(w) ||
                qobject_cast<QSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
                qobject_cast<QAbstractItemView*>(w) || qobject_cast<ParallelCoordinatesView*>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QVERIFY(!dialog->Parallel()->accessibleDescription().isEmpty());
        QVERIFY(dialog->width() <= 1280 && dialog->height() <= 720);
    }

    // With SWEEPUI_SHOTS set to a folder: a sweep's three tabs as PNGs, at 1280 × 720.
    void screenshots() {
        const QString folder = qEnvironmentVariable("SWEEPUI_SHOTS");
        if (folder.isEmpty()) QSKIP("set SWEEPUI_SHOTS to a folder to save screenshots");
        QDir().mkpath(folder);
        QString db;
        const auto dialog = Dialog(&db);
        dialog->resize(1280, 720);
        Set(*dialog, "sweepLr", "0.0003:0.3:log4");
        Set(*dialog, "sweepHidden", "3|8,4|16");
        Set(*dialog, "sweepOptimizers", "gd,adam");
        Child<QSpinBox>(*dialog, "sweepBudget")->setValue(40);
        QSignalSpy ended(dialog.get(), &SweepDialog::sweepEnded);
        QVERIFY(dialog->Start());
        QVERIFY(ended.wait(120000));
        const char* names[] = {"table", "scatter", "parallel"};
        for (int tab = 0; tab < 3; ++tab) {
            dialog->Tabs()->setCurrentIndex(tab);
            if (tab == 2) dialog->Parallel()->SetBrush(1, 0.002, 0.04);
            QTest::qWait(50);
            QVERIFY(dialog->grab().save(QStringLiteral("%1/sweep-%2.png").arg(folder, names[tab])));
        }
    }
};

QTEST_MAIN(TestSweepDialog)
#include "tst_sweepdialog.moc"
