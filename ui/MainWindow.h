#pragma once

#include <QElapsedTimer>
#include <QMainWindow>
#include <memory>
#include <optional>

#include "DataSet.h"
#include "MainWindowActions.h"
#include "SettingsStore.h"
#include "datasets/LoadOptions.h"
#include "datasets/LoadedData.h"
#include "inspect/ExampleChoice.h"
#include "lessons/Lesson.h"
#include "persistence/RunRecord.h"
#include "persistence/RunSetup.h"
#include "training/RunController.h"

class QAction;
class QDockWidget;
class QLabel;
class QToolBar;
class QStackedWidget;
class QTimer;

namespace layerlab {

class ConceptsDialog;
class ConfusionMatrixView;
class CostChartView;
class DataSetOpener;
class DiscardGuard;
class DockLayout;
class DropRouter;
class FocusOrder;
class GradientCheckDialog;
class InsidePanel;
class NetworkInspector;
class NetworkPanel;
class PredictionGallery;
class PredictionPanel;
class PresentationMode;
class LessonLocks;
class LessonPanel;
class RunsPanel;
class SweepDialog;
class TrainingSession;
class TrainingSetupPanel;
class TrainingStatusBar;

// The training window: the network and its hyperparameters on the left, the live cost chart in
// the middle, every test image's prediction below, the run's figures in the status bar. It lays
// the views out and wires them to the run (RunController), the actions and the data sources.
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
    void SetDataSet(DataSplit split, const QString& name);
    // The same for a loader's result: its summary, warnings and encoding of new pictures too.
    void SetLoadedData(LoadedData loaded, const QString& name);
    // Loads SPEC on a worker thread (progress and Cancel for large sets), asking first when a
    // run is under way; the data set is replaced only on success. False when nothing started.
    bool LoadDataSetInBackground(const QString& spec, const LoadOptions& options = {});
    // Loads a saved model as the starting weights; refuses one that does not fit the data.
    bool OpenModel(const QString& path);
    bool SaveModel(const QString& path);

    // The live run, if any (for tests and views that follow it).
    TrainingSession* Session() const { return m_run->Session(); }
    const TrainingHistory& History() const { return m_run->History(); }
    const std::shared_ptr<const DataSplit>& Data() const { return m_run->Data(); }

    QAction* TrainAction() const { return m_actions->TrainAction(); }
    QAction* PauseAction() const { return m_actions->PauseAction(); }
    QAction* StopAction() const { return m_actions->StopAction(); }
    QAction* StepAction() const { return m_actions->StepAction(); }
    QAction* ResetAction() const { return m_actions->ResetAction(); }
    QAction* PasteAction() const { return m_actions->PasteAction(); }

    // Help ▸ Concepts, open on the concept id ("" : the one it showed last); F1 opens it on the
    // focused control's concept.
    void ShowConcept(const QString& id);
    // The Concepts panel, once opened (nullptr before).
    ConceptsDialog* ConceptsPanel() const { return m_conceptsDialog; }
    // The Tab order (for tests).
    FocusOrder* TabOrder() const { return m_focusOrder; }
    // The inside views and the inspector that feeds them (for tests and the benchmark).
    InsidePanel* Inside() const { return m_inside; }
    NetworkInspector* Inspector() const { return m_inspector; }
    QDockWidget* InsideDock() const;
    // The gradient check on the current weights (Training ▸ Check gradients, Ctrl+G): opens the
    // dialog and runs it. The dialog, once opened (nullptr before).
    void CheckGradients();
    GradientCheckDialog* GradientCheck() const { return m_gradientCheck; }
    // Training ▸ Sweep over settings (Ctrl+Shift+W): the Sweep dialog on the window's data and
    // settings. The dialog, once opened (nullptr before).
    void ShowSweep();
    SweepDialog* Sweep() const { return m_sweep; }
    // The Runs panel (View ▸ Run history, Ctrl+H).
    RunsPanel* Runs() const { return m_runs; }
    // Re-run: the run's network and settings into the editor, from the weights it started from
    // when sameWeights (its seed, its weights file or the run it branched from), else with a new
    // seed. Branch: a run from its final weights, the editor's settings to change. Both ask
    // before discarding work; false, having said why, when it cannot be done.
    bool Rerun(const RunRecord& run, bool sameWeights);
    bool Branch(const RunRecord& run);
    // A lesson (File ▸ Open lesson, Help ▸ Lessons, a drop, `layerlab FILE.layerlab`): loads its
    // data set in the background, then puts its network and settings in the editor, locks and
    // hides what it says, shows its text above the chart and overlays its runs. False, having
    // said why, when it cannot be read or nothing started.
    bool OpenLesson(const QString& path);
    // Ends the lesson: every control unlocked and shown, its text and runs gone.
    void CloseLesson();
    // Saves the window's data set, network and settings, the ticked runs and the open lesson's
    // locks as a lesson at path. False, having said why, when it cannot be written.
    bool SaveLesson(const QString& path, const QString& title, const QString& text);
    // The open lesson, if any.
    const std::optional<Lesson>& CurrentLesson() const { return m_lesson; }
    LessonPanel* LessonText() const { return m_lessonPanel; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // Tab and Shift+Tab, by FocusOrder: the chain is put in screen order first (the editors
    // rebuild rows, the docks move), and the docks behind a tab are skipped.
    bool focusNextPrevChild(bool next) override;

private:
    // The window's own texts, and its actions' and docks', in the current language.
    void RetranslateUi();
    void CreateDocks();
    void ConnectRun();
    void ConnectActions();
    // The Runs panel to the recorder, the chart and the editor.
    void ConnectRuns();
    // A run's or a lesson's settings read back, or nullopt having shown why under title.
    std::optional<RunSetup> ReadSetup(const QJsonObject& settings, const QString& title);
    // The chart's overlays: the lesson's runs, then the ticked ones.
    void UpdateOverlays();
    bool StartLesson(const Lesson& lesson);
    bool ApplyLesson(const Lesson& lesson);
    void ShowLessonText();
    // Help ▸ Lessons: the shipped lessons by their titles in the current language.
    void FillLessonsMenu();
    void CreateDropHandling();
    // Sizes the docks for the data set's class count.
    void ArrangeDocks();
    // Hands the panels' network and options to the run, and shows the budget they make.
    void PushSetup();
    void ShowBudget();
    void OnSessionStarted();
    void OnSnapshot(const SnapshotPtr& s);
    // Hands the snapshot's weights to the inspector when the inside views are on screen and the
    // weights are new (at full speed at most every kInspectIntervalMs).
    void Inspect(const SnapshotPtr& s);
    void ChooseExample(const ExampleChoice& choice);
    void UpdateActions();
    void ShowError(const QString& title, const QString& text);
    void ExportChart();
    void ExportHistory();
    void LoadSettings();
    void SaveSettings() const;
    SettingsStore::Setup CurrentSetup() const;

    RunController* m_run = nullptr;
    MainWindowActions* m_actions = nullptr;
    QStackedWidget* m_center = nullptr;
    QLabel* m_emptyState = nullptr;
    QToolBar* m_toolBar = nullptr;
    QString m_dataName;  // for the title
    NetworkPanel* m_network = nullptr;
    TrainingSetupPanel* m_setup = nullptr;
    CostChartView* m_chart = nullptr;
    PredictionGallery* m_gallery = nullptr;
    PredictionPanel* m_predictions = nullptr;
    std::weak_ptr<const Parameters>
        m_classifiedBy;  // the weights the dropped pictures were last classified by
    ConfusionMatrixView* m_confusion = nullptr;
    PresentationMode* m_presentation = nullptr;
    DropRouter* m_drops = nullptr;
    DataSetOpener* m_opener = nullptr;
    DiscardGuard* m_discard = nullptr;
    TrainingStatusBar* m_status = nullptr;
    DockLayout* m_layout = nullptr;
    FocusOrder* m_focusOrder = nullptr;
    ConceptsDialog* m_conceptsDialog = nullptr;
    InsidePanel* m_inside = nullptr;
    RunsPanel* m_runs = nullptr;
    SweepDialog* m_sweep = nullptr;
    LessonPanel* m_lessonPanel = nullptr;
    std::unique_ptr<LessonLocks> m_locks;
    std::optional<Lesson> m_lesson;
    std::optional<Lesson> m_pendingLesson;  // waiting for its data set to load
    LoadOptions m_loadOptions;              // the data set's, for a saved lesson
    GradientCheckDialog* m_gradientCheck = nullptr;
    NetworkInspector* m_inspector = nullptr;
    std::weak_ptr<const Parameters> m_inspected;  // the weights last handed to the inspector
    QElapsedTimer m_sinceInspect;
    QTimer* m_inspectLater = nullptr;  // a throttled inspection's second chance
    static constexpr int kInspectIntervalMs = 400;
};

}  // namespace layerlab
