// Inside the network in the real window: each view shows the weights and the followed example
// while training runs and follows each step; clicking a unit opens it in the glass box, choosing
// an image in the gallery follows that image, and the gradient check runs on the current weights.
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include "GradientCheckDialog.h"
#include "WindowFixture.h"
#include "inside/ExampleView.h"
#include "inside/HistogramWidget.h"
#include "inside/InsidePanel.h"
#include "inside/LayerHealthView.h"
#include "inside/NetworkDiagramView.h"
#include "inside/WeightPicturesView.h"
#include "inspect/NetworkInspector.h"
#include "training/TrainingSession.h"

using namespace layerlab;

class TestInsideViews : public QObject, public test::WindowFixture {
    Q_OBJECT

    InsidePanel* Inside() const { return m_window->Inside(); }
    // The inspection the views were handed last.
    InspectionPtr Latest() const { return Inside()->Current(); }
    // Steps once (F10) and waits for the inspection of the new weights.
    bool StepAndInspect() {
        const size_t before = Latest() ? Latest()->iteration : 0;
        m_window->StepAction()->trigger();
        return QTest::qWaitFor([&] {
            QCoreApplication::processEvents();
            return Latest() && Latest()->iteration > before;
        });
    }

private slots:
    void init() {
        QVERIFY(OpenWindow());
        m_window->findChild<QAction*>("actionLookInside")->trigger();
        QTRY_VERIFY(m_window->InsideDock()->isVisible());
    }
    void cleanup() { CloseWindow(); }

    void everyViewShowsAndFollowsTraining() {
        QVERIFY(StepAndInspect());
        const InspectionPtr first = Latest();
        QCOMPARE(first->iteration, size_t(1));
        // The diagram draws the editor's network with the inspection's weights.
        QTRY_COMPARE(Inside()->Diagram()->Spec().sizes, first->parameters->spec.sizes);
        QVERIFY(Inside()->Diagram()->UnitCentre(1, 0).x() > 0);

        Inside()->ShowPage(InsidePanel::WeightsPage);
        QTRY_VERIFY(Inside()->Weights()->isVisible());
        QVERIFY(Inside()->Weights()->ShowsUnitPictures());  // 4×4×3 pictures
        QCOMPARE(Inside()->Weights()->PictureCount(), int(first->parameters->spec.sizes[1]));
        Inside()->Weights()->SetLayer(2);
        QVERIFY(!Inside()->Weights()->ShowsUnitPictures());
        QCOMPARE(Inside()->Weights()->PictureCount(), 1);  // the heat map

        Inside()->ShowPage(InsidePanel::HealthPage);
        QTRY_VERIFY(Inside()->Health()->isVisible());
        const size_t L = first->parameters->L();
        QCOMPARE(Inside()->Health()->LayerRows(), int(L));
        QCOMPARE(Inside()->Health()->HistogramOf(1, 0)->Values().total,
                 arma::uword(first->parameters->W[1].n_elem));
        // A point for each inspected iteration (the fresh run's weights too, unless step 1's
        // came before they were inspected), the last one step 1's.
        const int points = int(first->ratios->iterations.size());
        QCOMPARE(first->ratios->iterations.back(), 1.0);
        QCOMPARE(Inside()->Health()->RatioPoints(1), points);

        Inside()->ShowPage(InsidePanel::ExamplePage);
        QTRY_VERIFY(Inside()->Example()->isVisible());
        QVERIFY(Inside()->Example()->Heading().contains("Test image 0"));
        QVERIFY(Inside()->Example()->ShowsMaps());
        QVERIFY(Inside()->Example()->GlassBoxText().contains("z = w\u00b7a + b"));

        // Another step: new weights reach the page on screen, the curves gain a point.
        QVERIFY(StepAndInspect());
        QVERIFY(Latest()->parameters != first->parameters);
        QVERIFY(Inside()->Example()->Heading().contains("iteration 2"));
        Inside()->ShowPage(InsidePanel::HealthPage);
        QTRY_COMPARE(Inside()->Health()->RatioPoints(1), points + 1);
    }

    void trainingAtFullSpeedKeepsTheViewsCurrent() {
        m_window->TrainAction()->trigger();
        const auto done = [&] {
            if (!m_window->Session()) return false;
            const TrainingState s = m_window->Session()->Latest().state;
            return s == TrainingState::Finished || IsEnded(s);
        };
        QVERIFY(QTest::qWaitFor(done, 60000));
        const size_t last = m_window->Session()->Latest().parametersIteration;
        // The finished run's own weights are inspected, whatever was skipped on the way.
        QTRY_VERIFY_WITH_TIMEOUT(Latest() && Latest()->iteration == last, 10000);
        QCOMPARE(Latest()->parameters, m_window->Session()->Latest().parameters);
    }

    void clickingAUnitOpensItInTheGlassBox() {
        QVERIFY(StepAndInspect());
        NetworkDiagramView* diagram = Inside()->Diagram();
        QSignalSpy clicked(diagram, &NetworkDiagramView::unitClicked);
        const QPointF at = diagram->UnitCentre(1, 2);
        QTest::mouseClick(diagram, Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(clicked.count(), 1);
        QTRY_VERIFY(Latest()->neuron && Latest()->neuron->layer == 1 &&
                    Latest()->neuron->unit == 2);
        Inside()->ShowPage(InsidePanel::ExamplePage);
        QTRY_VERIFY(Inside()->Example()->GlassBoxText().contains("W ← W − α·dW"));
        // By keyboard: Right moves to layer 2 (at the same row), Up twice to its first unit, Enter
        // opens it.
        Inside()->ShowPage(InsidePanel::DiagramPage);
        diagram->setFocus();
        QTest::keyClick(diagram, Qt::Key_Right);
        QTest::keyClick(diagram, Qt::Key_Up);
        QTest::keyClick(diagram, Qt::Key_Up);
        QTest::keyClick(diagram, Qt::Key_Return);
        QTRY_VERIFY(Latest()->neuron->layer == 2 && Latest()->neuron->unit == 0);
    }

    void choosingAGalleryImageFollowsIt() {
        QVERIFY(StepAndInspect());
        auto* gallery = m_window->findChild<QListView*>("galleryView");
        QVERIFY(gallery);
        gallery->setCurrentIndex(gallery->model()->index(5, 0));
        QTRY_COMPARE(Latest()->example.index, arma::uword(5));
        QCOMPARE(Latest()->example.source, ExampleChoice::Source::Test);
        QCOMPARE(Latest()->label, 1);  // BrightAndDark: odd examples are bright
        // The example view's pickers follow, and choosing a training image there follows it.
        auto* source = Inside()->Example()->findChild<QComboBox*>("exampleSource");
        auto* index = Inside()->Example()->findChild<QSpinBox*>("exampleIndex");
        QCOMPARE(index->value(), 5);
        source->setCurrentIndex(1);
        emit source->activated(1);
        QTRY_COMPARE(Latest()->example.source, ExampleChoice::Source::Train);
    }

    void theGradientCheckRunsOnTheCurrentWeights() {
        QVERIFY(StepAndInspect());
        m_window->findChild<QAction*>("actionCheckGradients")->trigger();
        GradientCheckDialog* dialog = m_window->GradientCheck();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QSignalSpy ended(dialog, &GradientCheckDialog::checkEnded);
        QVERIFY(ended.count() > 0 || ended.wait(30000));
        QVERIFY(!dialog->IsRunning());
        auto* verdict = dialog->findChild<QLabel*>("gradientCheckVerdict");
        QVERIFY(verdict);
        QVERIFY2(verdict->text().contains("Good"), qPrintable(verdict->text()));
    }
};

QTEST_MAIN(TestInsideViews)
#include "tst_insideviews.moc"
