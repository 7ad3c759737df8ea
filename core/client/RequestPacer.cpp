#include "RequestPacer.h"

#include <cmath>

RequestPacer::RequestPacer(QObject* parent)
    : QObject(parent)
{
    m_elapsed.start();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &RequestPacer::drain);
}

void RequestPacer::submit(Priority priority, std::function<void()> start)
{
    (priority == Priority::Waiter ? m_waiter : m_background).push_back(std::move(start));
    drain();
}

void RequestPacer::finished(Priority priority)
{
    if (priority == Priority::Background && m_backgroundInFlight > 0)
        --m_backgroundInFlight;
    drain();
}

void RequestPacer::holdFor(int ms)
{
    m_heldUntilMs = qMax(m_heldUntilMs, m_elapsed.elapsed() + ms);
}

void RequestPacer::refill()
{
    const qint64 now = m_elapsed.elapsed();
    m_available = qMin(double(burst), m_available + (now - m_updatedMs) * perSecond / 1000.0);
    m_updatedMs = now;
}

bool RequestPacer::take(double keep)
{
    if (m_available < keep + 1.0)
        return false;
    m_available -= 1.0;
    return true;
}

void RequestPacer::drain()
{
    refill();
    const qint64 heldMs = m_heldUntilMs - m_elapsed.elapsed();
    if (heldMs > 0) {
        m_wake.start(int(heldMs));
        return;
    }
    // A start may submit again (a retry), so each is taken off its queue first.
    while (!m_waiter.empty() && take(0)) {
        std::function<void()> start = std::move(m_waiter.front());
        m_waiter.pop_front();
        start();
    }
    while (m_waiter.empty() && !m_background.empty() &&
           m_backgroundInFlight < maxBackgroundInFlight && take(backgroundReserve)) {
        std::function<void()> start = std::move(m_background.front());
        m_background.pop_front();
        ++m_backgroundInFlight;
        start();
    }
    const bool blocked = !m_waiter.empty() ||
                         (!m_background.empty() && m_backgroundInFlight < maxBackgroundInFlight);
    if (blocked && !m_wake.isActive()) {
        // Until the next token: the waiter's needs one, a background request one above the reserve.
        const double needed = (m_waiter.empty() ? backgroundReserve + 1.0 : 1.0) - m_available;
        m_wake.start(qMax(1, int(std::ceil(needed * 1000.0 / perSecond))));
    }
}
