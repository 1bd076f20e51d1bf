// The Runs panel in the real window: every run lands in it, its columns are only the settings
// that differ, ticked runs are overlaid on the chart under names that say what differs, notes
// are saved, the filter and sorting work, Re-run puts a run's settings back and trains the same
// curve, and Branch trains on from a run's final weights.
#include <QAbstractItemModel>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include "CostChartView.h"
#include "HyperparameterPanel.h"
#include "SettingsStore.h"
#include "WindowFixture.h"
#include "chart/ChartLegend.h"
#include "persistence/RunDatabase.h"
#include "runs/RunsPanel.h"
#include "runs/RunsTableModel.h"
#include "sweep/SweepDialog.h"
#include "training/TrainingSession.h"

using namespace layerlab;

class TestRunsPanel : public QObject, public test::WindowFixture {
    Q_OBJECT

    RunsPanel* Panel() const { return m_window->Runs(); }
    RunsTableModel* Model() const { return Panel()->Model(); }

    // Sets the learning rate and iterations as a user types them.
    void Set(const QString& lr, int iterations) {
        Type("learningRateEdit", lr);
        QTest::keyClick(Find<QLineEdit>("learningRateEdit"), Qt::Key_Return);
        Find<QSpinBox>("iterationsSpin")->setValue(iterations);
    }
    // F5, then waits for the run to finish and be listed as the count-th run.
    bool TrainAndList(int count) {
        m_window->TrainAction()->trigger();
        if (!QTest::qWaitFor(
                [&] {
                    return m_window->Session() &&
                           m_window->Session()->Latest().state == TrainingState::Finished;
                },
                30000))
            return false;
        return QTest::qWaitFor([&] { return Model()->rowCount() == count; }, 10000);
    }
    QString Header(int column) const {
        return Model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    int ColumnOf(const QString& header) const {
        for (int c = 0; c < Model()->columnCount(); ++c)
            if (Header(c) == header) return c;
        return -1;
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QString("runs%1.sqlite").arg(++m_count));
        qputenv("LAYERLAB_RUNS_DB", m_db.toUtf8());
        QVERIFY(OpenWindow());
        SettingsStore().SetAskBeforeDiscarding(false);
        m_window->findChild<QAction*>("actionShowRuns")->trigger();
        QTRY_VERIFY(Panel()->isVisible());
    }
    void cleanup() {
        CloseWindow();
        qunsetenv("LAYERLAB_RUNS_DB");
    }

    void runsAreListedWithOnlyWhatDiffers() {
        QCOMPARE(Model()->rowCount(), 0);
        Set("0.05", 30);
        QVERIFY(TrainAndList(1));
        QCOMPARE(Model()->SettingColumns(), QStringList());  // one run: nothing differs
        Set("0.2", 30);
        QVERIFY(TrainAndList(2));
        QCOMPARE(Model()->SettingColumns(), QStringList{"lr"});
        const int lr = ColumnOf("lr");
        QVERIFY(lr > 0);
        const RunRecord* first = Model()->RunAt(0);
        QCOMPARE(Model()->data(Model()->index(0, lr), Qt::DisplayRole).toString(), QString("0.05"));
        QCOMPARE(Model()->data(Model()->index(1, lr), Qt::DisplayRole).toString(), QString("0.2"));
        QCOMPARE(first->settings.value("iterations").toInteger(), qint64(30));
        Set("0.2", 40);
        QVERIFY(TrainAndList(3));
        QCOMPARE(Model()->SettingColumns(), (QStringList{"iterations", "lr"}));

        // Sorting by the test accuracy column, and the filter over every column.
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(Panel()->Table()->model());
        QVERIFY(proxy);
        Panel()->Table()->sortByColumn(ColumnOf("Test acc."), Qt::AscendingOrder);
        double previous = -2;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const double acc =
                proxy->data(proxy->index(r, ColumnOf("Test acc.")), RunsTableModel::kSortRole)
                    .toDouble();
            QVERIFY(acc >= previous);
            previous = acc;
        }
        test::TypeInto(Panel()->Filter(), "0.05");
        QCOMPARE(proxy->rowCount(), 1);
        Panel()->Filter()->clear();
        QCOMPARE(proxy->rowCount(), 3);
    }

    void tickedRunsAreOverlaidAndNamedByWhatDiffers() {
        Set("0.05", 30);
        QVERIFY(TrainAndList(1));
        Set("0.2", 60);
        QVERIFY(TrainAndList(2));
        auto* chart = m_window->findChild<CostChartView*>();
        QCOMPARE(chart->OverlayCount(), size_t(0));
        const qint64 a = Model()->RunAt(0)->id, b = Model()->RunAt(1)->id;
        QVERIFY(Model()->setData(Model()->index(0, RunsTableModel::Overlay), Qt::Checked,
                                 Qt::CheckStateRole));
        QVERIFY(Model()->setData(Model()->index(1, RunsTableModel::Overlay), Qt::Checked,
                                 Qt::CheckStateRole));
        QCOMPARE(chart->OverlayCount(), size_t(2));
        QStringList names;
        for (const ChartLegend::Entry& e : chart->findChild<ChartLegend*>()->Entries())
            names << e.name;
        QVERIFY2(names.contains(QString("run %1").arg(a)), qPrintable(names.join(" | ")));
        QVERIFY2(
            names.contains(QString::fromUtf8("run %1: iterations 30 → 60, lr 0.05 → 0.2").arg(b)),
            qPrintable(names.join(" | ")));
        QVERIFY(names.contains("dashed: their test accuracy"));
        QCOMPARE(Model()->Overlaid(), (QList<qint64>{a, b}));
        // By keyboard: Space on any cell of a row ticks or unticks its run.
        Panel()->SelectRun(a);
        Panel()->Table()->setCurrentIndex(
            Panel()->Table()->model()->index(Panel()->Table()->currentIndex().row(), 4));
        QTest::keyClick(Panel()->Table(), Qt::Key_Space);
        QCOMPARE(Model()->Overlaid(), (QList<qint64>{b}));
        QCOMPARE(chart->OverlayCount(), size_t(1));
        QTest::keyClick(Panel()->Table(), Qt::Key_Space);
        QCOMPARE(Model()->Overlaid(), (QList<qint64>{a, b}));
        m_window->findChild<QAction*>("actionClearOverlays")->trigger();
        QCOMPARE(chart->OverlayCount(), size_t(0));
    }

    void notesAreSavedInTheHistory() {
        Set("0.05", 20);
        QVERIFY(TrainAndList(1));
        const int note = Model()->columnCount() - 1;
        QCOMPARE(Header(note), QString("Note"));
        QVERIFY(Model()->setData(Model()->index(0, note), "too slow?", Qt::EditRole));
        const qint64 id = Model()->RunAt(0)->id;
        QTRY_COMPARE(RunDatabase(m_db).Get(id)->note, QString("too slow?"));
        QTRY_COMPARE(Model()->RunAt(0)->note, QString("too slow?"));  // reread, still there
    }

    void reRunTrainsTheSameCurve() {
        Set("0.05", 25);
        QVERIFY(TrainAndList(1));
        const qint64 first = Model()->RunAt(0)->id;
        Set("0.3", 10);  // the editor changes; re-run must put the run's own settings back
        Panel()->SelectRun(first);
        Find<QPushButton>("rerunButton")->click();
        QCOMPARE(Find<QLineEdit>("learningRateEdit")->text(), QString("0.05"));
        QCOMPARE(Find<QSpinBox>("iterationsSpin")->value(), 25);
        QVERIFY(TrainAndList(2));
        const RunRecord again = *RunDatabase(m_db).Get(Model()->RunAt(1)->id);
        QCOMPARE(again.costs, RunDatabase(m_db).Get(first)->costs);  // bit for bit
        QCOMPARE(again.settings, RunDatabase(m_db).Get(first)->settings);

        // Unticked, a new seed: the same settings otherwise, another start.
        Find<QCheckBox>("sameWeightsCheck")->setChecked(false);
        Panel()->SelectRun(first);
        Find<QPushButton>("rerunButton")->click();
        QVERIFY(Find<QSpinBox>("seedSpin")->value() !=
                int(again.settings.value("seed").toInteger()));
    }

    void branchTrainsOnFromTheFinalWeights() {
        Set("0.05", 30);
        QVERIFY(TrainAndList(1));
        const double ended = m_window->Session()->Latest().trainCost;
        const qint64 parent = Model()->RunAt(0)->id;
        Panel()->SelectRun(parent);
        QVERIFY(Find<QPushButton>("branchButton")->isEnabled());
        Find<QPushButton>("branchButton")->click();
        QTRY_COMPARE(m_window->Session()->Latest().trainCost, ended);
        Set("0.1", 15);
        QVERIFY(TrainAndList(2));
        const RunRecord child = *RunDatabase(m_db).Get(Model()->RunAt(1)->id);
        QCOMPARE(child.settings.value("branch-of").toInteger(), parent);
        QCOMPARE(child.costs.front(), ended);
        QCOMPARE(child.settings.value("lr").toDouble(), 0.1);
    }

    // Training ▸ Sweep opens the dialog on the window's data and settings; the runs it records
    // land in this panel, and its best run can be overlaid from it.
    void theSweepDialogFeedsThePanel() {
        Set("0.05", 20);
        m_window->findChild<QAction*>("actionSweep")->trigger();
        SweepDialog* sweep = m_window->Sweep();
        QVERIFY(sweep && sweep->isVisible());
        QCOMPARE(sweep->PlannedRuns(), 1);  // the editor's own run until axes are given
        sweep->Start();
        QVERIFY(QTest::qWaitFor([&] { return !sweep->IsRunning(); }, 30000));
        QTRY_COMPARE(Model()->rowCount(), 1);
        const qint64 best = sweep->BestRunId();
        QVERIFY(best > 0);
        QCOMPARE(Model()->RunAt(0)->id, best);
    }

    void aHistoryThatCannotBeReadSaysSoAndTheWindowTrains() {
        CloseWindow();
        QFile junk(m_db);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        QVERIFY(OpenWindow());
        SettingsStore().SetAskBeforeDiscarding(false);
        auto* status = Panel()->findChild<QLabel*>("runsStatus");
        QVERIFY2(status->text().contains("cannot be read"), qPrintable(status->text()));
        Set("0.05", 10);
        m_window->TrainAction()->trigger();
        QTRY_COMPARE(m_window->Session()->Latest().state, TrainingState::Finished);
        QTRY_VERIFY2(status->text().contains("Run history is off"), qPrintable(status->text()));
        QCOMPARE(Model()->rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;
};

QTEST_MAIN(TestRunsPanel)
#include "tst_runspanel.moc"
