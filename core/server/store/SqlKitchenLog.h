#pragma once

#include "KitchenLog.h"
#include "OthersCommitsMark.h"
#include "SqlSession.h"

class SqlOrderLog;

// The kitchen part of SqlOrderStore, on its session: a fire is one transaction of conditional
// UPDATEs (one per order), its tickets and fire events under the event-log lock the
// transaction took first (so ticket ids, like event seqs, commit in order across processes), and
// the change notices.
class SqlKitchenLog final : public KitchenLog
{
public:
    SqlKitchenLog(SqlSession& session, SqlOrderLog& orders);

    Result<FireOutcome> fire(const QList<OrderFire>& fires, const QString& author,
                             qint64 now) override;
    Result<Tickets> tickets(const TicketQuery& query) override;
    Result<std::optional<Ticket>> ticket(qint64 id) override;
    Result<std::optional<Ticket>> bumpTicket(qint64 id, const QString& by, qint64 now) override;
    Result<bool> setAvailable(const QString& menuItemId, bool available) override;
    Result<QSet<QString>> unavailableItems() override;
    // The menu was replaced: what is sold out is read again.
    void forgetUnavailable() { m_unavailable.reset(); }

    // Inside a fire's or a void's transaction: stores the ticket (its id set from the insert)
    // and queues its change notice, so both kinds of ticket are made one way.
    static Result<void> insertTicket(SqlSession& session, Ticket& ticket);

private:
    // Inside the fire's transaction: one order's guarded UPDATE, tickets and events; false when
    // the order is no longer open at the expected version.
    Result<bool> fireOne(const OrderFire& fire, const QString& author, qint64 now,
                         FireOutcome& outcome);

    SqlSession& m_session;
    SqlOrderLog& m_orders;
    // Every added line is checked against it: kept while SqlSession::othersCommits() stays.
    std::optional<QSet<QString>> m_unavailable;
    OthersCommitsMark m_othersCommits;
};
