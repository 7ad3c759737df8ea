#include "SqlVoidLog.h"

#include "SqlKitchenLog.h"
#include "SqlOrderLog.h"

using namespace Qt::Literals::StringLiterals;

SqlVoidLog::SqlVoidLog(SqlSession& session, SqlOrderLog& orders)
    : m_session(session)
    , m_orders(orders)
{}

Result<void> SqlVoidLog::putApproval(const QByteArray& approvalHash, const QString& staffId,
                                     qint64 expiresAt, qint64 now)
{
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> purged =
            m_session.run(u"DELETE FROM approvals WHERE expires_at <= ?"_s, {now});
        if (!purged.ok())
            return purged.error();
        purged.value()->finish();
        Result<QSqlQuery*> put = m_session.run(
            u"INSERT INTO approvals (approval_hash, staff_id, expires_at) VALUES (?, ?, ?)"_s,
            {approvalHash, staffId, expiresAt});
        if (!put.ok())
            return put.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<std::optional<QString>> SqlVoidLog::approvalOwner(const QByteArray& approvalHash, qint64 now)
{
    return m_session.readOne(u"SELECT a.staff_id FROM approvals a JOIN staff s ON s.id = a.staff_id"
                             " WHERE a.approval_hash = ? AND a.used_at IS NULL AND a.expires_at > ?"
                             " AND s.role = 'manager'"_s,
                             {approvalHash, now},
                             [](const QSqlQuery& q) { return q.value(0).toString(); });
}

Result<bool> SqlVoidLog::useApproval(const OrderVoid::Approval& approval, qint64 now)
{
    Result<QSqlQuery*> used =
        m_session.run(u"UPDATE approvals SET used_at = ? WHERE approval_hash = ? AND staff_id = ?"
                      " AND used_at IS NULL AND expires_at > ? RETURNING staff_id"_s,
                      {now, approval.hash, approval.staffId, now});
    if (!used.ok())
        return used.error();
    const bool found = used.value()->next();
    used.value()->finish();
    return found;
}

Result<Tickets> SqlVoidLog::insertTickets(Tickets tickets, const Order& order,
                                          const QString& author, qint64 now)
{
    for (Ticket& ticket : tickets) {
        ticket.orderId = order.id;
        ticket.tableId = order.tableId;
        ticket.kind = Ticket::Kind::Void;
        ticket.createdBy = author;
        ticket.createdAt = now;
        if (Result<void> inserted = SqlKitchenLog::insertTicket(m_session, ticket); !inserted.ok())
            return inserted.error();
    }
    return tickets;
}

Result<VoidOutcome> SqlVoidLog::writeVoids(const OrderVoid& write, const QString& author,
                                           qint64 now)
{
    VoidOutcome outcome;
    Result<bool> applied = m_session.transaction([&]() -> Result<bool> {
        outcome = VoidOutcome{};
        Result<std::optional<QString>> table =
            m_orders.updateItems(write.orderId, write.expectedVersion, write.items, now);
        if (!table.ok())
            return table.error();
        if (!table.value())
            return false;
        for (const OrderVoid::Approval& approval : write.approvals) {
            Result<bool> used = useApproval(approval, now);
            if (!used.ok())
                return used.error();
            if (!used.value()) {
                outcome.approvalRefused = true;
                return false;
            }
        }
        outcome.order =
            Order{write.orderId, *table.value(), Order::Status::Open, write.expectedVersion + 1,
                  now,           write.items};
        Result<Tickets> tickets = insertTickets(write.tickets, outcome.order, author, now);
        if (!tickets.ok())
            return tickets.error();
        outcome.tickets = tickets.value();
        QList<Event> events = write.events;
        for (Event& event : events) {
            event.orderId = outcome.order.id;
            event.tableId = outcome.order.tableId;
            event.version = outcome.order.version;
            event.at = now;
            if (event.kind != Event::Kind::Void)
                continue;
            for (const Ticket& ticket : std::as_const(outcome.tickets)) {
                for (const TicketLine& line : ticket.lines) {
                    if (line.lineId == event.lineId)
                        event.ticketId = ticket.id;
                }
            }
        }
        if (Result<void> recorded = m_orders.recordChange(outcome.order, events); !recorded.ok())
            return recorded.error();
        return true;
    });
    if (!applied.ok()) {
        m_orders.forgetDecoded();
        return applied.error();
    }
    outcome.applied = applied.value();
    if (outcome.applied) {
        m_orders.remember(outcome.order);
        return outcome;
    }
    outcome.tickets.clear();
    if (outcome.approvalRefused)
        return outcome;
    Result<std::optional<OrderRecord>> stored = m_orders.order(write.orderId);
    if (!stored.ok())
        return stored.error();
    if (stored.value())
        outcome.order = stored.value()->order;
    return outcome;
}
