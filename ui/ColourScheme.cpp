#include "ColourScheme.h"

namespace layerlab {
namespace {

bool g_colourBlindSafe = false;

}  // namespace

ColourScheme* ColourScheme::Notifier() {
    static ColourScheme* notifier = new ColourScheme;  // lives as long as the application
    return notifier;
}

bool ColourScheme::ColourBlindSafe() {
    return g_colourBlindSafe;
}

void ColourScheme::SetColourBlindSafe(bool on) {
    if (on == g_colourBlindSafe) return;
    g_colourBlindSafe = on;
    emit Notifier()->changed();
}

QColor ColourScheme::Right() {
    return g_colourBlindSafe ? QColor("#0072b2") : QColor("#2e7d32");
}

QColor ColourScheme::Wrong() {
    return g_colourBlindSafe ? QColor("#d55e00") : QColor("#c62828");
}

QColor ColourScheme::RightText() {
    return g_colourBlindSafe ? QColor("#005a8c") : QColor("#1b5e20");
}

QColor ColourScheme::WrongText() {
    return g_colourBlindSafe ? QColor("#a34800") : QColor("#b71c1c");
}

QColor ColourScheme::CautionText() {
    return g_colourBlindSafe ? QColor("#8e3a6e") : QColor("#8a5300");
}

QColor ColourScheme::Unknown() {
    return QColor("#9e9e9e");
}

QColor ColourScheme::CurveColour(Curve curve) {
    // Okabe–Ito: blue, orange, bluish green, reddish purple and black stay distinct for
    // protanopia, deuteranopia and tritanopia alike.
    switch (curve) {
        case Curve::TrainCost:
            return g_colourBlindSafe ? QColor("#0072b2") : QColor("#1565c0");
        case Curve::TestCost:
            return g_colourBlindSafe ? QColor("#e69f00") : QColor("#ef6c00");
        case Curve::TrainAccuracy:
            return g_colourBlindSafe ? QColor("#009e73") : QColor("#66bb6a");
        case Curve::TestAccuracy:
            return g_colourBlindSafe ? QColor("#cc79a7") : QColor("#ab47bc");
        case Curve::Divergence:
            return g_colourBlindSafe ? QColor("#000000") : QColor("#c62828");
    }
    return {};
}

}  // namespace layerlab
