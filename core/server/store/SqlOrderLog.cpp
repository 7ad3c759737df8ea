#include "SqlOrderLog.h"

#include "SqlRows.h"

#include "model/JsonCodec.h"
#include "model/OrderJsonWriter.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError noSuchOrder(qint64 orderId)
{
    return ApiError{ErrorCode::NotFound, u"Order %1 does not exist."_s.arg(orderId), {}};
}

} // namespace

SqlOrderLog::SqlOrderLog(SqlSession& session)
    : m_session(session)
    // Built once: the guarded write runs it for every PATCH.
    , m_updateItems(u"UPDATE orders SET version = version + 1, items = %1, item_count = ?,"
                    " updated_at = ? WHERE id = ? AND version = ? AND status = 'open'"
                    " RETURNING table_id"_s.arg(session.dialect().utf8Text({}).placeholder))
{
    m_session.setTransactionEnded([this](bool kept) { transactionEnded(kept); });
}

SqlOrderLog::~SqlOrderLog()
{
    m_session.setTransactionEnded({});
}

void SqlOrderLog::transactionEnded(bool kept)
{
    m_tail.transactionEnded(kept);
    m_heads.transactionEnded(kept);
    if (!kept)
        m_held = m_inserting + m_held;
    m_inserting.clear();
}

Result<qint64> SqlOrderLog::openOrder(const QString& tableId, qint64 now)
{
    Result<QSqlQuery*> order = m_session.run(u"INSERT INTO orders (table_id, status, version,"
                                             " updated_at) VALUES (?, 'open', 1, ?) RETURNING id"_s,
                                             {tableId, now});
    if (!order.ok())
        return order.error();
    const qint64 orderId = order.value()->next() ? order.value()->value(0).toLongLong() : 0;
    order.value()->finish();
    if (Result<QSqlQuery*> q = m_session.run(u"UPDATE venue_tables SET order_id = ? WHERE id = ?"_s,
                                             {orderId, tableId});
        !q.ok())
        return q.error();
    return orderId;
}

Lines SqlOrderLog::decoded(qint64 orderId, qint64 version, const QByteArray& text)
{
    if (const DecodedLines::Known* known = m_lines.find(orderId, version))
        return known->lines;
    return SqlRows::lines(text);
}

Result<std::optional<OrderRecord>> SqlOrderLog::order(qint64 id)
{
    return m_session.reading([this, id]() -> Result<std::optional<OrderRecord>> {
        // The list, most of the row, is read only when this process does not know it at the
        // row's version; another process may move the order on in between, then read again.
        for (int attempt = 0;; ++attempt) {
            Result<std::optional<OrderRecord>> head = orderHead(id);
            if (!head.ok() || !head.value())
                return head;
            OrderRecord& record = *head.value();
            Order& order = record.order;
            if (const DecodedLines::Known* known = m_lines.find(order.id, order.version)) {
                order.items = known->lines;
                record.itemsJson = known->json;
                return head;
            }
            Result<QSqlQuery*> list = m_session.run(
                u"SELECT items FROM orders WHERE id = ? AND version = ?"_s, {id, order.version});
            if (!list.ok())
                return list.error();
            const bool found = list.value()->next();
            const QByteArray text = found ? list.value()->value(0).toByteArray() : QByteArray();
            list.value()->finish();
            if (!found) {
                m_heads.forget(id);
                if (attempt < 8)
                    continue;
                return ApiError{ErrorCode::StorageError,
                                u"Order %1 kept changing while it was read."_s.arg(id),
                                {}};
            }
            order.items = SqlRows::lines(text);
            if (order.status == Order::Status::Open)
                m_lines.remember(order.id, order.version, order.items);
            return head;
        }
    });
}

Result<std::optional<OrderRecord>> SqlOrderLog::orderHead(qint64 id)
{
    const std::optional<quint64> othersCommits = m_session.othersCommits();
    if (othersCommits) {
        if (std::optional<OrderRecord> known = m_heads.find(*othersCommits, id))
            return known;
    }
    Result<QSqlQuery*> query =
        m_session.run(u"SELECT o.id, o.table_id, o.status, o.version, o.updated_at, t.seats"
                      " FROM orders o JOIN venue_tables t ON t.id = o.table_id WHERE o.id = ?"_s,
                      {id});
    if (!query.ok())
        return query.error();
    QSqlQuery* q = query.value();
    std::optional<OrderRecord> record;
    if (q->next()) {
        record = OrderRecord{};
        Order& order = record->order;
        order.id = q->value(0).toLongLong();
        order.tableId = q->value(1).toString();
        order.status =
            q->value(2).toString() == "closed"_L1 ? Order::Status::Closed : Order::Status::Open;
        order.version = q->value(3).toLongLong();
        order.updatedAt = q->value(4).toLongLong();
        record->seats = q->value(5).toInt();
    }
    q->finish();
    // A row read inside a write transaction may yet be undone.
    if (record && othersCommits && !m_session.inTransaction())
        m_heads.remember(*othersCommits, *record);
    return record;
}

Result<void> SqlOrderLog::insertEvents(const QList<Event>& events)
{
    for (const Event& event : events) {
        const QVariantList all = SqlRows::eventValues(event);
        quint32 shape = 0;
        QVariantList values;
        values.reserve(all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (!all.at(i).isNull()) {
                shape |= 1u << i;
                values.append(all.at(i));
            }
        }
        Result<QSqlQuery*> query = m_session.run(eventInsert(shape), values);
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        const qint64 seq = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        if (seq > 0) {
            Event stored = SqlRows::stored(event);
            stored.seq = seq;
            m_tail.stage(stored);
        }
    }
    return {};
}

const QString& SqlOrderLog::eventInsert(quint32 shape)
{
    if (const auto found = m_eventInserts.constFind(shape); found != m_eventInserts.cend())
        return *found;
    static const QStringList columns = SqlRows::eventColumns().split(u", "_s).mid(1);
    QStringList named;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (shape & (1u << i))
            named.append(columns.at(i));
    }
    return *m_eventInserts.insert(
        shape, u"INSERT INTO events (%1) VALUES (%2) RETURNING seq"_s.arg(
                   named.join(u", "_s), QStringList(named.size(), u"?"_s).join(u", "_s)));
}

Result<void> SqlOrderLog::announce(qint64 orderId, const QString& tableId, qint64 version)
{
    return m_session.runIfAny(m_session.dialect().changeNotice(orderId, tableId, version));
}

Result<WriteOutcome> SqlOrderLog::refused(qint64 orderId)
{
    Result<std::optional<OrderRecord>> stored = order(orderId);
    if (!stored.ok())
        return stored.error();
    if (!stored.value())
        return noSuchOrder(orderId);
    return WriteOutcome{false, stored.value()->order, 0};
}

Result<void> SqlOrderLog::insertHeld()
{
    m_inserting += m_held;
    const QList<Event> held = std::exchange(m_held, {});
    return insertEvents(held);
}

Result<void> SqlOrderLog::writeHeldEvents()
{
    if (m_held.isEmpty())
        return {};
    const auto insertAll = [this]() -> Result<bool> {
        if (Result<void> inserted = insertHeld(); !inserted.ok())
            return inserted.error();
        return true;
    };
    Result<bool> done = m_session.transaction(insertAll);
    if (done.ok())
        return {};
    if (done.error().code == ErrorCode::StoreUnavailable) {
        // The group is gone, and its answers fail with it.
        m_held.clear();
        return done.error();
    }
    // One of them failed and took the others back: each alone now, so that one bad event is
    // dropped (and told) instead of undoing the group's writes.
    const QList<Event> held = std::exchange(m_held, {});
    for (const Event& event : held) {
        m_held = {event};
        if (Result<bool> one = m_session.transaction(insertAll); !one.ok()) {
            m_held.clear();
            if (one.error().code == ErrorCode::StoreUnavailable)
                return one.error();
            qWarning("tablesyncd: the %s event of order %lld was not logged: %s",
                     qUtf8Printable(JsonCodec::kindName(event.kind)), event.orderId,
                     qUtf8Printable(one.error().message));
        }
    }
    return {};
}

Result<void> SqlOrderLog::recordChange(const Order& order, const QList<Event>& events)
{
    const bool orderHeld = std::any_of(m_held.cbegin(), m_held.cend(),
                                       [&order](const Event& e) { return e.orderId == order.id; });
    if (orderHeld) {
        if (Result<void> inserted = insertHeld(); !inserted.ok())
            return inserted;
    }
    m_tail.stageWrite(order.id, order.version);
    if (Result<void> inserted = insertEvents(events); !inserted.ok())
        return inserted;
    return announce(order.id, order.tableId, order.version);
}

Result<WriteOutcome> SqlOrderLog::outcome(const Result<bool>& applied, const Order& written,
                                          qint64 nextOrderId)
{
    if (!applied.ok())
        return applied.error();
    if (!applied.value())
        return refused(written.id);
    return WriteOutcome{true, written, nextOrderId};
}

Result<std::optional<QString>> SqlOrderLog::updateItems(qint64 orderId, qint64 expectedVersion,
                                                        const Lines& items, qint64 now)
{
    return updateItems(orderId, expectedVersion, items, OrderJsonWriter::lines(items), now);
}

Result<std::optional<QString>> SqlOrderLog::updateItems(qint64 orderId, qint64 expectedVersion,
                                                        const Lines& items,
                                                        const QByteArray& itemsJson, qint64 now)
{
    const SqlDialect::Utf8Text list = m_session.dialect().utf8Text(itemsJson);
    Result<QSqlQuery*> update = m_session.run(
        m_updateItems, {list.value, qint64(items.size()), now, orderId, expectedVersion});
    if (!update.ok())
        return update.error();
    // SQLite makes every change of a RETURNING statement at its first step.
    QSqlQuery* q = update.value();
    std::optional<QString> table;
    if (q->next())
        table = q->value(0).toString();
    q->finish();
    if (table)
        m_heads.stageWrite(orderId, expectedVersion + 1, now);
    return table;
}

Result<WriteOutcome> SqlOrderLog::writeItems(qint64 orderId, qint64 expectedVersion,
                                             const Lines& items, QList<Event> events, qint64 now)
{
    Order stored{orderId, {}, Order::Status::Open, expectedVersion + 1, now, items};
    // Written once: the row stores these bytes and the reply reuses them.
    const QByteArray itemsJson = OrderJsonWriter::lines(items);
    Result<bool> applied = m_session.transaction([&]() -> Result<bool> {
        Result<std::optional<QString>> table =
            updateItems(orderId, expectedVersion, items, itemsJson, now);
        if (!table.ok())
            return table.error();
        if (!table.value())
            return false;
        stored.tableId = *table.value();
        for (Event& event : events) {
            event.version = stored.version;
            event.at = now;
        }
        if (Result<void> recorded = recordChange(stored, events); !recorded.ok())
            return recorded.error();
        return true;
    });
    Result<WriteOutcome> result = outcome(applied, stored, 0);
    if (result.ok() && result.value().applied) {
        m_lines.remember(orderId, stored.version, items, itemsJson);
        result.value().itemsJson = itemsJson;
    }
    return result;
}

Result<WriteOutcome> SqlOrderLog::closeOrder(qint64 orderId, qint64 expectedVersion,
                                             const QString& author, qint64 now)
{
    Order closed{orderId, {}, Order::Status::Closed, expectedVersion + 1, now, {}};
    qint64 nextOrderId = 0;
    Result<bool> applied = m_session.transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> update =
            m_session.run(u"UPDATE orders SET status = 'closed', version = version + 1,"
                          " updated_at = ? WHERE id = ? AND version = ? AND status = 'open'"
                          " RETURNING table_id, items"_s,
                          {now, orderId, expectedVersion});
        if (!update.ok())
            return update.error();
        QSqlQuery* q = update.value();
        const bool found = q->next();
        if (found) {
            closed.tableId = q->value(0).toString();
            closed.items = decoded(orderId, expectedVersion, q->value(1).toByteArray());
            m_heads.stageWrite(orderId, closed.version, now, Order::Status::Closed);
        }
        q->finish();
        if (!found)
            return false;
        Result<qint64> next = openOrder(closed.tableId, now);
        if (!next.ok())
            return next.error();
        nextOrderId = next.value();
        Event event;
        event.orderId = orderId;
        event.tableId = closed.tableId;
        event.version = closed.version;
        event.kind = Event::Kind::Close;
        event.author = author;
        event.at = now;
        if (Result<void> recorded = recordChange(closed, {event}); !recorded.ok())
            return recorded.error();
        return true;
    });
    Result<WriteOutcome> result = outcome(applied, closed, nextOrderId);
    if (result.ok() && result.value().applied) {
        // A closed order takes no more writes, so no more 409s to answer from memory.
        m_lines.forget(orderId);
        m_tail.forget(orderId);
    }
    return result;
}

Result<void> SqlOrderLog::appendEvent(Event event)
{
    // In a group, the event goes in with the group's other held events when it commits: one
    // savepoint for all instead of one each. The group's lock is taken now, as an insert would.
    if (m_session.groupsCommits()) {
        Result<void> opened = m_session.reading([this] { return m_session.openGroup(); });
        if (!opened.ok())
            return opened;
        m_held.append(std::move(event));
        return {};
    }
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        if (Result<void> inserted = insertEvents({event}); !inserted.ok())
            return inserted.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<QList<Event>> SqlOrderLog::orderEvents(qint64 orderId, qint64 afterVersion, int newest)
{
    m_tail.othersCommitted(m_session.othersCommits());
    if (std::optional<QList<Event>> seen = m_tail.whole(orderId, afterVersion, newest))
        return std::move(*seen);
    // Counting is an index-only scan; when this process keeps as many events above the floor
    // as the log holds, it has them all, and the newest are among them.
    if (const std::optional<qint64> floor = m_tail.answerFloor(orderId, afterVersion, newest)) {
        static const QString count =
            u"SELECT COUNT(*) FROM events WHERE order_id = ? AND version > ?"_s;
        Result<std::optional<qint64>> inLog = m_session.readOne(
            count, {orderId, *floor}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        if (!inLog.ok())
            return inLog.error();
        if (std::optional<QList<Event>> kept =
                m_tail.above(orderId, *floor, inLog.value().value_or(0))) {
            if (kept->size() > newest)
                kept->remove(0, kept->size() - newest);
            return std::move(*kept);
        }
    }
    // Within an order versions and seqs rise together: the newest by (version, seq) are the
    // newest by seq, and events_by_order(order_id, version) yields them without a sort (SQLite's
    // index ends in the rowid, seq). They come newest first and are turned round here rather
    // than sorted again in SQL.
    static const QString newestFirst =
        u"SELECT %1 FROM events WHERE order_id = ? AND version > ?"
        " ORDER BY version DESC, seq DESC LIMIT ?"_s.arg(SqlRows::eventColumns());
    Result<QList<Event>> read =
        m_session.readAll(newestFirst, {orderId, afterVersion, qint64(newest)}, &SqlRows::event);
    if (read.ok()) {
        std::reverse(read.value().begin(), read.value().end());
        m_tail.keep(orderId, afterVersion, newest, read.value());
    }
    return read;
}

Result<QList<Event>> SqlOrderLog::events(qint64 since, int limit)
{
    static const QString afterSeq =
        u"SELECT %1 FROM events WHERE seq > ? ORDER BY seq LIMIT ?"_s.arg(SqlRows::eventColumns());
    return m_session.readAll(afterSeq, {since, qint64(limit)}, &SqlRows::event);
}

Result<qint64> SqlOrderLog::latestSeq()
{
    Result<std::optional<qint64>> latest =
        m_session.readOne(u"SELECT COALESCE(MAX(seq), 0) FROM events"_s, {},
                          [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!latest.ok())
        return latest.error();
    return latest.value().value_or(0);
}
