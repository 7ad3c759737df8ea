#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include "model/Result.h"
#include "model/Staff.h"
#include "model/Table.h"
#include "store/FireOutcome.h"
#include "store/MenuEntry.h"
#include "store/OrderFire.h"

#include <QHash>

class Clock;
class OrderStore;
class OrderWrites;

// Sending lines to the kitchen: POST /orders/{id}/fire, guarded like PATCH, and the banquet's
// POST /fire for many tables, all or nothing. The tickets, the fired lines, their events and
// the version bumps are one store transaction, so a retried, replayed or killed fire never
// makes a ticket twice.
class FireWrites
{
public:
    FireWrites(OrderStore& store, OrderWrites& writes, const Clock& clock);

    HttpResponse fireOrder(const HttpRequest& request, qint64 orderId, const Staff& author,
                           const QHash<QString, MenuEntry>& menu);
    HttpResponse fireBanquet(const HttpRequest& request, const Staff& author,
                             const QHash<QString, MenuEntry>& menu);

private:
    // The venue's tables by id (names for tickets, open orders for the banquet).
    Result<QHash<QString, Table>> tablesById();
    static HttpResponse fired(const FireOutcome& outcome, HttpResponse response);

    OrderStore& m_store;
    OrderWrites& m_writes;
    const Clock& m_clock;
};
