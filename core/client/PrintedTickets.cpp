#include "PrintedTickets.h"

#include "LocalDatabase.h"
#include "model/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

PrintedTickets::PrintedTickets(LocalDatabase& database, Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<void> PrintedTickets::load()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT ticket_id FROM printed_tickets"_s))
        return LocalDatabase::storageError(u"Cannot read the printed tickets"_s, query.lastError());
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    m_ids = std::move(ids);
    return {};
}

Result<void> PrintedTickets::markPrinted(qint64 ticketId)
{
    if (m_ids.contains(ticketId))
        return {};
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT OR IGNORE INTO printed_tickets (ticket_id, printed_at) VALUES (?, ?)"_s);
    query.addBindValue(ticketId);
    query.addBindValue(m_clock.nowMs());
    if (!query.exec())
        return LocalDatabase::storageError(u"Cannot remember the printed ticket"_s,
                                           query.lastError());
    m_ids.insert(ticketId);
    return {};
}
