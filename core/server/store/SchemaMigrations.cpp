#include "SchemaMigrations.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError failed(const QString& what, const QSqlError& error)
{
    return ApiError{ErrorCode::StorageError,
                    u"Cannot upgrade the database schema (%1): %2"_s.arg(what, error.text()),
                    {}};
}

// Written once with {placeholders} for the few types the two dialects spell differently.
const QList<QStringList>& portableSteps()
{
    static const QList<QStringList> all{
        // 1: staff, tokens, menu, tables, orders and the event log.
        {
            u"CREATE TABLE staff (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
            " role TEXT NOT NULL CHECK (role IN ('waiter', 'manager')), pin_hash TEXT NOT NULL)"_s,
            u"CREATE TABLE tokens (token_hash {bytes} PRIMARY KEY,"
            " staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
            " expires_at {int64} NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX tokens_by_staff ON tokens(staff_id)"_s,
            u"CREATE TABLE menu_items (id TEXT PRIMARY KEY, price_cents INTEGER NOT NULL,"
            " position INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1)"_s,
            u"CREATE TABLE menu_texts (item_id TEXT NOT NULL REFERENCES menu_items(id)"
            " ON DELETE CASCADE, lang TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL,"
            " PRIMARY KEY (item_id, lang))"_s,
            u"CREATE TABLE venue_tables (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
            " seats INTEGER NOT NULL, position INTEGER NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1, order_id {int64})"_s,
            u"CREATE TABLE orders (id {serial},"
            " table_id TEXT NOT NULL REFERENCES venue_tables(id),"
            " status TEXT NOT NULL CHECK (status IN ('open', 'closed')),"
            " version {int64} NOT NULL, updated_at {int64} NOT NULL,"
            " item_count INTEGER NOT NULL DEFAULT 0, items TEXT NOT NULL DEFAULT '[]')"_s,
            u"CREATE TABLE events (seq {serial},"
            " order_id {int64} NOT NULL REFERENCES orders(id), table_id TEXT NOT NULL,"
            " version {int64} NOT NULL, kind TEXT NOT NULL, line_id TEXT, menu_item_id TEXT,"
            " qty INTEGER, prev_qty INTEGER, note TEXT, expected_version {int64},"
            " author TEXT NOT NULL, at {int64} NOT NULL)"_s,
            u"CREATE INDEX events_by_order ON events(order_id, version)"_s,
        },
        // 2: venue-wide settings, such as the PBKDF2 work factor of new PINs.
        {
            u"CREATE TABLE venue_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        },
        // 3: the kitchen: stations and sold-out items, tickets, the kitchen role, fire and void
        // events with seats; existing lines take today's menu price (backfillLinePrices).
        {
            u"ALTER TABLE menu_items ADD COLUMN station TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE menu_items ADD COLUMN available INTEGER NOT NULL DEFAULT 1"_s,
            u"CREATE TABLE tickets (id {serial},"
            " order_id {int64} NOT NULL REFERENCES orders(id), table_id TEXT NOT NULL,"
            " table_name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('fire', 'void')),"
            " station TEXT NOT NULL, course INTEGER NOT NULL, lines TEXT NOT NULL,"
            " created_by TEXT NOT NULL, created_at {int64} NOT NULL, bumped_at {int64},"
            " bumped_by TEXT)"_s,
            u"CREATE INDEX tickets_by_station ON tickets(station, id)"_s,
            u"ALTER TABLE events ADD COLUMN seat INTEGER"_s,
            u"ALTER TABLE events ADD COLUMN prev_seat INTEGER"_s,
            u"ALTER TABLE events ADD COLUMN ticket_id {int64}"_s,
            u"ALTER TABLE events ADD COLUMN reason TEXT"_s,
            u"ALTER TABLE events ADD COLUMN approved_by TEXT"_s,
            // A CHECK constraint cannot be altered in SQLite: the staff table is rebuilt, its
            // tokens kept aside so that the cascade from the old table does not take them.
            u"{postgres}ALTER TABLE staff DROP CONSTRAINT staff_role_check"_s,
            u"{postgres}ALTER TABLE staff ADD CONSTRAINT staff_role_check"
            " CHECK (role IN ('waiter', 'manager', 'kitchen'))"_s,
            u"{sqlite}CREATE TEMP TABLE tokens_kept AS SELECT * FROM tokens"_s,
            u"{sqlite}DELETE FROM tokens"_s,
            u"{sqlite}CREATE TABLE staff_next (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT"
            " NOT NULL CHECK (role IN ('waiter', 'manager', 'kitchen')), pin_hash TEXT NOT NULL)"_s,
            u"{sqlite}INSERT INTO staff_next (id, name, role, pin_hash)"
            " SELECT id, name, role, pin_hash FROM staff"_s,
            u"{sqlite}DROP TABLE staff"_s,
            u"{sqlite}ALTER TABLE staff_next RENAME TO staff"_s,
            u"{sqlite}INSERT INTO tokens SELECT * FROM tokens_kept"_s,
            u"{sqlite}DROP TABLE tokens_kept"_s,
        },
        // 4: voids: a manager's single-use approvals, kept only as hashes like tokens.
        {
            u"CREATE TABLE approvals (approval_hash {bytes} PRIMARY KEY,"
            " staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
            " expires_at {int64} NOT NULL, used_at {int64})"_s,
        },
    };
    return all;
}

// One dialect's spelling of a portable statement; empty for a statement of the other dialect
// only ({sqlite} or {postgres} in front).
QString rendered(QString statement, SchemaMigrations::Dialect dialect)
{
    const bool postgres = dialect == SchemaMigrations::Dialect::Postgres;
    const QLatin1StringView own = postgres ? "{postgres}"_L1 : "{sqlite}"_L1;
    const QLatin1StringView other = postgres ? "{sqlite}"_L1 : "{postgres}"_L1;
    if (statement.startsWith(other))
        return {};
    if (statement.startsWith(own))
        statement.remove(0, own.size());
    statement.replace("{serial}"_L1, postgres
                                         ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_L1
                                         : "INTEGER PRIMARY KEY AUTOINCREMENT"_L1);
    statement.replace("{int64}"_L1, postgres ? "BIGINT"_L1 : "INTEGER"_L1);
    statement.replace("{bytes}"_L1, postgres ? "BYTEA"_L1 : "BLOB"_L1);
    return statement;
}

// PostgreSQL: several tablesyncd may start at once on one database, so the migration runs
// under a session lock; SQLite's BEGIN IMMEDIATE already serializes writers.
constexpr qint64 migrationLockKey = 0x7461626c6573796eLL; // "tablesyn"

QString beginStatement(SchemaMigrations::Dialect dialect)
{
    return dialect == SchemaMigrations::Dialect::Postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
}

// Step 3: lines written before the kitchen had no price; they take the menu's price of the day
// of the upgrade (a later menu change does not alter it), course 1 and state new.
Result<void> backfillLinePrices(QSqlDatabase& database)
{
    QSqlQuery read(database);
    QHash<QString, qint64> prices;
    if (!read.exec(u"SELECT id, price_cents FROM menu_items"_s))
        return failed(u"step 3 prices"_s, read.lastError());
    while (read.next())
        prices.insert(read.value(0).toString(), read.value(1).toLongLong());
    read.finish();
    QList<QPair<qint64, QByteArray>> rewritten;
    if (!read.exec(u"SELECT id, items FROM orders"_s))
        return failed(u"step 3 orders"_s, read.lastError());
    while (read.next()) {
        QJsonArray lines = QJsonDocument::fromJson(read.value(1).toByteArray()).array();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonObject line = lines.at(i).toObject();
            if (!line.contains(u"price_cents"_s))
                line.insert(u"price_cents"_s,
                            prices.value(line.value(u"menu_item_id"_s).toString(), 0));
            if (!line.contains(u"course"_s))
                line.insert(u"course"_s, 1);
            if (!line.contains(u"state"_s))
                line.insert(u"state"_s, u"new"_s);
            lines.replace(i, line);
        }
        rewritten.append(
            {read.value(0).toLongLong(), QJsonDocument(lines).toJson(QJsonDocument::Compact)});
    }
    read.finish();
    QSqlQuery write(database);
    write.prepare(u"UPDATE orders SET items = ? WHERE id = ?"_s);
    for (const auto& [orderId, items] : std::as_const(rewritten)) {
        write.bindValue(0, QString::fromUtf8(items));
        write.bindValue(1, orderId);
        if (!write.exec())
            return failed(u"step 3 lines"_s, write.lastError());
    }
    return {};
}

Result<void> applyUnlocked(QSqlDatabase& database, QSqlQuery& query, qint64 now,
                           SchemaMigrations::Dialect dialect)
{
    if (!query.exec(rendered(u"CREATE TABLE IF NOT EXISTS schema_migrations"
                             " (version INTEGER PRIMARY KEY, applied_at {int64} NOT NULL)"_s,
                             dialect)))
        return failed(u"schema_migrations"_s, query.lastError());
    if (!query.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !query.next())
        return failed(u"current version"_s, query.lastError());
    const int current = query.value(0).toInt();
    query.finish();
    const int latest = SchemaMigrations::latest();
    if (current > latest)
        return ApiError{
            ErrorCode::StorageError,
            u"The database was written by a newer tablesyncd (schema %1, this one knows "
            "%2); upgrade tablesyncd."_s.arg(current)
                .arg(latest),
            {}};

    const QList<QStringList> steps = SchemaMigrations::steps(dialect);
    for (int version = current + 1; version <= latest; ++version) {
        if (!query.exec(beginStatement(dialect)))
            return failed(u"begin"_s, query.lastError());
        for (const QString& statement : steps.at(version - 1)) {
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                query.exec(u"ROLLBACK"_s);
                return failed(u"step %1"_s.arg(version), error);
            }
        }
        if (version == 3) {
            if (Result<void> filled = backfillLinePrices(database); !filled.ok()) {
                query.exec(u"ROLLBACK"_s);
                return filled;
            }
        }
        query.prepare(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s);
        query.addBindValue(version);
        query.addBindValue(now);
        if (!query.exec() || !query.exec(u"COMMIT"_s)) {
            const QSqlError error = query.lastError();
            query.exec(u"ROLLBACK"_s);
            return failed(u"step %1"_s.arg(version), error);
        }
    }
    return {};
}

} // namespace

QList<QStringList> SchemaMigrations::steps(Dialect dialect)
{
    QList<QStringList> result;
    for (const QStringList& step : portableSteps()) {
        QStringList statements;
        for (const QString& statement : step) {
            if (QString own = rendered(statement, dialect); !own.isEmpty())
                statements.append(std::move(own));
        }
        result.append(statements);
    }
    return result;
}

int SchemaMigrations::latest()
{
    return int(portableSteps().size());
}

Result<void> SchemaMigrations::apply(QSqlDatabase& database, qint64 now, Dialect dialect)
{
    QSqlQuery query(database);
    const bool postgres = dialect == Dialect::Postgres;
    if (postgres) {
        query.prepare(u"SELECT pg_advisory_lock(?)"_s);
        query.addBindValue(migrationLockKey);
        if (!query.exec())
            return failed(u"lock"_s, query.lastError());
        query.finish();
    }
    Result<void> result = applyUnlocked(database, query, now, dialect);
    if (postgres) {
        query.prepare(u"SELECT pg_advisory_unlock(?)"_s);
        query.addBindValue(migrationLockKey);
        query.exec();
        query.finish();
    }
    return result;
}
