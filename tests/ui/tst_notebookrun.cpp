// The window's own start on the course data is the notebook's run: fresh settings, the course
// folder opened, F5, and every one of the 2500 costs is the reference curve's to 1e-9, with no
// weights file: the Notebook initialiser with seed 1 draws NumPy's numbers. At learning rate 100
// the same start ends Diverged, saying why, and the chart marks where.
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QTest>
#include <fstream>

#include "WindowFixture.h"
#include "training/TrainingSession.h"

using namespace layerlab;

class TestNotebookRun : public QObject, public test::WindowFixture {
    Q_OBJECT

private slots:
    void cleanup() { CloseWindow(); }

    void defaultRunIsTheNotebooksCurve() {
        const QString folder = LAYERLAB_SHARED_DIR "/data/catvnoncat";
        if (!QFile::exists(folder + "/train_catvnoncat.h5"))
            QSKIP("../shared/data/catvnoncat is absent");
        std::ifstream reference((folder + "/reference_costs_f64.txt").toStdString());
        std::vector<double> expected;
        for (size_t i; reference >> i;) {
            double c;
            reference >> c;
            expected.push_back(c);
        }
        QCOMPARE(expected.size(), size_t(2500));

        QVERIFY(OpenWindow());
        QVERIFY(m_window->OpenDataSet(folder));
        m_window->TrainAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->History().Costs().size() == 2500, 120000);
        const QVector<QPointF>& costs = m_window->History().Costs();
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(costs[qsizetype(i)].x(), double(i));
            if (std::abs(costs[qsizetype(i)].y() - expected[i]) > 1e-9)
                QFAIL(qPrintable(QString("iteration %1: cost %2, the notebook's %3")
                                     .arg(i)
                                     .arg(costs[qsizetype(i)].y(), 0, 'g', 17)
                                     .arg(expected[i], 0, 'g', 17)));
        }
    }

    void rate100Diverges() {
        const QString folder = LAYERLAB_SHARED_DIR "/data/catvnoncat";
        if (!QFile::exists(folder + "/train_catvnoncat.h5"))
            QSKIP("../shared/data/catvnoncat is absent");
        QVERIFY(OpenWindow());
        QVERIFY(m_window->OpenDataSet(folder));
        Type("learningRateEdit", "100");
        m_window->TrainAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->Session()->State(), TrainingState::Diverged, 30000);
        const QString expected(
            "cost diverged at iteration 1: it grew from 0.772 to 14; the "
            "learning rate 100 is too large, try 1");
        QTRY_COMPARE(Find<QLabel>("statusMessage")->text(), expected);
        QCOMPARE(m_window->History().DivergedAt(), std::optional<double>(1.0));
        // The chart's marker stands at iteration 1 (drawn on the next frame).
        const auto marker = [this]() -> QLineSeries* {
            for (QAbstractSeries* s : Find<QChartView>("costChart")->chart()->series())
                if (s->name().startsWith("diverged at iteration"))
                    return static_cast<QLineSeries*>(s);
            return nullptr;
        };
        QTRY_VERIFY(marker() && marker()->count() == 2);
        QCOMPARE(marker()->name(), QString("diverged at iteration 1"));
        QCOMPARE(marker()->at(0).x(), 1.0);
    }
};

QTEST_MAIN(TestNotebookRun)
#include "tst_notebookrun.moc"
