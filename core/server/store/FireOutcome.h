#pragma once

#include "model/Order.h"
#include "model/Ticket.h"

// What a fire found: applied (every order at its new version, the tickets with their ids), or
// refused as a whole because one order moved on or was closed meanwhile.
struct FireOutcome
{
    bool applied = false;
    QList<Order> orders;
    Tickets tickets;
    qint64 refusedOrderId = 0;
};
