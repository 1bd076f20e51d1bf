#pragma once

#include <QMainWindow>

class QLabel;

namespace layerlab {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    // Loads a data set; on failure shows why and keeps what was loaded. Returns success.
    bool OpenDataSet(const QString& path);

private:
    QLabel* m_summary = nullptr;
};

}  // namespace layerlab
