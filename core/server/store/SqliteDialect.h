#pragma once

#include "SqlDialect.h"

// One SQLite file: WAL, synchronous FULL unless asked otherwise, foreign keys on, writes in
// BEGIN IMMEDIATE transactions that a group commit can turn into savepoints.
class SqliteDialect final : public SqlDialect
{
public:
    SqliteDialect(QString path, QString synchronous);

    QString kind() const override;
    QString displayName() const override;
    QString driverName() const override;
    SchemaMigrations::Dialect schema() const override;
    Result<void> configure(QSqlDatabase& database) const override;
    ApiError openFailure(const QString& reason) const override;
    Result<void> startSession(QSqlDatabase& database) const override;
    bool connectionLost(const QSqlError& error, const QSqlDatabase& database) const override;
    std::optional<QString> othersCommitsQuery() const override;
    QString beginStatement() const override;
    bool preparesControl() const override { return true; }
    bool groupsCommits() const override;
    // At FULL: NORMAL plus the caller's flush of the write-ahead log, which is what FULL adds to
    // NORMAL in WAL mode. NORMAL and EXTRA are left as asked.
    Result<std::optional<QString>> deferFlushes(QSqlDatabase& database, bool on) const override;
    std::optional<SqlStatement> eventLogLock() const override;
    std::optional<SqlStatement> changeNotice(qint64 orderId, const QString& tableId,
                                             qint64 version) const override;
    std::optional<SqlStatement> ticketNotice(const TicketMessage& ticket) const override;
    std::optional<SqlStatement> menuNotice(const MenuMessage& menu) const override;
    Utf8Text utf8Text(const QByteArray& utf8) const override;
    QString byteOrder() const override;
    QString settingQuery(const QString& name) const override;

private:
    QString m_path;
    QString m_synchronous;
};
