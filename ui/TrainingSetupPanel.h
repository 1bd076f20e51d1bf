#pragma once

#include <QWidget>
#include <armadillo>
#include <vector>

#include "Initializer.h"
#include "training/SessionOptions.h"

class QLabel;
class QScrollArea;
class QToolButton;

namespace layerlab {

class DropoutEditor;
class HyperparameterPanel;
class TrainingOptionsPanel;

// How the next run trains, as one SessionOptions: the notebook's hyperparameters first, the
// second course's optimisation options behind a fold-out (so the first lesson's window stays
// simple), and the dropout of each hidden layer, which is shown beside the network it drops.
class TrainingSetupPanel : public QWidget {
    Q_OBJECT
public:
    // dropoutParent: the widget that lays out DropoutSection(), under the network's layers.
    explicit TrainingSetupPanel(QWidget* dropoutParent, QWidget* parent = nullptr);
    // The panel in a scroll area as wide as its form, for a dock that may be short.
    QScrollArea* InScrollArea(QWidget* parent);

    SessionOptions Options() const;
    void SetOptions(const SessionOptions& options);
    Initializer GetInitializer() const;
    void SetInitializer(Initializer initializer);
    // Fresh runs start from the weights of fileName ("" : from the initialiser again).
    void ShowWeightsFrom(const QString& fileName);

    // A mini-batch of the whole training set or more is the notebook's full batch.
    void FitBatchTo(size_t trainCount);
    // The network's sizes n[0..L], for the dropout rows.
    void SetLayerSizes(const std::vector<arma::uword>& sizes);
    // The dropout title and rows.
    QWidget* DropoutSection() const { return m_dropoutSection; }
    // A mini-batch run lasts its epochs: the iteration count is then off, saying why.
    void ShowBudgetInEpochs(bool epochs);
    // Locks what a run in progress cannot change; dropout also needs a data set.
    void SetRunLive(bool inRun, bool hasData);

signals:
    // Any option changed (not while SetOptions applies them: once after).
    void optionsChanged();
    // An initialiser was picked over the weights of a file.
    void initializerPicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    QLabel* m_dropoutTitle = nullptr;
    void Changed();

    HyperparameterPanel* m_hyperparameters = nullptr;
    QToolButton* m_fold = nullptr;
    TrainingOptionsPanel* m_optimisation = nullptr;
    QWidget* m_dropoutSection = nullptr;
    DropoutEditor* m_dropout = nullptr;
    bool m_applying = false;
};

}  // namespace layerlab
