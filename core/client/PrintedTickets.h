#pragma once

#include "model/Result.h"

#include <QSet>

class Clock;
class LocalDatabase;

// The kitchen tickets this station has printed, kept in the tablet's file so that a restart or
// a crash never prints one twice. A ticket is recorded only after its page went to the printer.
class PrintedTickets
{
public:
    PrintedTickets(LocalDatabase& database, Clock& clock);

    Result<void> load();
    Result<void> markPrinted(qint64 ticketId);
    bool contains(qint64 ticketId) const { return m_ids.contains(ticketId); }
    int count() const { return int(m_ids.size()); }

private:
    LocalDatabase& m_database;
    Clock& m_clock;
    QSet<qint64> m_ids;
};
