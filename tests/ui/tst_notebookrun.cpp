// The window's own start on the course data is the notebook's run: fresh settings, the course
// folder opened, F5, and every one of the 2500 costs is the reference curve's to 1e-9, with no
// weights file: the Notebook initialiser with seed 1 draws NumPy's numbers.
#include <QAction>
#include <QFile>
#include <QTest>
#include <fstream>

#include "WindowFixture.h"

using namespace layerlab;

class TestNotebookRun : public QObject, public test::WindowFixture {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(UseOwnSettings("tst_notebookrun")); }
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
};

QTEST_MAIN(TestNotebookRun)
#include "tst_notebookrun.moc"
