#pragma once

#include <QStringList>
#include <QWidget>
#include <functional>

#include "DataSet.h"

class QLabel;

namespace layerlab {

class ArchitectureEditor;

// The Network dock: what the data set is (name, counts, shape, classes, and the loader's first
// warnings), the layers from input to output, and under them the dropout of each hidden layer.
class NetworkPanel : public QWidget {
    Q_OBJECT
public:
    explicit NetworkPanel(QWidget* parent = nullptr);

    ArchitectureEditor* Architecture() const { return m_architecture; }
    // Shows section (the run setup's dropout rows) under the layers.
    void AddSection(QWidget* section);
    // Sizes the network's input and output for split and says what it is.
    void SetDataSet(const QString& name, const DataSplit& split);
    // A loader's own summary of the data set, and what it warned about.
    void ShowSummary(const QString& name, const QString& summary, const QStringList& warnings);

    // Presentation mode's panel: the data summary shrinks to the set's name (the rest in its
    // tooltip).
    void SetCompact(bool on);
    bool Compact() const { return m_compact; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // Shows the summary m_showSummary makes, shortened when compact.
    void Refresh();
    void ShowSummaryNow(const QString& name, const QString& summary, const QStringList& warnings);
    // Shows the summary last asked for, again in the current language (QEvent::LanguageChange).
    std::function<void()> m_showSummary;
    QLabel* m_summary = nullptr;
    bool m_compact = false;
    ArchitectureEditor* m_architecture = nullptr;
};

}  // namespace layerlab
