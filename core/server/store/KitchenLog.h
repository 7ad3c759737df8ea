#pragma once

#include "FireOutcome.h"
#include "MenuEntry.h"
#include "OrderFire.h"
#include "TicketQuery.h"

#include "model/Result.h"

#include <QSet>

#include <optional>

// The kitchen's side of the store: fires (tickets, fired lines, fire events and the version
// bumps in one transaction), the ticket list and its bumps, and sold-out menu items.
class KitchenLog
{
public:
    virtual ~KitchenLog() = default;

    // Applies every fire only if each order is open at its expected version: all or nothing.
    virtual Result<FireOutcome> fire(const QList<OrderFire>& fires, const QString& author,
                                     qint64 now) = 0;
    virtual Result<Tickets> tickets(const TicketQuery& query) = 0;
    virtual Result<std::optional<Ticket>> ticket(qint64 id) = 0;
    // Marks the ticket bumped unless it already is; the ticket as stored, nullopt when unknown.
    virtual Result<std::optional<Ticket>> bumpTicket(qint64 id, const QString& by, qint64 now) = 0;
    // False when there is no such (active) menu item.
    virtual Result<bool> setAvailable(const QString& menuItemId, bool available) = 0;
    virtual Result<QSet<QString>> unavailableItems() = 0;
};
