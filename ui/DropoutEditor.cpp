#include "DropoutEditor.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

#include "Concepts.h"

namespace layerlab {

DropoutEditor::DropoutEditor(QWidget* parent) : QWidget(parent), m_form(new QFormLayout(this)) {
    setObjectName("dropoutEditor");
    m_form->setObjectName("dropoutForm");
}

void DropoutEditor::RetranslateUi() {
    const QSignalBlocker quiet(this);  // the same probabilities: nothing changed
    SetLayerSizes(m_sizes);
}

void DropoutEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

void DropoutEditor::SetLayerSizes(const std::vector<arma::uword>& sizes) {
    m_sizes = sizes;
    std::vector<double> keep;
    for (QDoubleSpinBox* box : m_boxes) keep.push_back(box->value());
    while (m_form->rowCount() > 0) m_form->removeRow(0);
    m_boxes.clear();
    const size_t hidden = sizes.size() > 2 ? sizes.size() - 2 : 0;
    for (size_t l = 1; l <= hidden; ++l) {
        auto* box = new QDoubleSpinBox(this);
        box->setObjectName(QStringLiteral("keepSpin%1").arg(l));
        box->setRange(0.05, 1.0);
        box->setDecimals(2);
        box->setSingleStep(0.05);
        box->setValue(l - 1 < keep.size() ? keep[l - 1] : 1.0);
        box->setToolTip(
            tr("Keep probability of hidden layer %1: while training, each unit stays on "
               "with this chance and is switched off otherwise (1 = no dropout).")
                .arg(l));
        auto* label =
            new QLabel(tr("Layer %1 (%n unit(s)) keep", nullptr, int(sizes[l])).arg(l), this);
        label->setObjectName(QStringLiteral("keepLabel%1").arg(l));
        label->setBuddy(box);
        box->setAccessibleName(tr("Keep probability of hidden layer %1").arg(l));
        Concepts::Attach(box, "dropout");
        Concepts::Attach(label, "dropout");
        m_form->addRow(label, box);
        m_boxes.append(box);
        connect(box, &QDoubleSpinBox::valueChanged, this, &DropoutEditor::changed);
    }
}

std::vector<double> DropoutEditor::KeepProbabilities() const {
    std::vector<double> keep;
    bool anyDrop = false;
    for (QDoubleSpinBox* box : m_boxes) {
        keep.push_back(box->value());
        anyDrop = anyDrop || box->value() < 1.0;
    }
    if (!anyDrop) return {};
    keep.push_back(1.0);  // the output layer
    return keep;
}

void DropoutEditor::SetKeepProbabilities(const std::vector<double>& keep) {
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const QSignalBlocker blocker(m_boxes[i]);
        m_boxes[i]->setValue(size_t(i) < keep.size() ? keep[i] : 1.0);
    }
    emit changed();
}

}  // namespace layerlab
