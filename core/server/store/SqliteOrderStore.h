#pragma once

#include "OrderStore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

class Clock;

// The store on one SQLite file: WAL, synchronous FULL unless asked otherwise, foreign keys on,
// writes in BEGIN IMMEDIATE transactions (or savepoints of a group commit), statements
// prepared once and reused.
class SqliteOrderStore final : public OrderStore
{
public:
    SqliteOrderStore(QString path, QString synchronous, const Clock& clock);
    ~SqliteOrderStore() override;

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

    void setGroupCommit(bool on) override;
    bool hasUncommittedWrites() const override { return m_groupOpen; }
    Result<void> commitGroup() override;

    // The value of a PRAGMA on the store's own connection, for diagnostics.
    Result<QString> pragma(const QString& name);

private:
    // Runs the statement for `sql` with its values bound in order; it is prepared on first
    // use and kept for every later call.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});
    // One write's transaction, or its savepoint inside the open group.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    // The decoded lines of `orderId` at `version`, when known.
    const Lines* knownLines(qint64 orderId, qint64 version) const;
    void rememberLines(qint64 orderId, qint64 version, const Lines& lines);
    Result<void> insertEvent(const Event& event);
    Result<QList<Event>> readEvents(QSqlQuery* query);
    ApiError failure(const QString& what, const QSqlQuery& query) const;

    QString m_path;
    QString m_synchronous;
    const Clock& m_clock;
    QString m_connectionName;
    QSqlDatabase m_database;
    QHash<QString, QSqlQuery*> m_statements;
    bool m_groupCommit = false;
    bool m_groupOpen = false;
    // Decoding an order's JSON list is most of a read; a version names one list for good, as
    // long as no write that made it was rolled back (cleared then).
    QHash<qint64, QPair<qint64, Lines>> m_knownLines;
};
