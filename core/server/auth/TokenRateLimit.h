#pragma once

#include <QByteArray>
#include <QHash>

class Clock;

// Requests per token as a token bucket: up to `burst` at once, refilled at `perSecond`. A
// tablet's bursts pass; one token cannot flood the server. perSecond 0 turns it off.
class TokenRateLimit
{
public:
    TokenRateLimit(const Clock& clock, double perSecond, int burst);

    // 0 when a request under `key` may go ahead (and is counted), else the whole seconds
    // until the next one may.
    qint64 take(const QByteArray& key);

private:
    struct Bucket
    {
        double available = 0;
        qint64 updatedMs = 0;
    };
    void forgetFull(qint64 now);

    const Clock& m_clock;
    double m_perSecond;
    int m_burst;
    QHash<QByteArray, Bucket> m_buckets;
};
