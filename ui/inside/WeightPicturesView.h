#pragma once

#include <QWidget>
#include <array>

#include "inspect/Inspection.h"

class QComboBox;
class QLabel;
class QScrollArea;

namespace layerlab {

// Weights as pictures, live: each first-layer unit's row of W[1] in the input's image shape
// (64×64×3, 28×28), so the class watches features form as training runs, and any deeper W[l]
// as a heat map (row = unit, column = input). The colours are WeightPictures' symmetric scale,
// blue negative, white 0, red positive, with a legend.
class WeightPicturesView : public QWidget {
    Q_OBJECT
public:
    explicit WeightPicturesView(QWidget* parent = nullptr);

    // The shape of the data's images ({0, 0, 0} for other data: W[1] as a heat map too).
    void SetImageShape(const std::array<arma::uword, 3>& shape);
    void SetInspection(InspectionPtr inspection);
    // The layer shown, 1..L.
    void SetLayer(size_t layer);
    size_t Layer() const { return m_layer; }
    // Whether the current layer is drawn as one picture per unit (else as a heat map).
    bool ShowsUnitPictures() const;
    // The pictures drawn (one per unit, or the heat map alone), for tests.
    int PictureCount() const { return m_pictures; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void RetranslateUi();
    void Rebuild();
    void FillLayers();

    std::array<arma::uword, 3> m_shape{0, 0, 0};
    InspectionPtr m_inspection;
    size_t m_layer = 1;
    int m_pictures = 0;
    QComboBox* m_layers = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_canvas = nullptr;
    QScrollArea* m_scroll = nullptr;
};

}  // namespace layerlab
