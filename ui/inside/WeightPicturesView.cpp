#include "WeightPicturesView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "inspect/WeightPictures.h"

namespace layerlab {
namespace {

constexpr int kGap = 6;
constexpr int kCaption = 16;

// The diverging scale as a bar, blue to white to red.
QPixmap LegendBar(int width, int height) {
    QImage bar(width, height, QImage::Format_RGB32);
    for (int x = 0; x < width; ++x) {
        const QRgb c = WeightPictures::Diverging(2.0 * x / (width - 1) - 1.0, 1.0);
        for (int y = 0; y < height; ++y) bar.setPixel(x, y, c);
    }
    return QPixmap::fromImage(bar);
}

}  // namespace

WeightPicturesView::WeightPicturesView(QWidget* parent) : QWidget(parent) {
    setObjectName("weightPictures");
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName("weightHeading");
    m_layers = new QComboBox(this);
    m_layers->setObjectName("weightLayer");
    m_heading->setBuddy(m_layers);
    top->addWidget(m_heading);
    top->addWidget(m_layers, 1);
    layout->addLayout(top);
    auto* legend = new QHBoxLayout;
    auto* bar = new QLabel(this);
    bar->setObjectName("weightLegendBar");
    bar->setPixmap(LegendBar(96, 12));
    bar->setAccessibleName(tr("Colour scale"));
    m_legend = new QLabel(this);
    m_legend->setObjectName("weightLegend");
    m_legend->setWordWrap(true);
    legend->addWidget(bar);
    legend->addWidget(m_legend, 1);
    layout->addLayout(legend);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName("weightScroll");
    m_scroll->setWidgetResizable(false);
    m_canvas = new QLabel;
    m_canvas->setObjectName("weightCanvas");
    m_canvas->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_scroll->setWidget(m_canvas);
    layout->addWidget(m_scroll, 1);
    connect(m_layers, &QComboBox::activated, this,
            [this](int i) { SetLayer(size_t(m_layers->itemData(i).toULongLong())); });
    RetranslateUi();
}

void WeightPicturesView::RetranslateUi() {
    m_heading->setText(tr("Sho&w:"));
    m_layers->setAccessibleName(tr("Layer whose weights are shown"));
    m_scroll->setAccessibleName(tr("Weights as pictures"));
    m_canvas->setAccessibleName(tr("Weights as pictures"));
    FillLayers();
    Rebuild();
}

void WeightPicturesView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

void WeightPicturesView::SetImageShape(const std::array<arma::uword, 3>& shape) {
    m_shape = shape;
    FillLayers();
    Rebuild();
}

void WeightPicturesView::SetInspection(InspectionPtr inspection) {
    const size_t before =
        m_inspection && m_inspection->parameters ? m_inspection->parameters->L() : 0;
    m_inspection = std::move(inspection);
    const size_t L = m_inspection && m_inspection->parameters ? m_inspection->parameters->L() : 0;
    if (L != before) FillLayers();
    if (isVisible()) Rebuild();
}

void WeightPicturesView::SetLayer(size_t layer) {
    m_layer = std::max<size_t>(1, layer);
    const int i = m_layers->findData(qulonglong(m_layer));
    if (i >= 0) m_layers->setCurrentIndex(i);
    Rebuild();
}

bool WeightPicturesView::ShowsUnitPictures() const {
    const Parameters* p = m_inspection ? m_inspection->parameters.get() : nullptr;
    return p && m_layer == 1 && WeightPictures::ShapeFits(m_shape, p->spec.sizes[0]);
}

void WeightPicturesView::FillLayers() {
    const Parameters* p = m_inspection ? m_inspection->parameters.get() : nullptr;
    m_layers->clear();
    if (!p) return;
    for (size_t l = 1; l <= p->L(); ++l) {
        const QString shape =
            QStringLiteral("W[%1]: %2 × %3").arg(l).arg(p->spec.sizes[l]).arg(p->spec.sizes[l - 1]);
        m_layers->addItem(l == 1 && WeightPictures::ShapeFits(m_shape, p->spec.sizes[0])
                              ? tr("%1, one picture per unit").arg(shape)
                              : tr("%1, heat map").arg(shape),
                          qulonglong(l));
    }
    m_layer = std::min(m_layer, p->L());
    m_layers->setCurrentIndex(m_layers->findData(qulonglong(m_layer)));
}

void WeightPicturesView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    Rebuild();
}

void WeightPicturesView::Rebuild() {
    const Parameters* p = m_inspection ? m_inspection->parameters.get() : nullptr;
    m_pictures = 0;
    if (!p || m_layer > p->L()) {
        m_canvas->setPixmap({});
        m_canvas->setText(tr("Train or step once to see the weights."));
        m_canvas->adjustSize();
        m_legend->setText({});
        return;
    }
    const arma::mat& W = p->W[m_layer];
    const int available = std::max(120, m_scroll->viewport()->width() - 4);
    QImage canvas;
    if (ShowsUnitPictures()) {
        // Each unit's picture scaled to a cell, as many cells a row as the width takes.
        const double aspect =
            double(m_shape[1] * m_shape[2] + (m_shape[2] - 1)) / double(m_shape[0]);
        const int cellWidth =
            std::clamp(int(available / std::ceil(available / 170.0)) - kGap, 56, 400);
        const int columns = std::max(1, (available + kGap) / (cellWidth + kGap));
        const int pictureHeight = std::max(16, int(cellWidth / aspect));
        const int rows = int((W.n_rows + columns - 1) / columns);
        canvas = QImage(columns * (cellWidth + kGap), rows * (pictureHeight + kCaption + kGap),
                        QImage::Format_RGB32);
        canvas.fill(palette().color(QPalette::Base));
        QPainter painter(&canvas);
        painter.setPen(palette().color(QPalette::Text));
        for (arma::uword j = 0; j < W.n_rows; ++j) {
            const QImage unit = WeightPictures::UnitPicture(W.row(j), m_shape);
            const int x = int(j % columns) * (cellWidth + kGap),
                      y = int(j / columns) * (pictureHeight + kCaption + kGap);
            painter.drawImage(QRect(x, y, cellWidth, pictureHeight), unit);
            painter.drawText(QRect(x, y + pictureHeight, cellWidth, kCaption), Qt::AlignCenter,
                             tr("unit %1").arg(j));
        }
        m_pictures = int(W.n_rows);
        m_legend->setText(m_shape[2] > 1
                              ? tr("Blue negative, white 0, red positive; each unit on its own "
                                   "scale, ±its largest |w|. Colour channels side by side.")
                              : tr("Blue negative, white 0, red positive; each unit on its own "
                                   "scale, ±its largest |w|."));
    } else {
        double scale = 0;
        const QImage heat = WeightPictures::HeatMap(W, &scale);
        const double factor = std::min(double(available) / heat.width(), 6.0);
        canvas = heat.scaled(std::max(1, int(heat.width() * factor)),
                             std::max(1, int(heat.height() * factor)), Qt::IgnoreAspectRatio,
                             Qt::FastTransformation);
        m_pictures = 1;
        m_legend->setText(tr("Rows are the %1 units, columns their %2 inputs. Blue −%3, white 0, "
                             "red +%3.")
                              .arg(W.n_rows)
                              .arg(W.n_cols)
                              .arg(QLocale().toString(scale, 'g', 3)));
    }
    m_canvas->setText({});
    m_canvas->setPixmap(QPixmap::fromImage(canvas));
    m_canvas->adjustSize();
    m_canvas->setAccessibleDescription(
        tr("W[%1] after iteration %2").arg(m_layer).arg(m_inspection->iteration));
}

}  // namespace layerlab
