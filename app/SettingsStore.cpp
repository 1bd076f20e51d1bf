#include "SettingsStore.h"

#include <QSettings>
#include <cmath>

#include "EnumNames.h"

namespace layerlab {
namespace {

template <typename E>
void ReadEnum(const QSettings& s, const QString& key, E& field) {
    if (const auto v = Parse<E>(s.value(key).toString().toStdString())) field = *v;
}

template <typename E>
QString Name(E value) {
    return QString::fromStdString(ToString(value));
}

// A finite, non-negative number, converted to field's type.
template <typename T>
void ReadNumber(const QSettings& s, const QString& key, T& field) {
    bool ok = false;
    const double v = s.value(key).toDouble(&ok);
    if (ok && std::isfinite(v) && v >= 0) field = static_cast<T>(v);
}

template <typename T>
void ReadCount(const QSettings& s, const QString& key, T& field, bool allowZero) {
    bool ok = false;
    const qulonglong v = s.value(key).toULongLong(&ok);
    if (ok && (allowZero || v > 0)) field = static_cast<T>(v);
}

}  // namespace

SettingsStore::SettingsStore(QSettings* settings)
    : m_own(settings ? nullptr : std::make_unique<QSettings>()),
      m_settings(settings ? settings : m_own.get()) {}

SettingsStore::~SettingsStore() = default;

SettingsStore::Setup SettingsStore::ReadSetup(Setup d) const {
    const QSettings& s = *m_settings;
    TrainOptions& o = d.session.train;
    bool ok = false;
    const double lr = s.value("training/learningRate").toDouble(&ok);
    if (ok && lr > 0 && std::isfinite(lr)) o.learningRate = lr;
    ReadCount(s, "training/iterations", d.session.iterations, false);
    ReadEnum(s, "training/initializer", d.initializer);
    ReadCount(s, "training/seed", o.seed, true);
    ReadEnum(s, "training/precision", o.precision);
    if (s.contains("network/hidden")) d.hiddenLayers = s.value("network/hidden").toString();
    ReadEnum(s, "optimisation/optimizer", o.optimizer);
    ReadEnum(s, "optimisation/decay", o.decay);
    ReadNumber(s, "optimisation/batchSize", o.batchSize);
    ReadNumber(s, "optimisation/beta1", o.beta1);
    ReadNumber(s, "optimisation/beta2", o.beta2);
    ReadNumber(s, "optimisation/l2", o.l2);
    ReadNumber(s, "optimisation/decayRate", o.decayRate);
    ReadNumber(s, "optimisation/patience", o.earlyStopPatience);
    if (const int epochs = s.value("optimisation/epochs").toInt(); epochs > 0)
        d.session.epochs = size_t(epochs);
    d.logScale = s.value("chart/logScale", d.logScale).toBool();
    return d;
}

void SettingsStore::WriteSetup(const Setup& setup) {
    QSettings& s = *m_settings;
    const TrainOptions& o = setup.session.train;
    s.setValue("training/learningRate", o.learningRate);
    s.setValue("training/iterations", qulonglong(setup.session.iterations));
    s.setValue("training/initializer", Name(setup.initializer));
    s.setValue("training/seed", qulonglong(o.seed));
    s.setValue("training/precision", Name(o.precision));
    if (setup.hiddenLayers) s.setValue("network/hidden", *setup.hiddenLayers);
    s.setValue("optimisation/optimizer", Name(o.optimizer));
    s.setValue("optimisation/decay", Name(o.decay));
    s.setValue("optimisation/batchSize", qulonglong(o.batchSize));
    s.setValue("optimisation/beta1", o.beta1);
    s.setValue("optimisation/beta2", o.beta2);
    s.setValue("optimisation/l2", o.l2);
    s.setValue("optimisation/decayRate", o.decayRate);
    s.setValue("optimisation/patience", qulonglong(o.earlyStopPatience));
    s.setValue("optimisation/epochs", int(setup.session.epochs));
    s.setValue("chart/logScale", setup.logScale);
}

QByteArray SettingsStore::WindowGeometry() const {
    return m_settings->value("window/geometry").toByteArray();
}

QByteArray SettingsStore::WindowState() const {
    return m_settings->value("window/state").toByteArray();
}

bool SettingsStore::HasWindowState() const {
    return m_settings->contains("window/state");
}

void SettingsStore::SetWindowLayout(const QByteArray& geometry, const QByteArray& state) {
    m_settings->setValue("window/geometry", geometry);
    m_settings->setValue("window/state", state);
}

QString SettingsStore::LastDataSet() const {
    return m_settings->value("data/last").toString();
}

void SettingsStore::SetLastDataSet(const QString& spec) {
    m_settings->setValue("data/last", spec);
}

bool SettingsStore::AskBeforeDiscarding() const {
    return m_settings->value("confirm/discardRun", true).toBool();
}

void SettingsStore::SetAskBeforeDiscarding(bool ask) {
    m_settings->setValue("confirm/discardRun", ask);
}

int SettingsStore::SpeedPosition(int fallback) const {
    bool ok = false;
    const int v = m_settings->value("training/speed").toInt(&ok);
    return ok ? v : fallback;
}

void SettingsStore::SetSpeedPosition(int position) {
    m_settings->setValue("training/speed", position);
}

QString SettingsStore::Language() const {
    return m_settings->value("view/language").toString();
}

void SettingsStore::SetLanguage(const QString& code) {
    m_settings->setValue("view/language", code);
}

bool SettingsStore::ColourBlindSafe() const {
    return m_settings->value("view/colourBlindSafe", false).toBool();
}

void SettingsStore::SetColourBlindSafe(bool on) {
    m_settings->setValue("view/colourBlindSafe", on);
}

}  // namespace layerlab
