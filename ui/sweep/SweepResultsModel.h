#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <vector>

#include "experiments/SweepRunner.h"

namespace layerlab {

// A sweep's finished runs as a table: one row per run in the order they ended, one column per
// swept setting (only those that vary), then the test accuracy (with a test set), the training
// accuracy, the final cost, the seconds, the end state and the run's id in the history.
// Qt::UserRole holds each cell's sort key (numbers as numbers), Qt::DisplayRole its text.
class SweepResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole, ReportRole };

    explicit SweepResultsModel(QObject* parent = nullptr);

    // A new sweep: axes by their option names (SweepPlan::VaryingAxes), and its jobs, whose
    // values on each categorical axis (hidden, optimizer, init) give that axis's categories in
    // the plan's order. Drops the rows.
    void Reset(const QStringList& axes, bool hasTest, const std::vector<SweepRunner::Job>& jobs);
    void Add(const SweepRunner::Report& report);

    const QStringList& Axes() const { return m_axes; }
    bool HasTest() const { return m_hasTest; }
    const std::vector<SweepRunner::Report>& Reports() const { return m_reports; }
    // The column of axis, and of the results after the axes.
    int TestColumn() const { return m_hasTest ? int(m_axes.size()) : -1; }
    int TrainColumn() const { return int(m_axes.size()) + (m_hasTest ? 1 : 0); }
    int CostColumn() const { return TrainColumn() + 1; }
    int IdColumn() const { return TrainColumn() + 4; }

    // The axis as the window names it ("Learning rate"), translated.
    static QString AxisTitle(const QString& axis);
    // hidden, optimizer and init: their values are names, not numbers.
    static bool Categorical(const QString& axis);
    // The categories of axis in the plan's order (empty for a numeric axis).
    QStringList Categories(const QString& axis) const { return m_categories.value(axis); }
    // Report row's place on axis: its value, or the index of its value among the categories.
    double Position(int row, const QString& axis) const;
    // What ranks the runs: the test accuracy in percent, else (no test set) the final cost;
    // NaN for a run that could not be made or diverged.
    double Score(int row) const;
    QString ScoreTitle() const;
    // The best run by SweepRunner::Better, or -1 when none was made.
    int Best() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_axes;
    bool m_hasTest = false;
    QHash<QString, QStringList> m_categories;
    std::vector<SweepRunner::Report> m_reports;
};

}  // namespace layerlab
