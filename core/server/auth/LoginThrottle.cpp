#include "LoginThrottle.h"

#include "model/Clock.h"

namespace {

// Above this many tracked ids, entries that no longer matter are dropped.
constexpr qsizetype pruneAbove = 10000;

} // namespace

LoginThrottle::LoginThrottle(const Clock& clock)
    : m_clock(clock)
{}

qint64 LoginThrottle::lockedForMs(const QString& staffId) const
{
    const auto it = m_attempts.constFind(staffId);
    if (it == m_attempts.constEnd())
        return 0;
    return qMax<qint64>(0, it->lockedUntil - m_clock.nowMs());
}

void LoginThrottle::recordFailure(const QString& staffId)
{
    const qint64 now = m_clock.nowMs();
    if (m_attempts.size() > pruneAbove)
        forgetStale(now);
    Attempts& attempts = m_attempts[staffId];
    attempts.failures.removeIf([now](qint64 at) { return at <= now - windowMs; });
    attempts.failures.append(now);
    if (attempts.failures.size() >= maxFailures) {
        attempts.lockedUntil = now + lockMs;
        attempts.failures.clear();
    }
}

void LoginThrottle::recordSuccess(const QString& staffId)
{
    m_attempts.remove(staffId);
}

void LoginThrottle::forgetStale(qint64 now)
{
    m_attempts.removeIf([now](const QHash<QString, Attempts>::iterator& it) {
        return it->lockedUntil <= now &&
               (it->failures.isEmpty() || it->failures.last() <= now - windowMs);
    });
}
