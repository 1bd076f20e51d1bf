#include "PresentationMode.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QToolBar>

#include "DockLayout.h"

namespace layerlab {

PresentationMode::PresentationMode(QMainWindow* window, DockLayout* layout)
    : QObject(window), m_window(window), m_layout(layout) {
    setObjectName("presentationMode");
}

QPalette PresentationMode::HighContrastPalette() {
    // Black on white with a dark blue highlight: every text role is 15:1 or better, and the
    // disabled text (#595959 on white, 7:1) still reads from the back of a room.
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), blue("#0b3d91"), grey("#595959");
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(g, QPalette::Window, white);
        p.setColor(g, QPalette::WindowText, black);
        p.setColor(g, QPalette::Base, white);
        p.setColor(g, QPalette::AlternateBase, QColor("#f0f0f0"));
        p.setColor(g, QPalette::Text, black);
        p.setColor(g, QPalette::Button, QColor("#f0f0f0"));
        p.setColor(g, QPalette::ButtonText, black);
        p.setColor(g, QPalette::Highlight, blue);
        p.setColor(g, QPalette::HighlightedText, white);
        p.setColor(g, QPalette::ToolTipBase, white);
        p.setColor(g, QPalette::ToolTipText, black);
        p.setColor(g, QPalette::PlaceholderText, grey);
        p.setColor(g, QPalette::Link, blue);
        p.setColor(g, QPalette::Mid, grey);
    }
    for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, r, grey);
    for (QPalette::ColorRole r : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(QPalette::Disabled, r, white);
    return p;
}

void PresentationMode::SetOn(bool on) {
    if (on == m_on) return;
    m_on = on;
    if (on) {
        m_geometry = m_window->geometry();
        m_state = m_window->saveState();
        m_font = m_window->font();
        m_palette = m_window->palette();
        // Icons only: with 1.5x text the labelled buttons push the speed slider into the
        // toolbar's overflow menu on a 1280-pixel projector. The tooltips still name them.
        m_buttonStyles.clear();
        for (QToolBar* bar : m_window->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly)) {
            m_buttonStyles.append({bar, bar->toolButtonStyle()});
            bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
        QFont big = m_font;
        big.setPointSizeF(m_font.pointSizeF() * kFontScale);
        m_window->setFont(big);
        m_window->setPalette(HighContrastPalette());
        m_window->showFullScreen();
        // Without a window manager (a kiosk, Xvfb) nothing acts on the full-screen request.
        m_window->setGeometry(m_window->screen()->geometry());
        m_layout->Present();
    } else {
        m_window->setFont(m_font);
        m_window->setPalette(m_palette);
        for (const auto& [bar, style] : m_buttonStyles)
            if (bar) bar->setToolButtonStyle(style);
        m_window->showNormal();
        m_window->restoreState(m_state);
        // The rectangle, not saveGeometry(): without a window manager the latter comes back
        // shifted by a guessed frame.
        m_window->setGeometry(m_geometry);
    }
    emit toggled(on);
}

}  // namespace layerlab
