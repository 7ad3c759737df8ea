#pragma once

#include "OrderStore.h"
#include "SqlKitchenLog.h"
#include "SqlOrderLog.h"
#include "SqlSession.h"
#include "SqlVoidLog.h"
#include "TokenOwners.h"

class Clock;

// The store on an SQL database: every statement and row mapping once, for SQLite and
// PostgreSQL alike, over the SqlDialect that says how they differ. The guarded write is one
// conditional UPDATE; its events (and the dialect's change notice) go in the same transaction.
// Text sorts in byte order on every database.
class SqlOrderStore final : public OrderStore
{
public:
    SqlOrderStore(std::unique_ptr<SqlDialect> dialect, const Clock& clock);

    const SqlDialect& dialect() const { return m_session.dialect(); }
    // How often the store reconnected after losing its connection, for diagnostics and tests.
    int reconnects() const { return m_session.reconnects(); }
    // One setting of the store's own connection (an SQLite PRAGMA, a PostgreSQL current_setting),
    // for diagnostics; only plain names are let through.
    Result<QString> sessionSetting(const QString& name);

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
    Result<QList<Event>> orderEvents(qint64 orderId, qint64 afterVersion, int newest) override;
    Result<QList<Event>> events(qint64 since, int limit) override;
    Result<qint64> latestSeq() override;

    Result<FireOutcome> fire(const QList<OrderFire>& fires, const QString& author,
                             qint64 now) override;
    Result<Tickets> tickets(const TicketQuery& query) override;
    Result<std::optional<Ticket>> ticket(qint64 id) override;
    Result<std::optional<Ticket>> bumpTicket(qint64 id, const QString& by, qint64 now) override;
    Result<bool> setAvailable(const QString& menuItemId, bool available) override;
    Result<QSet<QString>> unavailableItems() override;

    Result<void> putApproval(const QByteArray& approvalHash, const QString& staffId,
                             qint64 expiresAt, qint64 now) override;
    Result<std::optional<QString>> approvalOwner(const QByteArray& approvalHash,
                                                 qint64 now) override;
    Result<VoidOutcome> writeVoids(const OrderVoid& write, const QString& author,
                                   qint64 now) override;

    void setGroupCommit(bool on) override;
    bool hasUncommittedWrites() const override;
    Result<void> commitGroup() override;
    Result<std::optional<QString>> deferFlushes(bool on) override;

private:
    // One statement in its own write transaction; the number of rows it changed.
    Result<int> writeOne(const QString& sql, const QVariantList& values);

    SqlSession m_session;
    const Clock& m_clock;
    SqlOrderLog m_log;
    SqlKitchenLog m_kitchen;
    SqlVoidLog m_voids;
    TokenOwners m_tokenOwners;
};
