#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

// Spreads the tablet's own requests so that it stays under its per-login rate limit (the
// server's default is 20 a second in bursts of 60): a token bucket below that, in which
// background reads (a resync of many orders after a blip) run a few at a time and leave a
// reserve for the waiter's own requests, which go first.
class RequestPacer : public QObject
{
    Q_OBJECT
public:
    enum class Priority { Waiter, Background };

    static constexpr double perSecond = 15.0;
    static constexpr int burst = 40;
    // Tokens background requests leave to the waiter's.
    static constexpr int backgroundReserve = 10;
    static constexpr int maxBackgroundInFlight = 4;

    explicit RequestPacer(QObject* parent = nullptr);

    // `start` runs once the request may go; a background one must be followed by finished().
    void submit(Priority priority, std::function<void()> start);
    void finished(Priority priority);
    // The server asked to wait (429 Retry-After): nothing starts before `ms` have passed.
    void holdFor(int ms);

private:
    void refill();
    void drain();
    bool take(double keep);

    double m_available = burst;
    qint64 m_updatedMs = 0;
    qint64 m_heldUntilMs = 0;
    int m_backgroundInFlight = 0;
    QElapsedTimer m_elapsed; // monotonic: pacing is about intervals, never the time of day
    QTimer m_wake;
    std::deque<std::function<void()>> m_waiter;
    std::deque<std::function<void()>> m_background;
};
