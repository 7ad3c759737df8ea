#include "TokenRateLimit.h"

#include "model/Clock.h"

#include <cmath>

namespace {

// Above this many tracked tokens, the buckets that have filled up again are dropped.
constexpr qsizetype pruneAbove = 4096;

} // namespace

TokenRateLimit::TokenRateLimit(const Clock& clock, double perSecond, int burst)
    : m_clock(clock)
    , m_perSecond(perSecond)
    , m_burst(qMax(burst, 1))
{}

qint64 TokenRateLimit::take(const QByteArray& key)
{
    if (m_perSecond <= 0)
        return 0;
    const qint64 now = m_clock.nowMs();
    if (m_buckets.size() > pruneAbove)
        forgetFull(now);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_burst), now});
    Bucket& bucket = *it;
    const qint64 elapsedMs = qMax<qint64>(0, now - bucket.updatedMs);
    bucket.available = qMin(double(m_burst), bucket.available + elapsedMs * m_perSecond / 1000.0);
    bucket.updatedMs = now;
    if (bucket.available >= 1.0) {
        bucket.available -= 1.0;
        return 0;
    }
    return qMax<qint64>(1, qint64(std::ceil((1.0 - bucket.available) / m_perSecond)));
}

void TokenRateLimit::forgetFull(qint64 now)
{
    m_buckets.removeIf([this, now](const QHash<QByteArray, Bucket>::iterator& it) {
        return it->available + (now - it->updatedMs) * m_perSecond / 1000.0 >= m_burst;
    });
}
