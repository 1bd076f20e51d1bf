#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPalette>
#include <QPointer>
#include <QRect>

class QMainWindow;
class QToolBar;

namespace layerlab {

class DockLayout;

// Presentation mode (F11): the window full screen for a projector, its text 1.5× larger, a
// high-contrast palette (black on white, at least 15:1), thick chart lines, and only the panels a
// class watches (the network, the hyperparameters, the chart and the test predictions). Leaving
// it gives back the window's own geometry, panels, font and palette.
class PresentationMode : public QObject {
    Q_OBJECT
public:
    PresentationMode(QMainWindow* window, DockLayout* layout);

    bool IsOn() const { return m_on; }
    void SetOn(bool on);

    static constexpr double kFontScale = 1.5;
    // The palette presentation mode uses, for tests that check its contrast.
    static QPalette HighContrastPalette();

signals:
    void toggled(bool on);

private:
    QMainWindow* m_window;
    DockLayout* m_layout;
    bool m_on = false;
    // What leaving restores.
    QRect m_geometry;
    QByteArray m_state;
    QFont m_font;
    QPalette m_palette;
    QList<QPair<QPointer<QToolBar>, Qt::ToolButtonStyle>> m_buttonStyles;
};

}  // namespace layerlab
