#include "ManualClock.h"

#include "store/DemoVenue.h"
#include "store/SchemaMigrations.h"
#include "store/SqliteOrderStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// SqliteOrderStore on a real file: numbered migrations, the SQLite settings it promises, the
// conditional UPDATE that decides a guarded write, and the events written with it.
class TestSqliteOrderStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migrationsAreRecordedOnce();
    void settings_data();
    void settings();
    void guardedWriteAppliesAtTheExpectedVersion();
    void staleWriteChangesNothing();
    void closeOpensTheNextOrder();
    void seedingTwiceChangesNothing();
    void staffIdsAreUnique();
    void tokensExpireAndRevoke();
    void groupedWritesWaitForTheirCommit();
    void aRefusedWriteLeavesTheRestOfItsGroup();
    void anotherConnectionsWriteIsRead();

private:
    // One value read through a second connection, as another process would see the file.
    QVariant peek(const QString& sql);
    std::unique_ptr<SqliteOrderStore> openStore(const QString& synchronous = u"FULL"_s);
    Line line(const QString& id, const QString& menuItemId, int qty) const;

    QTemporaryDir m_directory;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<SqliteOrderStore> m_store;
};

void TestSqliteOrderStore::init()
{
    QVERIFY(m_directory.isValid());
    m_path = m_directory.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                  QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s);
    m_store = openStore();
    QVERIFY(m_store);
    const Result<void> seeded = DemoVenue::seed(*m_store, m_clock.nowMs());
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
}

void TestSqliteOrderStore::cleanup()
{
    m_store.reset();
}

std::unique_ptr<SqliteOrderStore> TestSqliteOrderStore::openStore(const QString& synchronous)
{
    auto store = std::make_unique<SqliteOrderStore>(m_path, synchronous, m_clock);
    const Result<void> opened = store->open();
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return store;
}

QVariant TestSqliteOrderStore::peek(const QString& sql)
{
    QVariant value;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        database.setDatabaseName(m_path);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

Line TestSqliteOrderStore::line(const QString& id, const QString& menuItemId, int qty) const
{
    Line result;
    result.lineId = id;
    result.menuItemId = menuItemId;
    result.qty = qty;
    result.addedBy = u"ayse"_s;
    result.addedAt = m_clock.nowMs();
    return result;
}

void TestSqliteOrderStore::migrationsAreRecordedOnce()
{
    const int latest = SchemaMigrations::latest();
    QCOMPARE(peek(u"SELECT COUNT(*) FROM schema_migrations"_s).toInt(), latest);
    QCOMPARE(peek(u"SELECT MAX(version) FROM schema_migrations"_s).toInt(), latest);
    m_store.reset();
    m_store = openStore();
    QVERIFY(m_store);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM schema_migrations"_s).toInt(), latest);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM venue_tables"_s).toInt(), DemoVenue::tableCount);
}

void TestSqliteOrderStore::settings_data()
{
    QTest::addColumn<QString>("synchronous");
    QTest::addColumn<int>("level");
    QTest::newRow("FULL") << u"FULL"_s << 2;
    QTest::newRow("NORMAL") << u"normal"_s << 1;
}

void TestSqliteOrderStore::settings()
{
    QFETCH(QString, synchronous);
    QFETCH(int, level);
    m_store.reset();
    m_store = openStore(synchronous);
    QVERIFY(m_store);
    QCOMPARE(peek(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    // synchronous, busy_timeout and foreign_keys belong to the store's own connection.
    QCOMPARE(m_store->pragma(u"synchronous"_s).value(), QString::number(level));
    QCOMPARE(m_store->pragma(u"foreign_keys"_s).value(), u"1"_s);
    QVERIFY(m_store->pragma(u"busy_timeout"_s).value().toInt() > 0);
    QVERIFY(!m_store->pragma(u"synchronous; DROP TABLE staff"_s).ok());
    QVERIFY(!openStore(u"OFF"_s));
}

void TestSqliteOrderStore::guardedWriteAppliesAtTheExpectedVersion()
{
    const QString id = u"11111111-1111-4111-8111-111111111111"_s;
    Event add;
    add.orderId = 1;
    add.tableId = u"1"_s;
    add.kind = Event::Kind::Add;
    add.lineId = id;
    add.menuItemId = u"soup-lentil"_s;
    add.qty = 2;
    add.note = QString();
    add.author = u"ayse"_s;
    m_clock.advance(1000);
    const Result<WriteOutcome> written =
        m_store->writeItems(1, 1, {line(id, u"soup-lentil"_s, 2)}, {add}, m_clock.nowMs());
    QVERIFY(written.ok());
    QVERIFY(written->applied);
    QCOMPARE(written->order.version, 2);
    QCOMPARE(written->order.updatedAt, m_clock.nowMs());
    QCOMPARE(written->order.items.size(), 1);

    const Result<QList<Event>> events = m_store->orderEvents(1, 0);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().version, 2);
    QCOMPARE(events->first().at, m_clock.nowMs());
    QVERIFY(events->first().seq > 0);
    QCOMPARE(peek(u"SELECT item_count FROM orders WHERE id = 1"_s).toInt(), 1);
}

void TestSqliteOrderStore::staleWriteChangesNothing()
{
    const QString first = u"11111111-1111-4111-8111-111111111111"_s;
    QVERIFY(m_store->writeItems(2, 1, {line(first, u"soup-lentil"_s, 1)}, {}, 5).value().applied);
    const Result<WriteOutcome> stale = m_store->writeItems(
        2, 1, {line(u"22222222-2222-4222-8222-222222222222"_s, u"soup-lentil"_s, 3)}, {}, 6);
    QVERIFY(stale.ok());
    QVERIFY(!stale->applied);
    QCOMPARE(stale->order.version, 2);
    QCOMPARE(stale->order.items.size(), 1);
    QCOMPARE(stale->order.items.first().lineId, first);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM events WHERE order_id = 2"_s).toInt(), 0);
}

void TestSqliteOrderStore::closeOpensTheNextOrder()
{
    const Result<WriteOutcome> closed = m_store->closeOrder(3, 1, u"selin"_s, 7);
    QVERIFY(closed.ok());
    QVERIFY(closed->applied);
    QCOMPARE(closed->order.status, Order::Status::Closed);
    QCOMPARE(closed->order.version, 2);
    QVERIFY(closed->nextOrderId > DemoVenue::tableCount);
    const Result<QList<Table>> tables = m_store->tables();
    QVERIFY(tables.ok());
    QCOMPARE(tables->at(2).orderId, closed->nextOrderId);
    QCOMPARE(tables->at(2).version, 1);

    QVERIFY(!m_store->closeOrder(3, 2, u"selin"_s, 8).value().applied);
    QVERIFY(!m_store->writeItems(3, 2, {}, {}, 8).value().applied);
    const Result<QList<Event>> events = m_store->orderEvents(3, 0);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().kind, Event::Kind::Close);
}

void TestSqliteOrderStore::seedingTwiceChangesNothing()
{
    const QVariant orders = peek(u"SELECT COUNT(*) FROM orders"_s);
    const QVariant hashes = peek(u"SELECT group_concat(pin_hash) FROM staff"_s);
    QVERIFY(DemoVenue::seed(*m_store, m_clock.nowMs()).ok());
    QCOMPARE(peek(u"SELECT COUNT(*) FROM orders"_s), orders);
    QCOMPARE(peek(u"SELECT group_concat(pin_hash) FROM staff"_s), hashes);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM staff"_s).toInt(), 5);
    QVERIFY(!hashes.toString().contains(u"1111"_s));
}

void TestSqliteOrderStore::staffIdsAreUnique()
{
    const Result<void> again =
        m_store->addStaff(StaffRecord{Staff{u"ayse"_s, u"Other"_s, Staff::Role::Manager}, u"x"_s});
    QVERIFY(!again.ok());
    const Result<std::optional<StaffRecord>> ayse = m_store->staff(u"ayse"_s);
    QCOMPARE(ayse.value()->staff.name, u"Ayşe"_s);
}

void TestSqliteOrderStore::tokensExpireAndRevoke()
{
    const QByteArray hash(32, 'h');
    QVERIFY(m_store->putToken(hash, u"elif"_s, 1000).ok());
    QCOMPARE(m_store->tokenOwner(hash, 999).value()->id, u"elif"_s);
    QVERIFY(!m_store->tokenOwner(hash, 1000).value());
    QVERIFY(m_store->revokeToken(hash).ok());
    QVERIFY(!m_store->tokenOwner(hash, 500).value());
    // Removing a member ends their tokens too.
    const QByteArray other(32, 'o');
    QVERIFY(m_store->putToken(other, u"can"_s, 1000).ok());
    QVERIFY(m_store->removeStaff(u"can"_s).value());
    QVERIFY(!m_store->tokenOwner(other, 500).value());
}

void TestSqliteOrderStore::groupedWritesWaitForTheirCommit()
{
    m_store->setGroupCommit(true);
    QVERIFY(!m_store->hasUncommittedWrites());
    const QString first = u"11111111-1111-4111-8111-111111111111"_s;
    const QString second = u"22222222-2222-4222-8222-222222222222"_s;
    QVERIFY(m_store->writeItems(1, 1, {line(first, u"soup-lentil"_s, 1)}, {}, 5).value().applied);
    QVERIFY(m_store->writeItems(2, 1, {line(second, u"soup-lentil"_s, 2)}, {}, 5).value().applied);
    QVERIFY(m_store->hasUncommittedWrites());
    // The store's own reads see the group; another process sees none of it yet.
    QCOMPARE(m_store->order(1).value()->order.version, 2);
    QCOMPARE(peek(u"SELECT SUM(version) FROM orders WHERE id IN (1, 2)"_s).toInt(), 2);

    QVERIFY(m_store->commitGroup().ok());
    QVERIFY(!m_store->hasUncommittedWrites());
    QCOMPARE(peek(u"SELECT SUM(version) FROM orders WHERE id IN (1, 2)"_s).toInt(), 4);
    QCOMPARE(peek(u"SELECT SUM(item_count) FROM orders WHERE id IN (1, 2)"_s).toInt(), 2);

    // With grouping off again, a write commits on its own.
    m_store->setGroupCommit(false);
    QVERIFY(m_store->writeItems(1, 2, {}, {}, 6).value().applied);
    QVERIFY(!m_store->hasUncommittedWrites());
    QCOMPARE(peek(u"SELECT version FROM orders WHERE id = 1"_s).toInt(), 3);
}

void TestSqliteOrderStore::aRefusedWriteLeavesTheRestOfItsGroup()
{
    m_store->setGroupCommit(true);
    const QString first = u"11111111-1111-4111-8111-111111111111"_s;
    QVERIFY(m_store->writeItems(1, 1, {line(first, u"soup-lentil"_s, 1)}, {}, 5).value().applied);
    const Result<WriteOutcome> stale = m_store->writeItems(
        1, 1, {line(u"22222222-2222-4222-8222-222222222222"_s, u"soup-lentil"_s, 3)}, {}, 6);
    QVERIFY(stale.ok());
    QVERIFY(!stale->applied);
    QCOMPARE(stale->order.version, 2);
    Event conflict;
    conflict.orderId = 1;
    conflict.tableId = u"1"_s;
    conflict.version = 2;
    conflict.kind = Event::Kind::Conflict;
    conflict.expectedVersion = 1;
    conflict.author = u"mehmet"_s;
    conflict.at = 6;
    QVERIFY(m_store->appendEvent(conflict).ok());
    // A statement that fails inside the group is undone alone.
    QVERIFY(!m_store->writeItems(999999, 1, {}, {}, 6).ok());
    QVERIFY(m_store->commitGroup().ok());

    QCOMPARE(peek(u"SELECT version FROM orders WHERE id = 1"_s).toInt(), 2);
    QCOMPARE(peek(u"SELECT items FROM orders WHERE id = 1"_s).toString().count(first), 1);
    QCOMPARE(
        peek(u"SELECT COUNT(*) FROM events WHERE order_id = 1 AND kind = 'conflict'"_s).toInt(), 1);
}

void TestSqliteOrderStore::anotherConnectionsWriteIsRead()
{
    // The store keeps decoded lists by version; a write by another process must still show.
    QCOMPARE(m_store->order(4).value()->order.items.size(), 0);
    std::unique_ptr<SqliteOrderStore> other = openStore();
    QVERIFY(other);
    const QString id = u"33333333-3333-4333-8333-333333333333"_s;
    QVERIFY(other->writeItems(4, 1, {line(id, u"soup-lentil"_s, 4)}, {}, 9).value().applied);
    const Order seen = m_store->order(4).value()->order;
    QCOMPARE(seen.version, 2);
    QCOMPARE(seen.items.size(), 1);
    QCOMPARE(seen.items.first().lineId, id);
    QCOMPARE(seen.items.first().qty, 4);
}

QTEST_GUILESS_MAIN(TestSqliteOrderStore)
#include "tst_sqliteorderstore.moc"
