#pragma once

#include "model/Result.h"
#include "OrderDraft.h"

#include <QHash>

#include <optional>

class Clock;
class LocalDatabase;

// The waiters' drafts, one per waiter and order, kept in memory and written through to the
// tablet's file before every call that changes them returns. The calls without a staff id are
// about the owner's drafts: the waiter signed in (empty: nobody).
class DraftStore
{
public:
    DraftStore(LocalDatabase& database, Clock& clock);

    // Reads every saved draft (after LocalDatabase::open()).
    Result<void> load();

    void setOwner(const QString& staffId) { m_owner = staffId; }
    const QString& owner() const { return m_owner; }
    // Every waiter with a draft on this tablet, the owner too.
    QStringList owners() const;

    bool contains(qint64 orderId) const { return ownDrafts().contains(orderId); }
    std::optional<OrderDraft> find(qint64 orderId) const { return find(m_owner, orderId); }
    std::optional<OrderDraft> find(const QString& staffId, qint64 orderId) const;
    QList<qint64> orderIds() const { return orderIds(m_owner); }
    QList<qint64> orderIds(const QString& staffId) const;

    // Saves the draft of base.id.
    Result<void> save(const Order& base, const Lines& draft) { return save(m_owner, base, draft); }
    Result<void> save(const QString& staffId, const Order& base, const Lines& draft);
    Result<void> remove(qint64 orderId) { return remove(m_owner, orderId); }
    Result<void> remove(const QString& staffId, qint64 orderId);
    // Every draft of that waiter.
    Result<void> removeAll(const QString& staffId);

    // Stored text of a list of lines, and back (shared with the outbox).
    static QString encodeLines(const Lines& lines);
    static Result<Lines> decodeLines(const QString& text);
    static QString encodeOrder(const Order& order);
    static Result<Order> decodeOrder(const QString& text);

private:
    using Drafts = QHash<qint64, OrderDraft>;
    const Drafts& ownDrafts() const;

    LocalDatabase& m_database;
    Clock& m_clock;
    QString m_owner;
    QHash<QString, Drafts> m_drafts; // staff id -> order id -> draft
};
