#pragma once

#include "OrderRecord.h"
#include "OthersCommitsMark.h"

#include <QHash>
#include <QList>

#include <optional>

// The row of each order this process read or wrote, without its list (DecodedLines keeps that),
// so that a write need not read it again. Like TokenOwners it holds only while
// SqlSession::othersCommits() stays the same; this process's own guarded writes move it on once
// their transaction stays.
class OrderHeads
{
public:
    // Bound: a venue's open orders many times over; past it all are dropped.
    static constexpr int maxOrders = 1024;

    // The row of `orderId` (items left empty) when it is known at this `othersCommits`.
    std::optional<OrderRecord> find(quint64 othersCommits, qint64 orderId);
    // `head` as read at `othersCommits`.
    void remember(quint64 othersCommits, const OrderRecord& head);
    // The open write transaction's guarded UPDATE moved the order to `version` at `at`, leaving
    // it `status`. Its row is known again once the transaction stays, and forgotten if it does
    // not.
    void stageWrite(qint64 orderId, qint64 version, qint64 at,
                    Order::Status status = Order::Status::Open);
    void transactionEnded(bool kept);
    void forget(qint64 orderId) { m_heads.remove(orderId); }
    void clear();

private:
    struct Write
    {
        qint64 orderId = 0;
        qint64 version = 0;
        qint64 at = 0;
        Order::Status status = Order::Status::Open;
    };

    QHash<qint64, OrderRecord> m_heads;
    QList<Write> m_staged;
    OthersCommitsMark m_othersCommits;
};
