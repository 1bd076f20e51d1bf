// The window's gradient check: Run fills one row per W[l] and b[l] with the engine's numbers,
// shows the overall difference and the verdict in words, says what was refused, and answers
// Enter and Esc.
#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "ColourScheme.h"
#include "GradientCheckDialog.h"
#include "GradientCheckSubject.h"

using namespace layerlab;

class TestGradientCheckDialog : public QObject {
    Q_OBJECT

    // What the dialog must show: the engine on the first 16 examples, 200 elements per tensor.
    static GradientCheckReport Expected() {
        const auto data = GradientCheckData();
        const DataSet first = data->train.Columns(arma::regspace<arma::uvec>(0, 15));
        GradientCheckOptions<double> options;
        options.samplePerTensor = 200;
        return GradientCheckLayers<double>(*GradientCheckNetwork(), first.Values<double>(),
                                           first.Targets<double>(1), options);
    }

    template <typename T>
    static T* Child(const QObject& parent, const char* name) {
        T* child = parent.findChild<T*>(name);
        if (!child) qWarning("no %s", name);
        return child;
    }

private slots:
    void runFillsTheTable() {
        GradientCheckDialog dialog;
        dialog.SetSubject(GradientCheckNetwork(), GradientCheckData());
        dialog.show();
        QSignalSpy ended(&dialog, &GradientCheckDialog::checkEnded);
        dialog.Run();
        QVERIFY(dialog.IsRunning());
        QVERIFY(Child<QProgressBar>(dialog, "gradientCheckBusy")->isVisible());
        QVERIFY(!Child<QPushButton>(dialog, "gradientCheckRun")->isEnabled());
        QVERIFY(ended.wait(30000));
        QVERIFY(!dialog.IsRunning());
        QVERIFY(!Child<QProgressBar>(dialog, "gradientCheckBusy")->isVisible());
        QVERIFY(Child<QPushButton>(dialog, "gradientCheckRun")->isEnabled());

        const GradientCheckReport expected = Expected();
        const auto* table = Child<QTableWidget>(dialog, "gradientCheckTable");
        QCOMPARE(table->rowCount(), 6);
        const QStringList tensors{"W[1]", "b[1]", "W[2]", "b[2]", "W[3]", "b[3]"};
        for (int row = 0; row < 6; ++row) {
            const GradientCheckLayer& layer = expected.layers[size_t(row / 2)];
            const GradientCheckPart& part = row % 2 == 0 ? layer.W : layer.b;
            QCOMPARE(table->item(row, 0)->text(), tensors[row]);
            QCOMPARE(table->item(row, 2)->text(),
                     QStringLiteral("%1 of %2").arg(part.checked).arg(part.total));
            QCOMPARE(table->item(row, 3)->data(Qt::UserRole).toDouble(), part.difference);
            QCOMPARE(table->item(row, 3)->text(), QString::number(part.difference, 'e', 2));
            QCOMPARE(table->item(row, 4)->text(), QString("✓ Good"));
        }
        QCOMPARE(table->item(0, 1)->text(), QString("6 × 48"));
        QCOMPARE(table->item(0, 2)->text(), QString("200 of 288"));  // W[1] is sampled

        QCOMPARE(Child<QLabel>(dialog, "gradientCheckOverall")->text(),
                 QString::number(expected.difference, 'e', 2));
        QVERIFY(Child<QLabel>(dialog, "gradientCheckFormula")
                    ->text()
                    .contains("‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂)"));
        const QLabel* verdict = Child<QLabel>(dialog, "gradientCheckVerdict");
        QCOMPARE(verdict->text(),
                 QString("✓ Good: below 10⁻⁷ — backpropagation agrees with central differences"));
        QVERIFY(verdict->styleSheet().contains(ColourScheme::RightText().name()));
        QVERIFY(Child<QLabel>(dialog, "gradientCheckStatus")
                    ->text()
                    .startsWith(QStringLiteral("Checked %1 of %2 parameters on the first 16 "
                                               "training examples")
                                    .arg(expected.checked)
                                    .arg(expected.total)));
    }

    void refusalIsShown() {
        GradientCheckDialog dialog;
        QSignalSpy ended(&dialog, &GradientCheckDialog::checkEnded);
        dialog.Run();  // nothing to check yet
        QVERIFY(ended.wait(30000));
        QVERIFY(Child<QLabel>(dialog, "gradientCheckStatus")
                    ->text()
                    .startsWith("there is no network or data set to check"));
        QCOMPARE(Child<QTableWidget>(dialog, "gradientCheckTable")->rowCount(), 0);
        QVERIFY(Child<QLabel>(dialog, "gradientCheckVerdict")->text().isEmpty());
    }

    void enterRunsEscCloses() {
        GradientCheckDialog dialog;
        dialog.SetSubject(GradientCheckNetwork(), GradientCheckData());
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        Child<QPushButton>(dialog, "gradientCheckClose")->setFocus();
        QSignalSpy ended(&dialog, &GradientCheckDialog::checkEnded);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(ended.wait(30000));
        QCOMPARE(Child<QTableWidget>(dialog, "gradientCheckTable")->rowCount(), 6);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
    }

    void namedAndFitsTheScreen() {
        GradientCheckDialog dialog;
        dialog.SetSubject(GradientCheckNetwork(), GradientCheckData());
        QSignalSpy ended(&dialog, &GradientCheckDialog::checkEnded);
        dialog.show();
        dialog.Run();
        QVERIFY(ended.wait(30000));
        QVERIFY(!dialog.accessibleName().isEmpty());
        for (const char* name :
             {"gradientCheckIntro", "gradientCheckRun", "gradientCheckBusy", "gradientCheckStatus",
              "gradientCheckTable", "gradientCheckFormula", "gradientCheckOverall",
              "gradientCheckVerdict", "gradientCheckClose"}) {
            const QWidget* widget = Child<QWidget>(dialog, name);
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        QVERIFY(dialog.frameGeometry().width() <= 1280);
        QVERIFY(dialog.frameGeometry().height() <= 720);
        QVERIFY(dialog.minimumSizeHint().width() <= 1280);
        QVERIFY(dialog.minimumSizeHint().height() <= 720);
    }
};

QTEST_MAIN(TestGradientCheckDialog)
#include "tst_gradientcheckdialog.moc"
