#pragma once

#include <QtGlobal>

// Time comes from a clock that tests can set, never straight from the system.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;

    static Clock& system();
};
