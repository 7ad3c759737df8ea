#pragma once

#include "model/Result.h"
#include "OutboxEntry.h"

#include <QList>

#include <optional>

class Clock;
class LocalDatabase;

// Sends that could not reach the server, in the order they were made, kept in the tablet's
// file so they survive restarts. One waiting send per waiter and order: a later send of the
// same order by the same waiter replaces its list (the draft is always the whole list) and
// keeps its place in the queue. An entry is only ever sent under its own waiter's login.
class Outbox
{
public:
    Outbox(LocalDatabase& database, Clock& clock);

    Result<void> load();

    // `voids` join those the waiting send already carries (one per line); a void whose line is
    // back in the draft is dropped.
    Result<void> enqueue(const Order& base, const Lines& draft, const QString& staffId,
                         const QList<VoidEntry>& voids = {});
    // A waiting send's voids take a new approval (the first one expired): all of them, since
    // one approval covers every void of its write.
    Result<void> setApproval(qint64 orderId, const QString& staffId, const QString& approval);
    Result<void> remove(qint64 orderId, const QString& staffId);
    // Every waiting send of that waiter.
    Result<void> removeAll(const QString& staffId);

    const QList<OutboxEntry>& entries() const { return m_entries; }
    std::optional<OutboxEntry> find(qint64 orderId, const QString& staffId) const;
    bool contains(qint64 orderId, const QString& staffId) const
    {
        return find(orderId, staffId).has_value();
    }
    int count() const { return int(m_entries.size()); }

private:
    Result<void> storeVoids(qint64 id, const QList<VoidEntry>& voids);
    static QString encodeVoids(const QList<VoidEntry>& voids);
    static Result<QList<VoidEntry>> decodeVoids(const QString& text);

    LocalDatabase& m_database;
    Clock& m_clock;
    QList<OutboxEntry> m_entries;
};
