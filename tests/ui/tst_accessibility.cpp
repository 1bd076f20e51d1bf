// The window through a screen reader's eyes, and beyond colour: every focusable widget, dock and
// view has an accessible name (in English and in Chinese); each test image says what it is, what
// the network predicts and whether that is right; the confusion matrix's cells and the cost chart
// say theirs in words; right and wrong carry ✓ and ✗ besides their colours; View ▸ Colour-blind-
// safe colours switches to blue and orange, is remembered, and keeps every cell's text readable.
#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>
#include <cmath>

#include "ColourScheme.h"
#include "ConceptsDialog.h"
#include "ConfusionMatrixModel.h"
#include "CostChartView.h"
#include "DataSetDialog.h"
#include "FocusStops.h"
#include "LanguageSwitcher.h"
#include "PredictionDelegate.h"
#include "PredictionDialog.h"
#include "PredictionGallery.h"
#include "PredictionModel.h"
#include "SettingsStore.h"
#include "WindowFixture.h"

using namespace layerlab;
using test::Describe;

namespace {

QString AccessibleText(QObject* object, QAccessible::Text which) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(which) : QString();
}

// A name a listener can use: some letter in it, not only "▲" or "0.0075".
bool Readable(const QString& name) {
    return std::any_of(name.begin(), name.end(), [](QChar c) { return c.isLetter(); });
}

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

class TestAccessibility : public QObject, public test::WindowFixture {
    Q_OBJECT

private slots:
    void init() { QVERIFY(OpenWindow()); }
    void cleanup() {
        CloseWindow();
        LanguageSwitcher::Apply({});
        ColourScheme::SetColourBlindSafe(false);
    }

    void everyFocusableWidgetHasAName() {
        CheckNames();
        LanguageSwitcher::Apply("zh_CN");
        QTRY_COMPARE(Find<QDockWidget>("networkDock")->windowTitle(), QStringLiteral("网络"));
        CheckNames();
    }

    void dialogsAreNamedToo() {
        Step();
        auto* gallery = Find<PredictionGallery>("predictionGallery");
        for (const QString& language : {QString(), QStringLiteral("zh_CN")}) {
            LanguageSwitcher::Apply(language);
            DataSetDialog dataSets;
            ConceptsDialog concepts;
            PredictionDialog picture(gallery->Model()->index(0, 0), {"dark", "bright"});
            for (QDialog* d : {static_cast<QDialog*>(&dataSets), static_cast<QDialog*>(&concepts),
                               static_cast<QDialog*>(&picture)}) {
                d->show();
                QVERIFY(QTest::qWaitForWindowExposed(d));
                CheckNames(d);
                d->hide();
            }
        }
    }

    void docksAndViewsAreNamedAndDescribed() {
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
            QVERIFY2(Readable(AccessibleText(dock, QAccessible::Name)), qPrintable(Describe(dock)));
            // Qt's dock interface says only the title: what the panel holds is its content's.
            QVERIFY2(Readable(AccessibleText(dock->widget(), QAccessible::Name)),
                     qPrintable(Describe(dock)));
            QVERIFY2(!AccessibleText(dock->widget(), QAccessible::Description).isEmpty(),
                     qPrintable(Describe(dock)));
        }
        for (QAbstractItemView* view : m_window->findChildren<QAbstractItemView*>()) {
            // A combo box's popup, a table's headers: parts of another control.
            if (view->window() != m_window.get() || qobject_cast<QHeaderView*>(view)) continue;
            QVERIFY2(Readable(AccessibleText(view, QAccessible::Name)), qPrintable(Describe(view)));
            QVERIFY2(!AccessibleText(view, QAccessible::Description).isEmpty(),
                     qPrintable(Describe(view)));
        }
    }

    void galleryItemsSayWhatTheyShow() {
        auto* view = Find<QAbstractItemView>("galleryView");
        // Test image 0 is a dark one (the fixture alternates dark and bright).
        QCOMPARE(ItemText(view, 0), QStringLiteral("Test image 0: dark, not predicted yet"));
        Step();
        const QString text = ItemText(view, 0);
        const QRegularExpression form(QStringLiteral(
            "^Test image 0: dark, predicted (dark|bright), (\\d+) %, (right|wrong)$"));
        const QRegularExpressionMatch m = form.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        const bool right = m.captured(1) == QLatin1String("dark");
        QCOMPARE(m.captured(3), right ? QStringLiteral("right") : QStringLiteral("wrong"));
        // Under the picture, a mark as well as a colour.
        const QModelIndex first = view->model()->index(0, 0);
        const QString label = PredictionDelegate::Label(first);
        QVERIFY2(label.startsWith(right ? QStringLiteral("✓ ") : QStringLiteral("✗ ")),
                 qPrintable(label));
        QVERIFY(label.endsWith(m.captured(2) + '%'));
        // Somewhere both kinds show, with their own marks.
        const PredictionModel* model = Find<PredictionGallery>("predictionGallery")->Model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row);
            const bool ok = i.data(PredictionModel::CorrectRole).toInt() == 1;
            QCOMPARE(PredictionDelegate::Label(i).left(1),
                     ok ? QStringLiteral("✓") : QStringLiteral("✗"));
        }
    }

    void confusionCellsAndTheChartSayTheirsInWords() {
        auto* chart = Find<QChartView>("costChart");
        QVERIFY2(AccessibleText(chart, QAccessible::Description).startsWith("No run yet"),
                 qPrintable(AccessibleText(chart, QAccessible::Description)));
        Step();
        const QString summary = AccessibleText(chart, QAccessible::Description);
        QVERIFY2(summary.startsWith("Iteration 1: train cost 0.") &&
                     summary.contains(", test cost ") && summary.contains(", train accuracy ") &&
                     summary.contains(", test accuracy "),
                 qPrintable(summary));
        QVERIFY(summary.startsWith(Find<CostChartView>("costChartView")->Summary()));

        const QAbstractItemModel* cells = Find<QAbstractItemView>("confusionTable")->model();
        QVERIFY(cells->index(0, 0).data(Qt::AccessibleTextRole).toString().endsWith(", right"));
        QVERIFY(cells->index(0, 1).data(Qt::AccessibleTextRole).toString().endsWith(", wrong"));
        QVERIFY2(cells->index(1, 1)
                     .data(Qt::AccessibleTextRole)
                     .toString()
                     .startsWith("Actual bright, predicted bright: "),
                 qPrintable(cells->index(1, 1).data(Qt::AccessibleTextRole).toString()));
        // The diagonal is bold: right cells are told by more than their colour.
        QVERIFY(cells->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!cells->index(0, 1).data(Qt::FontRole).value<QFont>().bold());
    }

    void colourBlindSafeColoursAreRemembered() {
        auto* chart = Find<QChartView>("costChart");
        const auto trainPen = [&] {
            return static_cast<QLineSeries*>(chart->chart()->series().first())->pen().color();
        };
        QCOMPARE(trainPen(), QColor("#1565c0"));
        QAction* safe = m_window->findChild<QAction*>("actionColourBlindSafe");
        QVERIFY(safe && safe->isCheckable() && !safe->isChecked());
        safe->trigger();
        QVERIFY(ColourScheme::ColourBlindSafe());
        QVERIFY(SettingsStore().ColourBlindSafe());
        QCOMPARE(ColourScheme::Right(), QColor("#0072b2"));
        QCOMPARE(trainPen(), QColor("#0072b2"));

        // A window opened later starts with them.
        CloseWindow();
        ColourScheme::SetColourBlindSafe(false);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->findChild<QAction*>("actionColourBlindSafe")->isChecked());
        QVERIFY(ColourScheme::ColourBlindSafe());
    }

    void rightAndWrongReadAsText() {
        // The captions and verdicts' colours on every light background the window uses: the
        // style's window and base, and presentation mode's white.
        const QPalette palette = QApplication::palette();
        for (bool safe : {false, true}) {
            ColourScheme::SetColourBlindSafe(safe);
            for (const QColor& text : {ColourScheme::RightText(), ColourScheme::WrongText(),
                                       ColourScheme::CautionText()})
                for (const QColor& back : {palette.color(QPalette::Window),
                                           palette.color(QPalette::Base), QColor(Qt::white)})
                    QVERIFY2(Contrast(text, back) >= 4.5,
                             qPrintable(QStringLiteral("%1 on %2, safe %3: %4")
                                            .arg(text.name(), back.name())
                                            .arg(safe)
                                            .arg(Contrast(text, back))));
        }
    }

    void everyLabelAndButtonReadsAt4_5To1() {
        CheckTextContrast();  // before a run, with the editor enabled
        Step();
        CheckTextContrast();
        m_window->findChild<QAction*>("actionPresentationMode")->trigger();
        QTRY_VERIFY(m_window->isFullScreen());
        CheckTextContrast();
        m_window->findChild<QAction*>("actionPresentationMode")->trigger();
        QTRY_VERIFY(!m_window->isFullScreen());
    }

    void confusionCellTextStaysReadable() {
        // Every share of a row, in both schemes: 4.5:1 or better between a cell and its text.
        for (bool safe : {false, true}) {
            ColourScheme::SetColourBlindSafe(safe);
            for (int right = 0; right <= 20; ++right) {
                ConfusionMatrixModel model;
                model.SetClassNames({"a", "b"});
                QVector<int> predicted, actual(20, 0);
                for (int i = 0; i < 20; ++i) predicted << (i < right ? 0 : 1);
                model.SetResults(predicted, actual);
                for (int column : {0, 1}) {
                    const QModelIndex cell = model.index(0, column);
                    const QColor back = cell.data(Qt::BackgroundRole).value<QBrush>().color();
                    const QColor text = cell.data(Qt::ForegroundRole).value<QBrush>().color();
                    QVERIFY2(Contrast(back, text) >= 4.5,
                             qPrintable(QStringLiteral("%1 right of 20, column %2, safe %3: %4")
                                            .arg(right)
                                            .arg(column)
                                            .arg(safe)
                                            .arg(Contrast(back, text))));
                }
            }
        }
    }

private:
    // The accessible name of item row of an item view, as a screen reader reads it.
    static QString ItemText(QAbstractItemView* view, int row) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view);
        if (!iface) return {};
        const QString name = view->model()->index(row, 0).data(Qt::AccessibleTextRole).toString();
        for (int i = 0; i < iface->childCount(); ++i)
            if (QAccessibleInterface* child = iface->child(i);
                child && child->text(QAccessible::Name) == name)
                return name;
        return QStringLiteral("(no accessible child named “%1”)").arg(name);
    }

    // Every visible, enabled label and button of the window: its text colour (the palette's, or
    // one a style sheet or rich text sets) against the background it is drawn on. Disabled
    // controls are exempt, as WCAG exempts inactive ones.
    void CheckTextContrast() {
        static const QRegularExpression colour(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
        QStringList low;
        int checked = 0;
        const auto check = [&](QWidget* w, QPalette::ColorRole text, QPalette::ColorRole back,
                               const QString& extra) {
            QList<QColor> colours{w->palette().color(text)};
            for (auto m = colour.globalMatch(w->styleSheet() + extra); m.hasNext();)
                colours << QColor(m.next().captured(1));
            const QColor background = w->palette().color(back);
            ++checked;
            for (const QColor& c : colours)
                if (Contrast(c, background) < 4.5)
                    low << QStringLiteral("%1: %2 on %3 (%4:1)")
                               .arg(w->objectName().isEmpty() ? w->metaObject()->className()
                                                              : w->objectName(),
                                    c.name(), background.name())
                               .arg(Contrast(c, background), 0, 'f', 2);
        };
        for (QLabel* l : m_window->findChildren<QLabel*>())
            if (l->isVisible() && l->isEnabled() && !l->text().isEmpty())
                check(l, l->foregroundRole(), QPalette::Window, l->text());
        for (QAbstractButton* b : m_window->findChildren<QAbstractButton*>())
            if (b->isVisible() && b->isEnabled() && !b->text().isEmpty())
                check(b, QPalette::ButtonText, QPalette::Button, {});
        // The chart's axis labels and titles on the chart's background (a gradient in Qt Charts'
        // light theme: every stop of it).
        QChart* chart = Find<QChartView>("costChart")->chart();
        const QBrush brush = chart->backgroundBrush();
        QList<QColor> backs;
        if (brush.gradient())
            for (const QGradientStop& stop : brush.gradient()->stops()) backs << stop.second;
        else
            backs << brush.color();
        QVERIFY(!backs.isEmpty());
        for (QAbstractAxis* axis : chart->axes())
            for (const QColor& c : {axis->labelsBrush().color(), axis->titleBrush().color()})
                for (const QColor& back : backs) {
                    ++checked;
                    if (Contrast(c, back) < 4.5)
                        low << QStringLiteral("axis %1: %2 on %3")
                                   .arg(axis->titleText(), c.name(), back.name());
                }
        QVERIFY2(checked > 20, qPrintable(QStringLiteral("only %1 texts checked").arg(checked)));
        QVERIFY2(low.isEmpty(), qPrintable(low.join('\n')));
    }

    void Step() {
        m_window->StepAction()->trigger();
        auto* gallery = Find<PredictionGallery>("predictionGallery");
        QTRY_VERIFY(gallery->Model()->HasPredictions());
        QTRY_VERIFY(!Find<CostChartView>("costChartView")->Summary().startsWith("No run"));
        // The chart's description follows at its next frame.
        QTRY_VERIFY(AccessibleText(Find<QChartView>("costChart"), QAccessible::Description)
                        .contains("test accuracy"));
    }

    // Every widget that can take the focus, shown now or not, has a name with a letter in it.
    void CheckNames() { CheckNames(m_window.get()); }
    // Every focusable widget of `window` (the main window or a dialog) has a readable name.
    void CheckNames(QWidget* window) {
        QStringList offenders;
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (w->window() != window || w->focusPolicy() == Qt::NoFocus || w->focusProxy())
                continue;
            // A dock tab bar is named by its current tab; QMainWindow keeps spare ones empty.
            if (auto* tabs = qobject_cast<QTabBar*>(w); tabs && tabs->count() == 0) continue;
            const QString name = AccessibleText(w, QAccessible::Name);
            if (!Readable(name)) offenders << Describe(w) + " “" + name + "”";
        }
        QVERIFY2(offenders.isEmpty(),
                 qPrintable("focusable without an accessible name:\n  " + offenders.join("\n  ")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
