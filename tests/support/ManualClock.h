#pragma once

#include "model/Clock.h"

// A clock the test sets and moves by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 1'780'000'000'000) : m_now(nowMs) {}
    qint64 nowMs() const override { return m_now; }
    void set(qint64 nowMs) { m_now = nowMs; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};
