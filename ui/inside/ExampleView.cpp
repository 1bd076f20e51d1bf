#include "ExampleView.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ActivationStrip.h"
#include "ArchitectureEditor.h"
#include "datasets/ImageEncoder.h"
#include "inspect/WeightPictures.h"

namespace layerlab {
namespace {

constexpr int kMapSide = 128;

QLabel* MapLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setFixedSize(kMapSide, kMapSide);
    label->setAlignment(Qt::AlignCenter);
    label->setFrameShape(QFrame::StyledPanel);
    return label;
}

}  // namespace

ExampleView::ExampleView(QWidget* parent) : QWidget(parent) {
    setObjectName("exampleView");
    auto* layout = new QVBoxLayout(this);
    auto* pick = new QHBoxLayout;
    m_sourceLabel = new QLabel(this);
    m_source = new QComboBox(this);
    m_source->setObjectName("exampleSource");
    m_sourceLabel->setBuddy(m_source);
    m_index = new QSpinBox(this);
    m_index->setObjectName("exampleIndex");
    pick->addWidget(m_sourceLabel);
    pick->addWidget(m_source, 1);
    pick->addWidget(m_index);
    layout->addLayout(pick);
    m_heading = new QLabel(this);
    m_heading->setObjectName("exampleHeading");
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_maps = new QWidget(this);
    m_maps->setObjectName("exampleMaps");
    auto* maps = new QGridLayout(m_maps);
    maps->setContentsMargins(0, 0, 0, 0);
    m_picture = MapLabel("examplePicture", m_maps);
    m_saliency = MapLabel("saliencyMap", m_maps);
    m_occlusion = MapLabel("occlusionMap", m_maps);
    m_pictureCaption = new QLabel(m_maps);
    m_saliencyCaption = new QLabel(m_maps);
    m_occlusionCaption = new QLabel(m_maps);
    int column = 0;
    for (auto [map, caption] :
         {std::pair{m_picture, m_pictureCaption}, std::pair{m_saliency, m_saliencyCaption},
          std::pair{m_occlusion, m_occlusionCaption}}) {
        // One short line each: a wrapped label in a grid is given one line's height.
        caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        caption->setMaximumWidth(kMapSide + 20);
        maps->addWidget(map, 0, column, Qt::AlignHCenter);
        maps->addWidget(caption, 1, column++, Qt::AlignHCenter | Qt::AlignTop);
    }
    maps->setColumnStretch(3, 1);
    layout->addWidget(m_maps);

    m_outputHeading = new QLabel(this);
    layout->addWidget(m_outputHeading);
    m_bars = new QVBoxLayout;
    m_bars->setSpacing(2);
    layout->addLayout(m_bars);
    m_activationsHeading = new QLabel(this);
    layout->addWidget(m_activationsHeading);
    m_strip = new ActivationStrip(this);
    layout->addWidget(m_strip);
    m_glassHeading = new QLabel(this);
    m_glassHeading->setWordWrap(true);
    layout->addWidget(m_glassHeading);
    m_glass = new QPlainTextEdit(this);
    m_glass->setObjectName("glassBox");
    m_glass->setReadOnly(true);
    m_glass->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_glass->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_glass->setMinimumHeight(160);
    layout->addWidget(m_glass, 1);

    connect(m_source, &QComboBox::activated, this, &ExampleView::Pick);
    connect(m_index, &QSpinBox::valueChanged, this, &ExampleView::Pick);
    RetranslateUi();
}

void ExampleView::RetranslateUi() {
    m_sourceLabel->setText(tr("E&xample to follow:"));
    const int current = m_source->currentIndex();
    m_source->clear();
    m_source->addItem(tr("a test image"), int(ExampleChoice::Source::Test));
    m_source->addItem(tr("a training image"), int(ExampleChoice::Source::Train));
    m_source->setCurrentIndex(std::max(0, current));
    m_source->setAccessibleName(tr("Which set the followed example comes from"));
    m_index->setAccessibleName(tr("Number of the followed example"));
    m_index->setToolTip(tr("Or click an image in Test predictions or Your pictures"));
    m_pictureCaption->setText(tr("the example"));
    m_saliencyCaption->setText(tr("saliency |dp/dx|"));
    m_occlusionCaption->setText(tr("occlusion"));
    m_picture->setAccessibleName(tr("The followed example"));
    m_saliency->setAccessibleName(tr("Saliency map"));
    m_saliency->setToolTip(
        tr("How fast the predicted class's probability changes with each "
           "pixel: darker red pixels matter more"));
    m_occlusion->setAccessibleName(tr("Occlusion map"));
    m_occlusion->setToolTip(
        tr("How much the probability falls when a grey patch hides each "
           "place: red where hiding it lowers the probability"));
    m_outputHeading->setText(tr("<b>Output probabilities</b>"));
    m_activationsHeading->setText(tr("<b>Activations</b>, one bar per unit"));
    m_glass->setAccessibleName(tr("Glass-box neuron"));
    Show();
}

void ExampleView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) RetranslateUi();
}

void ExampleView::SetDataSet(std::shared_ptr<const DataSplit> split) {
    m_data = std::move(split);
    m_inspection.reset();
    const bool hasTest = m_data && m_data->test.Count() > 0;
    m_showing = true;
    m_source->setItemData(0, hasTest ? QVariant() : QVariant(0), Qt::UserRole - 1);
    m_source->setCurrentIndex(hasTest ? 0 : 1);
    m_index->setValue(0);
    m_showing = false;
    Pick();
    Show();
}

void ExampleView::ShowChoice(const ExampleChoice& choice) {
    m_showing = true;
    if (choice.source == ExampleChoice::Source::Test ||
        choice.source == ExampleChoice::Source::Train) {
        m_source->setCurrentIndex(m_source->findData(int(choice.source)));
        const DataSet& set =
            choice.source == ExampleChoice::Source::Test ? m_data->test : m_data->train;
        m_index->setMaximum(std::max<int>(0, int(set.Count()) - 1));
        m_index->setValue(int(choice.index));
    }
    m_showing = false;
}

void ExampleView::Pick() {
    if (m_showing || !m_data) return;
    ExampleChoice c;
    c.source = ExampleChoice::Source(m_source->currentData().toInt());
    const DataSet& set = c.source == ExampleChoice::Source::Test ? m_data->test : m_data->train;
    m_index->setMaximum(std::max<int>(0, int(set.Count()) - 1));
    c.index = arma::uword(m_index->value());
    emit exampleChosen(c);
}

void ExampleView::SetInspection(InspectionPtr inspection) {
    m_inspection = std::move(inspection);
    Show();
}

QString ExampleView::ClassName(int c) const {
    if (m_data && c >= 0 && size_t(c) < m_data->train.classNames.size())
        return QString::fromStdString(m_data->train.classNames[size_t(c)]);
    return tr("class %1").arg(c);
}

void ExampleView::ShowImage(QLabel* label, const QImage& image) {
    if (image.isNull()) {
        label->setPixmap({});
        return;
    }
    label->setPixmap(QPixmap::fromImage(
        image.scaled(kMapSide - 4, kMapSide - 4, Qt::KeepAspectRatio, Qt::FastTransformation)));
}

QImage ExampleView::SaliencyImage(const arma::vec& gradient,
                                  const std::array<arma::uword, 3>& shape) {
    const arma::uword h = shape[0], w = shape[1], c = std::max<arma::uword>(1, shape[2]);
    if (h * w * c != gradient.n_elem || gradient.is_empty()) return {};
    arma::vec pixels(h * w, arma::fill::zeros);
    for (arma::uword i = 0; i < gradient.n_elem; ++i) pixels(i / c) += std::abs(gradient(i));
    const double largest = pixels.max();
    QImage image(static_cast<int>(w), static_cast<int>(h), QImage::Format_RGB32);
    for (arma::uword i = 0; i < pixels.n_elem; ++i) {
        const double s = largest > 0 ? pixels(i) / largest : 0.0;
        image.setPixel(int(i % w), int(i / w),
                       qRgb(int(255 - 95 * s), int(255 - 255 * s), int(255 - 255 * s)));
    }
    return image;
}

QImage ExampleView::OcclusionImage(const arma::vec& drops, const std::array<arma::uword, 2>& grid) {
    if (drops.n_elem != grid[0] * grid[1] || drops.is_empty()) return {};
    const double scale = arma::abs(drops).max();
    QImage image(static_cast<int>(grid[1]), static_cast<int>(grid[0]), QImage::Format_RGB32);
    for (arma::uword i = 0; i < drops.n_elem; ++i)
        image.setPixel(int(i % grid[1]), int(i / grid[1]),
                       WeightPictures::Diverging(drops(i), scale));
    return image;
}

void ExampleView::Show() {
    const Inspection* in = m_inspection.get();
    const bool traced = in && in->traced;
    m_maps->setVisible(traced && in->occlusion.n_elem > 0);
    if (!traced) {
        m_heading->setText(in && !in->error.isEmpty() ? in->error
                                                      : tr("Train or step once to follow an "
                                                           "example through the network."));
        m_strip->SetActivations({});
        for (QProgressBar* b : m_probabilities) delete b;
        m_probabilities.clear();
        m_glass->clear();
        m_glassHeading->clear();
        return;
    }
    const ExampleChoice& e = in->example;
    const QString what = e.source == ExampleChoice::Source::Test ? tr("Test image %1").arg(e.index)
                         : e.source == ExampleChoice::Source::Train
                             ? tr("Training image %1").arg(e.index)
                             : tr("Your picture %1").arg(e.name);
    const double confidence = in->classProbabilities[in->predicted];
    QString heading = tr("<b>%1</b>, iteration %2: predicted <b>%3</b> (%4 %)")
                          .arg(what.toHtmlEscaped())
                          .arg(in->iteration)
                          .arg(ClassName(int(in->predicted)).toHtmlEscaped())
                          .arg(QLocale().toString(100 * confidence, 'f', 1));
    if (in->label >= 0)
        heading += QStringLiteral(" · ") +
                   (in->label == int(in->predicted) ? tr("right: it is %1") : tr("wrong: it is %1"))
                       .arg(ClassName(in->label).toHtmlEscaped());
    m_heading->setText(heading);

    if (m_maps->isVisible() && m_data) {
        const std::array<arma::uword, 3>& shape = m_data->train.imageShape;
        ShowImage(m_picture, e.source == ExampleChoice::Source::Picture && !e.image.isNull()
                                 ? e.image
                                 : ImageEncoder::Decode(in->trace.A[0].col(0), shape));
        ShowImage(m_saliency, SaliencyImage(in->saliency, shape));
        ShowImage(m_occlusion, OcclusionImage(in->occlusion, in->occlusionGrid));
        m_occlusionCaption->setText(tr("occlusion, %1 px").arg(in->occlusionPatch));
    }

    // One bar per class, the predicted one first in bold.
    const size_t classes = in->classProbabilities.size();
    while (m_probabilities.size() > classes) {
        delete m_probabilities.back();
        m_probabilities.pop_back();
    }
    while (m_probabilities.size() < classes) {
        auto* bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("probability_%1").arg(m_probabilities.size()));
        bar->setRange(0, 1000);
        bar->setTextVisible(true);
        bar->setMaximumHeight(fontMetrics().height() + 6);
        m_bars->addWidget(bar);
        m_probabilities.push_back(bar);
    }
    for (size_t c = 0; c < classes; ++c) {
        const double p = in->classProbabilities[c];
        QProgressBar* bar = m_probabilities[c];
        bar->setValue(int(std::lround(1000 * p)));
        bar->setFormat(
            QStringLiteral("%1  %2 %").arg(ClassName(int(c)), QLocale().toString(100 * p, 'f', 1)));
        bar->setAccessibleName(tr("Probability of %1").arg(ClassName(int(c))));
        QFont f = font();
        f.setBold(c == in->predicted);
        bar->setFont(f);
    }

    m_strip->SetActivations(in->trace.A);

    if (!in->neuron) return;
    const GlassBoxNeuron& n = *in->neuron;
    m_glassHeading->setText(
        tr("<b>Glass box: layer %1, unit %2</b> (%3). Click a unit in the diagram to open another; "
           "Step (F10) applies the update below.")
            .arg(n.layer)
            .arg(n.unit)
            .arg(ArchitectureEditor::ActivationName(n.activation)));
    // The engine's own lines (the arithmetic in course notation), under headings in the window's
    // language; the first, a heading in English, is replaced by the one above.
    GlassBoxNeuron::Words words;
    words.moreTerms = tr("{n} more terms").toStdString();
    words.moreTerm = tr("{n} more term").toStdString();
    words.allTerms = tr("{n} terms").toStdString();
    words.oneTerm = tr("{n} term").toStdString();
    words.with = tr("with").toStdString();
    const std::vector<std::string> lines = n.Lines(words);
    QStringList text;
    const size_t update = n.hasUpdate ? lines.size() - n.terms.size() - 2 : lines.size();
    for (size_t i = 1; i < lines.size(); ++i) {
        if (i == 1) text << tr("Forward: %n inputs from the layer before", nullptr, int(n.inputs));
        if (i == 3) text << QString() << tr("Backward, for this example alone (m = 1):");
        if (i == update) text << QString() << tr("The next step's update of this row:");
        text << QStringLiteral("  ") + QString::fromStdString(lines[i]);
    }
    m_glass->setPlainText(text.join('\n'));
}

QString ExampleView::Heading() const {
    return m_heading->text();
}

QString ExampleView::GlassBoxText() const {
    return m_glass->toPlainText();
}

QString ExampleView::ProbabilityText(int c) const {
    return c >= 0 && size_t(c) < m_probabilities.size() ? m_probabilities[size_t(c)]->text()
                                                        : QString();
}

bool ExampleView::ShowsMaps() const {
    return !m_maps->isHidden();
}

}  // namespace layerlab
