#include "PostgresDialect.h"

#include "PostgresNotifier.h"

#include "model/KitchenCodec.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// Serializes the event inserts of concurrent transactions (see the class comment).
constexpr qint64 eventLogLockKey = 0x74736576656e7473LL; // "tseventS"

} // namespace

PostgresDialect::PostgresDialect(PostgresUrl url, QString origin)
    : m_url(std::move(url))
    , m_origin(std::move(origin))
{}

QString PostgresDialect::kind() const
{
    return u"postgresql"_s;
}

QString PostgresDialect::displayName() const
{
    return m_url.displayed();
}

QString PostgresDialect::driverName() const
{
    return u"QPSQL"_s;
}

SchemaMigrations::Dialect PostgresDialect::schema() const
{
    return SchemaMigrations::Dialect::Postgres;
}

Result<void> PostgresDialect::configure(QSqlDatabase& database) const
{
    m_url.applyTo(database);
    return {};
}

ApiError PostgresDialect::openFailure(const QString& reason) const
{
    return ApiError{ErrorCode::StoreUnavailable,
                    u"Cannot open the database %1: %2"_s.arg(m_url.displayed(), reason),
                    {}};
}

Result<void> PostgresDialect::startSession(QSqlDatabase& database) const
{
    // No NOTICE lines on stderr for "CREATE TABLE IF NOT EXISTS" on every start.
    QSqlQuery query(database);
    if (!query.exec(u"SET client_min_messages TO WARNING"_s))
        return ApiError{ErrorCode::StoreUnavailable,
                        u"The database %1 refused its session settings: %2"_s.arg(
                            m_url.displayed(), query.lastError().text()),
                        {}};
    return {};
}

bool PostgresDialect::connectionLost(const QSqlError& error, const QSqlDatabase& database) const
{
    // SQLSTATE class 08 (connection exception) and 57P0x (the server shut down); libpq's own
    // failures carry no SQLSTATE, so the connection's status decides those.
    const QString state = error.nativeErrorCode();
    if (state.startsWith("08"_L1) || state.startsWith("57P"_L1))
        return true;
    return !database.isValid() || !database.driver()->isOpen();
}

QString PostgresDialect::beginStatement() const
{
    return u"BEGIN"_s;
}

bool PostgresDialect::groupsCommits() const
{
    // As on SQLite: one WAL flush serves the writes of a group. The event-log lock is taken at
    // the group's BEGIN, so another tablesyncd waits at most one group; its NOTIFY leaves with
    // the COMMIT, so other processes never hear of a write that could still be undone.
    return true;
}

std::optional<SqlStatement> PostgresDialect::eventLogLock() const
{
    return SqlStatement{u"SELECT pg_advisory_xact_lock(?)"_s, {eventLogLockKey}};
}

std::optional<SqlStatement> PostgresDialect::changeNotice(qint64 orderId, const QString& tableId,
                                                          qint64 version) const
{
    return notice(
        QJsonObject{{u"order_id"_s, orderId}, {u"table_id"_s, tableId}, {u"version"_s, version}});
}

std::optional<SqlStatement> PostgresDialect::ticketNotice(const TicketMessage& ticket) const
{
    return notice(KitchenCodec::toJson(ticket));
}

std::optional<SqlStatement> PostgresDialect::menuNotice(const MenuMessage& menu) const
{
    return notice(KitchenCodec::toJson(menu));
}

SqlStatement PostgresDialect::notice(const QJsonObject& message) const
{
    return SqlStatement{
        u"SELECT pg_notify(?, ?)"_s,
        {PostgresNotifier::channel(), PostgresNotifier::payload(m_origin, message)}};
}

SqlDialect::Utf8Text PostgresDialect::utf8Text(const QByteArray& utf8) const
{
    // A QByteArray would be bound as bytea.
    return {u"?"_s, QString::fromUtf8(utf8)};
}

QString PostgresDialect::byteOrder() const
{
    return u"COLLATE \"C\""_s;
}

QString PostgresDialect::settingQuery(const QString& name) const
{
    // SHOW cannot be prepared; current_setting() can.
    return u"SELECT current_setting('%1')"_s.arg(name);
}
