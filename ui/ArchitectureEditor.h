#pragma once

#include <QSet>
#include <QString>
#include <QVector>
#include <QWidget>
#include <array>

#include "NetworkSpec.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace layerlab {

// The layers from input to output. Hidden layers can be added, removed and reordered, each with
// its units and activation; the input size follows the data set and the output its classes.
// Every layer shows its shapes in the course's notation and the network its parameter count.
// An entry that would make a bad network is refused inline with the reason. While any entry is
// refused the editor is not Valid(): the window then trains nothing, since Spec() (the last good
// network) is not what the editor shows.
class ArchitectureEditor : public QWidget {
    Q_OBJECT
public:
    explicit ArchitectureEditor(QWidget* parent = nullptr);
    // An activation's name as the window shows it ("ReLU", "sigmoid"), in the current language.
    static QString ActivationName(Activation a);

    // The data fixes n[0] and the output: one sigmoid unit for 2 classes (or 2 softmax units if
    // chosen), one softmax unit per class for more. Hidden layers are kept.
    void SetData(arma::uword inputSize, size_t classCount, const std::array<arma::uword, 3>& shape);
    // A whole network, e.g. from a loaded model.
    void SetSpec(const NetworkSpec& spec);
    NetworkSpec Spec() const { return m_spec; }
    // No entry refused: Spec() is what the editor shows.
    bool Valid() const { return m_refused.isEmpty(); }
    // Why it is not Valid() ("" when it is).
    QString Problem() const;

    // "20:relu,7:relu,5:relu", for settings; SetHiddenLayers ignores text it cannot read.
    QString HiddenLayersText() const;
    void SetHiddenLayers(const QString& text);

signals:
    void specChanged(const layerlab::NetworkSpec& spec);
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    struct Row {
        QLineEdit* units = nullptr;
        QComboBox* activation = nullptr;
        QLabel* shapes = nullptr;
    };
    void Rebuild();
    // Gives the focus to the rebuilt control named name, or the nearest one that can take it.
    void RestoreFocus(const QString& name);
    QWidget* MakeRow(size_t l);
    void UnitsEdited(size_t l, const QString& text);
    void ActivationChosen(size_t l, int index);
    void OutputChosen(int index);
    void InsertHidden(size_t at);
    void RemoveHidden(size_t l);
    void MoveHidden(size_t l, int by);
    void Accept(const NetworkSpec& spec);
    void Refuse(size_t l, const QString& reason);
    void UpdateShapes();
    // Marks layer l's entry refused (with reason) or accepted, and tells when Valid() changes.
    void SetRefused(size_t l, bool refused, const QString& reason = {});

    NetworkSpec m_spec;
    size_t m_classCount = 0;
    std::array<arma::uword, 3> m_shape{0, 0, 0};
    QVBoxLayout* m_rowsLayout = nullptr;
    QWidget* m_rows = nullptr;
    QVector<Row> m_rowWidgets;  // index l = layer l (0 = input)
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QToolButton* m_add = nullptr;
    QSet<size_t> m_refused;
    QString m_focusAfterRebuild;  // the control the next Rebuild focuses, "" the one focused
};

}  // namespace layerlab
