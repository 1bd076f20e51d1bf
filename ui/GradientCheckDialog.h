#pragma once

#include <QDialog>
#include <memory>
#include <optional>

#include "DataSet.h"
#include "GradientCheck.h"
#include "Parameters.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace layerlab {

class GradientCheckJob;

// Gradient check (course 2): backprop's dW[l] and db[l] of the current network against central
// differences (J(θ+ε) − J(θ−ε)) / 2ε on the first training examples, in the background
// (GradientCheckJob, the same plan as `layerlab gradcheck`). Shows one row per W[l] and b[l] with
// its relative difference and verdict, the overall difference in the course's formula and the
// verdict in words with its thresholds. Non-modal: the window goes on while it is open.
class GradientCheckDialog : public QDialog {
    Q_OBJECT
public:
    explicit GradientCheckDialog(QWidget* parent = nullptr);
    ~GradientCheckDialog() override;

    // What the next Run() checks: the window's current network and data (null: nothing to
    // check, Run() says so). A check already running finishes on what it started with.
    void SetSubject(std::shared_ptr<const Parameters> parameters,
                    std::shared_ptr<const DataSplit> split);
    // Starts a check, as the "Check gradients" button does; does nothing while one runs.
    void Run();
    bool IsRunning() const;

signals:
    // A check is over, its report or its refusal shown (for the window, and tests, to wait on).
    void checkEnded();

private:
    void ShowReport(const GradientCheckReport& report, quint64 examples, quint64 checked,
                    quint64 total, double seconds);
    void ShowFailure(const QString& message);
    void SetBusy(bool busy);
    void RetranslateUi();
    void changeEvent(QEvent* event) override;
    QString VerdictWord(GradientVerdict verdict) const;
    QString VerdictText(GradientVerdict verdict) const;
    static QColor VerdictColour(GradientVerdict verdict);

    std::shared_ptr<const Parameters> m_parameters;
    // The network of the check running or shown: its report's shapes come from it.
    std::shared_ptr<const Parameters> m_checking;
    std::shared_ptr<const DataSplit> m_data;
    // The last report, kept to show it again in another language.
    std::optional<GradientCheckReport> m_report;
    quint64 m_examples = 0, m_checkedCount = 0, m_total = 0;
    double m_seconds = 0.0;
    GradientCheckJob* m_job = nullptr;
    QLabel* m_intro = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_close = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_overall = nullptr;
    QLabel* m_verdict = nullptr;
};

}  // namespace layerlab
