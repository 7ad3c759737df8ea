#pragma once

#include "http/HttpResponse.h"

#include "model/ApiMessages.h"
#include "store/MenuEntry.h"

#include <QHash>

class OrderStore;

// GET /orders/{id}/bill: the order's lines at their own prices, a total per seat and in all,
// in whole cents, so the seats add up to the total exactly.
class BillRoutes
{
public:
    explicit BillRoutes(OrderStore& store);

    HttpResponse bill(qint64 orderId, const QHash<QString, MenuEntry>& menu);

    // The bill of `order` as a pure function; names in the venue's default language.
    static BillReply billOf(const Order& order, const QHash<QString, MenuEntry>& menu,
                            const QString& currency);

private:
    OrderStore& m_store;
};
