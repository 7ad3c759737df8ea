#pragma once

#include "OrderStore.h"
#include "PostgresUrl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

class Clock;

// The store on a PostgreSQL database (QPSQL) that several tablesyncd processes may share.
// The guarded write is one conditional UPDATE; its events and a pg_notify() to the other
// processes go in the same transaction. Event inserts take one transaction-scoped advisory
// lock, so events commit in seq order and a reader paging with `since` never skips one.
// When the database restarts, the next call reconnects: a read (or a write that has not
// started yet) is retried once on the new connection; a write that was in flight fails with
// `store_unavailable`, and the client's version check decides what happens next.
class PostgresOrderStore final : public OrderStore
{
public:
    PostgresOrderStore(PostgresUrl url, const Clock& clock);
    ~PostgresOrderStore() override;

    QString kind() const override;
    Result<void> open() override;
    void close() override;
    Result<bool> hasVenue() override;

    Result<std::optional<StaffRecord>> staff(const QString& id) override;
    Result<QList<Staff>> staffList() override;
    Result<void> addStaff(const StaffRecord& record) override;
    Result<bool> removeStaff(const QString& id) override;
    Result<bool> resetPin(const QString& id, const QString& pinHash) override;
    Result<std::optional<QString>> setting(const QString& name) override;
    Result<void> setSetting(const QString& name, const QString& value) override;

    Result<void> putToken(const QByteArray& tokenHash, const QString& staffId,
                          qint64 expiresAt) override;
    Result<std::optional<Staff>> tokenOwner(const QByteArray& tokenHash, qint64 now) override;
    Result<void> revokeToken(const QByteArray& tokenHash) override;

    Result<QList<MenuEntry>> menu() override;
    Result<void> replaceMenu(const QList<MenuEntry>& entries) override;
    Result<QList<Table>> tables() override;
    Result<void> setTables(int count, int seats, qint64 now) override;

    Result<std::optional<OrderRecord>> order(qint64 id) override;
    Result<WriteOutcome> writeItems(qint64 orderId, qint64 expectedVersion, const Lines& items,
                                    QList<Event> events, qint64 now) override;
    Result<WriteOutcome> closeOrder(qint64 orderId, qint64 expectedVersion, const QString& author,
                                    qint64 now) override;
    Result<void> appendEvent(Event event) override;
    Result<QList<Event>> orderEvents(qint64 orderId, qint64 afterVersion) override;
    Result<QList<Event>> events(qint64 since, int limit) override;

    // Marks the notifications this store sends, so that its own listener can skip them.
    QString origin() const { return m_origin; }
    // How often the store reconnected after losing its connection, for diagnostics and tests.
    int reconnects() const { return m_reconnects; }

private:
    Result<void> connectDatabase();
    void disconnectDatabase();
    // Runs the statement for `sql` with its values bound in order; prepared on first use.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});
    Result<void> plain(const QString& sql);
    // A read: when it fails because the connection was lost, reconnect and read once more.
    template <typename Read> auto reading(Read read) -> decltype(read());
    // A write transaction: BEGIN is retried once on a new connection (nothing was sent yet);
    // `body` decides commit (true) or rollback (false).
    Result<bool> transaction(const std::function<Result<bool>()>& body);
    Result<void> insertEvent(const Event& event);
    Result<void> notifyChanged(qint64 orderId, const QString& tableId, qint64 version);
    Result<QList<Event>> readEvents(QSqlQuery* query);
    ApiError failure(const QString& what, const QSqlQuery& query);
    bool connectionLost(const QSqlError& error) const;

    PostgresUrl m_url;
    const Clock& m_clock;
    QString m_connectionName;
    QString m_origin;
    QSqlDatabase m_database;
    QHash<QString, QSqlQuery*> m_statements;
    bool m_lost = false;
    int m_reconnects = 0;
};
