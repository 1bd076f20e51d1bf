#include "ConfusionMatrixView.h"

#include <QCheckBox>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "Concepts.h"
#include "ConfusionMatrixModel.h"

namespace layerlab {

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent)
    : QWidget(parent),
      m_model(new ConfusionMatrixModel(this)),
      m_normalize(new QCheckBox(this)),
      m_table(new QTableView(this)) {
    setObjectName("confusionMatrixView");
    m_model->setObjectName("confusionMatrixModel");

    auto* caption = new QLabel(this);
    m_caption = caption;
    caption->setObjectName("confusionCaption");
    caption->setWordWrap(true);  // a narrow dock must not widen the window
    m_normalize->setObjectName("confusionNormalize");

    m_table->setObjectName("confusionTable");
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One Tab stop: the arrow keys move between the cells, Tab leaves the table.
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // "T-shirt/top" in a narrow column reads better as "T-sh…" than clipped to "hirt/t".
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // A count is read whole or not at all: "7…" for 786 misleads, so never elide cell text.
    m_table->setTextElideMode(Qt::ElideNone);

    // Stacked, so a narrow dock keeps each on one line.
    auto* top = new QVBoxLayout;
    top->setContentsMargins(4, 0, 4, 0);
    top->addWidget(caption);
    top->addWidget(m_normalize, 0, Qt::AlignLeft);  // only as wide as it reads
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    RetranslateUi();
    connect(m_normalize, &QCheckBox::toggled, m_model, &ConfusionMatrixModel::SetNormalized);
    // A click, or Enter on the current cell.
    const auto chosen = [this](const QModelIndex& index) {
        emit cellClicked(index.row(), index.column(),
                         m_model->Indices(index.row(), index.column()));
    };
    connect(m_table, &QTableView::clicked, this, chosen);
    connect(m_table, &QTableView::activated, this, chosen);
}

void ConfusionMatrixView::RetranslateUi() {
    m_normalize->setText(tr("Row-normalised"));
    m_caption->setText(tr("Rows: actual class · Columns: predicted class"));
    m_normalize->setToolTip(
        tr("Show each row as percentages of that class's test images, so rare and common classes "
           "compare fairly."));
    m_table->setToolTip(tr("Click a cell to see the test images it counts."));
    m_table->setAccessibleName(tr("Confusion matrix"));
    m_table->setAccessibleDescription(
        tr("Rows are the actual classes, columns the predicted ones; the arrow keys move between "
           "the cells and Enter shows a cell's test images."));
    for (QWidget* w : {static_cast<QWidget*>(m_table), static_cast<QWidget*>(m_normalize),
                       static_cast<QWidget*>(m_caption)})
        Concepts::Attach(w, "confusion-matrix");
    // The headers' and cells' tooltips are the model's, asked for again.
    m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    m_model->headerDataChanged(Qt::Vertical, 0, m_model->rowCount() - 1);
}

void ConfusionMatrixView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

void ConfusionMatrixView::SetClassNames(const QStringList& names) {
    m_model->SetClassNames(names);
    // Ten columns of three-digit counts fit a side panel only in a slightly smaller font.
    QFont cells = font();
    if (names.size() > ConfusionMatrixModel::kNamedColumnsUpTo)
        cells.setPointSizeF(font().pointSizeF() * 0.85);
    m_table->setFont(cells);
}

void ConfusionMatrixView::SetResults(const QVector<int>& predicted, const QVector<int>& actual) {
    m_shown.reset();
    m_model->SetResults(predicted, actual);
}

void ConfusionMatrixView::SetPredictions(const SnapshotPtr& snapshot,
                                         const arma::Row<arma::uword>& actual) {
    // Counted again only for a new measurement: a full-speed run shares one between many
    // snapshots.
    const std::shared_ptr<const TestResults> results = snapshot ? snapshot->testResults : nullptr;
    if (results && results == m_shown.lock()) return;
    m_shown = results;
    QVector<int> p, a;
    const size_t n = results ? results->predictions.size() : 0;
    if (n > 0 && n == actual.n_elem) {
        for (size_t i = 0; i < n; ++i) {
            p.append(int(results->predictions[i].predictedClass));
            a.append(int(actual[i]));
        }
    }
    m_model->SetResults(p, a);
}

void ConfusionMatrixView::SetNormalized(bool rowNormalized) {
    m_normalize->setChecked(rowNormalized);
}

bool ConfusionMatrixView::IsNormalized() const {
    return m_model->IsNormalized();
}

int ConfusionMatrixView::Count(int actual, int predicted) const {
    return m_model->Count(actual, predicted);
}

QVector<int> ConfusionMatrixView::Indices(int actual, int predicted) const {
    return m_model->Indices(actual, predicted);
}

}  // namespace layerlab
