#pragma once

#include "DecodedLines.h"
#include "EventTail.h"
#include "OrderHeads.h"
#include "OrderLog.h"
#include "SqlSession.h"

// The orders and events part of SqlOrderStore, on its session: the guarded write is one
// conditional UPDATE, and its events and change notice go in the same transaction (which took
// the dialect's event-log lock first). Decoded line lists are kept by version, and the newest
// events of each order for the 409.
class SqlOrderLog final : public OrderLog
{
public:
    explicit SqlOrderLog(SqlSession& session);
    ~SqlOrderLog() override;
    SqlOrderLog(const SqlOrderLog&) = delete;
    SqlOrderLog& operator=(const SqlOrderLog&) = delete;

    Result<std::optional<OrderRecord>> order(qint64 id) override;
    Result<WriteOutcome> writeItems(qint64 orderId, qint64 expectedVersion, const Lines& items,
                                    QList<Event> events, qint64 now) override;
    Result<WriteOutcome> closeOrder(qint64 orderId, qint64 expectedVersion, const QString& author,
                                    qint64 now) override;
    Result<void> appendEvent(Event event) override;
    Result<QList<Event>> orderEvents(qint64 orderId, qint64 afterVersion, int newest) override;
    Result<QList<Event>> events(qint64 since, int limit) override;
    Result<qint64> latestSeq() override;

    // Inside a write transaction: the guarded UPDATE of the order's lines. The order's table when
    // it was open at `expectedVersion` (now one version on), nullopt when it was not.
    Result<std::optional<QString>> updateItems(qint64 orderId, qint64 expectedVersion,
                                               const Lines& items, qint64 now);
    // The same with the list already written by OrderJsonWriter::lines().
    Result<std::optional<QString>> updateItems(qint64 orderId, qint64 expectedVersion,
                                               const Lines& items, const QByteArray& itemsJson,
                                               qint64 now);
    // Inside a write transaction: opens a new empty order on the table; its id.
    Result<qint64> openOrder(const QString& tableId, qint64 now);
    // After a rollback the kept lists may name versions that never were, and kept events may
    // be ones the log never got.
    void forgetDecoded()
    {
        m_lines.clear();
        m_tail.clear();
        m_heads.clear();
    }
    // After a committed write made by another part of the store (a fire).
    void remember(const Order& order) { m_lines.remember(order.id, order.version, order.items); }
    // Inside a write transaction: the events of the order's new version, then the notice.
    Result<void> recordChange(const Order& order, const QList<Event>& events);
    // Whether appendEvent() holds events for the group's commit.
    bool holdsEvents() const { return !m_held.isEmpty(); }
    // Before the group commits: the events appendEvent() held, in one write transaction.
    Result<void> writeHeldEvents();
    // When the connection closes, taking its open group with it.
    void dropHeldEvents() { m_held.clear(); }

private:
    // Inside a write transaction (which holds the event-log lock): the events.
    Result<void> insertEvents(const QList<Event>& events);
    // Inside a write transaction: the held events; held again if it is undone.
    Result<void> insertHeld();
    void transactionEnded(bool kept);
    // The INSERT of an event whose non-null values are the bits of `shape` (in the order of
    // SqlRows::eventValues()): Qt binds each value at a cost, and a conflict event has 7 of 17.
    const QString& eventInsert(quint32 shape);
    // Inside a write transaction: the dialect's notice that the order changed.
    Result<void> announce(qint64 orderId, const QString& tableId, qint64 version);
    // The outcome of a guarded write's transaction: `written`, or the order as it is stored.
    Result<WriteOutcome> outcome(const Result<bool>& applied, const Order& written,
                                 qint64 nextOrderId);
    // The outcome of a refused guarded write: the order as it is stored.
    Result<WriteOutcome> refused(qint64 orderId);
    Lines decoded(qint64 orderId, qint64 version, const QByteArray& text);
    // The order's row without its list, and the table's seats: known, or read.
    Result<std::optional<OrderRecord>> orderHead(qint64 id);

    SqlSession& m_session;
    const QString m_updateItems;
    DecodedLines m_lines;
    EventTail m_tail;
    OrderHeads m_heads;
    QHash<quint32, QString> m_eventInserts;
    // Conflict events waiting for the group's commit, or for their order's next write (so that
    // within an order seqs still rise with versions), in the order they came.
    QList<Event> m_held;
    // Held events inserted by the transaction that is running.
    QList<Event> m_inserting;
};
