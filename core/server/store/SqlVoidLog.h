#pragma once

#include "SqlSession.h"
#include "VoidLog.h"

class SqlOrderLog;

// The voids part of SqlOrderStore, on its session: approvals, and the order's guarded UPDATE, the
// approvals' single use (a conditional UPDATE, so two processes on one database cannot both use
// one), the void tickets and events, and the notices: one transaction, which takes the
// dialect's event-log lock first.
class SqlVoidLog final : public VoidLog
{
public:
    SqlVoidLog(SqlSession& session, SqlOrderLog& orders);

    Result<void> putApproval(const QByteArray& approvalHash, const QString& staffId,
                             qint64 expiresAt, qint64 now);
    Result<std::optional<QString>> approvalOwner(const QByteArray& approvalHash, qint64 now);
    Result<VoidOutcome> writeVoids(const OrderVoid& write, const QString& author,
                                   qint64 now) override;

private:
    // Inside the write's transaction: false when the approval is used, expired or not theirs.
    Result<bool> useApproval(const OrderVoid::Approval& approval, qint64 now);
    // Inside the write's transaction: the tickets with their ids, and their notices.
    Result<Tickets> insertTickets(Tickets tickets, const Order& order, const QString& author,
                                  qint64 now);

    SqlSession& m_session;
    SqlOrderLog& m_orders;
};
