#pragma once

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

namespace layerlab {

// What a lesson locks and hides (Lesson::ControlNames), applied to the window's controls by
// their object names: a locked control is disabled and says the lesson locked it, a hidden one
// disappears with the label that names it. Apply again after anything that re-enables controls
// (the window does after every change of the run's state).
class LessonLocks {
public:
    explicit LessonLocks(QWidget* window) : m_window(window) {}

    void Set(const QStringList& locked, const QStringList& hidden);
    void Clear();
    void Apply();
    bool IsLocked(const QString& control) const { return m_locked.contains(control); }
    bool IsHidden(const QString& control) const { return m_hidden.contains(control); }
    const QStringList& Locked() const { return m_locked; }
    const QStringList& Hidden() const { return m_hidden; }

    // The widgets a control name stands for (their object names).
    static QStringList WidgetNames(const QString& control);

private:
    QList<QWidget*> Widgets(const QString& control) const;
    // w and the labels whose buddy it is.
    QList<QWidget*> WithLabels(QWidget* w) const;
    // Keeps w's tooltip and visibility as they were before the lesson, once.
    void Remember(QWidget* w);

    QWidget* m_window;
    QStringList m_locked, m_hidden;
    QList<QPointer<QWidget>> m_changed;  // what Apply disabled or hid, for Clear
};

}  // namespace layerlab
