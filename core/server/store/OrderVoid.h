#pragma once

#include "model/Event.h"
#include "model/Order.h"
#include "model/Ticket.h"

#include <QByteArray>
#include <QList>

// A guarded write that voids fired lines: the order's lines afterwards, the write's events
// (one void event per voided line, whose ticket_id the store fills in), the void tickets, and
// the approvals it uses up, by hash, each with the manager it must belong to.
struct OrderVoid
{
    struct Approval
    {
        QByteArray hash;
        QString staffId;
    };

    qint64 orderId = 0;
    qint64 expectedVersion = 0;
    Lines items;
    QList<Event> events;
    Tickets tickets;
    QList<Approval> approvals;
};

// What a void write found: applied (the order at its new version, the tickets with their ids),
// refused because the order moved on or was closed, or refused because an approval was used,
// expired or unknown by the time it committed; nothing is written when it is refused.
struct VoidOutcome
{
    bool applied = false;
    bool approvalRefused = false;
    Order order;
    Tickets tickets;
};
