#pragma once

#include <QDialog>
#include <QPersistentModelIndex>
#include <QVector>

class QLabel;
class QProgressBar;

namespace layerlab {

// One test image shown large with every class' probability; it follows the model, so the bars
// keep moving while training runs.
class PredictionDialog : public QDialog {
    Q_OBJECT
public:
    PredictionDialog(const QModelIndex& index, const QStringList& classNames,
                     QWidget* parent = nullptr);

private:
    void Refresh();

    QPersistentModelIndex m_index;
    QStringList m_classNames;
    QLabel* m_image = nullptr;
    QLabel* m_verdict = nullptr;
    QVector<QProgressBar*> m_bars;
};

}  // namespace layerlab
