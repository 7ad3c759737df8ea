#pragma once

#include "model/Order.h"
#include "model/Ticket.h"

// One order's part of a fire: its lines afterwards (the fired ones fired) and the tickets that
// list them; the store assigns the ticket ids and writes one fire event per ticket line.
struct OrderFire
{
    qint64 orderId = 0;
    qint64 expectedVersion = 0;
    Lines items;
    Tickets tickets;
};
