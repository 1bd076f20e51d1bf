#include "InsidePanel.h"

#include <QEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include "inside/ExampleView.h"
#include "inside/LayerHealthView.h"
#include "inside/NetworkDiagramView.h"
#include "inside/WeightPicturesView.h"

namespace layerlab {
namespace {

QScrollArea* Scrolled(QWidget* page, QWidget* parent, const char* name) {
    auto* area = new QScrollArea(parent);
    area->setObjectName(name);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // The page wraps to the dock's width; it scrolls only down.
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(page);
    return area;
}

}  // namespace

InsidePanel::InsidePanel(QWidget* parent) : QWidget(parent) {
    setObjectName("insidePanel");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName("insideTabs");
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_diagram = new NetworkDiagramView(this);
    m_weights = new WeightPicturesView(this);
    m_health = new LayerHealthView(this);
    m_example = new ExampleView(this);
    m_tabs->addTab(m_diagram, QString());
    m_tabs->addTab(m_weights, QString());
    m_tabs->addTab(Scrolled(m_health, this, "healthScroll"), QString());
    m_tabs->addTab(Scrolled(m_example, this, "exampleScroll"), QString());
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &InsidePanel::Refresh);
    connect(m_example, &ExampleView::exampleChosen, this, &InsidePanel::exampleChosen);
    connect(m_diagram, &NetworkDiagramView::unitClicked, this,
            [this](size_t l, arma::uword j) { emit unitClicked(l, j); });
    connect(m_health, &LayerHealthView::gradientCheckRequested, this,
            &InsidePanel::gradientCheckRequested);
    RetranslateUi();
}

void InsidePanel::RetranslateUi() {
    m_tabs->setTabText(DiagramPage, tr("Diagram"));
    m_tabs->setTabToolTip(DiagramPage, tr("The layers and their links, coloured by weight"));
    m_tabs->setTabText(WeightsPage, tr("Weights"));
    m_tabs->setTabToolTip(WeightsPage, tr("Each unit's weights as a picture"));
    m_tabs->setTabText(HealthPage, tr("Health"));
    m_tabs->setTabToolTip(HealthPage, tr("Histograms, gradient sizes and findings in plain words"));
    m_tabs->setTabText(ExamplePage, tr("Example"));
    m_tabs->setTabToolTip(ExamplePage,
                          tr("One example through the network, saliency and the glass-box neuron"));
    m_tabs->setAccessibleName(tr("Inside the network"));
    m_tabs->widget(HealthPage)->setAccessibleName(tr("Layer health"));
    m_tabs->widget(ExamplePage)->setAccessibleName(tr("One example through the network"));
}

void InsidePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

void InsidePanel::SetDataSet(std::shared_ptr<const DataSplit> split) {
    m_inspection.reset();
    m_weights->SetImageShape(split ? split->train.imageShape : std::array<arma::uword, 3>{0, 0, 0});
    m_example->SetDataSet(split);
    m_diagram->SetInspection(nullptr);
    m_weights->SetInspection(nullptr);
    m_health->SetInspection(nullptr, false);
}

void InsidePanel::SetSpec(const NetworkSpec& spec) {
    m_diagram->SetSpec(spec);
}

void InsidePanel::SetInspection(InspectionPtr inspection, bool perEpoch) {
    m_inspection = std::move(inspection);
    m_perEpoch = perEpoch;
    Refresh();
}

void InsidePanel::Refresh() {
    switch (CurrentPage()) {
        case DiagramPage:
            m_diagram->SetInspection(m_inspection);
            if (m_inspection && m_inspection->neuron)
                m_diagram->SetSelectedUnit(m_inspection->neuron->layer, m_inspection->neuron->unit);
            break;
        case WeightsPage:
            m_weights->SetInspection(m_inspection);
            break;
        case HealthPage:
            m_health->SetInspection(m_inspection, m_perEpoch);
            break;
        case ExamplePage:
            m_example->SetInspection(m_inspection);
            break;
    }
}

void InsidePanel::ShowPage(Page page) {
    m_tabs->setCurrentIndex(page);
}

InsidePanel::Page InsidePanel::CurrentPage() const {
    return Page(m_tabs->currentIndex());
}

}  // namespace layerlab
