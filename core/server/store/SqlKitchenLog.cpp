#include "SqlKitchenLog.h"

#include "SqlOrderLog.h"
#include "SqlRows.h"

using namespace Qt::Literals::StringLiterals;

SqlKitchenLog::SqlKitchenLog(SqlSession& session, SqlOrderLog& orders)
    : m_session(session)
    , m_orders(orders)
{}

Result<bool> SqlKitchenLog::fireOne(const OrderFire& fire, const QString& author, qint64 now,
                                    FireOutcome& outcome)
{
    Result<std::optional<QString>> table =
        m_orders.updateItems(fire.orderId, fire.expectedVersion, fire.items, now);
    if (!table.ok())
        return table.error();
    if (!table.value()) {
        outcome.refusedOrderId = fire.orderId;
        return false;
    }
    const Order order{fire.orderId, *table.value(), Order::Status::Open, fire.expectedVersion + 1,
                      now,          fire.items};
    QList<Event> events;
    for (Ticket ticket : fire.tickets) {
        ticket.orderId = order.id;
        ticket.tableId = order.tableId;
        ticket.createdBy = author;
        ticket.createdAt = now;
        if (Result<void> inserted = insertTicket(m_session, ticket); !inserted.ok())
            return inserted.error();
        for (const TicketLine& line : std::as_const(ticket.lines)) {
            Event event;
            event.orderId = order.id;
            event.tableId = order.tableId;
            event.version = order.version;
            event.kind = Event::Kind::Fire;
            event.lineId = line.lineId;
            event.menuItemId = line.menuItemId;
            event.qty = line.qty;
            event.seat = line.seat;
            event.note = line.note;
            event.ticketId = ticket.id;
            event.author = author;
            event.at = now;
            events.append(std::move(event));
        }
        outcome.tickets.append(std::move(ticket));
    }
    if (Result<void> recorded = m_orders.recordChange(order, events); !recorded.ok())
        return recorded.error();
    outcome.orders.append(std::move(order));
    return true;
}

Result<void> SqlKitchenLog::insertTicket(SqlSession& session, Ticket& ticket)
{
    Result<QSqlQuery*> inserted = session.run(
        u"INSERT INTO tickets (order_id, table_id, table_name, kind, station, course, lines,"
        " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        SqlRows::ticketValues(ticket));
    if (!inserted.ok())
        return inserted.error();
    ticket.id = inserted.value()->next() ? inserted.value()->value(0).toLongLong() : 0;
    inserted.value()->finish();
    return session.runIfAny(session.dialect().ticketNotice(
        TicketMessage{ticket.id, ticket.station, ticket.orderId, ticket.kind}));
}

Result<FireOutcome> SqlKitchenLog::fire(const QList<OrderFire>& fires, const QString& author,
                                        qint64 now)
{
    FireOutcome outcome;
    Result<bool> applied = m_session.transaction([&]() -> Result<bool> {
        outcome = FireOutcome{};
        for (const OrderFire& fire : fires) {
            Result<bool> fired = fireOne(fire, author, now, outcome);
            if (!fired.ok() || !fired.value())
                return fired;
        }
        return true;
    });
    if (!applied.ok()) {
        m_orders.forgetDecoded();
        return applied.error();
    }
    outcome.applied = applied.value();
    if (!outcome.applied) {
        outcome.orders.clear();
        outcome.tickets.clear();
        return outcome;
    }
    for (const Order& order : std::as_const(outcome.orders))
        m_orders.remember(order);
    return outcome;
}

Result<Tickets> SqlKitchenLog::tickets(const TicketQuery& query)
{
    QString sql = u"SELECT %1 FROM tickets WHERE id > ?"_s.arg(SqlRows::ticketColumns());
    QVariantList values{query.since};
    if (!query.station.isEmpty()) {
        sql += u" AND station = ?"_s;
        values.append(query.station);
    }
    if (query.openOnly)
        sql += u" AND bumped_at IS NULL"_s;
    sql += u" ORDER BY id LIMIT ?"_s;
    values.append(qint64(query.limit));
    return m_session.readAll(sql, values, &SqlRows::ticket);
}

Result<std::optional<Ticket>> SqlKitchenLog::ticket(qint64 id)
{
    return m_session.readOne(u"SELECT %1 FROM tickets WHERE id = ?"_s.arg(SqlRows::ticketColumns()),
                             {id}, &SqlRows::ticket);
}

Result<std::optional<Ticket>> SqlKitchenLog::bumpTicket(qint64 id, const QString& by, qint64 now)
{
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> update = m_session.run(u"UPDATE tickets SET bumped_at = ?, bumped_by = ?"
                                                  " WHERE id = ? AND bumped_at IS NULL"_s,
                                                  {now, by, id});
        if (!update.ok())
            return update.error();
        update.value()->finish();
        return true;
    });
    if (!done.ok())
        return done.error();
    return ticket(id);
}

Result<bool> SqlKitchenLog::setAvailable(const QString& menuItemId, bool available)
{
    m_unavailable.reset();
    bool found = false;
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> update =
            m_session.run(u"UPDATE menu_items SET available = ? WHERE id = ? AND active = 1"
                          " RETURNING id"_s,
                          {available ? 1 : 0, menuItemId});
        if (!update.ok())
            return update.error();
        found = update.value()->next();
        update.value()->finish();
        if (!found)
            return false;
        if (Result<void> noticed = m_session.runIfAny(
                m_session.dialect().menuNotice(MenuMessage{menuItemId, available}));
            !noticed.ok())
            return noticed.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return found;
}

Result<QSet<QString>> SqlKitchenLog::unavailableItems()
{
    const std::optional<quint64> othersCommits = m_session.othersCommits();
    if (m_othersCommits.moved(othersCommits))
        m_unavailable.reset();
    if (m_unavailable)
        return *m_unavailable;
    Result<QList<QString>> ids =
        m_session.readAll(u"SELECT id FROM menu_items WHERE available = 0 AND active = 1"_s, {},
                          [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!ids.ok())
        return ids.error();
    QSet<QString> unavailable(ids->cbegin(), ids->cend());
    // Read inside a write transaction, it may yet be undone.
    if (othersCommits && !m_session.inTransaction())
        m_unavailable = unavailable;
    return unavailable;
}
