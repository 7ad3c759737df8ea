#include "SqlOrderStore.h"

#include "SqlRows.h"

#include "model/Clock.h"
#include "model/JsonCodec.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError noSuchOrder(qint64 orderId)
{
    return ApiError{u"not_found"_s, u"Order %1 does not exist."_s.arg(orderId), {}};
}

} // namespace

SqlOrderStore::SqlOrderStore(std::unique_ptr<SqlDialect> dialect, const Clock& clock)
    : m_session(std::move(dialect))
    , m_clock(clock)
{}

QString SqlOrderStore::kind() const
{
    return m_session.dialect().kind();
}

Result<void> SqlOrderStore::open()
{
    return m_session.open(m_clock.nowMs());
}

void SqlOrderStore::close()
{
    m_session.close();
    m_lines.clear();
}

Result<QString> SqlOrderStore::sessionSetting(const QString& name)
{
    // A setting's name cannot be a bound value, so only plain names are let through.
    const bool plain = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || c == u'_';
    });
    if (!plain)
        return ApiError{u"invalid_setting"_s, u"Not a setting name: "_s + name, {}};
    return m_session.reading([&]() -> Result<QString> {
        Result<QSqlQuery*> query = m_session.run(m_session.dialect().settingQuery(name));
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        const QString value = q->next() ? q->value(0).toString() : QString();
        q->finish();
        return value;
    });
}

Result<int> SqlOrderStore::writeOne(const QString& sql, const QVariantList& values)
{
    int changed = 0;
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> query = m_session.run(sql, values);
        if (!query.ok())
            return query.error();
        changed = query.value()->numRowsAffected();
        return true;
    });
    if (!done.ok())
        return done.error();
    return changed;
}

Result<bool> SqlOrderStore::hasVenue()
{
    return m_session.reading([this]() -> Result<bool> {
        Result<QSqlQuery*> query = m_session.run(
            u"SELECT EXISTS (SELECT 1 FROM venue_tables) OR EXISTS (SELECT 1 FROM staff)"
            " OR EXISTS (SELECT 1 FROM menu_items)"_s);
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        const bool exists = q->next() && q->value(0).toBool();
        q->finish();
        return exists;
    });
}

Result<std::optional<StaffRecord>> SqlOrderStore::staff(const QString& id)
{
    return m_session.reading([&]() -> Result<std::optional<StaffRecord>> {
        Result<QSqlQuery*> query =
            m_session.run(u"SELECT id, name, role, pin_hash FROM staff WHERE id = ?"_s, {id});
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        std::optional<StaffRecord> record;
        if (q->next())
            record = SqlRows::staffRecord(*q);
        q->finish();
        return record;
    });
}

Result<QList<Staff>> SqlOrderStore::staffList()
{
    return m_session.reading([this]() -> Result<QList<Staff>> {
        Result<QSqlQuery*> query = m_session.run(
            u"SELECT id, name, role FROM staff ORDER BY id "_s + m_session.dialect().byteOrder());
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        QList<Staff> list;
        while (q->next())
            list.append(SqlRows::staff(*q));
        q->finish();
        return list;
    });
}

Result<void> SqlOrderStore::addStaff(const StaffRecord& record)
{
    Result<int> added =
        writeOne(u"INSERT INTO staff (id, name, role, pin_hash) VALUES (?, ?, ?, ?)"_s,
                 {record.staff.id, record.staff.name, JsonCodec::roleName(record.staff.role),
                  record.pinHash});
    if (!added.ok())
        return added.error();
    return {};
}

Result<bool> SqlOrderStore::removeStaff(const QString& id)
{
    Result<int> removed = writeOne(u"DELETE FROM staff WHERE id = ?"_s, {id});
    if (!removed.ok())
        return removed.error();
    return removed.value() > 0;
}

Result<bool> SqlOrderStore::resetPin(const QString& id, const QString& pinHash)
{
    bool found = false;
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> updated =
            m_session.run(u"UPDATE staff SET pin_hash = ? WHERE id = ?"_s, {pinHash, id});
        if (!updated.ok())
            return updated.error();
        found = updated.value()->numRowsAffected() > 0;
        Result<QSqlQuery*> revoked =
            m_session.run(u"UPDATE tokens SET revoked = 1 WHERE staff_id = ?"_s, {id});
        if (!revoked.ok())
            return revoked.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return found;
}

Result<std::optional<QString>> SqlOrderStore::setting(const QString& name)
{
    return m_session.reading([&]() -> Result<std::optional<QString>> {
        Result<QSqlQuery*> query =
            m_session.run(u"SELECT value FROM venue_settings WHERE name = ?"_s, {name});
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        std::optional<QString> value;
        if (q->next())
            value = q->value(0).toString();
        q->finish();
        return value;
    });
}

Result<void> SqlOrderStore::setSetting(const QString& name, const QString& value)
{
    Result<int> set = writeOne(u"INSERT INTO venue_settings (name, value) VALUES (?, ?)"
                               " ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                               {name, value});
    if (!set.ok())
        return set.error();
    return {};
}

Result<void> SqlOrderStore::putToken(const QByteArray& tokenHash, const QString& staffId,
                                     qint64 expiresAt)
{
    Result<int> put =
        writeOne(u"INSERT INTO tokens (token_hash, staff_id, expires_at) VALUES (?, ?, ?)"_s,
                 {tokenHash, staffId, expiresAt});
    if (!put.ok())
        return put.error();
    return {};
}

Result<std::optional<Staff>> SqlOrderStore::tokenOwner(const QByteArray& tokenHash, qint64 now)
{
    return m_session.reading([&]() -> Result<std::optional<Staff>> {
        Result<QSqlQuery*> query = m_session.run(
            u"SELECT s.id, s.name, s.role FROM tokens t JOIN staff s ON s.id = t.staff_id"
            " WHERE t.token_hash = ? AND t.revoked = 0 AND t.expires_at > ?"_s,
            {tokenHash, now});
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        std::optional<Staff> owner;
        if (q->next())
            owner = SqlRows::staff(*q);
        q->finish();
        return owner;
    });
}

Result<void> SqlOrderStore::revokeToken(const QByteArray& tokenHash)
{
    Result<int> revoked =
        writeOne(u"UPDATE tokens SET revoked = 1 WHERE token_hash = ?"_s, {tokenHash});
    if (!revoked.ok())
        return revoked.error();
    return {};
}

Result<QList<MenuEntry>> SqlOrderStore::menu()
{
    return m_session.reading([this]() -> Result<QList<MenuEntry>> {
        const QString byteOrder = m_session.dialect().byteOrder();
        Result<QSqlQuery*> query = m_session.run(
            u"SELECT i.id, i.price_cents, x.lang, x.name, x.category FROM menu_items i"
            " JOIN menu_texts x ON x.item_id = i.id WHERE i.active = 1"
            " ORDER BY i.position, i.id %1, x.lang %1"_s.arg(byteOrder));
        if (!query.ok())
            return query.error();
        return SqlRows::menu(*query.value());
    });
}

Result<void> SqlOrderStore::replaceMenu(const QList<MenuEntry>& entries)
{
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        if (Result<QSqlQuery*> q = m_session.run(u"UPDATE menu_items SET active = 0"_s); !q.ok())
            return q.error();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const MenuEntry& entry = entries.at(i);
            Result<QSqlQuery*> item = m_session.run(
                u"INSERT INTO menu_items (id, price_cents, position, active) VALUES (?, ?, ?, 1)"
                " ON CONFLICT (id) DO UPDATE SET price_cents = excluded.price_cents,"
                " position = excluded.position, active = 1"_s,
                {entry.id, entry.priceCents, qint64(i)});
            if (!item.ok())
                return item.error();
            if (Result<QSqlQuery*> q =
                    m_session.run(u"DELETE FROM menu_texts WHERE item_id = ?"_s, {entry.id});
                !q.ok())
                return q.error();
            for (auto it = entry.names.cbegin(); it != entry.names.cend(); ++it) {
                const QString category =
                    entry.categories.value(it.key(), entry.categories.value(u"en"_s));
                Result<QSqlQuery*> text = m_session.run(
                    u"INSERT INTO menu_texts (item_id, lang, name, category) VALUES (?, ?, ?, ?)"_s,
                    {entry.id, it.key(), it.value(), category});
                if (!text.ok())
                    return text.error();
            }
        }
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<QList<Table>> SqlOrderStore::tables()
{
    return m_session.reading([this]() -> Result<QList<Table>> {
        Result<QSqlQuery*> query = m_session.run(
            u"SELECT t.id, t.name, t.seats, o.id, o.version, o.item_count, o.updated_at"
            " FROM venue_tables t JOIN orders o ON o.id = t.order_id WHERE t.active = 1"
            " ORDER BY t.position"_s);
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        QList<Table> list;
        while (q->next())
            list.append(SqlRows::table(*q));
        q->finish();
        return list;
    });
}

Result<qint64> SqlOrderStore::openOrder(const QString& tableId, qint64 now)
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

Result<void> SqlOrderStore::setTables(int count, int seats, qint64 now)
{
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        for (int number = 1; number <= count; ++number) {
            const QString id = QString::number(number);
            Result<QSqlQuery*> table =
                m_session.run(u"INSERT INTO venue_tables (id, name, seats, position, active)"
                              " VALUES (?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET"
                              " seats = excluded.seats, position = excluded.position, active = 1"
                              " RETURNING order_id"_s,
                              {id, QString(u"Table "_s + id), seats, number});
            if (!table.ok())
                return table.error();
            const bool hasOrder = table.value()->next() && !table.value()->value(0).isNull();
            table.value()->finish();
            if (hasOrder)
                continue;
            if (Result<qint64> opened = openOrder(id, now); !opened.ok())
                return opened.error();
        }
        if (Result<QSqlQuery*> q =
                m_session.run(u"UPDATE venue_tables SET active = 0 WHERE position > ?"_s, {count});
            !q.ok())
            return q.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Lines SqlOrderStore::decoded(qint64 orderId, qint64 version, const QByteArray& text)
{
    if (const Lines* known = m_lines.find(orderId, version))
        return *known;
    return SqlRows::lines(text);
}

Result<std::optional<OrderRecord>> SqlOrderStore::order(qint64 id)
{
    return m_session.reading([this, id]() -> Result<std::optional<OrderRecord>> {
        Result<QSqlQuery*> query = m_session.run(
            u"SELECT o.id, o.table_id, o.status, o.version, o.updated_at, o.items, t.seats"
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
            order.items = decoded(order.id, order.version, q->value(5).toByteArray());
            if (order.status == Order::Status::Open)
                m_lines.remember(order.id, order.version, order.items);
            record->seats = q->value(6).toInt();
        }
        q->finish();
        return record;
    });
}

Result<void> SqlOrderStore::insertEvents(const QList<Event>& events)
{
    if (const std::optional<SqlStatement> lock = m_session.dialect().eventLogLock()) {
        if (Result<QSqlQuery*> locked = m_session.run(*lock); !locked.ok())
            return locked.error();
    }
    for (const Event& event : events) {
        Result<QSqlQuery*> query = m_session.run(
            u"INSERT INTO events (order_id, table_id, version, kind, line_id, menu_item_id, qty,"
            " prev_qty, note, expected_version, author, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            SqlRows::eventValues(event));
        if (!query.ok())
            return query.error();
    }
    return {};
}

Result<void> SqlOrderStore::announce(qint64 orderId, const QString& tableId, qint64 version)
{
    const std::optional<SqlStatement> notice =
        m_session.dialect().changeNotice(orderId, tableId, version);
    if (!notice)
        return {};
    Result<QSqlQuery*> query = m_session.run(*notice);
    if (!query.ok())
        return query.error();
    query.value()->finish();
    return {};
}

Result<WriteOutcome> SqlOrderStore::refused(qint64 orderId)
{
    Result<std::optional<OrderRecord>> stored = order(orderId);
    if (!stored.ok())
        return stored.error();
    if (!stored.value())
        return noSuchOrder(orderId);
    return WriteOutcome{false, stored.value()->order, 0};
}

Result<WriteOutcome> SqlOrderStore::writeItems(qint64 orderId, qint64 expectedVersion,
                                               const Lines& items, QList<Event> events, qint64 now)
{
    Order written;
    Result<bool> applied = m_session.transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> update = m_session.run(
            u"UPDATE orders SET version = version + 1, items = ?, item_count = ?, updated_at = ?"
            " WHERE id = ? AND version = ? AND status = 'open' RETURNING table_id"_s,
            {SqlRows::linesText(items), qint64(items.size()), now, orderId, expectedVersion});
        if (!update.ok())
            return update.error();
        // SQLite makes every change of a RETURNING statement at its first step.
        QSqlQuery* q = update.value();
        const bool found = q->next();
        written.tableId = found ? q->value(0).toString() : QString();
        q->finish();
        if (!found)
            return false;
        for (Event& event : events) {
            event.version = expectedVersion + 1;
            event.at = now;
        }
        if (Result<void> inserted = insertEvents(events); !inserted.ok())
            return inserted.error();
        if (Result<void> told = announce(orderId, written.tableId, expectedVersion + 1); !told.ok())
            return told.error();
        return true;
    });
    if (!applied.ok())
        return applied.error();
    if (!applied.value())
        return refused(orderId);
    written.id = orderId;
    written.status = Order::Status::Open;
    written.version = expectedVersion + 1;
    written.updatedAt = now;
    written.items = items;
    m_lines.remember(orderId, written.version, items);
    return WriteOutcome{true, written, 0};
}

Result<WriteOutcome> SqlOrderStore::closeOrder(qint64 orderId, qint64 expectedVersion,
                                               const QString& author, qint64 now)
{
    Order closed;
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
        if (!q->next()) {
            q->finish();
            return false;
        }
        closed.tableId = q->value(0).toString();
        closed.items = decoded(orderId, expectedVersion, q->value(1).toByteArray());
        q->finish();
        Result<qint64> next = openOrder(closed.tableId, now);
        if (!next.ok())
            return next.error();
        nextOrderId = next.value();
        Event event;
        event.orderId = orderId;
        event.tableId = closed.tableId;
        event.version = expectedVersion + 1;
        event.kind = Event::Kind::Close;
        event.author = author;
        event.at = now;
        if (Result<void> inserted = insertEvents({event}); !inserted.ok())
            return inserted.error();
        if (Result<void> told = announce(orderId, closed.tableId, expectedVersion + 1); !told.ok())
            return told.error();
        return true;
    });
    if (!applied.ok())
        return applied.error();
    if (!applied.value())
        return refused(orderId);
    m_lines.forget(orderId);
    closed.id = orderId;
    closed.status = Order::Status::Closed;
    closed.version = expectedVersion + 1;
    closed.updatedAt = now;
    return WriteOutcome{true, closed, nextOrderId};
}

Result<void> SqlOrderStore::appendEvent(Event event)
{
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        if (Result<void> inserted = insertEvents({event}); !inserted.ok())
            return inserted.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<QList<Event>> SqlOrderStore::readEvents(const QString& where, const QVariantList& values)
{
    return m_session.reading([&]() -> Result<QList<Event>> {
        Result<QSqlQuery*> query = m_session.run(
            u"SELECT %1 FROM events %2"_s.arg(SqlRows::eventColumns(), where), values);
        if (!query.ok())
            return query.error();
        return SqlRows::events(*query.value());
    });
}

Result<QList<Event>> SqlOrderStore::orderEvents(qint64 orderId, qint64 afterVersion)
{
    return readEvents(u"WHERE order_id = ? AND version > ? ORDER BY seq"_s,
                      {orderId, afterVersion});
}

Result<QList<Event>> SqlOrderStore::events(qint64 since, int limit)
{
    return readEvents(u"WHERE seq > ? ORDER BY seq LIMIT ?"_s, {since, qint64(limit)});
}

void SqlOrderStore::setGroupCommit(bool on)
{
    m_session.setGroupCommit(on);
}

bool SqlOrderStore::hasUncommittedWrites() const
{
    return m_session.hasUncommittedWrites();
}

Result<void> SqlOrderStore::commitGroup()
{
    Result<void> committed = m_session.commitGroup();
    if (!committed.ok())
        m_lines.clear();
    return committed;
}
