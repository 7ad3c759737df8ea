#pragma once

#include <QString>

// What one banquet run measured and what the final check found.
struct BanquetResult
{
    int waiters = 0;
    int tables = 0;
    double seconds = 0;       // the measured window
    qint64 adds = 0;          // acknowledged adds inside the window
    qint64 conflicts = 0;     // 409 version_conflict inside the window
    double meanListLines = 0; // lines per written list: what each PATCH carried and stored
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    // Requests per acknowledged add (PATCHes and the reads a 409 or a closed order made it
    // send): over all adds, and over the slowest 1 %, the adds that make up the p99.
    double meanRoundTrips = 0;
    double slowestRoundTrips = 0;
    // Fairness: the fewest and most adds one waiter made in the window, and the adds still
    // waiting for their 200 when it closed (they count in no latency above), the oldest first.
    qint64 fewestWaiterAdds = 0;
    qint64 mostWaiterAdds = 0;
    int unfinishedAdds = 0;
    double oldestUnfinishedMs = 0;
    qint64 closes = 0;
    qint64 failures = 0;
    qint64 unsettledRebases = 0;
    QString lastFailure;
    double clientCpuSeconds = 0;

    // The final check over every order the run touched.
    qint64 acknowledgedLines = 0;   // every line a 200 confirmed, also after the window
    qint64 storedLines = 0;         // lines those orders hold now
    qint64 lost = 0;                // acknowledged but not in its order
    qint64 missingAddEvents = 0;    // acknowledged but without an add event
    qint64 unacknowledgedLines = 0; // held but never acknowledged (a reply that did not arrive)

    double writesPerSecond() const { return seconds > 0 ? double(adds) / seconds : 0; }
    double conflictsPerSecond() const { return seconds > 0 ? double(conflicts) / seconds : 0; }
};
