#include "ChartNavigator.h"

#include <QChart>
#include <QChartView>
#include <QMouseEvent>
#include <QTimer>
#include <QWheelEvent>

namespace layerlab {

ChartNavigator::ChartNavigator(QChartView* view, QObject* parent) : QObject(parent), m_view(view) {
    m_view->setRubberBand(QChartView::RectangleRubberBand);
    m_view->viewport()->installEventFilter(this);
}

void ChartNavigator::Fit() {
    m_follow = true;
    m_view->chart()->zoomReset();
}

bool ChartNavigator::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_view->viewport()) return QObject::eventFilter(watched, event);
    QChart* chart = m_view->chart();
    switch (event->type()) {
        case QEvent::Wheel: {
            auto* e = static_cast<QWheelEvent*>(event);
            const double factor = e->angleDelta().y() > 0 ? 0.8 : 1.25;
            const QRectF plot = chart->plotArea();
            const QPointF c = chart->mapFromScene(m_view->mapToScene(e->position().toPoint()));
            if (!plot.contains(c)) return false;
            QRectF r(0, 0, plot.width() * factor, plot.height() * factor);
            r.moveCenter(c + (plot.center() - c) * factor);
            m_follow = false;
            chart->zoomIn(r);
            emit rangeChanged();
            return true;
        }
        case QEvent::MouseButtonPress: {
            auto* e = static_cast<QMouseEvent*>(event);
            m_pressAt = e->position().toPoint();
            if (e->button() == Qt::MiddleButton ||
                (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ControlModifier))) {
                m_panning = true;
                m_panFrom = m_pressAt;
                return true;
            }
            return false;
        }
        case QEvent::MouseMove: {
            auto* e = static_cast<QMouseEvent*>(event);
            if (!m_panning) {
                if (e->buttons() == Qt::NoButton)
                    emit hovered(e->position().toPoint(), e->globalPosition().toPoint());
                return false;
            }
            const QPoint d = e->position().toPoint() - m_panFrom;
            m_panFrom = e->position().toPoint();
            m_follow = false;
            chart->scroll(-d.x(), d.y());
            emit rangeDragged();
            return true;
        }
        case QEvent::MouseButtonRelease: {
            auto* e = static_cast<QMouseEvent*>(event);
            if (m_panning) {
                m_panning = false;
                return true;
            }
            // A dragged rectangle zooms in, a right click zooms out: either way, stop following.
            // The view zooms after this filter, so the new range is drawn once it has.
            if (e->button() == Qt::RightButton ||
                (e->position().toPoint() - m_pressAt).manhattanLength() > 4) {
                m_follow = false;
                QTimer::singleShot(0, this, &ChartNavigator::rangeChanged);
            }
            return false;
        }
        case QEvent::MouseButtonDblClick:
            Fit();
            emit rangeChanged();
            return true;
        default:
            return false;
    }
}

}  // namespace layerlab
