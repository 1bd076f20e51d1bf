#pragma once

#include <QCoreApplication>
#include <QString>

#include "HealthFindings.h"

namespace layerlab {

// A health finding in the window's language: what is wrong and what to try, worded from the
// finding's kind and numbers (the engine's English sentences are the command line's), naming
// the window's own controls rather than command-line options.
class FindingText {
    Q_DECLARE_TR_FUNCTIONS(layerlab::FindingText)
public:
    // perEpoch: the costs were per epoch (a mini-batch run), so rises count epochs.
    static QString What(const HealthFinding& finding, arma::uword examples, bool perEpoch);
    static QString TryThis(const HealthFinding& finding);
    static QString Healthy();
};

}  // namespace layerlab
