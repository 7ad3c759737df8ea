#pragma once

#include "SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

// One connection of SqlOrderStore: statements prepared once and reused, write transactions
// (or savepoints inside an open group commit), and reconnecting when the dialect says the
// connection is gone. A read (or a write that has not started yet) is retried once on the new
// connection; a write that was in flight fails with `store_unavailable`, and the client's
// version check decides what happens next.
class SqlSession
{
public:
    explicit SqlSession(std::unique_ptr<SqlDialect> dialect);
    ~SqlSession();
    SqlSession(const SqlSession&) = delete;
    SqlSession& operator=(const SqlSession&) = delete;

    const SqlDialect& dialect() const { return *m_dialect; }
    // Connects and brings the schema up to date.
    Result<void> open(qint64 now);
    void close();

    // Runs the statement for `sql` with its values bound in order; prepared on first use.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});
    Result<QSqlQuery*> run(const SqlStatement& statement);
    // Runs a statement a dialect may not have (a lock, a notice), reading nothing back.
    Result<void> runIfAny(const std::optional<SqlStatement>& statement);
    // A read: when it fails because the connection was lost, reconnect and read once more.
    template <typename Read> auto reading(Read read) -> decltype(read());
    // Reads (as reading() does) the first row of `sql` through `map`; nullopt when there is none.
    template <typename Map>
    auto readOne(const QString& sql, const QVariantList& values, Map map)
        -> Result<std::optional<decltype(map(std::declval<const QSqlQuery&>()))>>;
    // Reads every row of `sql` through `map`.
    template <typename Map>
    auto readAll(const QString& sql, const QVariantList& values, Map map)
        -> Result<QList<decltype(map(std::declval<const QSqlQuery&>()))>>;
    // A write transaction; `body` decides commit (true) or rollback (false).
    Result<bool> transaction(const std::function<Result<bool>()>& body);
    // Whether a transaction's body is running: what it reads may yet be undone.
    bool inTransaction() const { return m_inTransaction; }
    // Told when a write transaction ends whether its changes stay (committed, or released into
    // the open group) or were undone.
    void setTransactionEnded(std::function<void(bool kept)> ended) { m_ended = std::move(ended); }

    // A number that stays the same while no other connection commits, so that what this
    // process learnt of the database at one number still holds at the same number; nullopt when
    // the dialect cannot tell or the query failed. Asked of the database once per group: while
    // the group is open, no one else commits.
    std::optional<quint64> othersCommits();

    void setGroupCommit(bool on);
    bool groupsCommits() const { return m_groupCommit; }
    // With group commit on: takes the group's write lock (when no group holds it yet) for writes
    // made only when the group commits.
    Result<void> openGroup();
    // Also true while a group lost with its connection waits to be reported by commitGroup().
    bool hasUncommittedWrites() const { return m_groupOpen || m_groupLost; }
    Result<void> commitGroup();
    // Undoes the open group's writes.
    void abandonGroup();
    // SqlDialect::deferFlushes on this connection, and on every later one.
    Result<std::optional<QString>> deferFlushes(bool on);

    // How often the session reconnected after losing its connection, for diagnostics and tests.
    int reconnects() const { return m_reconnects; }

private:
    Result<void> connectDatabase();
    void disconnectDatabase();
    Result<void> reconnect();
    // A transaction-control statement (BEGIN, COMMIT, SAVEPOINT ...).
    Result<void> control(const QString& sql);
    // The statement for `sql`, prepared on first use and kept.
    Result<QSqlQuery*> prepared(const QString& sql);
    // BEGIN and the dialect's event-log lock: the one place a write transaction starts.
    Result<void> beginLocked();
    Result<void> begin();
    Result<void> commit();
    void rollback();
    ApiError failure(const QString& what, const QSqlQuery& query);
    ApiError notConnected() const;
    ApiError groupLost() const;

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QSqlDatabase m_database;
    QHash<QString, QSqlQuery*> m_statements;
    bool m_lost = false;
    int m_reconnects = 0;
    bool m_groupCommit = false;
    bool m_groupOpen = false;
    // The open group's connection was lost, and its writes with it: until commitGroup() reports
    // that, no write starts a new group that would commit in its place.
    bool m_groupLost = false;
    bool m_flushesDeferred = false;
    std::function<void(bool kept)> m_ended;
    const std::optional<QString> m_othersCommitsQuery;
    // The dialect's value when last asked; nullopt on a new connection.
    std::optional<qint64> m_othersValue;
    quint64 m_othersCommits = 0;
    bool m_othersAskedInGroup = false;
    bool m_inTransaction = false;
};

template <typename Read> auto SqlSession::reading(Read read) -> decltype(read())
{
    if (m_lost || !m_database.isValid()) {
        if (Result<void> connected = reconnect(); !connected.ok())
            return connected.error();
    }
    auto result = read();
    if (result.ok() || !m_lost)
        return result;
    // The connection died under the read: one more try on a new one.
    if (Result<void> connected = reconnect(); !connected.ok())
        return connected.error();
    return read();
}

template <typename Map>
auto SqlSession::readOne(const QString& sql, const QVariantList& values, Map map)
    -> Result<std::optional<decltype(map(std::declval<const QSqlQuery&>()))>>
{
    using Row = decltype(map(std::declval<const QSqlQuery&>()));
    return reading([&]() -> Result<std::optional<Row>> {
        Result<QSqlQuery*> query = run(sql, values);
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        std::optional<Row> row;
        if (q->next())
            row = map(*q);
        q->finish();
        return row;
    });
}

template <typename Map>
auto SqlSession::readAll(const QString& sql, const QVariantList& values, Map map)
    -> Result<QList<decltype(map(std::declval<const QSqlQuery&>()))>>
{
    using Row = decltype(map(std::declval<const QSqlQuery&>()));
    return reading([&]() -> Result<QList<Row>> {
        Result<QSqlQuery*> query = run(sql, values);
        if (!query.ok())
            return query.error();
        QSqlQuery* q = query.value();
        QList<Row> rows;
        while (q->next())
            rows.append(map(*q));
        q->finish();
        return rows;
    });
}
