#pragma once

#include <QColor>
#include <QObject>

namespace layerlab {

// The colours that carry meaning: right and wrong predictions (the gallery's frames, the
// confusion matrix) and the chart's curves. The default is green for right and red for wrong;
// the colour-blind-safe scheme (View ▸ Colour-blind-safe colours) uses the Okabe–Ito colours,
// blue for right and orange for wrong, which every kind of colour vision tells apart. Colour is
// never the only sign: right and wrong also carry a ✓ or ✗.
class ColourScheme : public QObject {
    Q_OBJECT
public:
    enum class Curve { TrainCost, TestCost, TrainAccuracy, TestAccuracy, Divergence };

    static bool ColourBlindSafe();
    // Switches the scheme; Notifier() then emits changed() for the views to repaint.
    static void SetColourBlindSafe(bool on);

    static QColor Right();
    static QColor Wrong();
    static QColor Unknown();  // not predicted yet
    // Right and wrong as the colour of text (a gallery caption, the verdict under a picture):
    // darker shades of Right() and Wrong(), at least 4.5:1 on every light background the window
    // uses (#efefef and white), in both schemes. Right() and Wrong() fill frames and bars, where
    // 3:1 is enough, and the colour-blind-safe orange is only 3.4:1 as text.
    static QColor RightText();
    static QColor WrongText();
    // Between right and wrong as text (a gradient check that is acceptable but worth a second
    // look): dark amber, or in the colour-blind-safe scheme a dark reddish purple, which stays
    // apart from its blue and orange; at least 4.5:1 on the same backgrounds.
    static QColor CautionText();
    static QColor CurveColour(Curve curve);
    // The marks shown beside right and wrong predictions.
    static QString RightMark() { return QStringLiteral("✓"); }
    static QString WrongMark() { return QStringLiteral("✗"); }

    static ColourScheme* Notifier();

signals:
    void changed();

private:
    ColourScheme() = default;
};

}  // namespace layerlab
