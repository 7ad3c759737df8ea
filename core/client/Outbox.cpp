#include "Outbox.h"

#include "DraftStore.h"
#include "LocalDatabase.h"
#include "model/Clock.h"
#include "model/VoidCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// The voids a send carries: those waiting plus the new ones (a new one for a line replaces the
// old), without any whose line the draft holds again.
QList<VoidEntry> mergedVoids(const QList<VoidEntry>& waiting, const QList<VoidEntry>& added,
                             const Lines& draft)
{
    QList<VoidEntry> merged;
    for (const VoidEntry& entry : waiting + added) {
        merged.removeIf([&entry](const VoidEntry& e) { return e.lineId == entry.lineId; });
        if (!findLine(draft, entry.lineId))
            merged.append(entry);
    }
    return merged;
}

} // namespace

Outbox::Outbox(LocalDatabase& database, Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<void> Outbox::load()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT id, order_id, base, draft, staff_id, queued_at, voids FROM outbox"
                    " ORDER BY id"_s))
        return LocalDatabase::storageError(u"Cannot read the waiting sends"_s, query.lastError());
    QList<OutboxEntry> entries;
    while (query.next()) {
        Result<Order> base = DraftStore::decodeOrder(query.value(2).toString());
        Result<Lines> draft = DraftStore::decodeLines(query.value(3).toString());
        Result<QList<VoidEntry>> voids = decodeVoids(query.value(6).toString());
        if (!base || !draft || !voids) {
            qWarning("Skipping a damaged waiting send of order %lld", query.value(1).toLongLong());
            continue;
        }
        entries.append(OutboxEntry{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                   std::move(base).value(), std::move(draft).value(),
                                   query.value(4).toString(), query.value(5).toLongLong(),
                                   std::move(voids).value()});
    }
    m_entries = std::move(entries);
    return {};
}

Result<void> Outbox::enqueue(const Order& base, const Lines& draft, const QString& staffId,
                             const QList<VoidEntry>& voids)
{
    const auto waiting =
        std::find_if(m_entries.begin(), m_entries.end(), [&base, &staffId](const OutboxEntry& e) {
            return e.orderId == base.id && e.staffId == staffId;
        });
    QSqlQuery query(m_database.connection());
    if (waiting != m_entries.end()) {
        const QList<VoidEntry> merged = mergedVoids(waiting->voids, voids, draft);
        query.prepare(u"UPDATE outbox SET base = ?, draft = ?, voids = ? WHERE id = ?"_s);
        query.addBindValue(DraftStore::encodeOrder(base));
        query.addBindValue(DraftStore::encodeLines(draft));
        query.addBindValue(encodeVoids(merged));
        query.addBindValue(waiting->id);
        if (!query.exec())
            return LocalDatabase::storageError(u"Cannot keep the send on this tablet"_s,
                                               query.lastError());
        waiting->base = base;
        waiting->draft = draft;
        waiting->voids = merged;
        return {};
    }
    const QList<VoidEntry> kept = mergedVoids({}, voids, draft);
    const qint64 now = m_clock.nowMs();
    query.prepare(u"INSERT INTO outbox (order_id, base, draft, staff_id, queued_at, voids)"
                  " VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(base.id);
    query.addBindValue(DraftStore::encodeOrder(base));
    query.addBindValue(DraftStore::encodeLines(draft));
    query.addBindValue(LocalDatabase::staffKey(staffId));
    query.addBindValue(now);
    query.addBindValue(encodeVoids(kept));
    if (!query.exec())
        return LocalDatabase::storageError(u"Cannot keep the send on this tablet"_s,
                                           query.lastError());
    m_entries.append(
        OutboxEntry{query.lastInsertId().toLongLong(), base.id, base, draft, staffId, now, kept});
    return {};
}

Result<void> Outbox::setApproval(qint64 orderId, const QString& staffId, const QString& approval)
{
    const auto waiting =
        std::find_if(m_entries.begin(), m_entries.end(), [orderId, &staffId](const OutboxEntry& e) {
            return e.orderId == orderId && e.staffId == staffId;
        });
    if (waiting == m_entries.end())
        return ApiError{ErrorCode::NotFound, u"No waiting send of that order."_s, {}};
    QList<VoidEntry> voids = waiting->voids;
    for (VoidEntry& entry : voids)
        entry.approval = approval;
    if (Result<void> stored = storeVoids(waiting->id, voids); !stored)
        return stored;
    waiting->voids = voids;
    return {};
}

Result<void> Outbox::storeVoids(qint64 id, const QList<VoidEntry>& voids)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE outbox SET voids = ? WHERE id = ?"_s);
    query.addBindValue(encodeVoids(voids));
    query.addBindValue(id);
    if (!query.exec())
        return LocalDatabase::storageError(u"Cannot keep the void on this tablet"_s,
                                           query.lastError());
    return {};
}

QString Outbox::encodeVoids(const QList<VoidEntry>& voids)
{
    return QString::fromUtf8(
        QJsonDocument(VoidCodec::toJson(voids)).toJson(QJsonDocument::Compact));
}

Result<QList<VoidEntry>> Outbox::decodeVoids(const QString& text)
{
    if (text.isEmpty())
        return QList<VoidEntry>{}; // a row from before voids were kept
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::invalid(u"voids"_s, u"voids is not JSON: "_s + error.errorString());
    return VoidCodec::voidsFromJson(document.isArray() ? QJsonValue(document.array())
                                                       : QJsonValue());
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
