#pragma once

#include <QStringList>
#include <QWidget>
#include <array>
#include <vector>

#include "DataSet.h"
#include "inspect/Inspection.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QVBoxLayout;

namespace layerlab {

class ActivationStrip;

// One example all the way through: the picture, where the prediction looks (the saliency map
// d p / dx and the occlusion map), every layer's activations, the output probabilities, and the
// glass box: one unit's arithmetic for this example with the real numbers, forward, backward
// and the next step's update. The example is chosen here (a test or training image by number)
// or by clicking an image in the gallery or the pictures panel; the unit by clicking it in the
// diagram.
class ExampleView : public QWidget {
    Q_OBJECT
public:
    explicit ExampleView(QWidget* parent = nullptr);

    void SetDataSet(std::shared_ptr<const DataSplit> split);
    void SetInspection(InspectionPtr inspection);
    // Shows choice in the pickers (without emitting exampleChosen).
    void ShowChoice(const ExampleChoice& choice);

    QString Heading() const;
    QString GlassBoxText() const;
    QString ProbabilityText(int classIndex) const;
    bool ShowsMaps() const;
    const ActivationStrip* Activations() const { return m_strip; }

    // The saliency map as a picture: |d p / dx| summed over each pixel's channels, white (0) to
    // dark red (the largest).
    static QImage SaliencyImage(const arma::vec& gradient, const std::array<arma::uword, 3>& shape);
    // The occlusion map: each patch's probability drop on the diverging scale (red where hiding
    // the patch lowers the probability), one square per patch position.
    static QImage OcclusionImage(const arma::vec& drops, const std::array<arma::uword, 2>& grid);

signals:
    void exampleChosen(const layerlab::ExampleChoice& choice);

protected:
    void changeEvent(QEvent* event) override;

private:
    void RetranslateUi();
    void Show();
    void Pick();
    void ShowImage(QLabel* label, const QImage& image);
    QString ClassName(int c) const;

    std::shared_ptr<const DataSplit> m_data;
    InspectionPtr m_inspection;
    QComboBox* m_source = nullptr;
    QSpinBox* m_index = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_picture = nullptr;
    QLabel* m_saliency = nullptr;
    QLabel* m_occlusion = nullptr;
    QLabel* m_pictureCaption = nullptr;
    QLabel* m_saliencyCaption = nullptr;
    QLabel* m_occlusionCaption = nullptr;
    QWidget* m_maps = nullptr;
    QLabel* m_activationsHeading = nullptr;
    ActivationStrip* m_strip = nullptr;
    QLabel* m_outputHeading = nullptr;
    QVBoxLayout* m_bars = nullptr;
    std::vector<QProgressBar*> m_probabilities;
    QLabel* m_glassHeading = nullptr;
    QPlainTextEdit* m_glass = nullptr;
    bool m_showing = false;  // ShowChoice is filling the pickers
};

}  // namespace layerlab
