#pragma once

#include "model/Ticket.h"

#include <QString>

// Kitchen tickets as the server would send them, for tests that need a Ticket value.
namespace SampleTickets {

inline TicketLine line(const QString& lineId, const QString& name, int qty, int seat,
                       const QString& note = {})
{
    TicketLine line;
    line.lineId = lineId;
    line.menuItemId = name.toLower().replace(u' ', u'-');
    line.name = name;
    line.qty = qty;
    line.seat = seat;
    line.note = note;
    return line;
}

inline Ticket fire(qint64 id, const QString& station, qint64 createdAt, int course = 1,
                   const QString& tableName = QStringLiteral("Table 12"))
{
    Ticket ticket;
    ticket.id = id;
    ticket.orderId = 34;
    ticket.tableId = QStringLiteral("12");
    ticket.tableName = tableName;
    ticket.kind = Ticket::Kind::Fire;
    ticket.station = station;
    ticket.course = course;
    ticket.createdBy = QStringLiteral("ayse");
    ticket.createdAt = createdAt;
    ticket.lines = {line(QStringLiteral("l%1a").arg(id), QStringLiteral("Lentil soup"), 2, 3,
                         QStringLiteral("no onions")),
                    line(QStringLiteral("l%1b").arg(id), QStringLiteral("Adana kebab"), 1, 0)};
    return ticket;
}

inline Ticket voided(qint64 id, const QString& station, qint64 createdAt)
{
    Ticket ticket = fire(id, station, createdAt);
    ticket.kind = Ticket::Kind::Void;
    ticket.lines = {line(QStringLiteral("l%1v").arg(id), QStringLiteral("Adana kebab"), 1, 4)};
    ticket.lines[0].reason = QStringLiteral("guest_changed_mind");
    ticket.lines[0].approvedBy = QStringLiteral("selin");
    return ticket;
}

} // namespace SampleTickets
