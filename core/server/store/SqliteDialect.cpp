#include "SqliteDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

SqliteDialect::SqliteDialect(QString path, QString synchronous)
    : m_path(std::move(path))
    , m_synchronous(std::move(synchronous).toUpper())
{}

QString SqliteDialect::kind() const
{
    return u"sqlite"_s;
}

QString SqliteDialect::displayName() const
{
    return m_path;
}

QString SqliteDialect::driverName() const
{
    return u"QSQLITE"_s;
}

SchemaMigrations::Dialect SqliteDialect::schema() const
{
    return SchemaMigrations::Dialect::Sqlite;
}

Result<void> SqliteDialect::configure(QSqlDatabase& database) const
{
    if (m_synchronous != "FULL"_L1 && m_synchronous != "NORMAL"_L1 && m_synchronous != "EXTRA"_L1)
        return ApiError{
            ErrorCode::InvalidOption,
            u"SQLite synchronous mode must be FULL or NORMAL, not %1."_s.arg(m_synchronous),
            {}};
    database.setDatabaseName(m_path);
    return {};
}

ApiError SqliteDialect::openFailure(const QString& reason) const
{
    return ApiError{
        ErrorCode::StorageError, u"Cannot open the database %1: %2"_s.arg(m_path, reason), {}};
}

Result<void> SqliteDialect::startSession(QSqlDatabase& database) const
{
    QSqlQuery pragma(database);
    // temp_store: a grouped write's savepoint journal stays in memory; SQLite otherwise spills
    // it to a temporary file, created and removed dozens of times a second under load.
    // cache_size: 8 MiB instead of 2, so the open orders, the log's newest pages and its index
    // stay read (at 50 waiters: 18 % more writes per second, 5 MiB more memory).
    // wal_autocheckpoint: 4,000 pages (16 MiB of log) instead of 1,000, so a checkpoint, which
    // runs inside a commit on the server's thread, comes a quarter as often and copies each hot
    // page once for four times as many writes.
    const QStringList pragmas{u"PRAGMA busy_timeout = 5000"_s,
                              u"PRAGMA journal_mode = WAL"_s,
                              u"PRAGMA synchronous = "_s + m_synchronous,
                              u"PRAGMA foreign_keys = ON"_s,
                              u"PRAGMA temp_store = MEMORY"_s,
                              u"PRAGMA cache_size = -8192"_s,
                              u"PRAGMA wal_autocheckpoint = 4000"_s};
    for (const QString& sql : pragmas) {
        if (!pragma.exec(sql))
            return ApiError{ErrorCode::StorageError,
                            u"Cannot use %1 as a database (is it an SQLite file?): %2"_s.arg(
                                m_path, pragma.lastError().text()),
                            {}};
        pragma.finish();
    }
    if (pragma.exec(u"PRAGMA journal_mode"_s) && pragma.next() &&
        pragma.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0)
        return ApiError{ErrorCode::StorageError,
                        u"The database %1 cannot use write-ahead logging."_s.arg(m_path),
                        {}};
    return {};
}

bool SqliteDialect::connectionLost(const QSqlError& error, const QSqlDatabase& database) const
{
    // A file does not go away under an open connection.
    (void)error;
    (void)database;
    return false;
}

std::optional<QString> SqliteDialect::othersCommitsQuery() const
{
    // BEGIN IMMEDIATE takes the one write lock, so no one else commits inside a transaction.
    return u"PRAGMA data_version"_s;
}

QString SqliteDialect::beginStatement() const
{
    return u"BEGIN IMMEDIATE"_s;
}

bool SqliteDialect::groupsCommits() const
{
    return true;
}

Result<std::optional<QString>> SqliteDialect::deferFlushes(QSqlDatabase& database, bool on) const
{
    if (m_synchronous != "FULL"_L1)
        return std::optional<QString>();
    QSqlQuery pragma(database);
    // SQLite's own name for the file: absolute, whatever directory the server runs in.
    QString file;
    if (pragma.exec(u"PRAGMA database_list"_s)) {
        while (pragma.next()) {
            if (pragma.value(1).toString() == "main"_L1)
                file = pragma.value(2).toString();
        }
    }
    pragma.finish();
    if (file.isEmpty() ||
        !pragma.exec(u"PRAGMA synchronous = "_s + (on ? u"NORMAL"_s : m_synchronous)))
        return ApiError{ErrorCode::StorageError,
                        u"Cannot leave the flush of %1 to the server: %2"_s.arg(
                            m_path, pragma.lastError().text()),
                        {}};
    if (!on)
        return std::optional<QString>();
    return std::optional<QString>(file + u"-wal"_s);
}

std::optional<SqlStatement> SqliteDialect::eventLogLock() const
{
    // BEGIN IMMEDIATE already lets one writer in at a time.
    return std::nullopt;
}

std::optional<SqlStatement> SqliteDialect::changeNotice(qint64 orderId, const QString& tableId,
                                                        qint64 version) const
{
    (void)orderId;
    (void)tableId;
    (void)version;
    return std::nullopt;
}

std::optional<SqlStatement> SqliteDialect::ticketNotice(const TicketMessage&) const
{
    return std::nullopt;
}

std::optional<SqlStatement> SqliteDialect::menuNotice(const MenuMessage&) const
{
    return std::nullopt;
}

SqlDialect::Utf8Text SqliteDialect::utf8Text(const QByteArray& utf8) const
{
    // Qt binds a QString as UTF-16, which SQLite turns back into UTF-8; a blob cast to TEXT
    // is taken as text in the database's encoding (UTF-8) without a conversion.
    return {u"CAST(? AS TEXT)"_s, QVariant(utf8)};
}

QString SqliteDialect::byteOrder() const
{
    return u"COLLATE BINARY"_s;
}

QString SqliteDialect::settingQuery(const QString& name) const
{
    return u"PRAGMA "_s + name;
}
