#pragma once

#include "model/Order.h"

// What a guarded write found: applied (the new order), or refused because the stored order
// moved on or was closed meanwhile (the order as it is now).
struct WriteOutcome
{
    bool applied = false;
    Order order;
    qint64 nextOrderId = 0; // for a close: the table's new open order
    // The order's items as the row stores them (OrderJsonWriter), when the write wrote them.
    QByteArray itemsJson{};
};
