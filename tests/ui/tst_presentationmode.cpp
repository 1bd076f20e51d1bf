// The classroom layout: on a short screen the side panels are tabs, every panel can be hidden
// from the View menu, and presentation mode (F11) enlarges the text, thickens the chart's
// lines, uses a high-contrast palette and puts the secondary panels away, all undone on leaving.
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>
#include <QToolBar>
#include <cmath>

#include "ColourScheme.h"
#include "CostChartView.h"
#include "DockLayout.h"
#include "PredictionDelegate.h"
#include "PredictionGallery.h"
#include "PredictionModel.h"
#include "PresentationMode.h"
#include "WindowFixture.h"

using namespace layerlab;

namespace {

// WCAG 2's relative luminance and contrast ratio.
double Luminance(const QColor& c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double Contrast(const QColor& a, const QColor& b) {
    const double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

class TestPresentationMode : public QObject, public test::WindowFixture {
    Q_OBJECT

private slots:
    void init() { QVERIFY(OpenWindow()); }
    void cleanup() { CloseWindow(); }

    void highContrastPaletteReadsFromTheBack() {
        const QPalette p = PresentationMode::HighContrastPalette();
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase}};
        for (const auto& [text, back] : pairs)
            QVERIFY2(Contrast(p.color(text), p.color(back)) >= 7.0,
                     qPrintable(QString::number(text)));
        QVERIFY(Contrast(p.color(QPalette::Disabled, QPalette::WindowText),
                         p.color(QPalette::Disabled, QPalette::Window)) >= 4.5);
    }

    void shortScreensTabTheSidePanels() {
        // The offscreen platform's screen is 800×600: a short one.
        auto* layout = m_window->findChild<DockLayout*>("dockLayout");
        QVERIFY(layout);
        QVERIFY(layout->Tabbed());
        auto* network = Find<QDockWidget>("networkDock");
        const QList<QDockWidget*> withNetwork = m_window->tabifiedDockWidgets(network);
        QVERIFY(withNetwork.contains(Find<QDockWidget>("hyperparameterDock")));
        const QList<QDockWidget*> withGallery =
            m_window->tabifiedDockWidgets(Find<QDockWidget>("galleryDock"));
        QVERIFY(withGallery.contains(Find<QDockWidget>("predictionsDock")));
        QVERIFY(withGallery.contains(Find<QDockWidget>("confusionDock")));
    }

    void dockTabsShowWholeNames() {
        // Short names in tabs, whole: elided, English read "Test pred…, Your pi…, Confusion …"
        // at 1280×720; and the chart stays wider than the column beside it.
        m_window->resize(1280, 690);
        QTRY_COMPARE(m_window->width(), 1280);
        m_window->findChild<DockLayout*>("dockLayout")->Arrange(2);
        QTRY_VERIFY(Find<QDockWidget>("galleryDock")->width() > 300);
        int bars = 0;
        for (QTabBar* bar : m_window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
            if (bar->count() == 0 || !bar->isVisible()) continue;
            ++bars;
            QCOMPARE(bar->elideMode(), Qt::ElideNone);
            for (int i = 0; i < bar->count(); ++i)
                QVERIFY2(bar->tabRect(i).right() < bar->width() &&
                             bar->tabRect(i).width() >
                                 bar->fontMetrics().horizontalAdvance(bar->tabText(i)),
                         qPrintable(bar->tabText(i)));
        }
        QCOMPARE(bars, 2);
        QVERIFY2(
            Find<QWidget>("costChartView")->width() > Find<QDockWidget>("galleryDock")->width(),
            qPrintable(QStringLiteral("chart %1, right column %2")
                           .arg(Find<QWidget>("costChartView")->width())
                           .arg(Find<QDockWidget>("galleryDock")->width())));
    }

    void viewMenuHidesAndShowsEveryPanel() {
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
            QAction* toggle = dock->toggleViewAction();
            QVERIFY2(toggle->isEnabled(), qPrintable(dock->objectName()));
            toggle->trigger();
            QVERIFY2(dock->isHidden(), qPrintable(dock->objectName()));
            toggle->trigger();
            QVERIFY2(!dock->isHidden(), qPrintable(dock->objectName()));
        }
    }

    void f11EntersAndLeaves() {
        const QFont before = m_window->font();
        const QColor text = m_window->palette().color(QPalette::WindowText);
        auto* chart = Find<CostChartView>("costChartView");
        auto* pictures = Find<QDockWidget>("predictionsDock");
        auto* confusion = Find<QDockWidget>("confusionDock");
        auto* gallery = Find<QDockWidget>("galleryDock");
        QCOMPARE(chart->LineScale(), 1.0);
        auto* toolBar = Find<QWidget>("speedControl")->parentWidget();
        auto* bar = qobject_cast<QToolBar*>(toolBar);
        QVERIFY(bar);
        const Qt::ToolButtonStyle buttons = bar->toolButtonStyle();

        QTest::keyClick(m_window.get(), Qt::Key_F11);
        auto* mode = m_window->findChild<PresentationMode*>("presentationMode");
        QVERIFY(mode && mode->IsOn());
        QVERIFY(m_window->findChild<QAction*>("actionPresentationMode")->isChecked());
        QCOMPARE(m_window->font().pointSizeF(), before.pointSizeF() * PresentationMode::kFontScale);
        QCOMPARE(m_window->palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(chart->LineScale(), 2.0);
        // The labels under the thumbnails grow with the text: no class name is elided.
        auto* view = gallery->findChild<QListView*>();
        auto* delegate = qobject_cast<PredictionDelegate*>(view->itemDelegate());
        QVERIFY(delegate);
        QFont bold = view->font();
        bold.setBold(true);
        for (const QString& name :
             Find<PredictionGallery>("predictionGallery")->Model()->ClassNames())
            QVERIFY2(
                delegate->LabelWidth() >= QFontMetrics(bold).horizontalAdvance(
                                              ColourScheme::WrongMark() + ' ' + name + " 100%"),
                qPrintable(name));
        QVERIFY(pictures->isHidden() && confusion->isHidden());
        QVERIFY(!gallery->isHidden());
        QCOMPARE(m_window->dockWidgetArea(gallery), Qt::BottomDockWidgetArea);
        // The speed slider stays on the toolbar, not in its overflow menu.
        QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QTRY_VERIFY(Find<QWidget>("speedControl")->isVisible());
        // Child widgets follow the window's font (a style sheet would have pinned them).
        QCOMPARE(Find<QWidget>("layerShapes_1")->font().pointSizeF(),
                 m_window->font().pointSizeF());

        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(!mode->IsOn());
        QCOMPARE(m_window->font().pointSizeF(), before.pointSizeF());
        QCOMPARE(m_window->palette().color(QPalette::WindowText), text);
        QCOMPARE(chart->LineScale(), 1.0);
        QVERIFY(!pictures->isHidden() && !confusion->isHidden());
        QCOMPARE(m_window->dockWidgetArea(gallery), Qt::RightDockWidgetArea);
        QCOMPARE(bar->toolButtonStyle(), buttons);
    }

    void theDataSummaryShrinksToItsName() {
        auto* summary = Find<QLabel>("dataSummary");
        const QString full = summary->text();
        QVERIFY2(full.contains("<br>"), qPrintable(full));  // name, counts, classes
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        // The name alone, so the larger text leaves the editor its layers; the rest on hover.
        QCOMPARE(summary->text(), full.section("<br>", 0, 0));
        QCOMPARE(summary->toolTip(), full);
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QCOMPARE(summary->text(), full);
        QVERIFY(summary->toolTip().isEmpty());
    }

    void viewMenuHasPresentationMode() {
        auto* view = m_window->menuBar()->findChild<QMenu*>("viewMenu");
        QVERIFY(view);
        QAction* a = m_window->findChild<QAction*>("actionPresentationMode");
        QVERIFY(view->actions().contains(a));
        QCOMPARE(a->shortcut(), QKeySequence(Qt::Key_F11));
        QVERIFY(a->isCheckable());
    }
};

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"
