#include "FindingText.h"

#include <QLocale>
#include <cmath>

namespace layerlab {
namespace {

QString Percent(double share) {
    return QLocale().toString(std::lround(100.0 * share));
}

}  // namespace

QString FindingText::What(const HealthFinding& f, arma::uword examples, bool perEpoch) {
    switch (f.kind) {
        case HealthFinding::Kind::DeadReLU:
            return tr("%1 % of layer %2's ReLU units output 0 for every one of the %3 training "
                      "images measured (dead): no gradient reaches their weights any more.")
                .arg(Percent(f.value))
                .arg(f.layer)
                .arg(examples);
        case HealthFinding::Kind::SaturatedOutput:
            return tr("The output sigmoid is saturated for %1 % of the training images "
                      "(a < 0.001 or a > 0.999): where it is wrong it learns slowly.")
                .arg(Percent(f.value));
        case HealthFinding::Kind::VanishingGradients:
            return tr("Gradients in layer 1 are %1 of the output layer's (vanishing), measured "
                      "as ‖dW[l]‖ / ‖W[l]‖: the first layer barely learns.")
                .arg(f.value > 0.0 ? QString::fromStdString(HealthFindings::PowerOfTen(f.value))
                                   : QStringLiteral("0"));
        case HealthFinding::Kind::RisingCost:
            return perEpoch ? tr("The cost rose %n epochs in a row: the learning rate may be too "
                                 "large.",
                                 nullptr, int(f.value))
                            : tr("The cost rose %n iterations in a row: the learning rate may be "
                                 "too large.",
                                 nullptr, int(f.value));
    }
    return {};
}

QString FindingText::TryThis(const HealthFinding& f) {
    switch (f.kind) {
        case HealthFinding::Kind::DeadReLU:
            return tr(
                "Try a smaller learning rate, He initialisation, or Leaky ReLU for this "
                "layer.");
        case HealthFinding::Kind::SaturatedOutput:
            return tr(
                "Try smaller initial weights (He or Xavier initialisation) or a smaller "
                "learning rate. A trained network sure of its whole training set may be "
                "overfitting: compare the test accuracy and try L2.");
        case HealthFinding::Kind::VanishingGradients:
            return tr(
                "Try He initialisation for ReLU layers, ReLU instead of sigmoid or tanh in "
                "the hidden layers, fewer layers, or the Adam optimiser.");
        case HealthFinding::Kind::RisingCost:
            return tr("Try a smaller learning rate, e.g. a third of it, or learning-rate decay.");
    }
    return {};
}

QString FindingText::Healthy() {
    return tr(
        "No problems found: no dead layer, no saturated output, the gradients reach the "
        "first layer and the cost is not rising.");
}

}  // namespace layerlab
