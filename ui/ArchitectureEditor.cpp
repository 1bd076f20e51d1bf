#include "ArchitectureEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include "Concepts.h"
#include "EngineError.h"

namespace layerlab {
namespace {

// Beyond this a network no longer fits comfortably in memory next to its gradients and caches.
constexpr arma::uword kMaxParameters = 200'000'000;
constexpr arma::uword kMaxUnits = 100'000;

const Activation kHiddenActivations[] = {Activation::ReLU, Activation::LeakyReLU, Activation::Tanh,
                                         Activation::Sigmoid};

}  // namespace

QString ArchitectureEditor::ActivationName(Activation a) {
    switch (a) {
        case Activation::ReLU:
            return ArchitectureEditor::tr("ReLU");
        case Activation::LeakyReLU:
            return ArchitectureEditor::tr("Leaky ReLU");
        case Activation::Tanh:
            return ArchitectureEditor::tr("tanh");
        case Activation::Sigmoid:
            return ArchitectureEditor::tr("sigmoid");
        case Activation::Softmax:
            return ArchitectureEditor::tr("softmax");
    }
    return {};
}

namespace {

QString Count(arma::uword n) {
    return QLocale().toString(static_cast<qulonglong>(n));
}

}  // namespace

ArchitectureEditor::ArchitectureEditor(QWidget* parent) : QWidget(parent) {
    setObjectName("architectureEditor");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName("architectureScroll");
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Tab goes to the fields in it, and the scroll area follows.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_rows = new QWidget(scroll);
    m_rows->setObjectName("architectureRows");
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    scroll->setWidget(m_rows);
    layout->addWidget(scroll, 1);

    // The add button sits right under the output layer, where the eye is after reading the rows.
    m_add = new QToolButton(m_rows);
    m_add->setObjectName("addLayerButton");
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_add, &QToolButton::clicked, this, [this] { InsertHidden(m_spec.L()); });

    m_error = new QLabel(this);
    m_error->setObjectName("architectureError");
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor("#c62828"));  // 5:1 on the panel
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    m_count = new QLabel(this);
    m_count->setObjectName("parameterCount");
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    layout->addWidget(m_count);

    m_spec = NetworkSpec::WithDefaultActivations({0, 20, 7, 5, 1});
    RetranslateUi();
}

void ArchitectureEditor::RetranslateUi() {
    m_add->setText(tr("+ Add hidden layer"));
    m_add->setToolTip(tr("Insert a hidden layer before the output layer"));
    Concepts::Attach(m_add, "layers");
    Concepts::Attach(m_count, "parameters");
    Rebuild();  // the rows name their layers, shapes and activations
}

void ArchitectureEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

void ArchitectureEditor::SetData(arma::uword inputSize, size_t classCount,
                                 const std::array<arma::uword, 3>& shape) {
    const size_t before = m_classCount;
    m_classCount = classCount;
    m_shape = shape;
    NetworkSpec spec = m_spec;
    spec.sizes.front() = inputSize;
    // A softmax the user chose for two classes stays; one that many classes forced does not.
    const bool softmax = classCount > 2 || (before == 2 && classCount == 2 &&
                                            spec.OutputActivation() == Activation::Softmax);
    spec.sizes.back() = classCount > 2 || softmax ? classCount : 1;
    spec.activations.back() = softmax ? Activation::Softmax : Activation::Sigmoid;
    SetSpec(spec);
}

void ArchitectureEditor::SetSpec(const NetworkSpec& spec) {
    m_spec = spec;
    Rebuild();
    emit specChanged(m_spec);
}

QString ArchitectureEditor::HiddenLayersText() const {
    QStringList parts;
    for (size_t l = 1; l < m_spec.L(); ++l)
        parts << QStringLiteral("%1:%2")
                     .arg(m_spec.sizes[l])
                     .arg(QString::fromStdString(ToString(m_spec.activations[l - 1])));
    return parts.join(',');
}

void ArchitectureEditor::SetHiddenLayers(const QString& text) {
    NetworkSpec spec;
    spec.sizes.push_back(m_spec.sizes.front());
    for (const QString& part : text.split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qulonglong units = part.section(':', 0, 0).toULongLong(&ok);
        const auto activation = Parse<Activation>(part.section(':', 1, 1).toStdString());
        if (!ok || units == 0 || units > kMaxUnits || !activation ||
            *activation == Activation::Softmax)
            return;
        spec.sizes.push_back(units);
        spec.activations.push_back(*activation);
    }
    spec.sizes.push_back(m_spec.sizes.back());
    spec.activations.push_back(m_spec.OutputActivation());
    SetSpec(spec);
}

void ArchitectureEditor::Rebuild() {
    // The rows are made anew: a keyboard user keeps their place in the one made for the control
    // they were on (MoveHidden names the one it moved to), rather than losing the focus.
    QString focusName = m_focusAfterRebuild;
    m_focusAfterRebuild.clear();
    if (const QWidget* focus = QApplication::focusWidget();
        focusName.isEmpty() && focus && m_rows->isAncestorOf(focus))
        focusName = focus->objectName();
    while (QLayoutItem* item = m_rowsLayout->takeAt(0)) {
        // Out of the window now, deleted once the event loop is back: the rebuild runs inside a
        // row button's clicked(), and deleting the button there made its mouseReleaseEvent read
        // freed memory (valgrind, behind a rare crash of tst_mainwindow).
        if (QWidget* row = item->widget(); row && row != m_add) {
            row->hide();
            row->setParent(nullptr);
            row->deleteLater();
        }
        delete item;
    }
    m_rowWidgets = QVector<Row>(static_cast<qsizetype>(m_spec.sizes.size()));
    for (size_t l = 0; l < m_spec.sizes.size(); ++l) m_rowsLayout->addWidget(MakeRow(l));
    m_rowsLayout->addWidget(m_add, 0, Qt::AlignLeft);
    m_rowsLayout->addStretch(1);
    // New rows show m_spec itself: nothing is refused any more.
    const bool wasValid = Valid();
    m_refused.clear();
    m_error->hide();
    UpdateShapes();
    if (!focusName.isEmpty()) RestoreFocus(focusName);
    if (!wasValid) emit validityChanged(true);
}

void ArchitectureEditor::RestoreFocus(const QString& name) {
    // The same control; for a move button that can no longer move (top or bottom), the other
    // one; then the layer's units; then the add button.
    const QString layer = name.section('_', -1);
    QStringList candidates{name};
    if (name.startsWith(QLatin1String("layerUp_")))
        candidates << QStringLiteral("layerDown_%1").arg(layer);
    if (name.startsWith(QLatin1String("layerDown_")))
        candidates << QStringLiteral("layerUp_%1").arg(layer);
    candidates << QStringLiteral("layerUnits_%1").arg(layer) << m_add->objectName();
    for (const QString& candidate : candidates) {
        auto* w = m_rows->findChild<QWidget*>(candidate);
        if (w && w->isEnabled()) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

QWidget* ArchitectureEditor::MakeRow(size_t l) {
    const size_t L = m_spec.L();
    auto* frame = new QFrame(m_rows);
    frame->setObjectName(QStringLiteral("layerRow_%1").arg(l));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(frame);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    Row& row = m_rowWidgets[static_cast<qsizetype>(l)];

    auto* name = new QLabel(frame);
    name->setObjectName(QStringLiteral("layerName_%1").arg(l));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    name->setMinimumWidth(name->fontMetrics().horizontalAdvance(tr("Layer 00")));
    Concepts::Attach(name, "layers");
    grid->addWidget(name, 0, 0);

    if (l == 0) {
        name->setText(tr("Input"));
        auto* units = new QLabel(frame);
        units->setObjectName("inputUnits");
        units->setText(m_classCount == 0 ? tr("from the data set")
                                         : tr("%1 values (%2×%3×%4)")
                                               .arg(Count(m_spec.sizes[0]))
                                               .arg(m_shape[0])
                                               .arg(m_shape[1])
                                               .arg(m_shape[2]));
        units->setToolTip(tr("n[0]: one input per pixel value, fixed by the data set"));
        Concepts::Attach(units, "layers");
        grid->addWidget(units, 0, 1, 1, 4);
        return frame;
    }

    name->setText(l == L ? tr("Output") : tr("Layer %1").arg(l));
    if (l == L) {
        auto* units = new QLabel(Count(m_spec.sizes[l]), frame);
        units->setObjectName("outputUnits");
        units->setToolTip(tr("Fixed by the data set's classes"));
        Concepts::Attach(units, "output");
        grid->addWidget(units, 0, 1);
        row.activation = new QComboBox(frame);
        row.activation->setObjectName("outputActivation");
        row.activation->setToolTip(
            tr("Sigmoid: one unit saying how likely the second class is (the notebook's choice).\n"
               "Softmax: one unit per class, probabilities summing to 1."));
        if (m_classCount <= 2)
            row.activation->addItem(tr("sigmoid, 1 unit"), int(Activation::Sigmoid));
        row.activation->addItem(
            tr("softmax, %n unit(s)", nullptr, int(std::max<size_t>(m_classCount, 2))),
            int(Activation::Softmax));
        row.activation->setCurrentIndex(row.activation->findData(int(m_spec.OutputActivation())));
        row.activation->setAccessibleName(tr("Output layer activation"));
        Concepts::Attach(row.activation, "output");
        connect(row.activation, &QComboBox::activated, this, &ArchitectureEditor::OutputChosen);
        grid->addWidget(row.activation, 0, 2, 1, 4);
    } else {
        row.units = new QLineEdit(QString::number(m_spec.sizes[l]), frame);
        row.units->setObjectName(QStringLiteral("layerUnits_%1").arg(l));
        row.units->setToolTip(tr("Units in layer %1 (n[%1])").arg(l));
        row.units->setMaximumWidth(row.units->fontMetrics().horizontalAdvance("0000000") + 16);
        row.units->setAccessibleName(tr("Units in layer %1").arg(l));
        Concepts::Attach(row.units, "layers");
        connect(row.units, &QLineEdit::textEdited, this,
                [this, l](const QString& text) { UnitsEdited(l, text); });
        grid->addWidget(row.units, 0, 1);

        row.activation = new QComboBox(frame);
        row.activation->setObjectName(QStringLiteral("layerActivation_%1").arg(l));
        row.activation->setToolTip(tr("Activation g[%1] of layer %1").arg(l));
        for (Activation a : kHiddenActivations) row.activation->addItem(ActivationName(a), int(a));
        row.activation->setCurrentIndex(row.activation->findData(int(m_spec.activations[l - 1])));
        row.activation->setAccessibleName(tr("Activation of layer %1").arg(l));
        Concepts::Attach(row.activation, "activation");
        connect(row.activation, &QComboBox::activated, this,
                [this, l](int index) { ActivationChosen(l, index); });
        grid->addWidget(row.activation, 0, 2);

        const auto button = [&](const QString& id, const QString& text, const QString& tip,
                                const QString& accessible, bool enabled) {
            auto* b = new QToolButton(frame);
            b->setObjectName(QStringLiteral("%1_%2").arg(id).arg(l));
            b->setText(text);
            b->setToolTip(tip);
            b->setAccessibleName(accessible);  // not "black up-pointing triangle"
            Concepts::Attach(b, "layers");
            b->setEnabled(enabled);
            b->setAutoRaise(true);
            return b;
        };
        auto* up = button("layerUp", QStringLiteral("▲"), tr("Move this layer towards the input"),
                          tr("Move layer %1 towards the input").arg(l), l > 1);
        auto* down =
            button("layerDown", QStringLiteral("▼"), tr("Move this layer towards the output"),
                   tr("Move layer %1 towards the output").arg(l), l + 1 < L);
        auto* remove = button("layerRemove", QStringLiteral("✕"), tr("Remove this layer"),
                              tr("Remove layer %1").arg(l), true);
        connect(up, &QToolButton::clicked, this, [this, l] { MoveHidden(l, -1); });
        connect(down, &QToolButton::clicked, this, [this, l] { MoveHidden(l, +1); });
        connect(remove, &QToolButton::clicked, this, [this, l] { RemoveHidden(l); });
        grid->addWidget(up, 0, 3);
        grid->addWidget(down, 0, 4);
        grid->addWidget(remove, 0, 5);
    }
    row.shapes = new QLabel(frame);
    row.shapes->setObjectName(QStringLiteral("layerShapes_%1").arg(l));
    // The window's text colour, also while training disables the editor: palette(mid) was
    // 1.7:1 on the panel, unreadable on a projector. A palette, not a style sheet, so the label
    // still follows the window's font (presentation mode's larger one).
    QPalette shapesPalette = row.shapes->palette();
    shapesPalette.setColor(QPalette::Disabled, QPalette::WindowText,
                           shapesPalette.color(QPalette::Active, QPalette::WindowText));
    row.shapes->setPalette(shapesPalette);
    row.shapes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Concepts::Attach(row.shapes, "layers");
    grid->addWidget(row.shapes, 1, 1, 1, 5);
    grid->setColumnStretch(2, 1);
    return frame;
}

void ArchitectureEditor::UnitsEdited(size_t l, const QString& text) {
    bool ok = false;
    const qlonglong units = text.trimmed().toLongLong(&ok);
    if (!ok || units < 0) {
        Refuse(l,
               tr("layer %1: '%2' is not a whole number of units: type e.g. 20").arg(l).arg(text));
        return;
    }
    NetworkSpec spec = m_spec;
    spec.sizes[l] = static_cast<arma::uword>(units);
    try {
        spec.Validate();
    } catch (const EngineError& e) {
        Refuse(l, QString::fromStdString(e.what()));
        return;
    }
    if (spec.sizes[l] > kMaxUnits || spec.ParameterCount() > kMaxParameters) {
        Refuse(l, tr("layer %1 with %n unit(s) would give %2 parameters: keep the network under %3",
                     nullptr, int(std::min<arma::uword>(spec.sizes[l], INT_MAX)))
                      .arg(l)
                      .arg(Count(spec.ParameterCount()), Count(kMaxParameters)));
        return;
    }
    SetRefused(l, false);
    Accept(spec);
}

void ArchitectureEditor::Refuse(size_t l, const QString& reason) {
    SetRefused(l, true, reason);
}

void ArchitectureEditor::SetRefused(size_t l, bool refused, const QString& reason) {
    const bool wasValid = Valid();
    QLineEdit* units = m_rowWidgets[static_cast<qsizetype>(l)].units;
    if (refused) {
        m_refused.insert(l);
        units->setStyleSheet("border: 2px solid #c62828;");
        m_error->setText(reason);
        m_error->show();
    } else {
        m_refused.remove(l);
        units->setStyleSheet({});
        if (m_refused.isEmpty()) m_error->hide();
    }
    if (wasValid != Valid()) emit validityChanged(Valid());
}

QString ArchitectureEditor::Problem() const {
    return Valid() ? QString() : m_error->text();
}

void ArchitectureEditor::ActivationChosen(size_t l, int index) {
    NetworkSpec spec = m_spec;
    spec.activations[l - 1] = static_cast<Activation>(
        m_rowWidgets[static_cast<qsizetype>(l)].activation->itemData(index).toInt());
    Accept(spec);
}

void ArchitectureEditor::OutputChosen(int index) {
    NetworkSpec spec = m_spec;
    spec.activations.back() =
        static_cast<Activation>(m_rowWidgets.back().activation->itemData(index).toInt());
    spec.sizes.back() =
        spec.OutputActivation() == Activation::Softmax ? std::max<size_t>(m_classCount, 2) : 1;
    SetSpec(spec);
}

void ArchitectureEditor::InsertHidden(size_t at) {
    NetworkSpec spec = m_spec;
    const arma::uword units = at > 1 ? std::max<arma::uword>(spec.sizes[at - 1] / 2, 1) : 20;
    spec.sizes.insert(spec.sizes.begin() + static_cast<std::ptrdiff_t>(at), units);
    spec.activations.insert(spec.activations.begin() + static_cast<std::ptrdiff_t>(at - 1),
                            Activation::ReLU);
    SetSpec(spec);
}

void ArchitectureEditor::RemoveHidden(size_t l) {
    NetworkSpec spec = m_spec;
    spec.sizes.erase(spec.sizes.begin() + static_cast<std::ptrdiff_t>(l));
    spec.activations.erase(spec.activations.begin() + static_cast<std::ptrdiff_t>(l - 1));
    SetSpec(spec);
}

void ArchitectureEditor::MoveHidden(size_t l, int by) {
    const size_t other = l + by;
    if (other < 1 || other >= m_spec.L()) return;
    // The focus follows the layer it moves, so pressing ▲ again moves it on.
    if (const QWidget* focus = QApplication::focusWidget(); focus && m_rows->isAncestorOf(focus))
        m_focusAfterRebuild =
            QStringLiteral("%1_%2").arg(focus->objectName().section('_', 0, 0)).arg(other);
    NetworkSpec spec = m_spec;
    std::swap(spec.sizes[l], spec.sizes[other]);
    std::swap(spec.activations[l - 1], spec.activations[other - 1]);
    SetSpec(spec);
}

void ArchitectureEditor::Accept(const NetworkSpec& spec) {
    m_spec = spec;
    UpdateShapes();
    emit specChanged(m_spec);
}

void ArchitectureEditor::UpdateShapes() {
    for (size_t l = 1; l < m_spec.sizes.size(); ++l) {
        QLabel* shapes = m_rowWidgets[static_cast<qsizetype>(l)].shapes;
        if (!shapes) continue;
        shapes->setText(tr("W[%1]: %2 × %3    b[%1]: %2 × 1")
                            .arg(l)
                            .arg(m_spec.sizes[l])
                            .arg(m_classCount == 0 && l == 1
                                     ? QStringLiteral("n[0]")
                                     : QString::number(m_spec.sizes[l - 1])));
    }
    m_count->setText(m_classCount == 0 ? tr("Parameters: open a data set to size the input")
                                       : tr("Parameters: %1").arg(Count(m_spec.ParameterCount())));
    m_add->setEnabled(m_spec.L() < 20);
}

}  // namespace layerlab
