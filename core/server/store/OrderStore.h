#pragma once

#include "MenuEntry.h"
#include "OrderRecord.h"
#include "StaffRecord.h"
#include "WriteOutcome.h"

#include "model/Event.h"
#include "model/Result.h"
#include "model/Table.h"

#include <QByteArray>
#include <QList>

#include <optional>

// What the routes need from storage. The version check lives in the store's conditional
// UPDATE, so it holds for any number of server processes sharing one database.
class OrderStore
{
public:
    virtual ~OrderStore() = default;

    // "sqlite" or "postgresql", as GET /health reports it.
    virtual QString kind() const = 0;
    // Opens the database and brings its schema up to date.
    virtual Result<void> open() = 0;
    virtual void close() = 0;

    virtual Result<bool> hasVenue() = 0;

    // Staff
    virtual Result<std::optional<StaffRecord>> staff(const QString& id) = 0;
    virtual Result<QList<Staff>> staffList() = 0;
    // Fails when the id is taken.
    virtual Result<void> addStaff(const StaffRecord& record) = 0;
    // False when there was no such member.
    virtual Result<bool> removeStaff(const QString& id) = 0;
    // Replaces the member's PIN hash and revokes every token they hold, in one transaction.
    // False when there is no such member.
    virtual Result<bool> resetPin(const QString& id, const QString& pinHash) = 0;

    // Venue-wide settings by name; nullopt when never set.
    virtual Result<std::optional<QString>> setting(const QString& name) = 0;
    virtual Result<void> setSetting(const QString& name, const QString& value) = 0;

    // Tokens, only ever by their hash
    virtual Result<void> putToken(const QByteArray& tokenHash, const QString& staffId,
                                  qint64 expiresAt) = 0;
    // The staff member of a token that is neither revoked nor expired at `now`.
    virtual Result<std::optional<Staff>> tokenOwner(const QByteArray& tokenHash, qint64 now) = 0;
    virtual Result<void> revokeToken(const QByteArray& tokenHash) = 0;

    // Menu and tables
    virtual Result<QList<MenuEntry>> menu() = 0;
    // Replaces the menu: items missing from `entries` leave it.
    virtual Result<void> replaceMenu(const QList<MenuEntry>& entries) = 0;
    virtual Result<QList<Table>> tables() = 0;
    // Tables "1".."count", each with `seats` seats and an open order; tables beyond count
    // are hidden, their orders kept.
    virtual Result<void> setTables(int count, int seats, qint64 now) = 0;

    // Orders and events
    virtual Result<std::optional<OrderRecord>> order(qint64 id) = 0;
    // Stores `items` only if the order is open at `expectedVersion`, with `events` in the
    // same transaction (their version and seq are assigned here).
    virtual Result<WriteOutcome> writeItems(qint64 orderId, qint64 expectedVersion,
                                            const Lines& items, QList<Event> events,
                                            qint64 now) = 0;
    // Closes the order only if it is open at `expectedVersion`, opens the table's next order
    // and appends the close event.
    virtual Result<WriteOutcome> closeOrder(qint64 orderId, qint64 expectedVersion,
                                            const QString& author, qint64 now) = 0;
    virtual Result<void> appendEvent(Event event) = 0;
    // The order's events with a version above `afterVersion`, oldest first.
    virtual Result<QList<Event>> orderEvents(qint64 orderId, qint64 afterVersion) = 0;
    virtual Result<QList<Event>> events(qint64 since, int limit) = 0;

    // Group commit: while on, writes share one open transaction (each in a savepoint) until
    // commitGroup(), so one disk flush serves them all. Nothing read from an uncommitted write
    // may leave the process before commitGroup() succeeds. Stores without it commit every write.
    virtual void setGroupCommit(bool on) { (void)on; }
    virtual bool hasUncommittedWrites() const { return false; }
    // Commits the writes made since the last call; on failure every one of them is gone.
    virtual Result<void> commitGroup() { return {}; }
};
