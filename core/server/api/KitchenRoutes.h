#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include "model/Staff.h"
#include "store/MenuEntry.h"

class Clock;
class OrderStore;

// The kitchen display's routes: GET /kitchen/tickets, POST /kitchen/tickets/{id}/bump and
// PUT /menu/{id}/availability (sold out).
class KitchenRoutes
{
public:
    KitchenRoutes(OrderStore& store, const Clock& clock);

    HttpResponse tickets(const HttpRequest& request);
    HttpResponse bump(const QString& ticketId, const Staff& staff);
    // `entry`: the item as the menu holds it (nullptr: no such item); `language` names it.
    HttpResponse setAvailability(const HttpRequest& request, const QString& itemId,
                                 const MenuEntry* entry, const QString& language);

private:
    OrderStore& m_store;
    const Clock& m_clock;
};
