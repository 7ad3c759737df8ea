#include "Outbox.h"

#include "DraftStore.h"
#include "LocalDatabase.h"
#include "model/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Outbox::Outbox(LocalDatabase& database, Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<void> Outbox::load()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT id, order_id, base, draft, staff_id, queued_at FROM outbox"
                    " ORDER BY id"_s))
        return LocalDatabase::storageError(u"Cannot read the waiting sends"_s, query.lastError());
    QList<OutboxEntry> entries;
    while (query.next()) {
        Result<Order> base = DraftStore::decodeOrder(query.value(2).toString());
        Result<Lines> draft = DraftStore::decodeLines(query.value(3).toString());
        if (!base || !draft) {
            qWarning("Skipping a damaged waiting send of order %lld", query.value(1).toLongLong());
            continue;
        }
        entries.append(OutboxEntry{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                   std::move(base).value(), std::move(draft).value(),
                                   query.value(4).toString(), query.value(5).toLongLong()});
    }
    m_entries = std::move(entries);
    return {};
}

Result<void> Outbox::enqueue(const Order& base, const Lines& draft, const QString& staffId)
{
    const auto waiting =
        std::find_if(m_entries.begin(), m_entries.end(), [&base, &staffId](const OutboxEntry& e) {
            return e.orderId == base.id && e.staffId == staffId;
        });
    QSqlQuery query(m_database.connection());
    if (waiting != m_entries.end()) {
        query.prepare(u"UPDATE outbox SET base = ?, draft = ? WHERE id = ?"_s);
        query.addBindValue(DraftStore::encodeOrder(base));
        query.addBindValue(DraftStore::encodeLines(draft));
        query.addBindValue(waiting->id);
        if (!query.exec())
            return LocalDatabase::storageError(u"Cannot keep the send on this tablet"_s,
                                               query.lastError());
        waiting->base = base;
        waiting->draft = draft;
        return {};
    }
    const qint64 now = m_clock.nowMs();
    query.prepare(u"INSERT INTO outbox (order_id, base, draft, staff_id, queued_at)"
                  " VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(base.id);
    query.addBindValue(DraftStore::encodeOrder(base));
    query.addBindValue(DraftStore::encodeLines(draft));
    query.addBindValue(LocalDatabase::staffKey(staffId));
    query.addBindValue(now);
    if (!query.exec())
        return LocalDatabase::storageError(u"Cannot keep the send on this tablet"_s,
                                           query.lastError());
    m_entries.append(
        OutboxEntry{query.lastInsertId().toLongLong(), base.id, base, draft, staffId, now});
    return {};
}

Result<void> Outbox::remove(qint64 orderId, const QString& staffId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM outbox WHERE order_id = ? AND staff_id = ?"_s);
    query.addBindValue(orderId);
    query.addBindValue(LocalDatabase::staffKey(staffId));
    if (!query.exec())
        return LocalDatabase::storageError(u"Cannot remove the waiting send"_s, query.lastError());
    m_entries.removeIf([orderId, &staffId](const OutboxEntry& e) {
        return e.orderId == orderId && e.staffId == staffId;
    });
    return {};
}

Result<void> Outbox::removeAll(const QString& staffId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM outbox WHERE staff_id = ?"_s);
    query.addBindValue(LocalDatabase::staffKey(staffId));
    if (!query.exec())
        return LocalDatabase::storageError(u"Cannot remove the waiting sends"_s, query.lastError());
    m_entries.removeIf([&staffId](const OutboxEntry& e) { return e.staffId == staffId; });
    return {};
}

std::optional<OutboxEntry> Outbox::find(qint64 orderId, const QString& staffId) const
{
    for (const OutboxEntry& entry : m_entries) {
        if (entry.orderId == orderId && entry.staffId == staffId)
            return entry;
    }
    return std::nullopt;
}
