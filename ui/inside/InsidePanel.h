#pragma once

#include <QWidget>
#include <memory>

#include "DataSet.h"
#include "NetworkSpec.h"
#include "inspect/Inspection.h"

class QTabWidget;

namespace layerlab {

class ExampleView;
class LayerHealthView;
class NetworkDiagramView;
class WeightPicturesView;

// "Inside the network", one dock of four tabs: the live diagram, the weights as pictures, layer
// health, and one example all the way through with the glass-box neuron. Each shows the latest
// Inspection (NetworkInspector); only the tab on screen redraws, the others catch up when
// chosen.
class InsidePanel : public QWidget {
    Q_OBJECT
public:
    enum Page { DiagramPage, WeightsPage, HealthPage, ExamplePage };

    explicit InsidePanel(QWidget* parent = nullptr);

    void SetDataSet(std::shared_ptr<const DataSplit> split);
    void SetSpec(const NetworkSpec& spec);
    // perEpoch: the cost finding counts epochs (a mini-batch run).
    void SetInspection(InspectionPtr inspection, bool perEpoch);
    // The inspection the pages show.
    InspectionPtr Current() const { return m_inspection; }
    void ShowPage(Page page);
    Page CurrentPage() const;

    NetworkDiagramView* Diagram() const { return m_diagram; }
    WeightPicturesView* Weights() const { return m_weights; }
    LayerHealthView* Health() const { return m_health; }
    ExampleView* Example() const { return m_example; }
    QTabWidget* Tabs() const { return m_tabs; }

signals:
    void exampleChosen(const layerlab::ExampleChoice& choice);
    void unitClicked(size_t layer, arma::uword unit);
    void gradientCheckRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void RetranslateUi();
    // Hands the latest inspection to the page on screen.
    void Refresh();

    QTabWidget* m_tabs = nullptr;
    NetworkDiagramView* m_diagram = nullptr;
    WeightPicturesView* m_weights = nullptr;
    LayerHealthView* m_health = nullptr;
    ExampleView* m_example = nullptr;
    InspectionPtr m_inspection;
    bool m_perEpoch = false;
};

}  // namespace layerlab
