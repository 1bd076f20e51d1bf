#pragma once

#include <QPointF>
#include <QWidget>
#include <armadillo>
#include <vector>

#include "NetworkSpec.h"
#include "inspect/Inspection.h"

namespace layerlab {

// The network as TensorFlow Playground draws it: layers as columns of units, each link coloured
// by its weight's sign (red positive, blue negative) and as thick as |w| is large next to the
// layer's largest, each column headed in course notation (W[2]: 7 × 20, ReLU). A layer wider than
// kAllUnitsUpTo is drawn as a block holding an even sample of its units, never 12288 circles
// and 3 million lines. The units are shaded by the followed example's activations. Hovering a
// link says w, hovering a unit its z and a; clicking a unit (or the arrow keys and Enter)
// opens it in the glass box.
class NetworkDiagramView : public QWidget {
    Q_OBJECT
public:
    static constexpr arma::uword kAllUnitsUpTo = 12;
    static constexpr arma::uword kSampledUnits = 9;

    explicit NetworkDiagramView(QWidget* parent = nullptr);

    // The network to draw (the editor's, before there are weights or when it changed).
    void SetSpec(const NetworkSpec& spec);
    // Weights and the example's activations; a network of another shape is ignored until the
    // spec follows.
    void SetInspection(InspectionPtr inspection);
    // The unit the glass box shows (layer 1..L), highlighted.
    void SetSelectedUnit(size_t layer, arma::uword unit);

    // The units drawn for a layer of n: all up to kAllUnitsUpTo, else kSampledUnits spread
    // evenly from the first to the last.
    static std::vector<arma::uword> ShownUnits(arma::uword n);
    // Where unit `unit` of layer `layer` is drawn (for tests: a click there selects it); a
    // unit not drawn gives (-1, -1).
    QPointF UnitCentre(size_t layer, arma::uword unit) const;
    const NetworkSpec& Spec() const { return m_spec; }
    QSize sizeHint() const override { return {420, 320}; }
    QSize minimumSizeHint() const override { return {240, 200}; }

signals:
    void unitClicked(size_t layer, arma::uword unit);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Hit {
        size_t layer = 0;  // 0: the input
        arma::uword unit = 0;
        bool found = false;
        // A link: layer ≥ 1, unit j, from input k.
        bool link = false;
        arma::uword from = 0;
    };
    Hit HitAt(const QPointF& p) const;
    QString Describe(const Hit& hit) const;
    double Radius() const;
    QRectF ColumnRect(size_t layer) const;
    void UpdateAccessibleDescription();
    // The weights when they are of the drawn network.
    const Parameters* Weights() const;

    NetworkSpec m_spec;
    InspectionPtr m_inspection;
    size_t m_selectedLayer = 0;
    arma::uword m_selectedUnit = 0;
    // The keyboard's unit (layer, index into ShownUnits).
    size_t m_focusLayer = 1;
    size_t m_focusIndex = 0;
};

}  // namespace layerlab
