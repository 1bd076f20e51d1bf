#include "DataSetDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "datasets/KnownDataSets.h"

namespace layerlab {

DataSetDialog::DataSetDialog(const QString& coursePath, QWidget* parent) : QDialog(parent) {
    setObjectName("dataSetDialog");
    setWindowTitle(tr("Open data set"));
    auto* layout = new QVBoxLayout(this);

    m_known = new QListWidget(this);
    m_known->setObjectName("knownDataSets");
    m_known->setAccessibleName(tr("Ready data sets"));
    for (const KnownDataSet& k : KnownDataSets::List(coursePath)) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1\n%2").arg(k.title, k.description), m_known);
        item->setData(Qt::UserRole, k.spec);
        item->setToolTip(k.classNames.join(", "));
    }
    connect(m_known, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) m_path->setText(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_known);

    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName("dataSetPath");
    m_path->setAccessibleName(tr("Data set path"));
    m_path->setPlaceholderText(
        tr("A folder of class folders, a course .h5 file, an IDX folder or builtin:shapes"));
    auto* folderButton = new QPushButton(tr("Folder…"), this);
    folderButton->setObjectName("browseFolder");
    auto* fileButton = new QPushButton(tr("File…"), this);
    fileButton->setObjectName("browseFile");
    connect(folderButton, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Data set folder"), m_path->text());
        if (!folder.isEmpty()) m_path->setText(folder);
    });
    connect(fileButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Data set file"), m_path->text(),
                                         tr("Data sets (*.h5 *-ubyte *-ubyte.gz);;All files (*)"));
        if (!file.isEmpty()) m_path->setText(file);
    });
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(folderButton);
    pathRow->addWidget(fileButton);
    layout->addLayout(pathRow);

    auto* form = new QFormLayout;
    auto* sizeRow = new QHBoxLayout;
    m_resize = new QCheckBox(tr("Resize to"), this);
    m_resize->setObjectName("resizeImages");
    m_resize->setToolTip(
        tr("Unchecked: 64×64 for image folders, 32×32 for the shapes; IDX and course files keep "
           "theirs"));
    m_width = new QSpinBox(this);
    m_width->setObjectName("imageWidth");
    m_width->setAccessibleName(tr("Picture width in pixels"));
    m_height = new QSpinBox(this);
    m_height->setObjectName("imageHeight");
    m_height->setAccessibleName(tr("Picture height in pixels"));
    for (QSpinBox* s : {m_width, m_height}) {
        s->setRange(4, 1024);
        s->setValue(64);
        s->setEnabled(false);
        connect(m_resize, &QCheckBox::toggled, s, &QSpinBox::setEnabled);
    }
    m_width->setSuffix(tr(" wide"));
    m_height->setSuffix(tr(" high"));
    sizeRow->addWidget(m_resize);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(m_height);
    form->addRow(tr("Pictures:"), sizeRow);
    m_grayscale = new QCheckBox(tr("Grayscale"), this);
    m_grayscale->setObjectName("grayscale");
    form->addRow(QString(), m_grayscale);
    m_classes = new QLineEdit(this);
    m_classes->setObjectName("pickClasses");
    m_classes->setPlaceholderText(tr("all, or e.g. 7,9 or Sneaker,Ankle boot"));
    form->addRow(tr("Classes:"), m_classes);
    m_standardise =
        new QCheckBox(tr("Standardise each feature (training mean and deviation)"), this);
    m_standardise->setObjectName("standardise");
    form->addRow(QString(), m_standardise);
    m_testFraction = new QDoubleSpinBox(this);
    m_testFraction->setObjectName("testFraction");
    m_testFraction->setRange(0.0, 0.9);
    m_testFraction->setSingleStep(0.05);
    m_testFraction->setValue(0.2);
    m_testFraction->setToolTip(
        tr("Share of each class kept for testing when a folder has no train/ and test/"));
    form->addRow(tr("Test share:"), m_testFraction);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName("dataSeed");
    m_seed->setRange(0, 1'000'000);
    m_seed->setValue(1);
    form->addRow(tr("Seed:"), m_seed);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->setObjectName("dataSetButtons");
    m_open = buttons->button(QDialogButtonBox::Open);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_path, &QLineEdit::textChanged, this, &DataSetDialog::UpdateOk);
    UpdateOk();
}

void DataSetDialog::UpdateOk() {
    m_open->setEnabled(!m_path->text().trimmed().isEmpty());
}

QString DataSetDialog::Spec() const {
    return m_path->text().trimmed();
}

void DataSetDialog::SetSpec(const QString& spec) {
    m_path->setText(spec);
}

LoadOptions DataSetDialog::Options() const {
    LoadOptions o;
    if (m_resize->isChecked()) o.imageSize = QSize(m_width->value(), m_height->value());
    o.grayscale = m_grayscale->isChecked();
    o.classes = m_classes->text().split(',', Qt::SkipEmptyParts);
    for (QString& c : o.classes) c = c.trimmed();
    o.classes.removeAll(QString());
    o.standardise = m_standardise->isChecked();
    o.testFraction = m_testFraction->value();
    o.seed = static_cast<std::uint64_t>(m_seed->value());
    return o;
}

}  // namespace layerlab
