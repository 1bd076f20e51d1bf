#include "ConfusionMatrixModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <cmath>

#include "ColourScheme.h"

namespace layerlab {
namespace {

// How strongly a cell is coloured: √share, so a 5% mistake is already visibly tinted.
double Intensity(double share) {
    return std::sqrt(share);
}

// White fading into the right colour on the diagonal and the wrong colour off it (green and
// red, or ColourScheme's colour-blind-safe pair): a cell's colour says at a glance, even from the
// back of a room, how much of its row lands there. The diagonal is in bold too, so the colour is
// never the only sign.
QColor CellColour(double share, bool diagonal) {
    const QColor full = diagonal ? ColourScheme::Right() : ColourScheme::Wrong();
    const double t = Intensity(share);
    auto mix = [t](int from, int to) { return int(from + (to - from) * t + 0.5); };
    return QColor(mix(255, full.red()), mix(255, full.green()), mix(255, full.blue()));
}

// WCAG 2's relative luminance.
double Luminance(const QColor& c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Black or white, whichever contrasts more with the cell.
QColor TextOn(const QColor& background) {
    const double l = Luminance(background);
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

}  // namespace

ConfusionMatrixModel::ConfusionMatrixModel(QObject* parent) : QAbstractTableModel(parent) {
    connect(ColourScheme::Notifier(), &ColourScheme::changed, this, [this] {
        if (const int n = Classes(); n > 0) emit dataChanged(index(0, 0), index(n - 1, n - 1));
    });
}

void ConfusionMatrixModel::SetClassNames(const QStringList& names) {
    beginResetModel();
    m_names = names;
    m_cells = QVector<QVector<int>>(names.size() * names.size());
    endResetModel();
    SetResults(m_predicted, m_actual);
}

void ConfusionMatrixModel::SetResults(const QVector<int>& predicted, const QVector<int>& actual) {
    m_predicted = predicted;
    m_actual = actual;
    const int n = Classes();
    for (QVector<int>& cell : m_cells) cell.clear();
    const qsizetype count = std::min(predicted.size(), actual.size());
    for (qsizetype i = 0; i < count; ++i) {
        const int a = actual[i], p = predicted[i];
        if (a >= 0 && a < n && p >= 0 && p < n) m_cells[a * n + p].append(int(i));
    }
    if (n > 0) emit dataChanged(index(0, 0), index(n - 1, n - 1));
}

void ConfusionMatrixModel::SetNormalized(bool rowNormalized) {
    if (m_normalized == rowNormalized) return;
    m_normalized = rowNormalized;
    const int n = Classes();
    if (n > 0) emit dataChanged(index(0, 0), index(n - 1, n - 1));
}

int ConfusionMatrixModel::Count(int actual, int predicted) const {
    return int(Indices(actual, predicted).size());
}

int ConfusionMatrixModel::RowTotal(int actual) const {
    int total = 0;
    for (int p = 0; p < Classes(); ++p) total += Count(actual, p);
    return total;
}

QVector<int> ConfusionMatrixModel::Indices(int actual, int predicted) const {
    const int n = Classes();
    if (actual < 0 || actual >= n || predicted < 0 || predicted >= n) return {};
    return m_cells[actual * n + predicted];
}

double ConfusionMatrixModel::Share(int actual, int predicted) const {
    const int total = RowTotal(actual);
    return total == 0 ? 0.0 : double(Count(actual, predicted)) / double(total);
}

int ConfusionMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Classes();
}

int ConfusionMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Classes();
}

QVariant ConfusionMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const int a = index.row(), p = index.column();
    // Colours follow the row share in both modes, so a rare class's mistakes show as clearly as
    // a common one's.
    const double share = Share(a, p);
    switch (role) {
        case Qt::DisplayRole:
            if (m_normalized) return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 0);
            return Count(a, p);
        case Qt::BackgroundRole:
            return QBrush(CellColour(share, a == p));
        case Qt::ForegroundRole:
            return QBrush(TextOn(CellColour(share, a == p)));
        case Qt::FontRole: {
            QFont font;
            font.setBold(a == p);
            return a == p ? QVariant(font) : QVariant();
        }
        case Qt::AccessibleTextRole:
            return (a == p ? tr("Actual %1, predicted %2: %3 of %4 (%5 %), right")
                           : tr("Actual %1, predicted %2: %3 of %4 (%5 %), wrong"))
                .arg(m_names[a], m_names[p])
                .arg(Count(a, p))
                .arg(RowTotal(a))
                .arg(share * 100.0, 0, 'f', 1);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole:
            return tr("%1 of %2 test images of class “%3” were predicted as “%4” (%5%); click to "
                      "show them")
                .arg(Count(a, p))
                .arg(RowTotal(a))
                .arg(m_names[a], m_names[p])
                .arg(share * 100.0, 0, 'f', 1);
        default:
            return {};
    }
}

QVariant ConfusionMatrixModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (section < 0 || section >= Classes()) return {};
    if (role == Qt::DisplayRole) {
        // Ten class names do not fit over narrow columns: number the columns and give each row
        // its number and name, so a student reads "row 6 Shirt, column 0" without clipped text.
        if (Classes() <= kNamedColumnsUpTo) return m_names[section];
        return orientation == Qt::Horizontal
                   ? QString::number(section)
                   : QStringLiteral("%1  %2").arg(section).arg(m_names[section]);
    }
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("Actual class: %1").arg(m_names[section])
                                           : tr("Predicted class: %1").arg(m_names[section]);
    return {};
}

}  // namespace layerlab
