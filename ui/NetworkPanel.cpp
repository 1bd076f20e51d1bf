#include "NetworkPanel.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "ArchitectureEditor.h"

namespace layerlab {

NetworkPanel::NetworkPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("networkPanel");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName("dataSummary");
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(8, 6, 8, 0);
    m_showSummary = [this] { m_summary->setText(tr("No data set")); };
    Refresh();
    m_architecture = new ArchitectureEditor(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_architecture, 1);
}

void NetworkPanel::AddSection(QWidget* section) {
    layout()->addWidget(section);
}

void NetworkPanel::SetDataSet(const QString& name, const DataSplit& split) {
    const DataSet& train = split.train;
    m_architecture->SetData(train.Features(), train.ClassCount(), train.imageShape);
    QStringList classes;
    for (const std::string& c : train.classNames) classes << QString::fromStdString(c);
    const auto shape = train.imageShape;
    const auto trainCount = train.Count(), testCount = split.test.Count();
    m_showSummary = [=, this] {
        m_summary->setText(tr("<b>%1</b><br>%2 training · %3 test images · %4×%5×%6<br>classes: %7")
                               .arg(name.toHtmlEscaped())
                               .arg(QLocale().toString(qulonglong(trainCount)))
                               .arg(QLocale().toString(qulonglong(testCount)))
                               .arg(shape[0])
                               .arg(shape[1])
                               .arg(shape[2])
                               .arg(classes.join(", ").toHtmlEscaped()));
    };
    Refresh();
}

void NetworkPanel::SetCompact(bool on) {
    m_compact = on;
    Refresh();
}

void NetworkPanel::Refresh() {
    m_showSummary();
    const QString full = m_summary->text();
    m_summary->setToolTip(m_compact ? full : QString());
    // Presentation mode: the data set's name alone, so its larger text leaves the editor room
    // for more than one layer; the rest is the tooltip.
    if (m_compact) m_summary->setText(full.section(QStringLiteral("<br>"), 0, 0));
}

void NetworkPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) Refresh();
}

void NetworkPanel::ShowSummary(const QString& name, const QString& summary,
                               const QStringList& warnings) {
    m_showSummary = [=, this] { ShowSummaryNow(name, summary, warnings); };
    Refresh();
}

void NetworkPanel::ShowSummaryNow(const QString& name, const QString& summary,
                                  const QStringList& warnings) {
    QString html = tr("<b>%1</b><br>%2")
                       .arg(name.toHtmlEscaped(), summary.toHtmlEscaped().replace('\n', "<br>"));
    if (!warnings.isEmpty()) {
        // The first few, so a folder of broken files cannot push the network off the panel.
        QStringList shown = warnings.mid(0, 3);
        if (warnings.size() > 3) shown << tr("… and %1 more").arg(warnings.size() - 3);
        html += QStringLiteral("<br><span style='color:#b71c1c'>%1</span>")
                    .arg(shown.join('\n').toHtmlEscaped().replace('\n', "<br>"));
    }
    m_summary->setText(html);
}

}  // namespace layerlab
