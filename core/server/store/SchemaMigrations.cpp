#include "SchemaMigrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError failed(const QString& what, const QSqlError& error)
{
    return ApiError{u"storage_error"_s,
                    u"Cannot upgrade the database schema (%1): %2"_s.arg(what, error.text()),
                    {}};
}

} // namespace

const QList<QStringList>& SchemaMigrations::steps()
{
    static const QList<QStringList> all{
        // 1: staff, tokens, menu, tables, orders and the event log.
        {
            u"CREATE TABLE staff (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
            " role TEXT NOT NULL CHECK (role IN ('waiter', 'manager')), pin_hash TEXT NOT NULL)"_s,
            u"CREATE TABLE tokens (token_hash BLOB PRIMARY KEY,"
            " staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
            " expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX tokens_by_staff ON tokens(staff_id)"_s,
            u"CREATE TABLE menu_items (id TEXT PRIMARY KEY, price_cents INTEGER NOT NULL,"
            " position INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1)"_s,
            u"CREATE TABLE menu_texts (item_id TEXT NOT NULL REFERENCES menu_items(id)"
            " ON DELETE CASCADE, lang TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL,"
            " PRIMARY KEY (item_id, lang))"_s,
            u"CREATE TABLE venue_tables (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
            " seats INTEGER NOT NULL, position INTEGER NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1, order_id INTEGER)"_s,
            u"CREATE TABLE orders (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " table_id TEXT NOT NULL REFERENCES venue_tables(id),"
            " status TEXT NOT NULL CHECK (status IN ('open', 'closed')),"
            " version INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
            " item_count INTEGER NOT NULL DEFAULT 0, items TEXT NOT NULL DEFAULT '[]')"_s,
            u"CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " order_id INTEGER NOT NULL REFERENCES orders(id), table_id TEXT NOT NULL,"
            " version INTEGER NOT NULL, kind TEXT NOT NULL, line_id TEXT, menu_item_id TEXT,"
            " qty INTEGER, prev_qty INTEGER, note TEXT, expected_version INTEGER,"
            " author TEXT NOT NULL, at INTEGER NOT NULL)"_s,
            u"CREATE INDEX events_by_order ON events(order_id, version)"_s,
        },
    };
    return all;
}

Result<void> SchemaMigrations::apply(QSqlDatabase& database, qint64 now)
{
    QSqlQuery query(database);
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations"
                    " (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)"_s))
        return failed(u"schema_migrations"_s, query.lastError());
    if (!query.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !query.next())
        return failed(u"current version"_s, query.lastError());
    const int current = query.value(0).toInt();
    query.finish();
    if (current > latest())
        return ApiError{
            u"storage_error"_s,
            u"The database was written by a newer tablesyncd (schema %1, this one knows "
            "%2); upgrade tablesyncd."_s.arg(current)
                .arg(latest()),
            {}};

    for (int version = current + 1; version <= latest(); ++version) {
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return failed(u"begin"_s, query.lastError());
        for (const QString& statement : steps().at(version - 1)) {
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                query.exec(u"ROLLBACK"_s);
                return failed(u"step %1"_s.arg(version), error);
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
