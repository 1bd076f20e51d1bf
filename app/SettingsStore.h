#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

#include "Initializer.h"
#include "training/SessionOptions.h"

class QSettings;

namespace layerlab {

// What the window remembers between sessions, mapped to and from QSettings: the next run's
// options, the network's hidden layers and initialiser, the chart's scale, the window's layout
// and the last data set. Enums are stored by their EnumNames; a value is read back only when it
// is valid, so a hand-edited or old settings file never breaks the window.
class SettingsStore {
public:
    struct Setup {
        // Learning rate, precision, seed, iterations, epochs and the optimisation options (the
        // dropout, ε, the decay interval and the validation share are not kept).
        SessionOptions session;
        Initializer initializer = Initializer::Notebook;
        // ArchitectureEditor's "20:relu,7:relu,5:relu" ("" has no hidden layer); empty when it
        // was never stored.
        std::optional<QString> hiddenLayers;
        bool logScale = false;
    };

    // Over the application's QSettings, or over settings (not owned), e.g. a test's own file.
    explicit SettingsStore(QSettings* settings = nullptr);
    ~SettingsStore();

    // defaults with every stored value that reads back valid written over it.
    Setup ReadSetup(Setup defaults) const;
    void WriteSetup(const Setup& setup);

    QByteArray WindowGeometry() const;
    QByteArray WindowState() const;
    bool HasWindowState() const;
    void SetWindowLayout(const QByteArray& geometry, const QByteArray& state);

    // The data set opened last from a file or folder (not a built-in one).
    QString LastDataSet() const;
    void SetLastDataSet(const QString& spec);

    // Whether the window asks before it discards a trained, unsaved run ("Don't ask again").
    bool AskBeforeDiscarding() const;
    void SetAskBeforeDiscarding(bool ask);
    // The speed slider's position (SpeedScale), or fallback when none valid was stored.
    int SpeedPosition(int fallback) const;
    void SetSpeedPosition(int position);
    // View ▸ Language: "" follows the system's locale, else a locale code ("en", "zh_CN").
    QString Language() const;
    void SetLanguage(const QString& code);
    // View ▸ Colour-blind-safe colours.
    bool ColourBlindSafe() const;
    void SetColourBlindSafe(bool on);

private:
    std::unique_ptr<QSettings> m_own;
    QSettings* m_settings;
};

}  // namespace layerlab
