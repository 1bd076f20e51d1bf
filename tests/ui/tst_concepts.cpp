// "What is this number?": every concept has a paragraph in the course's terms with its formula,
// the controls carry theirs for What's this? and F1, F1 on a focused control opens Help ▸
// Concepts on it, the panel's search finds a concept by a word (in English in any language), and
// in 简体中文 the explanations are Chinese, their formulas kept.
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include "Concepts.h"
#include "ConceptsDialog.h"
#include "LanguageSwitcher.h"
#include "WindowFixture.h"

using namespace layerlab;

namespace {

bool HasChinese(const QString& text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

const QString kCost = QStringLiteral("J = −(1/m) Σ [y log a + (1−y) log(1−a)]");

}  // namespace

class TestConcepts : public QObject, public test::WindowFixture {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(OpenWindow());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() {
        CloseWindow();
        LanguageSwitcher::Apply({});
    }

    void everyConceptIsExplained() {
        const QStringList ids = Concepts::Ids();
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        for (const char* id : {"layers", "parameters", "cost", "accuracy", "learning-rate",
                               "iterations", "initialisation", "optimizer", "l2", "dropout",
                               "batch-size", "precision", "confusion-matrix"})
            QVERIFY2(ids.contains(id), id);
        for (const QString& id : ids) {
            QVERIFY2(!Concepts::Title(id).isEmpty(), qPrintable(id));
            QVERIFY2(Concepts::Text(id).size() > 150, qPrintable(id));  // a paragraph
            QVERIFY(Concepts::Html(id).contains(Concepts::Title(id).toHtmlEscaped()));
        }
        QVERIFY(Concepts::Text("cost").contains(kCost));
        QVERIFY(Concepts::Text("layers").contains("n[l] × n[l−1]"));
        QVERIFY(Concepts::Text("parameters").contains("Σ (n[l]·n[l−1] + n[l])"));
        QVERIFY(Concepts::Text("learning-rate").contains("W[l] := W[l] − α·dW[l]"));
        QVERIFY(Concepts::Title("nonsense").isEmpty() && !Concepts::Has("nonsense"));
    }

    void controlsCarryTheirConcepts() {
        Find<QToolButton>("optimisationToggle")->click();
        const std::pair<const char*, const char*> expected[] = {
            {"layerUnits_1", "layers"},
            {"layerShapes_2", "layers"},
            {"layerActivation_1", "activation"},
            {"outputActivation", "output"},
            {"parameterCount", "parameters"},
            {"learningRateEdit", "learning-rate"},
            {"learningRateSlider", "learning-rate"},
            {"iterationsSpin", "iterations"},
            {"initializerCombo", "initialisation"},
            {"seedSpin", "seed"},
            {"precisionCombo", "precision"},
            {"optimizerCombo", "optimizer"},
            {"beta2Spin", "optimizer"},
            {"batchSizeSpin", "batch-size"},
            {"epochsSpin", "epochs"},
            {"l2Spin", "l2"},
            {"decayRateSpin", "lr-decay"},
            {"patienceSpin", "early-stopping"},
            {"keepSpin1", "dropout"},
            {"costChart", "cost"},
            {"galleryView", "test-predictions"},
            {"confusionTable", "confusion-matrix"},
            {"statusAccuracy", "accuracy"},
            {"speedSlider", "speed"},
            {"predictionScroll", "your-pictures"}};
        for (const auto& [name, id] : expected) {
            QWidget* w = Find<QWidget>(name);
            QCOMPARE(Concepts::Of(w), QString(id));
            QCOMPARE(w->whatsThis(), Concepts::Html(id));
        }
        // A spin box's line edit (what has the focus) finds its spin box's concept.
        QCOMPARE(Concepts::Of(Find<QWidget>("l2Spin")->findChild<QLineEdit*>()), QString("l2"));
        // No widget names a concept that is not there; every concept but overfitting (which
        // no single control shows) has a control.
        QSet<QString> used;
        for (QWidget* w : m_window->findChildren<QWidget*>()) {
            const QString id = w->property("layerlabConcept").toString();
            if (id.isEmpty()) continue;
            QVERIFY2(Concepts::Has(id), qPrintable(w->objectName() + ": " + id));
            used << id;
        }
        for (const QString& id : Concepts::Ids())
            QVERIFY2(used.contains(id) || id == "overfitting", qPrintable(id));
    }

    void f1ExplainsTheFocusedControl() {
        Find<QDockWidget>("hyperparameterDock")->raise();
        auto* rate = Find<QLineEdit>("learningRateEdit");
        QTRY_VERIFY(rate->isVisible());
        rate->setFocus(Qt::TabFocusReason);
        QTest::keyClick(rate, Qt::Key_F1);
        QTRY_VERIFY(m_window->ConceptsPanel() && m_window->ConceptsPanel()->isVisible());
        QCOMPARE(m_window->ConceptsPanel()->CurrentConcept(), QStringLiteral("learning-rate"));
        QVERIFY(Text().contains("W[l] := W[l] − α·dW[l]"));
        QVERIFY(Text().startsWith(Concepts::Title("learning-rate")));
    }

    void conceptsPanelFindsAWord() {
        m_window->findChild<QAction*>("actionConcepts")->trigger();
        ConceptsDialog* panel = m_window->ConceptsPanel();
        QTRY_VERIFY(panel && panel->isVisible());
        QCOMPARE(panel->ShownConcepts(), Concepts::Ids());
        auto* filter = panel->findChild<QLineEdit*>("conceptFilter");
        filter->setFocus();
        QTest::keyClicks(filter, "dropout");
        QVERIFY(panel->ShownConcepts().contains("dropout"));
        QVERIFY(!panel->ShownConcepts().contains("precision"));
        QCOMPARE(panel->CurrentConcept(), QStringLiteral("dropout"));  // the title's match first
        QVERIFY(Text().contains("keep_prob"));
        // Up and Down in the search line pick another one (overfitting mentions dropout too).
        const QStringList shown = panel->ShownConcepts();
        const qsizetype at = shown.indexOf("dropout");
        QVERIFY(at > 0 && shown.contains("overfitting"));
        QTest::keyClick(filter, Qt::Key_Up);
        QCOMPARE(panel->CurrentConcept(), shown[at - 1]);
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(panel->CurrentConcept(), QStringLiteral("dropout"));
        panel->SetFilter("zzzz");
        QVERIFY(panel->ShownConcepts().isEmpty());
        QVERIFY(Text().contains("zzzz"));
    }

    void presentationModeReachesThePanel() {
        // Opened in presentation mode, and on after leaving it: the window's font either way.
        m_window->findChild<QAction*>("actionPresentationMode")->trigger();
        m_window->findChild<QAction*>("actionConcepts")->trigger();
        ConceptsDialog* panel = m_window->ConceptsPanel();
        QTRY_VERIFY(panel && panel->isVisible());
        QCOMPARE(panel->font().pointSizeF(), m_window->font().pointSizeF());
        const qreal large = panel->font().pointSizeF();
        m_window->findChild<QAction*>("actionPresentationMode")->trigger();
        QTRY_VERIFY(panel->font().pointSizeF() < large);
        QCOMPARE(panel->font().pointSizeF(), m_window->font().pointSizeF());
        // The list stays as wide as its longest title.
        auto* list = panel->findChild<QListWidget*>("conceptList");
        QVERIFY(list->minimumWidth() >= list->sizeHintForColumn(0));
    }

    void chineseExplanations() {
        LanguageSwitcher::Apply("zh_CN");
        for (const QString& id : Concepts::Ids()) {
            QVERIFY2(HasChinese(Concepts::Title(id)), qPrintable(id));
            QVERIFY2(HasChinese(Concepts::Text(id)), qPrintable(id));
        }
        QVERIFY(Concepts::Text("cost").contains(kCost));  // the formula as it is
        Find<QDockWidget>("hyperparameterDock")->raise();
        auto* rate = Find<QLineEdit>("learningRateEdit");
        QTRY_VERIFY(rate->isVisible());
        rate->setFocus(Qt::TabFocusReason);
        QTest::keyClick(rate, Qt::Key_F1);
        QTRY_VERIFY(m_window->ConceptsPanel() && m_window->ConceptsPanel()->isVisible());
        QVERIFY2(Text().startsWith(QStringLiteral("学习率")), qPrintable(Text()));
        QCOMPARE(m_window->ConceptsPanel()->windowTitle(), QStringLiteral("概念"));
        // An English word still finds its concept, and so does a Chinese one.
        m_window->ConceptsPanel()->SetFilter("dropout");
        QCOMPARE(m_window->ConceptsPanel()->CurrentConcept(), QStringLiteral("dropout"));
        QVERIFY(HasChinese(Text()));
        m_window->ConceptsPanel()->SetFilter(QStringLiteral("混淆矩阵"));
        QCOMPARE(m_window->ConceptsPanel()->CurrentConcept(), QStringLiteral("confusion-matrix"));
        // Live back to English.
        m_window->ConceptsPanel()->SetFilter({});
        LanguageSwitcher::Apply("en");
        QTRY_VERIFY(Text().startsWith("Confusion matrix"));
    }

private:
    QString Text() {
        ConceptsDialog* panel = m_window->ConceptsPanel();
        auto* text = panel ? panel->findChild<QTextBrowser*>("conceptText") : nullptr;
        return text ? text->toPlainText() : QString();
    }
};

QTEST_MAIN(TestConcepts)
#include "tst_concepts.moc"
