#pragma once

#include "PostgresUrl.h"
#include "SqlDialect.h"

#include <QJsonObject>

// A PostgreSQL database (QPSQL) that several tablesyncd processes may share. Every write
// transaction takes one transaction-scoped advisory lock first, so events commit in seq order,
// a reader paging with `since` never skips one, and two writers never deadlock; every write sends a
// pg_notify() marked with this process's origin, so that its own listener can skip it.
class PostgresDialect final : public SqlDialect
{
public:
    PostgresDialect(PostgresUrl url, QString origin);

    const PostgresUrl& url() const { return m_url; }
    const QString& origin() const { return m_origin; }

    QString kind() const override;
    QString displayName() const override;
    QString driverName() const override;
    SchemaMigrations::Dialect schema() const override;
    Result<void> configure(QSqlDatabase& database) const override;
    ApiError openFailure(const QString& reason) const override;
    Result<void> startSession(QSqlDatabase& database) const override;
    bool connectionLost(const QSqlError& error, const QSqlDatabase& database) const override;
    QString beginStatement() const override;
    bool groupsCommits() const override;
    std::optional<SqlStatement> eventLogLock() const override;
    std::optional<SqlStatement> changeNotice(qint64 orderId, const QString& tableId,
                                             qint64 version) const override;
    std::optional<SqlStatement> ticketNotice(const TicketMessage& ticket) const override;
    std::optional<SqlStatement> menuNotice(const MenuMessage& menu) const override;
    Utf8Text utf8Text(const QByteArray& utf8) const override;
    QString byteOrder() const override;
    QString settingQuery(const QString& name) const override;

private:
    // pg_notify() of a message to every tablesyncd on the database.
    SqlStatement notice(const QJsonObject& message) const;
    PostgresUrl m_url;
    QString m_origin;
};
