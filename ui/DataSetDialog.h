#pragma once

#include <QDialog>

#include "datasets/LoadOptions.h"

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
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

    QString spec() const;
    void setSpec(const QString& spec);
    LoadOptions options() const;

private:
    void updateOk();

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
};

}  // namespace layerlab
