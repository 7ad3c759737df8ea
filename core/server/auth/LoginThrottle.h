#pragma once

#include <QHash>
#include <QList>
#include <QString>

class Clock;

// Counts failed logins per staff id (known or not, so ids cannot be probed): the fifth
// failure within the window locks the id for the lock time; a success clears the count.
class LoginThrottle
{
public:
    static constexpr int maxFailures = 5;
    static constexpr qint64 windowMs = 5 * 60 * 1000;
    static constexpr qint64 lockMs = 5 * 60 * 1000;

    explicit LoginThrottle(const Clock& clock);

    // Milliseconds the id stays locked, or 0 when it may try.
    qint64 lockedForMs(const QString& staffId) const;
    void recordFailure(const QString& staffId);
    void recordSuccess(const QString& staffId);

private:
    struct Attempts
    {
        QList<qint64> failures; // times of failures within the window
        qint64 lockedUntil = 0;
    };
    void forgetStale(qint64 now);

    const Clock& m_clock;
    QHash<QString, Attempts> m_attempts;
};
