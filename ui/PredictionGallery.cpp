#include "PredictionGallery.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "ColourScheme.h"
#include "Concepts.h"
#include "PredictionDelegate.h"
#include "PredictionDialog.h"
#include "PredictionFilter.h"
#include "PredictionModel.h"

namespace layerlab {

PredictionGallery::PredictionGallery(QWidget* parent) : QWidget(parent) {
    setObjectName("predictionGallery");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);

    auto* header = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName("gallerySummary");
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    // A long filter description wraps instead of widening the window past the screen.
    m_summary->setWordWrap(true);
    m_misclassified = new QCheckBox(this);
    m_misclassified->setObjectName("misclassifiedOnlyCheck");
    m_showAll = new QPushButton(this);
    m_showAll->setObjectName("showAllTestImagesButton");
    m_showAll->setVisible(false);
    header->addWidget(m_summary, 1);
    header->addWidget(m_showAll);
    header->addWidget(m_misclassified);
    connect(m_showAll, &QPushButton::clicked, this, [this] { ShowOnly(std::nullopt); });
    layout->addLayout(header);

    constexpr int kThumbnail = 80;
    m_model = new PredictionModel(kThumbnail, this);
    m_filter = new PredictionFilter(this);
    m_filter->setSourceModel(m_model);
    m_view = new QListView(this);
    m_view->setObjectName("galleryView");
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSpacing(2);
    m_view->setMouseTracking(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);  // one Tab stop: the arrow keys move between images
    m_delegate = new PredictionDelegate(kThumbnail, m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_filter);
    layout->addWidget(m_view, 1);
    RetranslateUi();

    connect(m_misclassified, &QCheckBox::toggled, this, &PredictionGallery::SetMisclassifiedOnly);
    // A click, or Enter on the current image.
    const auto open = [this](const QModelIndex& i) { OpenImage(m_filter->mapToSource(i).row()); };
    connect(m_view, &QListView::clicked, this, open);
    connect(m_view, &QListView::activated, this, open);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& i) {
                if (i.isValid()) emit imageChosen(m_filter->mapToSource(i).row());
            });
    connect(ColourScheme::Notifier(), &ColourScheme::changed, m_view->viewport(),
            qOverload<>(&QWidget::update));
    UpdateSummary();
}

void PredictionGallery::SetDataSet(std::shared_ptr<const DataSplit> split) {
    m_model->SetDataSet(std::move(split));
    UpdateLabelWidth();
    ShowOnly(std::nullopt);  // a subset of the old test set means nothing in the new one
}

void PredictionGallery::UpdateLabelWidth() {
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (const QString& name : m_model->ClassNames())
        width = std::max(width, metrics.horizontalAdvance(ColourScheme::WrongMark() + ' ' + name +
                                                          QStringLiteral(" 100%")));
    // At most 220 px at the application's text size, and as much more as the text is larger:
    // presentation mode's 1.5× font must not elide the names ("✗ no… 66%") it made wider.
    const int normal = QFontMetrics(QApplication::font()).height();
    const int cap = 220 * std::max(metrics.height(), normal) / std::max(1, normal);
    m_delegate->SetLabelWidth(std::min(width, cap));
    m_view->doItemsLayout();
}

void PredictionGallery::SetPredictions(SnapshotPtr snapshot) {
    m_model->SetPredictions(std::move(snapshot));
    UpdateSummary();
}

void PredictionGallery::SetMisclassifiedOnly(bool on) {
    if (m_misclassified->isChecked() != on) m_misclassified->setChecked(on);
    m_filter->SetMisclassifiedOnly(on);
    UpdateSummary();
}

void PredictionGallery::ShowOnly(std::optional<QSet<int>> rows, const QString& description) {
    m_showAll->setVisible(rows.has_value());
    m_subset = rows ? description : QString();
    m_filter->SetRows(std::move(rows));
    UpdateSummary();
}

void PredictionGallery::ShowConfusionCell(int actual, int predicted, const QVector<int>& rows) {
    const auto name = [this](int c) { return m_model->ClassNames().value(c, QString::number(c)); };
    ShowOnly(QSet<int>(rows.begin(), rows.end()),
             tr("actual %1, predicted %2").arg(name(actual), name(predicted)));
}

int PredictionGallery::ShownCount() const {
    return m_filter->rowCount();
}

void PredictionGallery::OpenImage(int row) {
    if (row < 0 || row >= m_model->rowCount()) return;
    // A double click (or a click and Enter) asks twice: one window per image.
    if (QPointer<PredictionDialog> open = m_open.value(row)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new PredictionDialog(m_model->index(row), m_model->ClassNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open.insert(row, dialog);
    dialog->show();
}

void PredictionGallery::RetranslateUi() {
    m_misclassified->setText(tr("&Misclassified only"));
    m_misclassified->setToolTip(tr("Show only the test images the network gets wrong"));
    m_showAll->setText(tr("Show &all test images"));
    m_showAll->setToolTip(tr("Undo the confusion-matrix filter and show every test image"));
    m_view->setAccessibleName(tr("Test images and their predictions"));
    m_view->setAccessibleDescription(
        tr("The arrow keys move between the images; Enter opens one large with every class's "
           "probability."));
    for (QWidget* w : {static_cast<QWidget*>(m_view), static_cast<QWidget*>(m_misclassified),
                       static_cast<QWidget*>(m_showAll)})
        Concepts::Attach(w, "test-predictions");
    Concepts::Attach(m_summary, "accuracy");
    if (m_model) UpdateSummary();
}

void PredictionGallery::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
    if (event->type() == QEvent::FontChange && m_model) UpdateLabelWidth();
}

void PredictionGallery::UpdateSummary() {
    const int total = m_model->rowCount();
    QString text;
    if (total == 0)
        text = tr("No test images");
    else if (!m_model->HasPredictions())
        text = tr("%n test image(s) — train to see predictions", "", total);
    else
        text = tr("Test set: %1 of %2 right (%3 %)")
                   .arg(m_model->RightCount())
                   .arg(total)
                   .arg(QLocale().toString(100.0 * m_model->RightCount() / total, 'f', 1));
    if (!m_subset.isEmpty())
        text += tr(" · showing %1 (%2)").arg(ShownCount()).arg(m_subset);
    else if (ShownCount() != total)
        text += tr(" · showing %1").arg(ShownCount());
    m_summary->setText(text);
}

}  // namespace layerlab
