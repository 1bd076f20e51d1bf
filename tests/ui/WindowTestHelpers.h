#pragma once

#include <QLineEdit>
#include <QTest>

namespace layerlab::test {

// The child of root named name; a missing widget ends the test run, naming it.
template <typename T>
T* FindChild(const QObject* root, const QString& name) {
    T* w = root->findChild<T*>(name);
    if (!w) qFatal("no widget named %s", qPrintable(name));
    return w;
}

// Replaces a line edit's text by typing, as a user would (so its editing signals fire).
inline void TypeInto(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

}  // namespace layerlab::test
