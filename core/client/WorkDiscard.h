#pragma once

#include <QString>

// A manager threw away a waiter's unsent work on this tablet: one row of the tablet's log.
struct WorkDiscard
{
    qint64 id = 0;
    QString staffId;     // whose work it was
    QString discardedBy; // the manager signed in
    QString reason;
    int orders = 0;
    int changes = 0;
    qint64 at = 0; // ms since the epoch, from the tablet's clock

    bool operator==(const WorkDiscard& other) const = default;
};
