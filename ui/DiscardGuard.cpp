#include "DiscardGuard.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

#include "SettingsStore.h"
#include "training/RunController.h"

namespace layerlab {

DiscardGuard::DiscardGuard(const RunController* run, QWidget* window)
    : QObject(window), m_run(run), m_window(window) {
    setObjectName("discardGuard");
}

bool DiscardGuard::MayDiscard(const QString& action) {
    const size_t unsaved = m_run->UnsavedIterations();
    if (unsaved == 0) return true;
    SettingsStore store;
    if (!store.AskBeforeDiscarding()) return true;

    QMessageBox box(QMessageBox::Question, tr("Discard this run?"),
                    tr("This run has %n trained iteration(s) that are not saved.", nullptr,
                       int(std::min<size_t>(unsaved, INT_MAX))),
                    QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName("discardRunQuestion");
    box.setAccessibleName(tr("Discard this run?"));
    box.setInformativeText(
        tr("%1 discards them. Save them first with File ▸ Save model (Ctrl+S), or Cancel to keep "
           "the run.")
            .arg(action));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Discard)->setObjectName("discardRunButton");
    box.button(QMessageBox::Discard)->setToolTip(tr("Throw the trained weights away"));
    box.button(QMessageBox::Cancel)->setObjectName("keepRunButton");
    box.button(QMessageBox::Cancel)->setToolTip(tr("Keep the run as it is"));
    auto* dontAsk = new QCheckBox(tr("Don't ask again"), &box);
    dontAsk->setObjectName("dontAskAgainCheck");
    dontAsk->setAccessibleName(tr("Don't ask again"));
    dontAsk->setToolTip(tr("Discard unsaved runs from now on without asking"));
    box.setCheckBox(dontAsk);
    if (box.exec() != QMessageBox::Discard) return false;
    // Only a Discard is remembered: a remembered Cancel would make the run impossible to replace.
    if (dontAsk->isChecked()) store.SetAskBeforeDiscarding(false);
    return true;
}

}  // namespace layerlab
