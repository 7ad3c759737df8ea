#include "PostgresOrderStore.h"

#include "PostgresNotifier.h"
#include "SchemaMigrations.h"

#include "model/Clock.h"
#include "model/JsonCodec.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QAtomicInteger<quint64> connectionCounter;

// Serializes the event inserts of concurrent transactions (see the class comment).
constexpr qint64 eventLogLockKey = 0x74736576656e7473LL; // "tseventS"

QByteArray linesText(const Lines& lines)
{
    return QJsonDocument(JsonCodec::toJson(lines)).toJson(QJsonDocument::Compact);
}

Lines linesFrom(const QByteArray& text)
{
    Lines lines;
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    lines.reserve(array.size());
    for (const QJsonValue& value : array) {
        Result<Line> line = JsonCodec::lineFromJson(value);
        if (line.ok())
            lines.append(std::move(line).value());
    }
    return lines;
}

QVariant nullable(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullableText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

Staff staffFrom(const QSqlQuery& q)
{
    return Staff{q.value(0).toString(), q.value(1).toString(),
                 JsonCodec::roleFromName(q.value(2).toString()).value_or(Staff::Role::Waiter)};
}

} // namespace

PostgresOrderStore::PostgresOrderStore(PostgresUrl url, const Clock& clock)
    : m_url(std::move(url))
    , m_clock(clock)
    , m_connectionName(u"tablesync-pgstore-%1"_s.arg(++connectionCounter))
    , m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

PostgresOrderStore::~PostgresOrderStore()
{
    close();
}

QString PostgresOrderStore::kind() const
{
    return u"postgresql"_s;
}

bool PostgresOrderStore::connectionLost(const QSqlError& error) const
{
    // SQLSTATE class 08 (connection exception) and 57P0x (the server shut down); libpq's own
    // failures carry no SQLSTATE, so the connection's status decides those.
    const QString state = error.nativeErrorCode();
    if (state.startsWith("08"_L1) || state.startsWith("57P"_L1))
        return true;
    return !m_database.isValid() || !m_database.driver()->isOpen();
}

ApiError PostgresOrderStore::failure(const QString& what, const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    if (connectionLost(error)) {
        m_lost = true;
        return ApiError{
            ErrorCode::StoreUnavailable,
            u"The database %1 is unreachable (%2): %3"_s.arg(m_url.displayed(), what, error.text()),
            {}};
    }
    return ApiError{
        ErrorCode::StorageError,
        u"The database %1 failed to %2: %3"_s.arg(m_url.displayed(), what, error.text()),
        {}};
}

Result<void> PostgresOrderStore::connectDatabase()
{
    m_database = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!m_database.isValid()) {
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return ApiError{
            ErrorCode::StorageError, u"The Qt PostgreSQL driver (QPSQL) is not installed."_s, {}};
    }
    m_database.setHostName(m_url.host);
    m_database.setPort(m_url.port);
    m_database.setUserName(m_url.user);
    m_database.setPassword(m_url.password);
    m_database.setDatabaseName(m_url.databaseName);
    m_database.setConnectOptions(m_url.connectOptions);
    if (!m_database.open()) {
        const QString reason = m_database.lastError().text();
        disconnectDatabase();
        return ApiError{ErrorCode::StoreUnavailable,
                        u"Cannot open the database %1: %2"_s.arg(m_url.displayed(), reason),
                        {}};
    }
    m_lost = false;
    return {};
}

void PostgresOrderStore::disconnectDatabase()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<void> PostgresOrderStore::open()
{
    if (Result<void> connected = connectDatabase(); !connected.ok())
        return connected;
    // No NOTICE lines on stderr for "CREATE TABLE IF NOT EXISTS" on every start.
    if (Result<void> set = plain(u"SET client_min_messages TO WARNING"_s); !set.ok()) {
        disconnectDatabase();
        return set;
    }
    Result<void> migrated =
        SchemaMigrations::apply(m_database, m_clock.nowMs(), SchemaMigrations::Dialect::Postgres);
    if (!migrated.ok()) {
        disconnectDatabase();
        return migrated.error();
    }
    return {};
}

void PostgresOrderStore::close()
{
    disconnectDatabase();
}

Result<QSqlQuery*> PostgresOrderStore::run(const QString& sql, const QVariantList& values)
{
    if (!m_database.isValid())
        return ApiError{ErrorCode::StoreUnavailable,
                        u"The database %1 is not connected."_s.arg(m_url.displayed()),
                        {}};
    QSqlQuery* query = m_statements.value(sql);
    if (!query) {
        auto fresh = std::make_unique<QSqlQuery>(m_database);
        fresh->setForwardOnly(true);
        if (!fresh->prepare(sql))
            return failure(u"prepare \"%1\""_s.arg(sql.left(60)), *fresh);
        query = fresh.release();
        m_statements.insert(sql, query);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        const ApiError error = failure(u"run \"%1\""_s.arg(sql.left(60)), *query);
        query->finish();
        return error;
    }
    return query;
}

Result<void> PostgresOrderStore::plain(const QString& sql)
{
    if (!m_database.isValid())
        return ApiError{ErrorCode::StoreUnavailable,
                        u"The database %1 is not connected."_s.arg(m_url.displayed()),
                        {}};
    QSqlQuery query(m_database);
    if (!query.exec(sql))
        return failure(sql, query);
    return {};
}

template <typename Read> auto PostgresOrderStore::reading(Read read) -> decltype(read())
{
    if (m_lost || !m_database.isValid()) {
        disconnectDatabase();
        if (Result<void> connected = connectDatabase(); !connected.ok())
            return connected.error();
        ++m_reconnects;
    }
    auto result = read();
    if (result.ok() || !m_lost)
        return result;
    // The connection died under the read: one more try on a new one.
    disconnectDatabase();
    if (Result<void> connected = connectDatabase(); !connected.ok())
        return connected.error();
    ++m_reconnects;
    return read();
}

Result<bool> PostgresOrderStore::transaction(const std::function<Result<bool>()>& body)
{
    Result<void> started = reading([this] { return plain(u"BEGIN"_s); });
    if (!started.ok())
        return started.error();
    Result<bool> done = body();
    if (!done.ok()) {
        if (!m_lost)
            (void)plain(u"ROLLBACK"_s);
        return done;
    }
    if (!done.value()) {
        if (Result<void> rolledBack = plain(u"ROLLBACK"_s); !rolledBack.ok())
            return rolledBack.error();
        return false;
    }
    if (Result<void> committed = plain(u"COMMIT"_s); !committed.ok()) {
        if (!m_lost)
            (void)plain(u"ROLLBACK"_s);
        return committed.error();
    }
    return true;
}

Result<bool> PostgresOrderStore::hasVenue()
{
    return reading([this]() -> Result<bool> {
        Result<QSqlQuery*> query =
            run(u"SELECT EXISTS (SELECT 1 FROM venue_tables) OR EXISTS (SELECT 1 FROM staff)"
                " OR EXISTS (SELECT 1 FROM menu_items)"_s);
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        const bool exists = q->next() && q->value(0).toBool();
        q->finish();
        return exists;
    });
}

Result<std::optional<StaffRecord>> PostgresOrderStore::staff(const QString& id)
{
    return reading([this, &id]() -> Result<std::optional<StaffRecord>> {
        Result<QSqlQuery*> query =
            run(u"SELECT id, name, role, pin_hash FROM staff WHERE id = ?"_s, {id});
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        std::optional<StaffRecord> record;
        if (q->next())
            record = StaffRecord{staffFrom(*q), q->value(3).toString()};
        q->finish();
        return record;
    });
}

Result<QList<Staff>> PostgresOrderStore::staffList()
{
    return reading([this]() -> Result<QList<Staff>> {
        Result<QSqlQuery*> query =
            run(u"SELECT id, name, role FROM staff ORDER BY id COLLATE \"C\""_s);
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        QList<Staff> list;
        while (q->next())
            list.append(staffFrom(*q));
        q->finish();
        return list;
    });
}

Result<void> PostgresOrderStore::addStaff(const StaffRecord& record)
{
    Result<bool> done = transaction([this, &record]() -> Result<bool> {
        Result<QSqlQuery*> query =
            run(u"INSERT INTO staff (id, name, role, pin_hash) VALUES (?, ?, ?, ?)"_s,
                {record.staff.id, record.staff.name, JsonCodec::roleName(record.staff.role),
                 record.pinHash});
        if (!query.ok())
            return query.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<bool> PostgresOrderStore::removeStaff(const QString& id)
{
    bool removed = false;
    Result<bool> done = transaction([this, &id, &removed]() -> Result<bool> {
        Result<QSqlQuery*> query = run(u"DELETE FROM staff WHERE id = ?"_s, {id});
        if (!query.ok())
            return query.error();
        removed = query.value()->numRowsAffected() > 0;
        return true;
    });
    if (!done.ok())
        return done.error();
    return removed;
}

Result<bool> PostgresOrderStore::resetPin(const QString& id, const QString& pinHash)
{
    bool found = false;
    Result<bool> done = transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> updated =
            run(u"UPDATE staff SET pin_hash = ? WHERE id = ?"_s, {pinHash, id});
        if (!updated.ok())
            return updated.error();
        found = updated.value()->numRowsAffected() > 0;
        Result<QSqlQuery*> revoked =
            run(u"UPDATE tokens SET revoked = 1 WHERE staff_id = ?"_s, {id});
        if (!revoked.ok())
            return revoked.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return found;
}

Result<std::optional<QString>> PostgresOrderStore::setting(const QString& name)
{
    return reading([&]() -> Result<std::optional<QString>> {
        Result<QSqlQuery*> query =
            run(u"SELECT value FROM venue_settings WHERE name = ?"_s, {name});
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

Result<void> PostgresOrderStore::setSetting(const QString& name, const QString& value)
{
    Result<bool> done = transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> query = run(u"INSERT INTO venue_settings (name, value) VALUES (?, ?)"
                                       " ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                                       {name, value});
        if (!query.ok())
            return query.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<void> PostgresOrderStore::putToken(const QByteArray& tokenHash, const QString& staffId,
                                          qint64 expiresAt)
{
    Result<bool> done = transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> query =
            run(u"INSERT INTO tokens (token_hash, staff_id, expires_at) VALUES (?, ?, ?)"_s,
                {tokenHash, staffId, expiresAt});
        if (!query.ok())
            return query.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<std::optional<Staff>> PostgresOrderStore::tokenOwner(const QByteArray& tokenHash, qint64 now)
{
    return reading([&]() -> Result<std::optional<Staff>> {
        Result<QSqlQuery*> query =
            run(u"SELECT s.id, s.name, s.role FROM tokens t JOIN staff s ON s.id = t.staff_id"
                " WHERE t.token_hash = ? AND t.revoked = 0 AND t.expires_at > ?"_s,
                {tokenHash, now});
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        std::optional<Staff> owner;
        if (q->next())
            owner = staffFrom(*q);
        q->finish();
        return owner;
    });
}

Result<void> PostgresOrderStore::revokeToken(const QByteArray& tokenHash)
{
    Result<bool> done = transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> query =
            run(u"UPDATE tokens SET revoked = 1 WHERE token_hash = ?"_s, {tokenHash});
        if (!query.ok())
            return query.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<QList<MenuEntry>> PostgresOrderStore::menu()
{
    return reading([this]() -> Result<QList<MenuEntry>> {
        Result<QSqlQuery*> query =
            run(u"SELECT i.id, i.price_cents, x.lang, x.name, x.category FROM menu_items i"
                " JOIN menu_texts x ON x.item_id = i.id WHERE i.active = 1"
                " ORDER BY i.position, i.id COLLATE \"C\", x.lang COLLATE \"C\""_s);
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        QList<MenuEntry> entries;
        while (q->next()) {
            const QString id = q->value(0).toString();
            if (entries.isEmpty() || entries.last().id != id) {
                entries.append(MenuEntry{});
                entries.last().id = id;
                entries.last().priceCents = q->value(1).toInt();
            }
            const QString lang = q->value(2).toString();
            entries.last().names.insert(lang, q->value(3).toString());
            entries.last().categories.insert(lang, q->value(4).toString());
        }
        q->finish();
        return entries;
    });
}

Result<void> PostgresOrderStore::replaceMenu(const QList<MenuEntry>& entries)
{
    Result<bool> done = transaction([this, &entries]() -> Result<bool> {
        if (Result<QSqlQuery*> q = run(u"UPDATE menu_items SET active = 0"_s); !q.ok())
            return q.error();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const MenuEntry& entry = entries.at(i);
            Result<QSqlQuery*> item = run(
                u"INSERT INTO menu_items (id, price_cents, position, active) VALUES (?, ?, ?, 1)"
                " ON CONFLICT (id) DO UPDATE SET price_cents = excluded.price_cents,"
                " position = excluded.position, active = 1"_s,
                {entry.id, entry.priceCents, qint64(i)});
            if (!item.ok())
                return item.error();
            if (Result<QSqlQuery*> q =
                    run(u"DELETE FROM menu_texts WHERE item_id = ?"_s, {entry.id});
                !q.ok())
                return q.error();
            for (auto it = entry.names.cbegin(); it != entry.names.cend(); ++it) {
                const QString category =
                    entry.categories.value(it.key(), entry.categories.value(u"en"_s));
                Result<QSqlQuery*> text = run(
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

Result<QList<Table>> PostgresOrderStore::tables()
{
    return reading([this]() -> Result<QList<Table>> {
        Result<QSqlQuery*> query =
            run(u"SELECT t.id, t.name, t.seats, o.id, o.version, o.item_count, o.updated_at"
                " FROM venue_tables t JOIN orders o ON o.id = t.order_id WHERE t.active = 1"
                " ORDER BY t.position"_s);
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        QList<Table> list;
        while (q->next()) {
            list.append(Table{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                              q->value(3).toLongLong(), q->value(4).toLongLong(),
                              q->value(5).toInt(), q->value(6).toLongLong()});
        }
        q->finish();
        return list;
    });
}

Result<void> PostgresOrderStore::setTables(int count, int seats, qint64 now)
{
    Result<bool> done = transaction([&]() -> Result<bool> {
        for (int number = 1; number <= count; ++number) {
            const QString id = QString::number(number);
            Result<QSqlQuery*> table =
                run(u"INSERT INTO venue_tables (id, name, seats, position, active)"
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
            Result<QSqlQuery*> order =
                run(u"INSERT INTO orders (table_id, status, version, updated_at)"
                    " VALUES (?, 'open', 1, ?) RETURNING id"_s,
                    {id, now});
            if (!order.ok())
                return order.error();
            const qint64 orderId = order.value()->next() ? order.value()->value(0).toLongLong() : 0;
            order.value()->finish();
            if (Result<QSqlQuery*> q =
                    run(u"UPDATE venue_tables SET order_id = ? WHERE id = ?"_s, {orderId, id});
                !q.ok())
                return q.error();
        }
        if (Result<QSqlQuery*> q =
                run(u"UPDATE venue_tables SET active = 0 WHERE position > ?"_s, {count});
            !q.ok())
            return q.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<std::optional<OrderRecord>> PostgresOrderStore::order(qint64 id)
{
    return reading([this, id]() -> Result<std::optional<OrderRecord>> {
        Result<QSqlQuery*> query =
            run(u"SELECT o.id, o.table_id, o.status, o.version, o.updated_at, o.items, t.seats"
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
            order.items = linesFrom(q->value(5).toByteArray());
            record->seats = q->value(6).toInt();
        }
        q->finish();
        return record;
    });
}

Result<void> PostgresOrderStore::insertEvent(const Event& event)
{
    Result<QSqlQuery*> query = run(
        u"INSERT INTO events (order_id, table_id, version, kind, line_id, menu_item_id, qty,"
        " prev_qty, note, expected_version, author, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {event.orderId, event.tableId, event.version, JsonCodec::kindName(event.kind),
         nullableText(event.lineId), nullableText(event.menuItemId), nullable(event.qty),
         nullable(event.prevQty),
         event.note ? QVariant(*event.note) : QVariant(QMetaType(QMetaType::QString)),
         event.expectedVersion ? QVariant(*event.expectedVersion)
                               : QVariant(QMetaType(QMetaType::LongLong)),
         event.author, event.at});
    if (!query.ok())
        return query.error();
    return {};
}

Result<void> PostgresOrderStore::notifyChanged(qint64 orderId, const QString& tableId,
                                               qint64 version)
{
    Result<QSqlQuery*> query =
        run(u"SELECT pg_notify(?, ?)"_s,
            {PostgresNotifier::channel(),
             PostgresNotifier::payload(m_origin, orderId, tableId, version)});
    if (!query.ok())
        return query.error();
    query.value()->finish();
    return {};
}

Result<WriteOutcome> PostgresOrderStore::writeItems(qint64 orderId, qint64 expectedVersion,
                                                    const Lines& items, QList<Event> events,
                                                    qint64 now)
{
    Result<bool> applied = transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> update = run(
            u"UPDATE orders SET version = version + 1, items = ?, item_count = ?, updated_at = ?"
            " WHERE id = ? AND version = ? AND status = 'open' RETURNING table_id"_s,
            {QString::fromUtf8(linesText(items)), qint64(items.size()), now, orderId,
             expectedVersion});
        if (!update.ok())
            return update.error();
        QSqlQuery* q = update.value();
        if (!q->next()) {
            q->finish();
            return false;
        }
        const QString tableId = q->value(0).toString();
        q->finish();
        if (Result<QSqlQuery*> lock = run(u"SELECT pg_advisory_xact_lock(?)"_s, {eventLogLockKey});
            !lock.ok())
            return lock.error();
        for (Event& event : events) {
            event.version = expectedVersion + 1;
            event.at = now;
            if (Result<void> inserted = insertEvent(event); !inserted.ok())
                return inserted.error();
        }
        if (Result<void> notified = notifyChanged(orderId, tableId, expectedVersion + 1);
            !notified.ok())
            return notified.error();
        return true;
    });
    if (!applied.ok())
        return applied.error();
    Result<std::optional<OrderRecord>> stored = order(orderId);
    if (!stored.ok())
        return stored.error();
    if (!stored.value())
        return ApiError{ErrorCode::NotFound, u"Order %1 does not exist."_s.arg(orderId), {}};
    return WriteOutcome{applied.value(), stored.value()->order, 0};
}

Result<WriteOutcome> PostgresOrderStore::closeOrder(qint64 orderId, qint64 expectedVersion,
                                                    const QString& author, qint64 now)
{
    qint64 nextOrderId = 0;
    Result<bool> applied = transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> update =
            run(u"UPDATE orders SET status = 'closed', version = version + 1, updated_at = ?"
                " WHERE id = ? AND version = ? AND status = 'open' RETURNING table_id"_s,
                {now, orderId, expectedVersion});
        if (!update.ok())
            return update.error();
        QSqlQuery* q = update.value();
        if (!q->next()) {
            q->finish();
            return false;
        }
        const QString tableId = q->value(0).toString();
        q->finish();
        if (Result<QSqlQuery*> lock = run(u"SELECT pg_advisory_xact_lock(?)"_s, {eventLogLockKey});
            !lock.ok())
            return lock.error();
        Result<QSqlQuery*> next = run(u"INSERT INTO orders (table_id, status, version, updated_at)"
                                      " VALUES (?, 'open', 1, ?) RETURNING id"_s,
                                      {tableId, now});
        if (!next.ok())
            return next.error();
        nextOrderId = next.value()->next() ? next.value()->value(0).toLongLong() : 0;
        next.value()->finish();
        if (Result<QSqlQuery*> q2 =
                run(u"UPDATE venue_tables SET order_id = ? WHERE id = ?"_s, {nextOrderId, tableId});
            !q2.ok())
            return q2.error();
        Event event;
        event.orderId = orderId;
        event.tableId = tableId;
        event.version = expectedVersion + 1;
        event.kind = Event::Kind::Close;
        event.author = author;
        event.at = now;
        if (Result<void> inserted = insertEvent(event); !inserted.ok())
            return inserted.error();
        if (Result<void> notified = notifyChanged(orderId, tableId, expectedVersion + 1);
            !notified.ok())
            return notified.error();
        return true;
    });
    if (!applied.ok())
        return applied.error();
    if (!applied.value())
        nextOrderId = 0;
    Result<std::optional<OrderRecord>> stored = order(orderId);
    if (!stored.ok())
        return stored.error();
    if (!stored.value())
        return ApiError{ErrorCode::NotFound, u"Order %1 does not exist."_s.arg(orderId), {}};
    return WriteOutcome{applied.value(), stored.value()->order, nextOrderId};
}

Result<void> PostgresOrderStore::appendEvent(Event event)
{
    Result<bool> done = transaction([this, &event]() -> Result<bool> {
        if (Result<QSqlQuery*> lock = run(u"SELECT pg_advisory_xact_lock(?)"_s, {eventLogLockKey});
            !lock.ok())
            return lock.error();
        if (Result<void> inserted = insertEvent(event); !inserted.ok())
            return inserted.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<QList<Event>> PostgresOrderStore::readEvents(QSqlQuery* q)
{
    QList<Event> list;
    while (q->next()) {
        Event event;
        event.seq = q->value(0).toLongLong();
        event.orderId = q->value(1).toLongLong();
        event.tableId = q->value(2).toString();
        event.version = q->value(3).toLongLong();
        event.kind = JsonCodec::kindFromName(q->value(4).toString()).value_or(Event::Kind::Add);
        event.lineId = q->value(5).toString();
        event.menuItemId = q->value(6).toString();
        if (!q->value(7).isNull())
            event.qty = q->value(7).toInt();
        if (!q->value(8).isNull())
            event.prevQty = q->value(8).toInt();
        // Line events always carry their note, even an empty one.
        if (!q->value(9).isNull() || event.kind == Event::Kind::Add ||
            event.kind == Event::Kind::Remove || event.kind == Event::Kind::Change)
            event.note = q->value(9).toString();
        if (!q->value(10).isNull())
            event.expectedVersion = q->value(10).toLongLong();
        event.author = q->value(11).toString();
        event.at = q->value(12).toLongLong();
        list.append(std::move(event));
    }
    q->finish();
    return list;
}

Result<QList<Event>> PostgresOrderStore::orderEvents(qint64 orderId, qint64 afterVersion)
{
    return reading([&]() -> Result<QList<Event>> {
        Result<QSqlQuery*> query =
            run(u"SELECT seq, order_id, table_id, version, kind, line_id, menu_item_id, qty,"
                " prev_qty, note, expected_version, author, at FROM events"
                " WHERE order_id = ? AND version > ? ORDER BY seq"_s,
                {orderId, afterVersion});
        if (!query.ok())
            return query.error();
        return readEvents(query.value());
    });
}

Result<QList<Event>> PostgresOrderStore::events(qint64 since, int limit)
{
    return reading([&]() -> Result<QList<Event>> {
        Result<QSqlQuery*> query =
            run(u"SELECT seq, order_id, table_id, version, kind, line_id, menu_item_id, qty,"
                " prev_qty, note, expected_version, author, at FROM events"
                " WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                {since, qint64(limit)});
        if (!query.ok())
            return query.error();
        return readEvents(query.value());
    });
}
