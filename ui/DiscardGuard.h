#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace layerlab {

class RunController;

// Asks before the window throws away a trained run that was not saved ("Discard this run?",
// Discard / Cancel, with "Don't ask again" remembered in the settings). Every command that ends
// the run asks it first: Train or Step that start afresh, Reset, opening a data set or a model,
// Quit. A run with no unsaved iterations (untrained, just saved, diverged) passes without a word.
class DiscardGuard : public QObject {
    Q_OBJECT
public:
    DiscardGuard(const RunController* run, QWidget* window);

    // True when the run may be discarded; action names what would discard it ("Reset the
    // weights"). Blocks in a modal question while asking; the run trains on meanwhile.
    bool MayDiscard(const QString& action);

private:
    const RunController* m_run;
    QWidget* m_window;
};

}  // namespace layerlab
