#pragma once

#include <QDialog>

#include "datasets/LoadOptions.h"

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace layerlab {

// File ▸ Open data set…: pick a ready data set or browse to a folder / file, and choose how it is
// read (image size, grayscale, classes, standardisation, split). It only asks; DataSetLoadJob
// loads.
class DataSetDialog : public QDialog {
    Q_OBJECT
public:
    // coursePath: the course's data when known, listed among the ready sets.
    explicit DataSetDialog(const QString& coursePath = {}, QWidget* parent = nullptr);

    QString Spec() const;
    void SetSpec(const QString& spec);
    LoadOptions Options() const;

private:
    void UpdateOk();

    QListWidget* m_known = nullptr;
    QLineEdit* m_path = nullptr;
    QCheckBox* m_resize = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QCheckBox* m_grayscale = nullptr;
    QLineEdit* m_classes = nullptr;
    QCheckBox* m_standardise = nullptr;
    QDoubleSpinBox* m_testFraction = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_open = nullptr;
};

}  // namespace layerlab
