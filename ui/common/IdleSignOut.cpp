#include "IdleSignOut.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

IdleSignOut::IdleSignOut(QWidget& window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_armed = false;
        Q_EMIT idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleSignOut::setTimeout(int ms)
{
    m_timeoutMs = std::max(0, ms);
    restart();
}

void IdleSignOut::setArmed(bool armed)
{
    m_armed = armed;
    restart();
}

void IdleSignOut::restart()
{
    if (m_armed && m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

bool IdleSignOut::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel: {
        if (!m_armed)
            break;
        // Input to another window (the demo's other waiters) is not this waiter's.
        for (auto* widget = qobject_cast<QWidget*>(watched); widget;
             widget = widget->window()->parentWidget()) {
            if (widget->window() == &m_window) {
                restart();
                break;
            }
        }
        break;
    }
    default:
        break;
    }
    return false;
}
