#include "PaintWatch.h"

#include <QEvent>

PaintWatch::PaintWatch(QWidget* widget, std::function<bool()> ready, QObject* parent)
    : QObject(parent)
    , m_widget(widget)
    , m_ready(std::move(ready))
{
    widget->installEventFilter(this);
}

bool PaintWatch::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_seen && watched == m_widget && event->type() == QEvent::Paint &&
        (!m_ready || m_ready())) {
        m_seen = true;
        m_widget->removeEventFilter(this);
        Q_EMIT painted();
    }
    return QObject::eventFilter(watched, event);
}
