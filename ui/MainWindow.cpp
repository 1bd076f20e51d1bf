#include "MainWindow.h"

#include <QLabel>
#include <QMessageBox>

#include "EngineError.h"
#include "datasets/DataSetLoader.h"

namespace layerlab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("mainWindow");
    setWindowTitle(tr("LayerLab"));
    m_summary = new QLabel(tr("Open a data set to begin."), this);
    m_summary->setObjectName("dataSummary");
    m_summary->setAlignment(Qt::AlignCenter);
    setCentralWidget(m_summary);
    resize(1200, 800);
}

bool MainWindow::OpenDataSet(const QString& path) {
    try {
        const DataSplit data = DataSetLoader::Load(path);
        m_summary->setText(tr("%1: %2 training and %3 test images").arg(path).arg(data.train.Count()).arg(data.test.Count()));
        return true;
    } catch (const EngineError& e) {
        QMessageBox::warning(this, tr("Cannot open data set"), QString::fromStdString(e.what()));
        return false;
    }
}

}  // namespace layerlab
