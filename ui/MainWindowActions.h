#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QDockWidget;
class QMenuBar;
class QToolBar;
class QWidget;

namespace layerlab {

class RunController;

// The window's commands, each with its shortcut, icon and a tooltip naming the key, and which of
// them the run allows at the moment. The window connects them to what they do.
class MainWindowActions : public QObject {
    Q_OBJECT
public:
    // The actions are added to window, so their shortcuts work wherever the focus is.
    explicit MainWindowActions(QWidget* window);

    QAction* TrainAction() const { return m_train; }
    QAction* PauseAction() const { return m_pause; }
    QAction* StopAction() const { return m_stop; }
    QAction* StepAction() const { return m_step; }
    QAction* ResetAction() const { return m_reset; }
    QAction* QuitAction() const { return m_quit; }
    QAction* OpenDataSetAction() const { return m_openData; }
    QAction* OpenModelAction() const { return m_openModel; }
    QAction* SaveModelAction() const { return m_saveModel; }
    QAction* ExportChartAction() const { return m_exportChart; }
    QAction* ExportHistoryAction() const { return m_exportHistory; }
    QAction* LogScaleAction() const { return m_logScale; }
    QAction* PresentationAction() const { return m_presentation; }
    QAction* AboutAction() const { return m_about; }  // shows its box itself
    QAction* PasteAction() const { return m_paste; }
    // Help: F1 explains the focused control, Help ▸ Concepts lists every explanation, Shift+F1
    // is "What's this?" for the next control clicked.
    QAction* HelpOnControlAction() const { return m_helpOnControl; }
    QAction* ConceptsAction() const { return m_concepts; }
    QAction* WhatsThisAction() const { return m_whatsThis; }
    // View ▸ Colour-blind-safe colours (checkable).
    QAction* ColourBlindSafeAction() const { return m_colourBlindSafe; }
    // Shows and raises the inside views and gives them the keyboard.
    QAction* LookInsideAction() const { return m_lookInside; }
    QAction* ShowRunsAction() const { return m_showRuns; }
    QAction* OpenLessonAction() const { return m_openLesson; }
    QAction* SweepAction() const { return m_sweep; }
    QAction* SaveLessonAction() const { return m_saveLesson; }
    // Help ▸ Lessons, which the window fills with the shipped lessons.
    QMenu* LessonsMenu() const { return m_lessons; }
    QAction* ClearOverlaysAction() const { return m_clearOverlays; }
    // Opens the gradient check on the current weights and runs it.
    QAction* CheckGradientsAction() const { return m_checkGradients; }

    // Enables what run allows: training needs data, pausing a running run, saving weights, ...
    // networkProblem (from the editor) disables whatever would train or build the network: F5
    // must never train a network the editor does not show. The actions' tooltips say why.
    void Update(const RunController& run, const QString& networkProblem = {});
    // File, Edit, Training, View (with a toggle per dock) and Help.
    void AddMenus(QMenuBar* bar, const QList<QDockWidget*>& docks);
    // Sets every text again in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    // View ▸ Language: System, English, 简体中文.
    QActionGroup* LanguageActions() const { return m_languages; }
    // The training controls and Open data set, with their names beside the icons.
    void FillToolBar(QToolBar* bar) const;

private:
    static QString TipWithKey(const QAction* a, const QString& tip);
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
    QAction* m_presentation = nullptr;
    QAction* m_about = nullptr;
    QAction* m_paste = nullptr;
    QAction* m_helpOnControl = nullptr;
    QAction* m_concepts = nullptr;
    QAction* m_whatsThis = nullptr;
    QAction* m_colourBlindSafe = nullptr;
    QAction* m_lookInside = nullptr;
    QAction* m_showRuns = nullptr;
    QAction* m_openLesson = nullptr;
    QAction* m_sweep = nullptr;
    QAction* m_saveLesson = nullptr;
    QMenu* m_lessons = nullptr;
    QAction* m_clearOverlays = nullptr;
    QAction* m_checkGradients = nullptr;
    QActionGroup* m_languages = nullptr;
    QList<QMenu*> m_menus;
};

}  // namespace layerlab
