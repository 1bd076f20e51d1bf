#include "PredictionPanel.h"

#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "Concepts.h"
#include "EngineError.h"
#include "datasets/ImageEncoder.h"

namespace layerlab {
namespace {

constexpr int kThumbnail = 96;

}  // namespace

PredictionPanel::PredictionPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("predictionPanel");
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_hint = new QLabel(this);
    m_hint->setObjectName("predictionHint");
    m_hint->setWordWrap(true);
    auto* clearButton = new QPushButton(this);
    clearButton->setObjectName("predictionClear");
    m_clear = clearButton;
    connect(clearButton, &QPushButton::clicked, this, &PredictionPanel::Clear);
    header->addWidget(m_hint, 1);
    header->addWidget(clearButton);
    layout->addLayout(header);

    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName("predictionScroll");
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* list = new QWidget(scroll);
    list->setObjectName("predictionList");
    m_cards = new QVBoxLayout(list);
    m_cards->addStretch(1);
    scroll->setWidget(list);
    layout->addWidget(scroll, 1);
    RetranslateUi();
}

void PredictionPanel::RetranslateUi() {
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove the dropped pictures"));
    m_clear->setAccessibleName(tr("Clear your pictures"));
    // A Tab stop of its own: the cards hold no control, and the arrow keys scroll them.
    m_scroll->setAccessibleName(tr("Your pictures and their predictions"));
    m_scroll->setAccessibleDescription(tr("Drop or paste pictures (Ctrl+V) to add them"));
    for (QWidget* w : {static_cast<QWidget*>(m_clear), static_cast<QWidget*>(m_scroll),
                       static_cast<QWidget*>(m_hint)})
        Concepts::Attach(w, "your-pictures");
    for (Item& item : m_items) NameInsideButton(item);
    ShowHint();
    Reclassify();  // the cards' titles
}

void PredictionPanel::NameInsideButton(Item& item) const {
    item.inside->setText(tr("Look inside"));
    item.inside->setAccessibleName(tr("Look inside: %1").arg(item.label));
    item.inside->setToolTip(tr("Follow this picture through the network (Inside ▸ Example)"));
}

void PredictionPanel::ShowHint() {
    m_hint->setText(
        m_items.isEmpty()
            ? tr("Drop or paste pictures to see what the network makes of them.")
            : tr("What the current network makes of each picture (%n shown, newest first).",
                 nullptr, Count()));
}

void PredictionPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

void PredictionPanel::SetClassNames(const QStringList& names) {
    m_classNames = names;
    for (int i = 0; i < m_items.size(); ++i) {
        RebuildBars(m_items[i]);
        ShowUnclassified(m_items[i]);
    }
}

void PredictionPanel::SetEncoding(const std::array<arma::uword, 3>& shape,
                                  const FeatureStandardiser& standardiser) {
    m_shape = shape;
    m_standardiser = standardiser;
    for (Item& item : m_items) {
        Encode(item);
        ShowUnclassified(item);
    }
}

void PredictionPanel::Encode(Item& item) const {
    if (m_shape[0] * m_shape[1] * m_shape[2] == 0) {
        item.input.reset();
        return;
    }
    arma::mat x = ImageEncoder::Encode(item.image, m_shape);
    m_standardiser.Apply(x);
    item.input = x.col(0);
}

bool PredictionPanel::AddImage(const QString& path, QString* error) {
    // The one way every loader reads a picture: a FIFO or a decompression bomb is refused by
    // its declared size before Qt decodes it ("Unable to read image data" said nothing of why).
    QString reason;
    QImage image;
    try {
        image = ImageEncoder::ReadFile(path, &reason);
    } catch (const EngineError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    if (image.isNull()) {
        if (error) *error = tr("%1: not a readable picture (%2)").arg(path, reason);
        return false;
    }
    AddImage(image, QFileInfo(path).fileName());
    return true;
}

void PredictionPanel::AddImage(const QImage& image, const QString& label) {
    while (m_items.size() >= kMaxImages) {
        delete m_items.front().card;
        m_items.removeFirst();
    }
    Item item;
    item.image = image;
    item.label = label;
    Encode(item);
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    item.card = frame;
    auto* row = new QHBoxLayout(item.card);
    auto* picture = new QLabel(item.card);
    picture->setObjectName("predictionImage");
    picture->setPixmap(QPixmap::fromImage(
        image.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    picture->setFixedSize(kThumbnail, kThumbnail);
    picture->setAlignment(Qt::AlignCenter);
    picture->setToolTip(label);
    item.column = new QVBoxLayout;
    item.title = new QLabel(item.card);
    item.title->setObjectName("predictionClass");
    QFont big = item.title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    item.title->setFont(big);
    auto* name = new QLabel(item.card);
    name->setObjectName("predictionName");
    name->setText(name->fontMetrics().elidedText(label, Qt::ElideMiddle, 260));
    name->setToolTip(label);
    item.inside = new QPushButton(item.card);
    item.inside->setObjectName("lookInside");
    NameInsideButton(item);
    connect(item.inside, &QPushButton::clicked, this, [this, card = item.card] {
        for (const Item& i : m_items)
            if (i.card == card && i.input.n_elem) {
                ExampleChoice c;
                c.source = ExampleChoice::Source::Picture;
                c.features = i.input;
                c.name = i.label;
                c.image = i.image;
                emit pictureChosen(c);
            }
    });
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(name, 1);
    titleRow->addWidget(item.inside);
    item.column->addLayout(titleRow);
    item.column->addWidget(item.title);
    row->addWidget(picture);
    row->addLayout(item.column, 1);
    m_items.append(item);
    RebuildBars(m_items.back());
    ShowUnclassified(m_items.back());
    // Newest first, above the stretch at the end.
    m_cards->insertWidget(0, item.card);
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i].card->setObjectName(QStringLiteral("predictionCard_%1").arg(i));
    ShowHint();
    emit imagesChanged();
    Reclassify();
}

QStringList PredictionPanel::AddImages(const QStringList& paths, const QList<QImage>& images) {
    QStringList errors;
    for (const QString& p : paths) {
        QString error;
        if (!AddImage(p, &error)) errors << error;
    }
    for (const QImage& i : images) AddImage(i, tr("pasted picture"));
    return errors;
}

void PredictionPanel::RebuildBars(Item& item) {
    delete item.bars;
    item.classBars.clear();
    item.bars = new QWidget(item.card);
    item.bars->setObjectName("predictionBars");
    auto* layout = new QVBoxLayout(item.bars);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int c = 0; c < m_classNames.size(); ++c) {
        auto* bar = item.classBars.emplace_back(new QProgressBar(item.bars));
        bar->setObjectName(QStringLiteral("predictionBar_%1").arg(c));
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setFormat(QStringLiteral("%1  —").arg(m_classNames[c]));
        layout->addWidget(bar);
    }
    item.column->addWidget(item.bars);
}

void PredictionPanel::ShowUnclassified(Item& item) {
    item.predicted.clear();
    item.title->setText(item.input.is_empty() ? tr("open a data set to classify it")
                                              : tr("not classified yet"));
    for (QProgressBar* bar : item.classBars) bar->setValue(0);
}

void PredictionPanel::Clear() {
    for (Item& item : m_items) delete item.card;
    m_items.clear();
    ShowHint();
    emit imagesChanged();
}

arma::mat PredictionPanel::Inputs() const {
    if (m_items.isEmpty() || m_items.front().input.is_empty()) return {};
    arma::mat X(m_items.front().input.n_elem, m_items.size());
    for (int i = 0; i < m_items.size(); ++i) X.col(i) = m_items[i].input;
    return X;
}

bool PredictionPanel::ShowClassification(const Classification& classification) {
    const arma::uword classes = static_cast<arma::uword>(m_classNames.size());
    const arma::uword rows = classification.probabilities.n_rows;
    if (classification.Count() != static_cast<arma::uword>(Count()) ||
        classification.predictions.size() != static_cast<size_t>(Count()) ||
        (rows != classes && !(rows == 1 && classes == 2)))
        return false;
    for (int i = 0; i < m_items.size(); ++i) {
        Item& item = m_items[i];
        const Prediction& best = classification.predictions[size_t(i)];
        const std::vector<double> p = classification.ClassProbabilities(arma::uword(i));
        item.predicted = m_classNames[static_cast<int>(best.predictedClass)];
        item.title->setText(
            tr("%1  %2 %").arg(item.predicted).arg(100.0 * best.confidence, 0, 'f', 1));
        const QList<QProgressBar*>& bars = item.classBars;
        for (arma::uword c = 0; c < classes && c < static_cast<arma::uword>(bars.size()); ++c) {
            bars[c]->setValue(static_cast<int>(std::lround(1000.0 * p[c])));
            bars[c]->setFormat(
                QStringLiteral("%1  %2 %").arg(m_classNames[c]).arg(100.0 * p[c], 0, 'f', 1));
        }
    }
    return true;
}

void PredictionPanel::SetClassifier(std::function<Classification(const arma::mat&)> classifier) {
    m_classifier = std::move(classifier);
}

void PredictionPanel::Reclassify() {
    const arma::mat X = Inputs();
    if (!m_classifier || X.is_empty()) return;
    try {
        ShowClassification(m_classifier(X));
    } catch (const std::exception& e) {
        // A network that does not fit the pictures (another data set's input size) says why.
        m_hint->setText(tr("Cannot classify the pictures: %1").arg(QString::fromUtf8(e.what())));
    }
}

QString PredictionPanel::PredictedClass(int i) const {
    return i >= 0 && i < m_items.size() ? m_items[i].predicted : QString();
}

}  // namespace layerlab
