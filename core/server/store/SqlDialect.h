#pragma once

#include "SchemaMigrations.h"

#include "model/ApiMessages.h"
#include "model/Result.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

class QSqlDatabase;
class QSqlError;

// One statement with its values, bound in order.
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

// What differs between the databases SqlOrderStore runs on: how a connection is opened and
// set up, how a write transaction starts, whether writes can share a commit, what a lost
// connection looks like, the lock and the notice that go with a write, and the collation
// that sorts text in byte order.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // "sqlite" or "postgresql", as GET /health reports it.
    virtual QString kind() const = 0;
    // The database as messages name it (a path, or a URL without its password).
    virtual QString displayName() const = 0;
    virtual QString driverName() const = 0;
    virtual SchemaMigrations::Dialect schema() const = 0;

    // Names the database on a fresh connection, before it opens.
    virtual Result<void> configure(QSqlDatabase& database) const = 0;
    // The error of a connection that did not open.
    virtual ApiError openFailure(const QString& reason) const = 0;
    // Per-connection settings, run on every new connection.
    virtual Result<void> startSession(QSqlDatabase& database) const = 0;
    // True when `error` means the connection is gone and a new one may succeed.
    virtual bool connectionLost(const QSqlError& error, const QSqlDatabase& database) const = 0;

    // A query whose one value changes whenever another connection committed since this one last
    // ran it, for a database where an open write transaction keeps others from committing; none
    // when the database cannot tell, and then nothing read is trusted past its request.
    virtual std::optional<QString> othersCommitsQuery() const { return std::nullopt; }
    // Starts a write transaction.
    virtual QString beginStatement() const = 0;
    // Whether BEGIN, COMMIT and SAVEPOINT may be prepared once and run again (PostgreSQL
    // cannot PREPARE transaction control).
    virtual bool preparesControl() const { return false; }
    // Whether several writes may share one transaction, each in a savepoint.
    virtual bool groupsCommits() const = 0;
    // With `on`, lets COMMIT on `database` return before its data is on the disk, and names the
    // file the caller then flushes itself before it reports the commit; none where COMMIT keeps
    // flushing. Off restores the flushing COMMIT.
    virtual Result<std::optional<QString>> deferFlushes(QSqlDatabase& database, bool on) const
    {
        (void)database;
        (void)on;
        return std::optional<QString>();
    }
    // Taken by SqlSession right after BEGIN in every write transaction, before any row lock,
    // so events commit in seq order and writers cannot deadlock; none if the database
    // already serializes writers.
    virtual std::optional<SqlStatement> eventLogLock() const = 0;
    // Tells other processes that an order changed, in the write's transaction; none when no
    // other process can share the database.
    virtual std::optional<SqlStatement> changeNotice(qint64 orderId, const QString& tableId,
                                                     qint64 version) const = 0;
    // Tells other processes that a ticket was made / a menu item's availability changed, in the
    // write's transaction; none when no other process can share the database.
    virtual std::optional<SqlStatement> ticketNotice(const TicketMessage& ticket) const = 0;
    virtual std::optional<SqlStatement> menuNotice(const MenuMessage& menu) const = 0;
    // A placeholder and its value that store UTF-8 bytes (a JSON list) as a text value, with as
    // few conversions as the driver allows.
    struct Utf8Text
    {
        QString placeholder;
        QVariant value;
    };
    virtual Utf8Text utf8Text(const QByteArray& utf8) const = 0;
    // The COLLATE clause that sorts text by its bytes (UTF-8 code point order).
    virtual QString byteOrder() const = 0;
    // The statement reading one session setting by its (already checked) name.
    virtual QString settingQuery(const QString& name) const = 0;
};
