#include "ActivationStrip.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace layerlab {
namespace {

constexpr int kRow = 30;
constexpr int kLabel = 44;

}  // namespace

ActivationStrip::ActivationStrip(QWidget* parent) : QWidget(parent) {
    setObjectName("activationStrip");
    setAccessibleName(tr("Activations of each layer"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ActivationStrip::SetActivations(const std::vector<arma::mat>& A) {
    m_A.clear();
    for (const arma::mat& a : A) m_A.push_back(a.n_cols ? arma::vec(a.col(0)) : arma::vec());
    QStringList parts;
    for (size_t l = 1; l < m_A.size(); ++l)
        parts << tr("A[%1]: %2 units, largest %3")
                     .arg(l)
                     .arg(m_A[l].n_elem)
                     .arg(QLocale().toString(m_A[l].n_elem ? m_A[l].max() : 0.0, 'g', 3));
    setAccessibleDescription(parts.join("; "));
    updateGeometry();
    update();
}

QSize ActivationStrip::sizeHint() const {
    return {240, std::max<int>(1, int(Layers())) * kRow + 4};
}

void ActivationStrip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QColor text = palette().color(QPalette::WindowText);
    for (size_t l = 1; l < m_A.size(); ++l) {
        const arma::vec& a = m_A[l];
        const QRect row(0, int(l - 1) * kRow + 2, width(), kRow - 4);
        painter.setPen(text);
        painter.drawText(QRect(row.left(), row.top(), kLabel, row.height()), Qt::AlignVCenter,
                         QStringLiteral("A[%1]").arg(l));
        const QRect plot(row.left() + kLabel, row.top(), row.width() - kLabel, row.height());
        painter.fillRect(plot, palette().color(QPalette::Base));
        if (a.is_empty()) continue;
        const double largest = std::max(1e-12, arma::abs(a).max());
        const double w = double(plot.width()) / double(a.n_elem);
        for (arma::uword j = 0; j < a.n_elem; ++j) {
            const double h = (plot.height() - 1) * std::min(1.0, std::abs(a(j)) / largest);
            painter.fillRect(QRectF(plot.left() + j * w, plot.bottom() - h + 1,
                                    std::max(1.0, w - (w > 3 ? 1 : 0)), h),
                             a(j) >= 0 ? QColor(190, 30, 30) : QColor(25, 80, 190));
        }
    }
}

}  // namespace layerlab
