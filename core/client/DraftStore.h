#pragma once

#include "model/Result.h"
#include "OrderDraft.h"

#include <QHash>

#include <optional>

class Clock;
class LocalDatabase;

// The waiter's drafts, one per order, kept in memory and written through to the tablet's file
// before every call that changes them returns.
class DraftStore
{
public:
    DraftStore(LocalDatabase& database, Clock& clock);

    // Reads every saved draft (after LocalDatabase::open()).
    Result<void> load();

    bool contains(qint64 orderId) const { return m_drafts.contains(orderId); }
    std::optional<OrderDraft> find(qint64 orderId) const;
    QList<qint64> orderIds() const;

    // Saves the draft of base.id.
    Result<void> save(const Order& base, const Lines& draft);
    Result<void> remove(qint64 orderId);

    // Stored text of a list of lines, and back (shared with the outbox).
    static QString encodeLines(const Lines& lines);
    static Result<Lines> decodeLines(const QString& text);
    static QString encodeOrder(const Order& order);
    static Result<Order> decodeOrder(const QString& text);

private:
    LocalDatabase& m_database;
    Clock& m_clock;
    QHash<qint64, OrderDraft> m_drafts;
};
