#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <string>

#include "MainWindow.h"
#include "WindowTestHelpers.h"

namespace layerlab::test {

// 4×4 RGB "images": class 1 bright, class 0 dark, with noise; 60 to train, 20 to test; fixed seed.
inline DataSplit BrightAndDark() {
    arma::arma_rng::set_seed(11);
    DataSplit split;
    const auto make = [](DataSet& d, arma::uword m) {
        d.X.randu(48, m);
        d.y.set_size(m);
        for (arma::uword i = 0; i < m; ++i) {
            d.y[i] = i % 2;
            d.X.col(i) = 0.5 * d.X.col(i) + (d.y[i] ? 0.45 : 0.05);
        }
        d.classNames = {"dark", "bright"};
        d.imageShape = {4, 4, 3};
        d.source = "synthetic";
    };
    make(split.train, 60);
    make(split.test, 20);
    return split;
}

// k classes of 4×4 RGB "images", each class lit in its own colour channel mix; 30 per class to
// train, 10 to test; fixed seed.
inline DataSplit ColourClasses(arma::uword classes) {
    arma::arma_rng::set_seed(7);
    DataSplit split;
    const auto make = [classes](DataSet& d, arma::uword m) {
        d.X.randu(48, m);
        d.y.set_size(m);
        for (arma::uword i = 0; i < m; ++i) {
            d.y[i] = i % classes;
            d.X.col(i) *= 0.3;
            // Class c brightens channel c (of 3) in every pixel.
            for (arma::uword p = 0; p < 16; ++p) d.X(p * 3 + d.y[i] % 3, i) += 0.6;
        }
        d.classNames.clear();
        for (arma::uword c = 0; c < classes; ++c)
            d.classNames.push_back("class" + std::to_string(c));
        d.imageShape = {4, 4, 3};
        d.source = "synthetic";
    };
    make(split.train, 30 * classes);
    make(split.test, 10 * classes);
    return split;
}

// What every window test starts from: settings of its own in a temporary folder (no test reads
// another's, or the user's), cleared before each test, and a shown window on a small data set.
// A Qt Test class derives from QObject and this, and calls it from its own slots.
class WindowFixture {
protected:
    // From initTestCase(). False when the temporary folder cannot be made.
    bool UseOwnSettings(const QString& testName) {
        if (!m_settingsDir.isValid()) return false;
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("LayerLabTests");
        QCoreApplication::setApplicationName(testName);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_ownSettings = true;
        return true;
    }
    // From init(): fresh settings, then a window on data, shown. False when it never showed.
    // Settings of its own come first, named after the test program (tst_x), unless the test's
    // initTestCase already chose them.
    bool OpenWindow(DataSplit data = BrightAndDark(), const QString& name = "synthetic") {
        if (!m_ownSettings && !UseOwnSettings(QCoreApplication::applicationName())) return false;
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->SetDataSet(std::move(data), name);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }
    // From cleanup().
    void CloseWindow() { m_window.reset(); }

    template <typename T>
    T* Find(const QString& name) {
        return FindChild<T>(m_window.get(), name);
    }
    void Type(const QString& editName, const QString& text) {
        TypeInto(Find<QLineEdit>(editName), text);
    }

    std::unique_ptr<MainWindow> m_window;

private:
    QTemporaryDir m_settingsDir;
    bool m_ownSettings = false;
};

}  // namespace layerlab::test
