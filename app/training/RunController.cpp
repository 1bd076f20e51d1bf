#include "RunController.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include "EngineError.h"
#include "InitializeParameters.h"
#include "ModelFile.h"
#include "TrainerFactory.h"
#include "TrainingSession.h"
#include "persistence/RunDatabase.h"
#include "persistence/RunSettings.h"
#include "persistence/RunWeights.h"

namespace layerlab {

RunController::RunController(QObject* parent)
    : QObject(parent), m_recorder(std::make_unique<RunRecorder>(RunDatabase::DefaultPath())) {
    setObjectName("runController");
    connect(m_recorder.get(), &RunRecorder::failed, this, &RunController::historyOff);
}

RunController::~RunController() {
    // Quietly: whoever listens may be half destroyed by now.
    if (m_session) {
        m_session->disconnect(this);
        m_recorder->disconnect(this);
        RecordRun(m_session->Latest(), TrainingState::Stopped);  // quitting in the middle of it
    }
}

void RunController::RecordRun(const TrainingSnapshot& s, TrainingState state) {
    if (!m_data || s.iteration <= m_recordedIteration || !s.parameters) return;
    m_recordedIteration = s.iteration;
    RunRecord run;
    run.source = QStringLiteral("window");
    run.version = QCoreApplication::applicationVersion();
    run.started = m_runStarted;
    run.seconds = s.elapsedSeconds;
    // The same names the command line records (RunRecord::state).
    run.state = state == TrainingState::Diverged   ? QStringLiteral("diverged")
                : s.earlyStopped                   ? QStringLiteral("early-stopped")
                : state == TrainingState::Finished ? QStringLiteral("finished")
                                                   : QStringLiteral("stopped");
    run.data = RunSettings::DataName(m_data->train);
    run.settings = Settings();
    // The history's curve, as the command line records its own: up to a million iterations.
    constexpr qsizetype kRecordedCosts = 1'000'000;
    const QVector<QPointF>& costs = m_history.Costs();
    if (costs.size() <= kRecordedCosts) {
        run.costs.reserve(static_cast<size_t>(costs.size()));
        for (const QPointF& c : costs) run.costs.push_back(c.y());
    }
    const QVector<EvaluationPoint>& evaluations = m_history.Evaluations();
    if (evaluations.size() <= kRecordedCosts)
        run.evaluations.assign(evaluations.begin(), evaluations.end());
    // The final weights, for Branch, while they are small enough to keep with every run.
    if (state != TrainingState::Diverged &&
        s.parameters->spec.ParameterCount() <= RunWeights::kMaxKept)
        run.weights = RunWeights::Flatten(*s.parameters);
    run.finalCost = costs.isEmpty() ? s.trainCost : costs.back().y();
    run.trainAccuracy = state == TrainingState::Diverged ? 0 : s.trainAccuracy;
    run.testAccuracy = s.HasTestSet() && state != TrainingState::Diverged ? s.testAccuracy : -1;
    m_recorder->Record(std::move(run), m_data);
}

QJsonObject RunController::Settings() const {
    QJsonObject s = RunSettings::Of(m_spec, m_options.train);
    if (m_branchOf > 0)
        s["branch-of"] = m_branchOf;
    else if (!m_startPath.isEmpty())
        s["init-weights"] = m_startPath;
    else
        s["init"] = QString::fromStdString(ToString(m_initializer));
    if (const size_t epochs = EpochBudget(); epochs > 0)
        s["epochs"] = qint64(epochs);
    else
        s["iterations"] = qint64(m_options.iterations);
    if (!m_standardiser.IsIdentity()) s["standardise"] = true;
    return s;
}

void RunController::SetData(std::shared_ptr<const DataSplit> data) {
    End();
    DropStartFile();
    m_data = std::move(data);
    m_standardiser = {};
    m_history.Clear();
    emit historyAppended();
}

void RunController::SetNetwork(const NetworkSpec& spec, Initializer initializer) {
    m_initializer = initializer;
    if (spec == m_spec) return;
    m_spec = spec;
    if (m_startFile && m_startFile->spec != spec) DropStartFile();
    if (m_session && !InRun()) End();
}

void RunController::SetOptions(const SessionOptions& options) {
    const double lrBefore = m_options.train.learningRate;
    const size_t iterationsBefore = m_options.iterations, epochsBefore = EpochBudget();
    TrainOptions trainBefore = m_options.train;
    m_options = options;
    if (!m_session) return;
    // A run that has not trained yet (a model just opened, a branch) is rebuilt with the new
    // options from the same weights: F5 must train what the editor shows, not what it showed.
    trainBefore.learningRate = options.train.learningRate;
    const TrainingState state = m_session->State();
    if (trainBefore != options.train &&
        (state == TrainingState::Ready || state == TrainingState::Preparing) &&
        m_session->Latest().iteration == 0) {
        try {
            CheckRun(m_spec);
            Start(FreshParameters());
        } catch (const EngineError&) {
            End();  // Train says why
        }
        return;
    }
    // Only the learning rate and the budget reach a live run; the rest waits for the next one.
    if (options.train.learningRate != lrBefore && !IsEnded(m_session->State()))
        m_session->SetLearningRate(options.train.learningRate);
    if (options.iterations != iterationsBefore) m_session->SetIterations(options.iterations);
    if (EpochBudget() != epochsBefore) m_session->SetEpochs(EpochBudget());
}

bool RunController::TrainStartsNewRun() const {
    if (StepStartsNewRun()) return true;
    return m_session->State() == TrainingState::Finished &&
           m_session->Latest().iteration >= IterationBudget();
}

bool RunController::StepStartsNewRun() const {
    return !m_session || IsEnded(m_session->State());
}

size_t RunController::UnsavedIterations() const {
    if (!m_session || m_session->State() == TrainingState::Diverged ||
        m_session->State() == TrainingState::Failed)
        return 0;
    const size_t now = m_session->Latest().iteration;
    return now > m_savedIteration ? now - m_savedIteration : 0;
}

bool RunController::Train(QString* error) {
    if (!m_data) return false;
    if (!TrainStartsNewRun()) {
        m_session->SetIterations(m_options.iterations);
        m_session->SetEpochs(EpochBudget());
    } else if (!StartFresh(error)) {
        return false;
    }
    m_session->Resume();
    return true;
}

bool RunController::Step(QString* error) {
    if (!m_data) return false;
    if (StepStartsNewRun() && !StartFresh(error)) return false;
    m_session->Step();
    return true;
}

void RunController::Pause() {
    if (m_session) m_session->Pause();
}

void RunController::Stop() {
    if (m_session) m_session->Stop();
}

bool RunController::Reset(QString* error) {
    return m_data && StartFresh(error);
}

void RunController::CheckRun(const NetworkSpec& spec) const {
    // The history is not reserved: it grows with the run, which the user can stop at any time,
    // so only what the run holds from its start is checked.
    TrainerFactory::Check(spec, m_data->train, m_data->test.Count() > 0 ? &m_data->test : nullptr,
                          m_options.train);
}

bool RunController::StartFresh(QString* error) {
    try {
        // Before a weight is drawn or the live run ends: a run that cannot fit leaves it as it is.
        CheckRun(m_spec);
        Start(FreshParameters());
        return true;
    } catch (const EngineError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
}

void RunController::SetPace(double iterationsPerSecond) {
    m_pace = iterationsPerSecond;
    if (m_session) m_session->SetPace(iterationsPerSecond);
}

void RunController::DropStartFile() {
    if (!m_startFile) return;
    m_startFile.reset();
    m_startFileName.clear();
    m_startPath.clear();
    m_branchOf = 0;
    emit startFileChanged({});
}

Parameters RunController::FreshParameters() const {
    if (m_startFile && m_startFile->spec == m_spec) return *m_startFile;
    m_spec.Validate();
    Parameters p = InitializeParameters(m_spec, m_initializer, m_options.train.seed);
    p.classNames = m_data->train.classNames;
    p.imageShape = m_data->train.imageShape;
    return p;
}

void RunController::Start(Parameters initial) {
    End();
    m_history.Clear();
    m_savedIteration = 0;
    SessionOptions options = m_options;
    options.epochs = EpochBudget();
    m_session = std::make_unique<TrainingSession>(m_data, std::move(initial), options);
    m_runStarted = QDateTime::currentDateTimeUtc();
    m_recordedIteration = 0;
    m_session->SetPace(m_pace);
    connect(m_session.get(), &TrainingSession::costsReady, this, [this](const QVector<QPointF>& c) {
        m_history.AppendCosts(c);
        emit historyAppended();
    });
    connect(m_session.get(), &TrainingSession::snapshotReady, this, &RunController::OnSnapshot);
    connect(m_session.get(), &TrainingSession::stateChanged, this, &RunController::stateChanged);
    emit sessionStarted(m_session.get());
    emit stateChanged(m_session->State());
}

void RunController::End() {
    if (!m_session) return;
    m_session->disconnect(this);
    RecordRun(m_session->Latest(), TrainingState::Stopped);  // left behind mid-run, or paused
    m_session.reset();                                       // stops the run and joins its thread
    m_currentParameters.reset();
    emit stateChanged(State());
}

bool RunController::OpenModel(const QString& path, QString* error) {
    try {
        if (!m_data)
            throw EngineError(
                tr("Open a data set first: a model is trained and shown on one").toStdString());
        Parameters p = ModelFile::Open(path, m_data->train, m_standardiser);
        StartFromWeights(std::move(p), QFileInfo(path).fileName(),
                         QFileInfo(path).absoluteFilePath(), 0);
        return true;
    } catch (const EngineError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
}

void RunController::StartFromWeights(Parameters p, const QString& name, const QString& path,
                                     qint64 branchOf) {
    CheckRun(p.spec);
    m_spec = p.spec;
    m_startFile = std::make_shared<const Parameters>(p);
    m_startFileName = name;
    m_startPath = path;
    m_branchOf = branchOf;
    Start(std::move(p));
    emit startFileChanged(m_startFileName);
}

bool RunController::StartFromRun(qint64 id, const std::vector<double>& weights,
                                 const NetworkSpec& spec, QString* error) {
    try {
        if (!m_data)
            throw EngineError(tr("Open a data set first: a run is continued on one").toStdString());
        Parameters p = RunWeights::Rebuild(weights, spec, m_data->train);
        ModelFile::RequireFits(tr("run %1").arg(id).toStdString(), p, m_data->train);
        StartFromWeights(std::move(p), tr("run %1's final weights").arg(id), {}, id);
        return true;
    } catch (const EngineError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
}

bool RunController::SaveModel(const QString& path, QString* error) {
    try {
        if (!m_session || !m_session->Latest().parameters)
            throw EngineError(tr("There are no weights yet: train or step first").toStdString());
        // What the window knows of the run; its history id is given on the recorder's thread
        // later, and the data's hash is taken there too, so neither is recorded here.
        RunDescription run;
        run.hyperparameters =
            QJsonDocument(Settings()).toJson(QJsonDocument::Compact).toStdString();
        run.data = m_data ? m_data->train.source : std::string();
        m_standardiser.Describe(run);
        ModelFile::Save(path, *m_session->Latest().parameters, run);
        m_savedIteration = m_session->Latest().iteration;
        return true;
    } catch (const EngineError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
}

void RunController::OnSnapshot(const SnapshotPtr& s) {
    m_history.AppendSnapshot(*s);
    if (s->state == TrainingState::Finished || s->state == TrainingState::Stopped ||
        s->state == TrainingState::Diverged)
        RecordRun(*s, s->state);
    // The snapshot's own copy of the weights: the worker's engine is never touched here.
    if (s->parameters) m_currentParameters = s->parameters;
    emit historyAppended();
    emit snapshot(s);
}

TrainingState RunController::State() const {
    return m_session ? m_session->State() : TrainingState::Stopped;
}

bool RunController::InRun() const {
    return State() == TrainingState::Running || State() == TrainingState::Paused;
}

size_t RunController::StepsPerEpoch() const {
    if (m_session && m_session->Latest().parameters) return m_session->Latest().stepsPerEpoch;
    return m_data ? m_options.train.StepsPerEpoch(m_data->train.Count()) : 1;
}

bool RunController::BudgetInEpochs() const {
    return m_data && m_options.epochs > 0 &&
           m_options.train.StepsPerEpoch(m_data->train.Count()) > 1;
}

size_t RunController::EpochBudget() const {
    return BudgetInEpochs() ? m_options.epochs : 0;
}

size_t RunController::IterationBudget() const {
    return SessionOptions::Budget(m_options.iterations, EpochBudget(), StepsPerEpoch());
}

Classification RunController::Classify(const arma::mat& X) const {
    const std::shared_ptr<const Parameters> p = CurrentParameters();
    return p ? Classification(p->Predict(X)) : Classification();
}

std::shared_ptr<const Parameters> RunController::CurrentParameters() const {
    if (m_currentParameters) return m_currentParameters;
    if (!m_data) return nullptr;
    // No run yet: the weights F5 would start from (the same initialiser and seed).
    return std::make_shared<const Parameters>(FreshParameters());
}

}  // namespace layerlab
