#pragma once

#include "model/Result.h"

#include <QString>
#include <QStringList>

// Fills a venue's SQLite event log with history before a run, so a write's cost can be measured
// against a log of a million events (issue 13: flat cost). The events go to the orders of tables
// the run does not play, so no 409 a waiter meets carries them; they still sit in the tables and
// the index every write and every 409 uses.
class EventLogPrefill
{
public:
    // Appends `count` add events in one transaction, spread over the open orders of every table
    // not in `inPlay`; the server may run, but must be idle.
    static Result<qint64> run(const QString& sqlitePath, qint64 count, const QStringList& inPlay);
};
