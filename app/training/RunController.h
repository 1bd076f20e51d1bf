#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <armadillo>
#include <memory>

#include "Classification.h"
#include "DataSet.h"
#include "Initializer.h"
#include "NetworkSpec.h"
#include "Parameters.h"
#include "SessionOptions.h"
#include "TrainingHistory.h"
#include "TrainingSnapshot.h"
#include "datasets/FeatureStandardiser.h"
#include "persistence/RunRecorder.h"

namespace layerlab {

class TrainingSession;

// The window's training run: owns the TrainingSession and its TrainingHistory and makes the
// Train / Pause / Step / Stop / Reset transitions. The views are told what happened (a session
// started, a snapshot, more history, a new state) and ask for the budget and for pictures to be
// classified; they never touch the session's engine. The budget comes from the trainer: its steps
// per epoch once it is built, TrainOptions::StepsPerEpoch before.
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    // A new data set: ends any run and clears the history. Its standardisation is identity
    // until SetStandardiser says otherwise.
    void SetData(std::shared_ptr<const DataSplit> data);
    // How the data's features were standardised when it was opened (LoadedData::standardiser):
    // saved models record it, and a model opened must have been trained with the same.
    void SetStandardiser(const FeatureStandardiser& standardiser) { m_standardiser = standardiser; }
    const std::shared_ptr<const DataSplit>& Data() const { return m_data; }

    // The network a fresh run starts, its weights drawn by initializer from the options' seed.
    // A different network needs a new run: a run that is not running or paused ends.
    void SetNetwork(const NetworkSpec& spec, Initializer initializer);
    // The options of the next run; the learning rate and the budget also reach the live one.
    void SetOptions(const SessionOptions& options);
    const NetworkSpec& Spec() const { return m_spec; }
    // The next run's settings as the run history records them (RunSettings::Of, where its
    // weights come from, its budget): what a run's record, a saved model and a lesson hold.
    QJsonObject Settings() const;
    // Iterations a second, for this run and the next (0: full speed); see TrainingSession.
    void SetPace(double iterationsPerSecond);
    // The file whose weights fresh runs start from (a model opened), or "": they are drawn by
    // the initialiser. Set by OpenModel; dropped by a new data set, a network the file does not
    // hold, or DropStartFile (an initialiser picked).
    const QString& StartFile() const { return m_startFileName; }
    void DropStartFile();

    // Resumes the live run unless its budget is spent, else starts a fresh one and trains it.
    // False, with the reason in error, when no run can be built.
    bool Train(QString* error = nullptr);
    // One iteration of the live run, or of a fresh one.
    bool Step(QString* error = nullptr);
    void Pause();
    void Stop();
    // A fresh run from new weights, Ready.
    bool Reset(QString* error = nullptr);
    // A run from given weights (a loaded model), Ready.
    void Start(Parameters initial);
    // Ends the run: stops it and joins its thread.
    void End();
    // A run from the model saved at path (ModelFile: it must fit the data), Ready; its network
    // replaces the one set. False, with the reason in error, when it cannot be opened.
    bool OpenModel(const QString& path, QString* error = nullptr);
    // Branch: a run from another run's final weights (RunRecord::weights, of network spec), Ready;
    // its records name the run they continued ("branch-of"). StartFile() then names that run.
    // False, with the reason in error, when the weights do not fit the data or the memory.
    bool StartFromRun(qint64 id, const std::vector<double>& weights, const NetworkSpec& spec,
                      QString* error = nullptr);
    // Saves the latest snapshot's weights to path; false, with why, without weights or on a
    // failed write.
    // A saved run counts as kept until it trains on (HasUnsavedWork).
    bool SaveModel(const QString& path, QString* error = nullptr);

    // Whether Train or Step would end the live run and start a fresh one (after Stop, a spent
    // budget, a divergence): what the window asks about before it discards trained iterations.
    bool TrainStartsNewRun() const;
    bool StepStartsNewRun() const;
    // Iterations the live run trained since it started or was last saved; 0 for a run that
    // diverged or failed (its weights are not worth keeping).
    size_t UnsavedIterations() const;

    // The live run, if any.
    TrainingSession* Session() const { return m_session.get(); }
    // The run's state; Stopped without one.
    TrainingState State() const;
    bool IsRunning() const { return State() == TrainingState::Running; }
    // Running or paused: a run the user is in the middle of.
    bool InRun() const;
    const TrainingHistory& History() const { return m_history; }
    // Where finished, stopped and diverged runs are recorded (RunDatabase::DefaultPath() as the
    // window starts), off its thread.
    RunRecorder& Recorder() const { return *m_recorder; }

    // Iterations the run lasts with the options set now.
    size_t IterationBudget() const;
    // Whether the budget counts epochs (mini-batch runs) rather than iterations.
    bool BudgetInEpochs() const;
    // What the current weights make of X (features × m): the latest snapshot's weights, or before
    // any, those a fresh run would start from. Empty without data; throws EngineError when the
    // network does not fit X.
    Classification Classify(const arma::mat& X) const;
    // The weights Classify uses: the latest snapshot's, or before any those a fresh run would
    // start from; nullptr without data. Throws EngineError when the network cannot be built.
    std::shared_ptr<const Parameters> CurrentParameters() const;

signals:
    // The run history could not take a run and is off (RunRecorder::failed).
    void historyOff(const QString& message);
    // A new run began (Train on a fresh run, Reset, a loaded model): views start afresh.
    void sessionStarted(layerlab::TrainingSession* session);
    void snapshot(const layerlab::SnapshotPtr& snapshot);
    // Costs or an evaluation were added to History().
    void historyAppended();
    // The run's state changed, or the run began or ended.
    void stateChanged(layerlab::TrainingState state);
    // StartFile() changed.
    void startFileChanged(const QString& fileName);

private:
    bool StartFresh(QString* error);
    // Throws EngineError when a run of spec on the data with the options set cannot be trained
    // (TrainerFactory::Check: shapes, then memory), before anything is built.
    void CheckRun(const NetworkSpec& spec) const;
    Parameters FreshParameters() const;
    // A Ready run from p, which fresh runs then start from too: a model file (path) or a run's
    // final weights (branchOf), shown as name. Throws EngineError when the run cannot be built.
    void StartFromWeights(Parameters p, const QString& name, const QString& path, qint64 branchOf);
    void OnSnapshot(const SnapshotPtr& s);
    // The epoch budget to hand the session: 0 unless the budget counts epochs.
    size_t EpochBudget() const;
    // Updates per epoch: the trainer's once it has said, else the options'.
    size_t StepsPerEpoch() const;
    // Hands the run's record to the recorder: once per stretch of training, when the run rests
    // at its end (finished, stopped, diverged) or is left behind (a new run, new data, quitting).
    void RecordRun(const TrainingSnapshot& s, TrainingState state);

    std::shared_ptr<const DataSplit> m_data;
    FeatureStandardiser m_standardiser;
    NetworkSpec m_spec;
    Initializer m_initializer = Initializer::Notebook;
    SessionOptions m_options;
    std::unique_ptr<TrainingSession> m_session;
    std::shared_ptr<const Parameters> m_currentParameters;  // the latest snapshot's weights
    std::shared_ptr<const Parameters> m_startFile;          // the weights of StartFile()
    QString m_startFileName;
    QString m_startPath;    // the model file's absolute path, for the record
    qint64 m_branchOf = 0;  // the run whose final weights StartFile() holds, or 0
    size_t m_savedIteration = 0;
    double m_pace = 0.0;  // the iteration whose weights were saved last (0: the start)
    TrainingHistory m_history;
    std::unique_ptr<RunRecorder> m_recorder;
    QDateTime m_runStarted;          // of the live run
    size_t m_recordedIteration = 0;  // of the live run: what the history already has
};

}  // namespace layerlab
