#pragma once

#include <QMainWindow>
#include <memory>

#include "DataSet.h"
#include "Parameters.h"
#include "training/TrainingHistory.h"
#include "training/TrainingSnapshot.h"

class QAction;
class QLabel;
class QStackedWidget;

namespace layerlab {

class ArchitectureEditor;
class CostChartView;
class HyperparameterPanel;
class PredictionGallery;
class TrainingSession;
class TrainingStatusBar;

// The training window: the network and its hyperparameters on the left, the live cost chart in
// the middle, every test image's prediction below, the run's figures in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a data set; on failure shows why and keeps what was loaded. Returns success.
    bool OpenDataSet(const QString& path);
    // The built-in data set, or an empty window saying how to open one when it is unavailable.
    void OpenDefaultDataSet();
    // Uses data already loaded (from a drop, a test, another source); ends any run.
    void SetDataSet(DataSplit data, const QString& name);
    // Loads a saved model as the starting weights; refuses one that does not fit the data.
    bool OpenModel(const QString& path);
    bool SaveModel(const QString& path);

    // The live run, if any (for tests and views that follow it).
    TrainingSession* Session() const { return m_session.get(); }
    const TrainingHistory& History() const { return m_history; }
    const std::shared_ptr<const DataSplit>& Data() const { return m_data; }

    QAction* TrainAction() const { return m_train; }
    QAction* PauseAction() const { return m_pause; }
    QAction* StopAction() const { return m_stop; }
    QAction* StepAction() const { return m_step; }
    QAction* ResetAction() const { return m_reset; }

signals:
    // A new session started (after Train on a fresh run, Reset weights, or a loaded model).
    void sessionStarted(layerlab::TrainingSession* session);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void CreateActions();
    void CreateMenus();
    void CreateDocks();
    void Train();
    void Step();
    void ResetWeights();
    // Replaces the session with a new one starting from initial (Ready, not yet iterating).
    void StartSession(Parameters initial);
    // A session from freshly initialised weights; on failure shows why under errorTitle.
    bool StartFreshSession(const QString& errorTitle);
    void EndSession();
    void OnSnapshot(const TrainingSnapshot& s);
    void UpdateActions();
    void ShowError(const QString& title, const QString& text);
    void OpenDataSetDialog();
    void OpenModelDialog();
    void SaveModelDialog();
    void ExportChart();
    void ExportHistory();
    void About();
    void LoadSettings();
    void SaveSettings() const;
    Parameters FreshParameters() const;

    std::shared_ptr<const DataSplit> m_data;
    QString m_dataName;
    std::unique_ptr<TrainingSession> m_session;
    TrainingHistory m_history;

    QStackedWidget* m_center = nullptr;
    QLabel* m_emptyState = nullptr;
    QLabel* m_dataSummary = nullptr;
    ArchitectureEditor* m_architecture = nullptr;
    HyperparameterPanel* m_hyperparameters = nullptr;
    CostChartView* m_chart = nullptr;
    PredictionGallery* m_gallery = nullptr;
    TrainingStatusBar* m_status = nullptr;

    QAction* m_train = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_step = nullptr;
    QAction* m_reset = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_openData = nullptr;
    QAction* m_openModel = nullptr;
    QAction* m_saveModel = nullptr;
    QAction* m_exportChart = nullptr;
    QAction* m_exportHistory = nullptr;
    QAction* m_logScale = nullptr;
    QAction* m_about = nullptr;
};

}  // namespace layerlab
