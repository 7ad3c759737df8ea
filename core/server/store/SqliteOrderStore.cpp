#include "SqliteOrderStore.h"

#include "SchemaMigrations.h"

#include "model/Clock.h"
#include "model/JsonCodec.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QAtomicInteger<quint64> connectionCounter;

QString roleText(Staff::Role role)
{
    return JsonCodec::roleName(role);
}

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

} // namespace

SqliteOrderStore::SqliteOrderStore(QString path, QString synchronous, const Clock& clock)
    : m_path(std::move(path))
    , m_synchronous(std::move(synchronous).toUpper())
    , m_clock(clock)
    , m_connectionName(u"tablesync-store-%1"_s.arg(++connectionCounter))
{}

SqliteOrderStore::~SqliteOrderStore()
{
    close();
}

QString SqliteOrderStore::kind() const
{
    return u"sqlite"_s;
}

ApiError SqliteOrderStore::failure(const QString& what, const QSqlQuery& query) const
{
    return ApiError{
        ErrorCode::StorageError,
        u"The database %1 failed to %2: %3"_s.arg(m_path, what, query.lastError().text()),
        {}};
}

Result<void> SqliteOrderStore::open()
{
    if (m_synchronous != "FULL"_L1 && m_synchronous != "NORMAL"_L1 && m_synchronous != "EXTRA"_L1)
        return ApiError{
            ErrorCode::InvalidOption,
            u"SQLite synchronous mode must be FULL or NORMAL, not %1."_s.arg(m_synchronous),
            {}};
    m_database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_database.setDatabaseName(m_path);
    if (!m_database.open()) {
        const QString reason = m_database.lastError().text();
        close();
        return ApiError{
            ErrorCode::StorageError, u"Cannot open the database %1: %2"_s.arg(m_path, reason), {}};
    }
    QSqlQuery pragma(m_database);
    const QStringList pragmas{u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA journal_mode = WAL"_s,
                              u"PRAGMA synchronous = "_s + m_synchronous,
                              u"PRAGMA foreign_keys = ON"_s};
    for (const QString& sql : pragmas) {
        if (!pragma.exec(sql)) {
            const ApiError error = failure(u"accept its settings"_s, pragma);
            pragma.finish();
            close();
            return ApiError{error.code,
                            u"Cannot use %1 as a database (is it an SQLite file?): %2"_s.arg(
                                m_path, pragma.lastError().text()),
                            {}};
        }
        pragma.finish();
    }
    if (pragma.exec(u"PRAGMA journal_mode"_s) && pragma.next() &&
        pragma.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0) {
        pragma.finish();
        close();
        return ApiError{ErrorCode::StorageError,
                        u"The database %1 cannot use write-ahead logging."_s.arg(m_path),
                        {}};
    }
    pragma.finish();
    Result<void> migrated = SchemaMigrations::apply(m_database, m_clock.nowMs());
    if (!migrated.ok()) {
        close();
        return migrated.error();
    }
    return {};
}

void SqliteOrderStore::close()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<QSqlQuery*> SqliteOrderStore::run(const QString& sql, const QVariantList& values)
{
    QSqlQuery* query = m_statements.value(sql);
    if (!query) {
        auto fresh = std::make_unique<QSqlQuery>(m_database);
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

Result<void> SqliteOrderStore::begin()
{
    if (m_groupCommit && !m_groupOpen) {
        if (Result<QSqlQuery*> query = run(u"BEGIN IMMEDIATE"_s); !query.ok())
            return query.error();
        m_groupOpen = true;
    }
    Result<QSqlQuery*> query = run(m_groupOpen ? u"SAVEPOINT write"_s : u"BEGIN IMMEDIATE"_s);
    if (!query.ok())
        return query.error();
    return {};
}

Result<void> SqliteOrderStore::commit()
{
    Result<QSqlQuery*> query = run(m_groupOpen ? u"RELEASE write"_s : u"COMMIT"_s);
    if (!query.ok()) {
        rollback();
        return query.error();
    }
    return {};
}

void SqliteOrderStore::rollback()
{
    if (m_groupOpen) {
        (void)run(u"ROLLBACK TO write"_s);
        (void)run(u"RELEASE write"_s);
    } else {
        (void)run(u"ROLLBACK"_s);
    }
}

void SqliteOrderStore::setGroupCommit(bool on)
{
    // Turned off only once the group's owner committed what waited.
    Q_ASSERT(on || !m_groupOpen);
    m_groupCommit = on;
}

Result<void> SqliteOrderStore::commitGroup()
{
    if (!m_groupOpen)
        return {};
    m_groupOpen = false;
    Result<QSqlQuery*> query = run(u"COMMIT"_s);
    if (query.ok())
        return {};
    (void)run(u"ROLLBACK"_s);
    m_knownLines.clear();
    return query.error();
}

const Lines* SqliteOrderStore::knownLines(qint64 orderId, qint64 version) const
{
    const auto found = m_knownLines.constFind(orderId);
    return found != m_knownLines.cend() && found->first == version ? &found->second : nullptr;
}

void SqliteOrderStore::rememberLines(qint64 orderId, qint64 version, const Lines& lines)
{
    // Bounded: a venue has a few hundred open orders; closed ones drop out here.
    if (m_knownLines.size() >= 4096 && !m_knownLines.contains(orderId))
        m_knownLines.clear();
    m_knownLines.insert(orderId, {version, lines});
}

Result<QString> SqliteOrderStore::pragma(const QString& name)
{
    // A PRAGMA name cannot be a bound value, so only plain names are let through.
    const bool plain = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || c == u'_';
    });
    if (!plain)
        return ApiError{ErrorCode::InvalidPragma, u"Not a PRAGMA name: "_s + name, {}};
    Result<QSqlQuery*> query = run(u"PRAGMA "_s + name);
    if (!query.ok())
        return query.error();
    QSqlQuery* q = query.value();
    const QString value = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return value;
}

Result<bool> SqliteOrderStore::hasVenue()
{
    Result<QSqlQuery*> query =
        run(u"SELECT EXISTS (SELECT 1 FROM venue_tables) OR EXISTS (SELECT 1 FROM staff)"
            " OR EXISTS (SELECT 1 FROM menu_items)"_s);
    if (!query.ok())
        return query.error();
    QSqlQuery* q = query.value();
    const bool exists = q->next() && q->value(0).toInt() != 0;
    q->finish();
    return exists;
}

Result<std::optional<StaffRecord>> SqliteOrderStore::staff(const QString& id)
{
    Result<QSqlQuery*> query =
        run(u"SELECT id, name, role, pin_hash FROM staff WHERE id = ?"_s, {id});
    if (!query.ok())
        return query.error();
    QSqlQuery* q = query.value();
    std::optional<StaffRecord> record;
    if (q->next()) {
        record = StaffRecord{};
        record->staff.id = q->value(0).toString();
        record->staff.name = q->value(1).toString();
        record->staff.role =
            JsonCodec::roleFromName(q->value(2).toString()).value_or(Staff::Role::Waiter);
        record->pinHash = q->value(3).toString();
    }
    q->finish();
    return record;
}

Result<QList<Staff>> SqliteOrderStore::staffList()
{
    Result<QSqlQuery*> query = run(u"SELECT id, name, role FROM staff ORDER BY id"_s);
    if (!query.ok())
        return query.error();
    QSqlQuery* q = query.value();
    QList<Staff> list;
    while (q->next()) {
        list.append(
            Staff{q->value(0).toString(), q->value(1).toString(),
                  JsonCodec::roleFromName(q->value(2).toString()).value_or(Staff::Role::Waiter)});
    }
    q->finish();
    return list;
}

Result<void> SqliteOrderStore::addStaff(const StaffRecord& record)
{
    Result<QSqlQuery*> query =
        run(u"INSERT INTO staff (id, name, role, pin_hash) VALUES (?, ?, ?, ?)"_s,
            {record.staff.id, record.staff.name, roleText(record.staff.role), record.pinHash});
    if (!query.ok())
        return query.error();
    return {};
}

Result<bool> SqliteOrderStore::removeStaff(const QString& id)
{
    Result<QSqlQuery*> query = run(u"DELETE FROM staff WHERE id = ?"_s, {id});
    if (!query.ok())
        return query.error();
    return query.value()->numRowsAffected() > 0;
}

Result<bool> SqliteOrderStore::resetPin(const QString& id, const QString& pinHash)
{
    if (Result<void> started = begin(); !started.ok())
        return started.error();
    Result<QSqlQuery*> updated =
        run(u"UPDATE staff SET pin_hash = ? WHERE id = ?"_s, {pinHash, id});
    if (!updated.ok()) {
        rollback();
        return updated.error();
    }
    const bool found = updated.value()->numRowsAffected() > 0;
    Result<QSqlQuery*> revoked = run(u"UPDATE tokens SET revoked = 1 WHERE staff_id = ?"_s, {id});
    if (!revoked.ok()) {
        rollback();
        return revoked.error();
    }
    if (Result<void> committed = commit(); !committed.ok())
        return committed.error();
    return found;
}

Result<std::optional<QString>> SqliteOrderStore::setting(const QString& name)
{
    Result<QSqlQuery*> query = run(u"SELECT value FROM venue_settings WHERE name = ?"_s, {name});
    if (!query.ok())
        return query.error();
    QSqlQuery* q = query.value();
    std::optional<QString> value;
    if (q->next())
        value = q->value(0).toString();
    q->finish();
    return value;
}

Result<void> SqliteOrderStore::setSetting(const QString& name, const QString& value)
{
    Result<QSqlQuery*> query = run(u"INSERT INTO venue_settings (name, value) VALUES (?, ?)"
                                   " ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                                   {name, value});
    if (!query.ok())
        return query.error();
    return {};
}

Result<void> SqliteOrderStore::putToken(const QByteArray& tokenHash, const QString& staffId,
                                        qint64 expiresAt)
{
    Result<QSqlQuery*> query =
        run(u"INSERT INTO tokens (token_hash, staff_id, expires_at) VALUES (?, ?, ?)"_s,
            {tokenHash, staffId, expiresAt});
    if (!query.ok())
        return query.error();
    return {};
}

Result<std::optional<Staff>> SqliteOrderStore::tokenOwner(const QByteArray& tokenHash, qint64 now)
{
    Result<QSqlQuery*> query =
        run(u"SELECT s.id, s.name, s.role FROM tokens t JOIN staff s ON s.id = t.staff_id"
            " WHERE t.token_hash = ? AND t.revoked = 0 AND t.expires_at > ?"_s,
            {tokenHash, now});
    if (!query.ok())
        return query.error();
    QSqlQuery* q = query.value();
    std::optional<Staff> owner;
    if (q->next()) {
        owner =
            Staff{q->value(0).toString(), q->value(1).toString(),
                  JsonCodec::roleFromName(q->value(2).toString()).value_or(Staff::Role::Waiter)};
    }
    q->finish();
    return owner;
}

Result<void> SqliteOrderStore::revokeToken(const QByteArray& tokenHash)
{
    Result<QSqlQuery*> query =
        run(u"UPDATE tokens SET revoked = 1 WHERE token_hash = ?"_s, {tokenHash});
    if (!query.ok())
        return query.error();
    return {};
}

Result<QList<MenuEntry>> SqliteOrderStore::menu()
{
    Result<QSqlQuery*> query =
        run(u"SELECT i.id, i.price_cents, x.lang, x.name, x.category FROM menu_items i"
            " JOIN menu_texts x ON x.item_id = i.id WHERE i.active = 1"
            " ORDER BY i.position, i.id, x.lang"_s);
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
}

Result<void> SqliteOrderStore::replaceMenu(const QList<MenuEntry>& entries)
{
    if (Result<void> started = begin(); !started.ok())
        return started;
    const auto abort = [this](const ApiError& error) -> Result<void> {
        rollback();
        return error;
    };
    if (Result<QSqlQuery*> q = run(u"UPDATE menu_items SET active = 0"_s); !q.ok())
        return abort(q.error());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const MenuEntry& entry = entries.at(i);
        Result<QSqlQuery*> item =
            run(u"INSERT INTO menu_items (id, price_cents, position, active) VALUES (?, ?, ?, 1)"
                " ON CONFLICT (id) DO UPDATE SET price_cents = excluded.price_cents,"
                " position = excluded.position, active = 1"_s,
                {entry.id, entry.priceCents, qint64(i)});
        if (!item.ok())
            return abort(item.error());
        if (Result<QSqlQuery*> q = run(u"DELETE FROM menu_texts WHERE item_id = ?"_s, {entry.id});
            !q.ok())
            return abort(q.error());
        for (auto it = entry.names.cbegin(); it != entry.names.cend(); ++it) {
            const QString category =
                entry.categories.value(it.key(), entry.categories.value(u"en"_s));
            Result<QSqlQuery*> text =
                run(u"INSERT INTO menu_texts (item_id, lang, name, category) VALUES (?, ?, ?, ?)"_s,
                    {entry.id, it.key(), it.value(), category});
            if (!text.ok())
                return abort(text.error());
        }
    }
    return commit();
}

Result<QList<Table>> SqliteOrderStore::tables()
{
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
                          q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toInt(),
                          q->value(6).toLongLong()});
    }
    q->finish();
    return list;
}

Result<void> SqliteOrderStore::setTables(int count, int seats, qint64 now)
{
    if (Result<void> started = begin(); !started.ok())
        return started;
    const auto abort = [this](const ApiError& error) -> Result<void> {
        rollback();
        return error;
    };
    for (int number = 1; number <= count; ++number) {
        const QString id = QString::number(number);
        Result<QSqlQuery*> table = run(
            u"INSERT INTO venue_tables (id, name, seats, position, active) VALUES (?, ?, ?, ?, 1)"
            " ON CONFLICT (id) DO UPDATE SET seats = excluded.seats,"
            " position = excluded.position, active = 1"_s,
            {id, QString(u"Table "_s + id), seats, number});
        if (!table.ok())
            return abort(table.error());
        Result<QSqlQuery*> current = run(u"SELECT order_id FROM venue_tables WHERE id = ?"_s, {id});
        if (!current.ok())
            return abort(current.error());
        const bool hasOrder = current.value()->next() && !current.value()->value(0).isNull();
        current.value()->finish();
        if (hasOrder)
            continue;
        Result<QSqlQuery*> order = run(
            u"INSERT INTO orders (table_id, status, version, updated_at) VALUES (?, 'open', 1, ?)"_s,
            {id, now});
        if (!order.ok())
            return abort(order.error());
        const qint64 orderId = order.value()->lastInsertId().toLongLong();
        if (Result<QSqlQuery*> q =
                run(u"UPDATE venue_tables SET order_id = ? WHERE id = ?"_s, {orderId, id});
            !q.ok())
            return abort(q.error());
    }
    if (Result<QSqlQuery*> q =
            run(u"UPDATE venue_tables SET active = 0 WHERE position > ?"_s, {count});
        !q.ok())
        return abort(q.error());
    return commit();
}

Result<std::optional<OrderRecord>> SqliteOrderStore::order(qint64 id)
{
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
        if (const Lines* known = knownLines(order.id, order.version)) {
            order.items = *known;
        } else {
            order.items = linesFrom(q->value(5).toByteArray());
            if (order.status == Order::Status::Open)
                rememberLines(order.id, order.version, order.items);
        }
        record->seats = q->value(6).toInt();
    }
    q->finish();
    return record;
}

Result<void> SqliteOrderStore::insertEvent(const Event& event)
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

Result<WriteOutcome> SqliteOrderStore::writeItems(qint64 orderId, qint64 expectedVersion,
                                                  const Lines& items, QList<Event> events,
                                                  qint64 now)
{
    if (Result<void> started = begin(); !started.ok())
        return started.error();
    Result<QSqlQuery*> update =
        run(u"UPDATE orders SET version = version + 1, items = ?, item_count = ?, updated_at = ?"
            " WHERE id = ? AND version = ? AND status = 'open' RETURNING table_id"_s,
            {linesText(items), qint64(items.size()), now, orderId, expectedVersion});
    if (!update.ok()) {
        rollback();
        return update.error();
    }
    // SQLite makes every change of a RETURNING statement at its first step.
    const bool applied = update.value()->next();
    const QString tableId = applied ? update.value()->value(0).toString() : QString();
    update.value()->finish();
    if (!applied) {
        rollback();
        Result<std::optional<OrderRecord>> stored = order(orderId);
        if (!stored.ok())
            return stored.error();
        if (!stored.value())
            return ApiError{ErrorCode::NotFound, u"Order %1 does not exist."_s.arg(orderId), {}};
        return WriteOutcome{false, stored.value()->order, 0};
    }
    for (Event& event : events) {
        event.version = expectedVersion + 1;
        event.at = now;
        if (Result<void> inserted = insertEvent(event); !inserted.ok()) {
            rollback();
            return inserted.error();
        }
    }
    if (Result<void> committed = commit(); !committed.ok())
        return committed.error();
    Order written;
    written.id = orderId;
    written.tableId = tableId;
    written.status = Order::Status::Open;
    written.version = expectedVersion + 1;
    written.updatedAt = now;
    written.items = items;
    rememberLines(orderId, written.version, items);
    return WriteOutcome{true, written, 0};
}

Result<WriteOutcome> SqliteOrderStore::closeOrder(qint64 orderId, qint64 expectedVersion,
                                                  const QString& author, qint64 now)
{
    if (Result<void> started = begin(); !started.ok())
        return started.error();
    const auto abort = [this](const ApiError& error) -> Result<WriteOutcome> {
        rollback();
        return error;
    };
    Result<QSqlQuery*> update =
        run(u"UPDATE orders SET status = 'closed', version = version + 1, updated_at = ?"
            " WHERE id = ? AND version = ? AND status = 'open'"_s,
            {now, orderId, expectedVersion});
    if (!update.ok())
        return abort(update.error());
    qint64 nextOrderId = 0;
    if (update.value()->numRowsAffected() == 1) {
        Result<QSqlQuery*> table = run(u"SELECT table_id FROM orders WHERE id = ?"_s, {orderId});
        if (!table.ok())
            return abort(table.error());
        QString tableId;
        if (table.value()->next())
            tableId = table.value()->value(0).toString();
        table.value()->finish();
        Result<QSqlQuery*> next = run(
            u"INSERT INTO orders (table_id, status, version, updated_at) VALUES (?, 'open', 1, ?)"_s,
            {tableId, now});
        if (!next.ok())
            return abort(next.error());
        nextOrderId = next.value()->lastInsertId().toLongLong();
        if (Result<QSqlQuery*> q =
                run(u"UPDATE venue_tables SET order_id = ? WHERE id = ?"_s, {nextOrderId, tableId});
            !q.ok())
            return abort(q.error());
        Event event;
        event.orderId = orderId;
        event.tableId = tableId;
        event.version = expectedVersion + 1;
        event.kind = Event::Kind::Close;
        event.author = author;
        event.at = now;
        if (Result<void> inserted = insertEvent(event); !inserted.ok())
            return abort(inserted.error());
        if (Result<void> committed = commit(); !committed.ok())
            return committed.error();
        m_knownLines.remove(orderId);
    } else {
        rollback();
    }
    Result<std::optional<OrderRecord>> stored = order(orderId);
    if (!stored.ok())
        return stored.error();
    if (!stored.value())
        return ApiError{ErrorCode::NotFound, u"Order %1 does not exist."_s.arg(orderId), {}};
    return WriteOutcome{nextOrderId != 0, stored.value()->order, nextOrderId};
}

Result<void> SqliteOrderStore::appendEvent(Event event)
{
    if (Result<void> started = begin(); !started.ok())
        return started;
    if (Result<void> inserted = insertEvent(event); !inserted.ok()) {
        rollback();
        return inserted;
    }
    return commit();
}

Result<QList<Event>> SqliteOrderStore::readEvents(QSqlQuery* q)
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

Result<QList<Event>> SqliteOrderStore::orderEvents(qint64 orderId, qint64 afterVersion)
{
    Result<QSqlQuery*> query =
        run(u"SELECT seq, order_id, table_id, version, kind, line_id, menu_item_id, qty,"
            " prev_qty, note, expected_version, author, at FROM events"
            " WHERE order_id = ? AND version > ? ORDER BY seq"_s,
            {orderId, afterVersion});
    if (!query.ok())
        return query.error();
    return readEvents(query.value());
}

Result<QList<Event>> SqliteOrderStore::events(qint64 since, int limit)
{
    Result<QSqlQuery*> query =
        run(u"SELECT seq, order_id, table_id, version, kind, line_id, menu_item_id, qty,"
            " prev_qty, note, expected_version, author, at FROM events"
            " WHERE seq > ? ORDER BY seq LIMIT ?"_s,
            {since, limit});
    if (!query.ok())
        return query.error();
    return readEvents(query.value());
}
