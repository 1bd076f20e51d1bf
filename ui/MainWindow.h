#pragma once

#include <QMainWindow>
#include <memory>

#include "DataSet.h"
#include "Parameters.h"
#include "datasets/LoadOptions.h"
#include "datasets/LoadedData.h"
#include "training/SessionOptions.h"
#include "training/TrainingHistory.h"
#include "training/TrainingSnapshot.h"

class QAction;
class QLabel;
class QStackedWidget;

namespace layerlab {

class ArchitectureEditor;
class ConfusionMatrixView;
class CostChartView;
class DataSetLoadJob;
class DropRouter;
class DropoutEditor;
class HyperparameterPanel;
class PredictionGallery;
class PredictionPanel;
class TrainingOptionsPanel;
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
    // The same for a loader's result: its summary, warnings and encoding of new pictures too.
    void SetLoadedData(LoadedData data, const QString& name);
    // Loads SPEC on a worker thread (progress and Cancel for large sets), asking first when a
    // run is under way; the data set is replaced only on success. False when nothing started.
    bool LoadDataSetInBackground(const QString& spec, const LoadOptions& options = {});
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
    QAction* PasteAction() const { return m_paste; }
    DataSetLoadJob* LoadJob() const { return m_loadJob; }

signals:
    // A new session started (after Train on a fresh run, Reset weights, or a loaded model).
    void sessionStarted(layerlab::TrainingSession* session);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void CreateActions();
    void CreateMenus();
    void CreateDocks();
    // Sizes the docks for the data set's class count.
    void ArrangeDocks();
    // Enables the iteration count only where it is the budget (full-batch runs).
    void ShowBudgetKind();
    void Train();
    void Step();
    void ResetWeights();
    // Replaces the session with a new one starting from initial (Ready, not yet iterating).
    void StartSession(Parameters initial);
    // A session from freshly initialised weights; on failure shows why under errorTitle.
    bool StartFreshSession(const QString& errorTitle);
    void EndSession();
    void OnSnapshot(const SnapshotPtr& snapshot);
    // The weights pictures are classified with: the latest snapshot's, else those F5 would start.
    arma::mat ClassifyPictures(const arma::mat& X) const;
    void UpdateConfusion(const arma::mat& testProbabilities);
    void CreateDropHandling();
    SessionOptions CurrentSessionOptions() const;
    // The run's budget in iterations as the panels set it (epochs × steps in mini-batch runs).
    size_t IterationBudget() const;
    bool IsMiniBatch() const;
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
    std::shared_ptr<const Parameters> m_currentParameters;  // the latest snapshot's weights
    FeatureStandardiser m_standardiser;  // how the data set's pictures were encoded
    TrainingHistory m_history;

    QStackedWidget* m_center = nullptr;
    QLabel* m_emptyState = nullptr;
    QLabel* m_dataSummary = nullptr;
    ArchitectureEditor* m_architecture = nullptr;
    HyperparameterPanel* m_hyperparameters = nullptr;
    CostChartView* m_chart = nullptr;
    PredictionGallery* m_gallery = nullptr;
    PredictionPanel* m_predictions = nullptr;
    ConfusionMatrixView* m_confusion = nullptr;
    TrainingOptionsPanel* m_trainOptions = nullptr;
    DropoutEditor* m_dropout = nullptr;
    DropRouter* m_drops = nullptr;
    DataSetLoadJob* m_loadJob = nullptr;
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
    QAction* m_paste = nullptr;
};

}  // namespace layerlab
