#include "SqlOrderStore.h"

#include "SqlRows.h"

#include "model/Clock.h"
#include "model/JsonCodec.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

SqlOrderStore::SqlOrderStore(std::unique_ptr<SqlDialect> dialect, const Clock& clock)
    : m_session(std::move(dialect))
    , m_clock(clock)
    , m_log(m_session)
    , m_kitchen(m_session, m_log)
    , m_voids(m_session, m_log)
{}

QString SqlOrderStore::kind() const
{
    return m_session.dialect().kind();
}

Result<void> SqlOrderStore::open()
{
    return m_session.open(m_clock.nowMs());
}

void SqlOrderStore::close()
{
    m_session.close();
    m_log.dropHeldEvents();
    m_log.forgetDecoded();
    m_tokenOwners.clear();
    m_kitchen.forgetUnavailable();
}

Result<QString> SqlOrderStore::sessionSetting(const QString& name)
{
    // A setting's name cannot be a bound value, so only plain names are let through.
    const bool plain = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || c == u'_';
    });
    if (!plain)
        return ApiError{ErrorCode::InvalidSetting, u"Not a setting name: "_s + name, {}};
    Result<std::optional<QString>> value =
        m_session.readOne(m_session.dialect().settingQuery(name), {},
                          [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!value.ok())
        return value.error();
    return value.value().value_or(QString());
}

Result<int> SqlOrderStore::writeOne(const QString& sql, const QVariantList& values)
{
    // Staff, tokens and settings: a known token's owner may have changed.
    m_tokenOwners.clear();
    int changed = 0;
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> query = m_session.run(sql, values);
        if (!query.ok())
            return query.error();
        changed = query.value()->numRowsAffected();
        return true;
    });
    if (!done.ok())
        return done.error();
    return changed;
}

Result<bool> SqlOrderStore::hasVenue()
{
    Result<std::optional<bool>> exists = m_session.readOne(
        u"SELECT EXISTS (SELECT 1 FROM venue_tables) OR EXISTS (SELECT 1 FROM staff)"
        " OR EXISTS (SELECT 1 FROM menu_items)"_s,
        {}, [](const QSqlQuery& q) { return q.value(0).toBool(); });
    if (!exists.ok())
        return exists.error();
    return exists.value().value_or(false);
}

Result<std::optional<StaffRecord>> SqlOrderStore::staff(const QString& id)
{
    return m_session.readOne(u"SELECT id, name, role, pin_hash FROM staff WHERE id = ?"_s, {id},
                             &SqlRows::staffRecord);
}

Result<QList<Staff>> SqlOrderStore::staffList()
{
    return m_session.readAll(u"SELECT id, name, role FROM staff ORDER BY id "_s +
                                 m_session.dialect().byteOrder(),
                             {}, &SqlRows::staff);
}

Result<void> SqlOrderStore::addStaff(const StaffRecord& record)
{
    Result<int> added =
        writeOne(u"INSERT INTO staff (id, name, role, pin_hash) VALUES (?, ?, ?, ?)"_s,
                 {record.staff.id, record.staff.name, JsonCodec::roleName(record.staff.role),
                  record.pinHash});
    if (!added.ok())
        return added.error();
    return {};
}

Result<bool> SqlOrderStore::removeStaff(const QString& id)
{
    Result<int> removed = writeOne(u"DELETE FROM staff WHERE id = ?"_s, {id});
    if (!removed.ok())
        return removed.error();
    return removed.value() > 0;
}

Result<bool> SqlOrderStore::resetPin(const QString& id, const QString& pinHash)
{
    bool found = false;
    m_tokenOwners.clear();
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        Result<QSqlQuery*> updated =
            m_session.run(u"UPDATE staff SET pin_hash = ? WHERE id = ?"_s, {pinHash, id});
        if (!updated.ok())
            return updated.error();
        found = updated.value()->numRowsAffected() > 0;
        Result<QSqlQuery*> revoked =
            m_session.run(u"UPDATE tokens SET revoked = 1 WHERE staff_id = ?"_s, {id});
        if (!revoked.ok())
            return revoked.error();
        return true;
    });
    if (!done.ok())
        return done.error();
    return found;
}

Result<std::optional<QString>> SqlOrderStore::setting(const QString& name)
{
    return m_session.readOne(u"SELECT value FROM venue_settings WHERE name = ?"_s, {name},
                             [](const QSqlQuery& q) { return q.value(0).toString(); });
}

Result<void> SqlOrderStore::setSetting(const QString& name, const QString& value)
{
    Result<int> set = writeOne(u"INSERT INTO venue_settings (name, value) VALUES (?, ?)"
                               " ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                               {name, value});
    if (!set.ok())
        return set.error();
    return {};
}

Result<void> SqlOrderStore::putToken(const QByteArray& tokenHash, const QString& staffId,
                                     qint64 expiresAt)
{
    Result<int> put =
        writeOne(u"INSERT INTO tokens (token_hash, staff_id, expires_at) VALUES (?, ?, ?)"_s,
                 {tokenHash, staffId, expiresAt});
    if (!put.ok())
        return put.error();
    return {};
}

Result<std::optional<Staff>> SqlOrderStore::tokenOwner(const QByteArray& tokenHash, qint64 now)
{
    // Every request asks this: a token seen before is answered without a read while no other
    // process committed (which could have revoked it).
    const std::optional<quint64> othersCommits = m_session.othersCommits();
    if (othersCommits) {
        if (std::optional<Staff> known = m_tokenOwners.find(*othersCommits, tokenHash, now))
            return known;
    }
    struct Owner
    {
        Staff staff;
        qint64 expiresAt;
    };
    Result<std::optional<Owner>> read = m_session.readOne(
        u"SELECT s.id, s.name, s.role, t.expires_at FROM tokens t JOIN staff s ON s.id = t.staff_id"
        " WHERE t.token_hash = ? AND t.revoked = 0 AND t.expires_at > ?"_s,
        {tokenHash, now}, [](const QSqlQuery& q) {
            return Owner{SqlRows::staff(q), q.value(3).toLongLong()};
        });
    if (!read.ok())
        return read.error();
    if (!read.value())
        return std::optional<Staff>();
    // Read inside a write transaction, it may yet be undone.
    if (othersCommits && !m_session.inTransaction())
        m_tokenOwners.remember(*othersCommits, tokenHash, read.value()->staff,
                               read.value()->expiresAt);
    return std::optional<Staff>(read.value()->staff);
}

Result<void> SqlOrderStore::revokeToken(const QByteArray& tokenHash)
{
    Result<int> revoked =
        writeOne(u"UPDATE tokens SET revoked = 1 WHERE token_hash = ?"_s, {tokenHash});
    if (!revoked.ok())
        return revoked.error();
    return {};
}

Result<QList<MenuEntry>> SqlOrderStore::menu()
{
    return m_session.reading([this]() -> Result<QList<MenuEntry>> {
        const QString byteOrder = m_session.dialect().byteOrder();
        Result<QSqlQuery*> query = m_session.run(
            u"SELECT i.id, i.price_cents, x.lang, x.name, x.category, i.station, i.available"
            " FROM menu_items i"
            " JOIN menu_texts x ON x.item_id = i.id WHERE i.active = 1"
            " ORDER BY i.position, i.id %1, x.lang %1"_s.arg(byteOrder));
        if (!query.ok())
            return query.error();
        return SqlRows::menu(*query.value());
    });
}

Result<void> SqlOrderStore::replaceMenu(const QList<MenuEntry>& entries)
{
    m_kitchen.forgetUnavailable();
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        if (Result<QSqlQuery*> q = m_session.run(u"UPDATE menu_items SET active = 0"_s); !q.ok())
            return q.error();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const MenuEntry& entry = entries.at(i);
            Result<QSqlQuery*> item = m_session.run(
                u"INSERT INTO menu_items (id, price_cents, position, active, station, available)"
                " VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " price_cents = excluded.price_cents, position = excluded.position, active = 1,"
                " station = excluded.station, available = excluded.available"_s,
                {entry.id, entry.priceCents, qint64(i), SqlRows::text(entry.station),
                 entry.available ? 1 : 0});
            if (!item.ok())
                return item.error();
            if (Result<QSqlQuery*> q =
                    m_session.run(u"DELETE FROM menu_texts WHERE item_id = ?"_s, {entry.id});
                !q.ok())
                return q.error();
            for (auto it = entry.names.cbegin(); it != entry.names.cend(); ++it) {
                const QString category =
                    entry.categories.value(it.key(), entry.categories.value(u"en"_s));
                Result<QSqlQuery*> text = m_session.run(
                    u"INSERT INTO menu_texts (item_id, lang, name, category) VALUES (?, ?, ?, ?)"_s,
                    {entry.id, it.key(), it.value(), category});
                if (!text.ok())
                    return text.error();
            }
        }
        return true;
    });
    if (!done.ok())
        return done.error();
    return {};
}

Result<QList<Table>> SqlOrderStore::tables()
{
    return m_session.readAll(
        u"SELECT t.id, t.name, t.seats, o.id, o.version, o.item_count, o.updated_at"
        " FROM venue_tables t JOIN orders o ON o.id = t.order_id WHERE t.active = 1"
        " ORDER BY t.position"_s,
        {}, &SqlRows::table);
}

Result<void> SqlOrderStore::setTables(int count, int seats, qint64 now)
{
    Result<bool> done = m_session.transaction([&]() -> Result<bool> {
        for (int number = 1; number <= count; ++number) {
            const QString id = QString::number(number);
            Result<QSqlQuery*> table =
                m_session.run(u"INSERT INTO venue_tables (id, name, seats, position, active)"
                              " VALUES (?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET"
                              " seats = excluded.seats, position = excluded.position, active = 1"
                              " RETURNING order_id"_s,
                              {id, QString(u"Table "_s + id), seats, number});
            if (!table.ok())
                return table.error();
            const bool hasOrder = table.value()->next() && !table.value()->value(0).isNull();
            table.value()->finish();
            if (hasOrder)
                continue;
            if (Result<qint64> opened = m_log.openOrder(id, now); !opened.ok())
                return opened.error();
        }
        if (Result<QSqlQuery*> q =
                m_session.run(u"UPDATE venue_tables SET active = 0 WHERE position > ?"_s, {count});
            !q.ok())
            return q.error();
        return true;
    });
    // Seats may have changed under the kept rows.
    m_log.forgetDecoded();
    if (!done.ok())
        return done.error();
    return {};
}

void SqlOrderStore::setGroupCommit(bool on)
{
    m_session.setGroupCommit(on);
}

bool SqlOrderStore::hasUncommittedWrites() const
{
    // Events are held only inside a group, open or lost, so the session's answer covers them.
    Q_ASSERT(!m_log.holdsEvents() || m_session.hasUncommittedWrites());
    return m_session.hasUncommittedWrites();
}

Result<void> SqlOrderStore::commitGroup()
{
    Result<void> committed = m_log.writeHeldEvents();
    if (committed.ok())
        committed = m_session.commitGroup();
    else
        m_session.abandonGroup();
    if (!committed.ok()) {
        m_log.forgetDecoded();
        m_tokenOwners.clear();
        m_kitchen.forgetUnavailable();
    }
    return committed;
}

Result<std::optional<QString>> SqlOrderStore::deferFlushes(bool on)
{
    return m_session.deferFlushes(on);
}

Result<std::optional<OrderRecord>> SqlOrderStore::order(qint64 id)
{
    return m_log.order(id);
}

Result<WriteOutcome> SqlOrderStore::writeItems(qint64 orderId, qint64 expectedVersion,
                                               const Lines& items, QList<Event> events, qint64 now)
{
    return m_log.writeItems(orderId, expectedVersion, items, std::move(events), now);
}

Result<WriteOutcome> SqlOrderStore::closeOrder(qint64 orderId, qint64 expectedVersion,
                                               const QString& author, qint64 now)
{
    return m_log.closeOrder(orderId, expectedVersion, author, now);
}

Result<void> SqlOrderStore::appendEvent(Event event)
{
    return m_log.appendEvent(std::move(event));
}

Result<QList<Event>> SqlOrderStore::orderEvents(qint64 orderId, qint64 afterVersion, int newest)
{
    return m_log.orderEvents(orderId, afterVersion, newest);
}

Result<QList<Event>> SqlOrderStore::events(qint64 since, int limit)
{
    return m_log.events(since, limit);
}

Result<qint64> SqlOrderStore::latestSeq()
{
    return m_log.latestSeq();
}

Result<FireOutcome> SqlOrderStore::fire(const QList<OrderFire>& fires, const QString& author,
                                        qint64 now)
{
    return m_kitchen.fire(fires, author, now);
}

Result<Tickets> SqlOrderStore::tickets(const TicketQuery& query)
{
    return m_kitchen.tickets(query);
}

Result<std::optional<Ticket>> SqlOrderStore::ticket(qint64 id)
{
    return m_kitchen.ticket(id);
}

Result<std::optional<Ticket>> SqlOrderStore::bumpTicket(qint64 id, const QString& by, qint64 now)
{
    return m_kitchen.bumpTicket(id, by, now);
}

Result<bool> SqlOrderStore::setAvailable(const QString& menuItemId, bool available)
{
    return m_kitchen.setAvailable(menuItemId, available);
}

Result<QSet<QString>> SqlOrderStore::unavailableItems()
{
    return m_kitchen.unavailableItems();
}

Result<void> SqlOrderStore::putApproval(const QByteArray& approvalHash, const QString& staffId,
                                        qint64 expiresAt, qint64 now)
{
    return m_voids.putApproval(approvalHash, staffId, expiresAt, now);
}

Result<std::optional<QString>> SqlOrderStore::approvalOwner(const QByteArray& approvalHash,
                                                            qint64 now)
{
    return m_voids.approvalOwner(approvalHash, now);
}

Result<VoidOutcome> SqlOrderStore::writeVoids(const OrderVoid& write, const QString& author,
                                              qint64 now)
{
    return m_voids.writeVoids(write, author, now);
}
