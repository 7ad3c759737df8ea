#include "UnsentWork.h"

#include "DraftStore.h"
#include "LocalDatabase.h"
#include "merge/Diff.h"
#include "model/Clock.h"
#include "model/JsonCodec.h"
#include "Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

UnsentWork::UnsentWork(LocalDatabase& database, DraftStore& drafts, Outbox& outbox, Clock& clock)
    : m_database(database)
    , m_drafts(drafts)
    , m_outbox(outbox)
    , m_clock(clock)
{}

Result<bool> UnsentWork::revert(const Order& base)
{
    const QString owner = m_drafts.owner();
    const bool wasQueued = m_outbox.contains(base.id, owner);
    const Result<void> done = changeFile([&]() -> Result<void> {
        if (wasQueued) {
            if (Result<void> removed = m_outbox.remove(base.id, owner); !removed)
                return removed;
        }
        return m_drafts.save(base, base.items);
    });
    if (!done)
        return done.error();
    return wasQueued;
}

Result<void> UnsentWork::changeFile(const std::function<Result<void>()>& work)
{
    const Result<void> done = m_database.transaction(work);
    if (!done) {
        (void)m_drafts.load();
        (void)m_outbox.load();
    }
    return done;
}

WaiterWork UnsentWork::of(const QString& staffId) const
{
    WaiterWork work{staffId, 0, 0};
    QSet<qint64> counted;
    for (const qint64 orderId : m_drafts.orderIds(staffId)) {
        const std::optional<OrderDraft> draft = m_drafts.find(staffId, orderId);
        const qsizetype changes = diff(draft->base.items, draft->draft).size();
        if (changes == 0 && !m_outbox.contains(orderId, staffId))
            continue;
        counted.insert(orderId);
        ++work.orders;
        work.changes += int(changes);
    }
    // A waiting send whose draft is gone (it was adopted elsewhere) still counts.
    for (const OutboxEntry& entry : m_outbox.entries()) {
        if (entry.staffId != staffId || counted.contains(entry.orderId))
            continue;
        counted.insert(entry.orderId);
        ++work.orders;
        work.changes += int(diff(entry.base.items, entry.draft).size());
    }
    return work;
}

QList<WaiterWork> UnsentWork::othersThan(const QString& staffId) const
{
    QStringList staffIds = m_drafts.owners();
    for (const OutboxEntry& entry : m_outbox.entries())
        staffIds.append(entry.staffId);
    std::sort(staffIds.begin(), staffIds.end());
    staffIds.erase(std::unique(staffIds.begin(), staffIds.end()), staffIds.end());
    QList<WaiterWork> others;
    for (const QString& other : std::as_const(staffIds)) {
        if (other == staffId)
            continue;
        if (const WaiterWork work = of(other); work.orders > 0)
            others.append(work);
    }
    return others;
}

QString UnsentWork::contentOf(const QString& staffId) const
{
    QJsonArray drafts;
    for (const qint64 orderId : m_drafts.orderIds(staffId)) {
        const std::optional<OrderDraft> draft = m_drafts.find(staffId, orderId);
        drafts.append(QJsonObject{{u"base"_s, JsonCodec::toJson(draft->base)},
                                  {u"draft"_s, JsonCodec::toJson(draft->draft)}});
    }
    QJsonArray sends;
    for (const OutboxEntry& entry : m_outbox.entries()) {
        if (entry.staffId == staffId)
            sends.append(QJsonObject{{u"base"_s, JsonCodec::toJson(entry.base)},
                                     {u"draft"_s, JsonCodec::toJson(entry.draft)},
                                     {u"queued_at"_s, entry.queuedAt}});
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"drafts"_s, drafts}, {u"outbox"_s, sends}})
                                 .toJson(QJsonDocument::Compact));
}

Result<WorkDiscard> UnsentWork::discard(const QString& staffId, const QString& reason,
                                        const QString& managerId)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return ApiError::invalid(u"reason"_s, u"Say why this work is thrown away."_s);
    if (why.toUcs4().size() > maxReasonLength)
        return ApiError::invalid(u"reason"_s, u"The reason is longer than 200 characters."_s);
    const WaiterWork work = of(staffId);
    if (work.orders == 0)
        return ApiError{ErrorCode::NotFound,
                        u"No unsent work of "_s + staffId + u" is on this tablet."_s, u"staff"_s};
    WorkDiscard logged{0, staffId, managerId, why, work.orders, work.changes, m_clock.nowMs()};
    const QString content = contentOf(staffId);
    const Result<void> done = changeFile([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        query.prepare(u"INSERT INTO discards (staff_id, discarded_by, reason, orders, changes,"
                      " content, discarded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(logged.staffId);
        query.addBindValue(logged.discardedBy);
        query.addBindValue(logged.reason);
        query.addBindValue(logged.orders);
        query.addBindValue(logged.changes);
        query.addBindValue(content);
        query.addBindValue(logged.at);
        if (!query.exec())
            return LocalDatabase::storageError(u"Cannot log the discard"_s, query.lastError());
        logged.id = query.lastInsertId().toLongLong();
        if (Result<void> removed = m_outbox.removeAll(staffId); !removed)
            return removed;
        return m_drafts.removeAll(staffId);
    });
    if (!done)
        return done.error();
    return logged;
}

Result<QList<WorkDiscard>> UnsentWork::discards() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT id, staff_id, discarded_by, reason, orders, changes, discarded_at"
                    " FROM discards ORDER BY id"_s))
        return LocalDatabase::storageError(u"Cannot read the discard log"_s, query.lastError());
    QList<WorkDiscard> log;
    while (query.next()) {
        log.append(WorkDiscard{query.value(0).toLongLong(), query.value(1).toString(),
                               query.value(2).toString(), query.value(3).toString(),
                               query.value(4).toInt(), query.value(5).toInt(),
                               query.value(6).toLongLong()});
    }
    return log;
}
