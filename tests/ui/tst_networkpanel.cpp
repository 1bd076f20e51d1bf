#include <QLabel>
#include <QTest>

#include "ArchitectureEditor.h"
#include "NetworkPanel.h"
#include "WindowFixture.h"

using namespace layerlab;

class TestNetworkPanel : public QObject {
    Q_OBJECT
private slots:
    void dataSetSizesTheNetworkAndSaysWhatItIs() {
        NetworkPanel panel;
        auto* summary = test::FindChild<QLabel>(&panel, "dataSummary");
        QCOMPARE(summary->text(), QString("No data set"));
        panel.SetDataSet("three <colours>", test::ColourClasses(3));
        const NetworkSpec spec = panel.Architecture()->Spec();
        QCOMPARE(spec.sizes.front(), arma::uword(48));
        QCOMPARE(spec.sizes.back(), arma::uword(3));
        const QString text = summary->text();
        QVERIFY2(text.contains("three &lt;colours&gt;"), qPrintable(text));  // escaped
        QVERIFY(text.contains("90 training · 30 test images · 4×4×3"));
        QVERIFY(text.contains("classes: class0, class1, class2"));
    }

    void aLoadersWarningsAreCut() {
        NetworkPanel panel;
        panel.ShowSummary("folder", "12 images\n2 classes", {"a.png", "b.png", "c.png", "d.png"});
        const QString text = test::FindChild<QLabel>(&panel, "dataSummary")->text();
        QVERIFY2(text.contains("12 images<br>2 classes"), qPrintable(text));
        QVERIFY(text.contains("c.png"));
        QVERIFY(!text.contains("d.png"));
        QVERIFY(text.contains("… and 1 more"));
    }

    void aSectionGoesUnderTheLayers() {
        NetworkPanel panel;
        auto* section = new QWidget;
        panel.AddSection(section);
        QCOMPARE(section->parentWidget(), &panel);
    }
};

QTEST_MAIN(TestNetworkPanel)
#include "tst_networkpanel.moc"
