#include "ManualClock.h"
#include "PostgresTestServer.h"
#include "SeededSqliteStore.h"

#include "model/OrderJsonWriter.h"
#include "store/DemoVenue.h"
#include "store/PostgresUrl.h"
#include "store/SchemaMigrations.h"
#include "store/SqlOrderStore.h"
#include "store/SqlRows.h"
#include "store/StoreFactory.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <limits>

using namespace Qt::Literals::StringLiterals;

// Every event of an order, as the history route reads them.
constexpr int everyEvent = std::numeric_limits<int>::max();

// The store contract, the same on SQLite and (with TABLESYNC_TEST_DATABASE) on PostgreSQL:
// numbered migrations from every earlier schema, the conditional UPDATE that decides a guarded
// write and the events written with it, staff, tokens, settings, menu and tables, and a
// database the current release wrote.
class TestSqlOrderStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migrationsAreRecordedOnce();
    void sessionSettings_data();
    void sessionSettings();
    void deferredFlushesNameTheLog_data();
    void deferredFlushesNameTheLog();
    void guardedWriteAppliesAtTheExpectedVersion();
    void staleWriteChangesNothing();
    void eventsPageWithSince_data();
    void eventsPageWithSince();
    void closeOpensTheNextOrder();
    void seedingTwiceChangesNothing();
    void staffIdsAreUnique();
    void staffAreAddedAndRemoved();
    void staffSortInByteOrder();
    void tokensExpireAndRevoke_data();
    void tokensExpireAndRevoke();
    void resettingAPinRevokesTokens();
    void anotherProcessRevokingATokenEndsIt_data();
    void anotherProcessRevokingATokenEndsIt();
    void settingsAreKept_data();
    void settingsAreKept();
    void menuIsReplaced();
    void fireAppliesAtTheExpectedVersion();
    void staleFireChangesNothing();
    void fireOfManyOrdersIsAllOrNothing();
    void ticketsPageByStationAndOpen();
    void bumpHappensOnce();
    void soldOutItems();
    void kitchenStaffAreStored();
    void approvalsExpireAndBelongToManagers_data();
    void approvalsExpireAndBelongToManagers();
    void expiredApprovalsAreDropped();
    void voidWriteUsesItsApprovalOnce();
    void staleVoidKeepsItsApproval();
    void setTablesHidesTheRest_data();
    void setTablesHidesTheRest();
    void groupedWritesWaitForTheirCommit();
    void aRefusedWriteLeavesTheRestOfItsGroup();
    void aHeldConflictGoesInBeforeItsOrdersNextWrite();
    void anotherConnectionsWriteIsRead();
    void conflictEventsMatchTheLog();
    void readKeepsTheBytesItWrote();
    void migratesFromEveryEarlierSchema_data();
    void migratesFromEveryEarlierSchema();
    void opensADatabaseOfTheCurrentRelease();

private:
    bool onPostgres() const { return !PostgresTestServer::url().isEmpty(); }
    // A fresh, empty database for the current test; its --db value.
    QString freshDatabase();
    std::unique_ptr<SqlOrderStore> openStore(const QString& synchronous = u"FULL"_s);
    // A second connection to the test's database, as another process would have.
    void onSecondConnection(const std::function<void(QSqlDatabase&)>& use);
    // Runs one statement through a second connection.
    bool execute(const QString& sql, const QVariantList& values = {});
    // One value read through a second connection.
    QVariant peek(const QString& sql);
    Line line(const QString& id, const QString& menuItemId, int qty) const;
    Event addEvent(qint64 orderId, const QString& lineId) const;
    // The conflict event of mehmet's stale write to order 1 at `version`, based on version 1.
    Event conflictEvent(qint64 version, qint64 at) const;
    // A fire of every line of `order` on one `station` ticket of course 1.
    OrderFire fireAll(const Order& order, const QString& station) const;
    // A void of every line of a fired `order` on one hot ticket, approved by `approval`.
    OrderVoid voidAll(const Order& order, const QByteArray& approval) const;

    QTemporaryDir m_directory;
    QString m_spec;
    QString m_postgresDatabase;
    ManualClock m_clock;
    std::unique_ptr<SqlOrderStore> m_store;
};

QString TestSqlOrderStore::freshDatabase()
{
    if (onPostgres()) {
        Result<QString> created = PostgresTestServer::createDatabase();
        if (!created.ok()) {
            qWarning("%s", qPrintable(created.error().message));
            return {};
        }
        m_postgresDatabase = created.value();
        return PostgresTestServer::urlOf(m_postgresDatabase);
    }
    return testDatabasePath(m_directory);
}

void TestSqlOrderStore::init()
{
    QVERIFY(m_directory.isValid());
    m_spec = freshDatabase();
    QVERIFY(!m_spec.isEmpty());
    const QByteArray function = QTest::currentTestFunction();
    // These build their database before the store first opens it.
    if (function == "migratesFromEveryEarlierSchema" ||
        function == "opensADatabaseOfTheCurrentRelease")
        return;
    m_store = openStore();
    QVERIFY(m_store);
    const Result<void> seeded = DemoVenue::seed(*m_store, m_clock.nowMs());
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
}

void TestSqlOrderStore::cleanup()
{
    m_store.reset();
    if (!m_postgresDatabase.isEmpty())
        (void)PostgresTestServer::dropDatabase(std::exchange(m_postgresDatabase, {}));
}

std::unique_ptr<SqlOrderStore> TestSqlOrderStore::openStore(const QString& synchronous)
{
    StoreOptions options;
    options.synchronous = synchronous;
    options.password = qEnvironmentVariable("PGPASSWORD");
    Result<OpenedStore> opened = StoreFactory::open(m_spec, options, m_clock);
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::unique_ptr<SqlOrderStore>(
        static_cast<SqlOrderStore*>(std::move(opened).value().store.release()));
}

void TestSqlOrderStore::onSecondConnection(const std::function<void(QSqlDatabase&)>& use)
{
    {
        QSqlDatabase database;
        if (onPostgres()) {
            const PostgresUrl url = PostgresUrl::parse(m_spec).value();
            database = QSqlDatabase::addDatabase(u"QPSQL"_s, u"peek"_s);
            database.setHostName(url.host);
            database.setPort(url.port);
            database.setUserName(url.user);
            database.setPassword(qEnvironmentVariable("PGPASSWORD"));
            database.setDatabaseName(url.databaseName);
        } else {
            database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            database.setDatabaseName(m_spec);
        }
        if (database.open())
            use(database);
        else
            qWarning("%s", qPrintable(database.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
}

bool TestSqlOrderStore::execute(const QString& sql, const QVariantList& values)
{
    bool done = false;
    onSecondConnection([&](QSqlDatabase& database) {
        QSqlQuery query(database);
        // PostgreSQL cannot PREPARE a CREATE TABLE: statements without values run directly.
        if (values.isEmpty()) {
            done = query.exec(sql);
        } else {
            query.prepare(sql);
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bindValue(int(i), values.at(i));
            done = query.exec();
        }
        if (!done)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    });
    return done;
}

QVariant TestSqlOrderStore::peek(const QString& sql)
{
    QVariant value;
    onSecondConnection([&](QSqlDatabase& database) {
        QSqlQuery query(database);
        if (query.exec(sql) && query.next())
            value = query.value(0);
    });
    return value;
}

Line TestSqlOrderStore::line(const QString& id, const QString& menuItemId, int qty) const
{
    Line result;
    result.lineId = id;
    result.menuItemId = menuItemId;
    result.qty = qty;
    result.addedBy = u"ayse"_s;
    result.addedAt = m_clock.nowMs();
    return result;
}

Event TestSqlOrderStore::addEvent(qint64 orderId, const QString& lineId) const
{
    Event add;
    add.orderId = orderId;
    add.tableId = QString::number(orderId);
    add.kind = Event::Kind::Add;
    add.lineId = lineId;
    add.menuItemId = u"soup-lentil"_s;
    add.qty = 2;
    add.note = QString();
    add.author = u"ayse"_s;
    return add;
}

Event TestSqlOrderStore::conflictEvent(qint64 version, qint64 at) const
{
    Event conflict;
    conflict.orderId = 1;
    conflict.tableId = u"1"_s;
    conflict.version = version;
    conflict.kind = Event::Kind::Conflict;
    conflict.expectedVersion = 1;
    conflict.author = u"mehmet"_s;
    conflict.at = at;
    return conflict;
}

void TestSqlOrderStore::migrationsAreRecordedOnce()
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

void TestSqlOrderStore::sessionSettings_data()
{
    QTest::addColumn<QString>("synchronous");
    QTest::addColumn<int>("level");
    QTest::newRow("FULL") << u"FULL"_s << 2;
    QTest::newRow("NORMAL") << u"normal"_s << 1;
}

void TestSqlOrderStore::sessionSettings()
{
    QFETCH(QString, synchronous);
    QFETCH(int, level);
    QVERIFY(!m_store->sessionSetting(u"synchronous; DROP TABLE staff"_s).ok());
    if (onPostgres()) {
        QCOMPARE(m_store->kind(), u"postgresql"_s);
        QCOMPARE(m_store->sessionSetting(u"client_min_messages"_s).value(), u"warning"_s);
        return;
    }
    QCOMPARE(m_store->kind(), u"sqlite"_s);
    m_store.reset();
    m_store = openStore(synchronous);
    QVERIFY(m_store);
    QCOMPARE(peek(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    // synchronous, busy_timeout and foreign_keys belong to the store's own connection.
    QCOMPARE(m_store->sessionSetting(u"synchronous"_s).value(), QString::number(level));
    QCOMPARE(m_store->sessionSetting(u"foreign_keys"_s).value(), u"1"_s);
    QVERIFY(m_store->sessionSetting(u"busy_timeout"_s).value().toInt() > 0);
    // What keeps a write off the disk's and the kernel's slow paths under load: savepoint
    // journals in memory, the hot pages cached, checkpoints every 4,000 pages of log.
    QCOMPARE(m_store->sessionSetting(u"temp_store"_s).value(), u"2"_s);
    QCOMPARE(m_store->sessionSetting(u"cache_size"_s).value(), u"-8192"_s);
    QCOMPARE(m_store->sessionSetting(u"wal_autocheckpoint"_s).value(), u"4000"_s);
    QVERIFY(!openStore(u"OFF"_s));
}

void TestSqlOrderStore::deferredFlushesNameTheLog_data()
{
    QTest::addColumn<QString>("synchronous");
    QTest::addColumn<bool>("defers");
    QTest::addColumn<int>("levelWhileDeferred");
    QTest::addColumn<int>("levelAfter");
    QTest::newRow("FULL: NORMAL and the caller flushes the WAL") << u"FULL"_s << true << 1 << 2;
    QTest::newRow("NORMAL: nothing to flush") << u"NORMAL"_s << false << 1 << 1;
    QTest::newRow("EXTRA: SQLite keeps flushing") << u"EXTRA"_s << false << 3 << 3;
}

void TestSqlOrderStore::deferredFlushesNameTheLog()
{
    QFETCH(QString, synchronous);
    QFETCH(bool, defers);
    QFETCH(int, levelWhileDeferred);
    QFETCH(int, levelAfter);
    if (onPostgres()) {
        // PostgreSQL's COMMIT always waits for its WAL; nothing is left to the caller.
        const Result<std::optional<QString>> file = m_store->deferFlushes(true);
        QVERIFY(file.ok());
        QVERIFY(!file.value());
        return;
    }
    m_store.reset();
    m_store = openStore(synchronous);
    QVERIFY(m_store);
    m_store->setGroupCommit(true);
    const Result<std::optional<QString>> file = m_store->deferFlushes(true);
    QVERIFY(file.ok());
    QCOMPARE(file.value().has_value(), defers);
    if (defers) {
        // Absolute, so that the server's working directory does not matter.
        QVERIFY(QFileInfo(*file.value()).isAbsolute());
        QCOMPARE(QFileInfo(*file.value()).fileName(), QFileInfo(m_spec).fileName() + u"-wal"_s);
    }
    QCOMPARE(m_store->sessionSetting(u"synchronous"_s).value(),
             QString::number(levelWhileDeferred));
    QVERIFY(m_store
                ->writeItems(1, 1,
                             {line(u"11111111-1111-4111-8111-111111111111"_s, u"soup-lentil"_s, 1)},
                             {}, 5)
                .value()
                .applied);
    QVERIFY(m_store->commitGroup().ok());
    if (defers)
        QVERIFY(QFileInfo(*file.value()).size() > 0); // the commit is in the file to flush

    QVERIFY(m_store->deferFlushes(false).ok());
    m_store->setGroupCommit(false);
    QCOMPARE(m_store->sessionSetting(u"synchronous"_s).value(), QString::number(levelAfter));
}

void TestSqlOrderStore::guardedWriteAppliesAtTheExpectedVersion()
{
    const QString id = u"11111111-1111-4111-8111-111111111111"_s;
    m_clock.advance(1000);
    const Result<WriteOutcome> written = m_store->writeItems(1, 1, {line(id, u"soup-lentil"_s, 2)},
                                                             {addEvent(1, id)}, m_clock.nowMs());
    QVERIFY(written.ok());
    QVERIFY(written->applied);
    QCOMPARE(written->order.version, 2);
    QCOMPARE(written->order.tableId, u"1"_s);
    QCOMPARE(written->order.updatedAt, m_clock.nowMs());
    QCOMPARE(written->order.items.size(), 1);

    const Result<QList<Event>> events = m_store->orderEvents(1, 0, everyEvent);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().version, 2);
    QCOMPARE(events->first().at, m_clock.nowMs());
    QCOMPARE(events->first().note, std::optional<QString>(QString()));
    QVERIFY(events->first().seq > 0);
    QCOMPARE(peek(u"SELECT item_count FROM orders WHERE id = 1"_s).toInt(), 1);
    const Order stored = m_store->order(1).value()->order;
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.items.first().lineId, id);
}

void TestSqlOrderStore::staleWriteChangesNothing()
{
    const QString first = u"11111111-1111-4111-8111-111111111111"_s;
    QVERIFY(m_store->writeItems(2, 1, {line(first, u"soup-lentil"_s, 1)}, {}, 5).value().applied);
    const QString second = u"22222222-2222-4222-8222-222222222222"_s;
    const Result<WriteOutcome> stale =
        m_store->writeItems(2, 1, {line(second, u"soup-lentil"_s, 3)}, {addEvent(2, second)}, 6);
    QVERIFY(stale.ok());
    QVERIFY(!stale->applied);
    QCOMPARE(stale->order.version, 2);
    QCOMPARE(stale->order.items.size(), 1);
    QCOMPARE(stale->order.items.first().lineId, first);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM events WHERE order_id = 2"_s).toInt(), 0);
    QCOMPARE(peek(u"SELECT updated_at FROM orders WHERE id = 2"_s).toLongLong(), 5);
    QVERIFY(!peek(u"SELECT items FROM orders WHERE id = 2"_s).toString().contains(second));
    const Result<WriteOutcome> missing = m_store->writeItems(999999, 1, {}, {}, 6);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestSqlOrderStore::eventsPageWithSince_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("two at a time") << 2;
    QTest::newRow("all at once") << 100;
}

void TestSqlOrderStore::eventsPageWithSince()
{
    QFETCH(int, limit);
    QCOMPARE(m_store->latestSeq().value(), 0);
    for (qint64 order = 1; order <= 3; ++order) {
        const QString id = u"1111111%1-1111-4111-8111-111111111111"_s.arg(order);
        QVERIFY(m_store
                    ->writeItems(order, 1, {line(id, u"soup-lentil"_s, 2)}, {addEvent(order, id)},
                                 10 + order)
                    .value()
                    .applied);
    }
    QVERIFY(m_store->closeOrder(2, 2, u"selin"_s, 20).value().applied);
    QList<Event> all;
    qint64 since = 0;
    for (int page = 0; page < 10; ++page) {
        const Result<QList<Event>> events = m_store->events(since, limit);
        QVERIFY(events.ok());
        QVERIFY(events->size() <= limit);
        if (events->isEmpty())
            break;
        all.append(events.value());
        since = events->last().seq;
    }
    QCOMPARE(all.size(), 4);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i).seq > all.at(i - 1).seq);
    QCOMPARE(all.at(0).orderId, 1);
    QCOMPARE(all.last().kind, Event::Kind::Close);
    QVERIFY(m_store->events(since, limit).value().isEmpty());
    QCOMPARE(m_store->latestSeq().value(), all.last().seq);
    QCOMPARE(m_store->orderEvents(2, 1, everyEvent).value().size(), 2);
    QCOMPARE(m_store->orderEvents(2, 2, everyEvent).value().size(), 1);
    // A bounded read keeps the newest, oldest first (the answer to a very stale writer).
    const QList<Event> newest = m_store->orderEvents(2, 1, limit).value();
    QCOMPARE(newest.size(), std::min(limit, 2));
    QCOMPARE(newest.last().kind, Event::Kind::Close);
    QVERIFY(newest.size() == 1 || newest.first().seq < newest.last().seq);
}

void TestSqlOrderStore::closeOpensTheNextOrder()
{
    const QString id = u"11111111-1111-4111-8111-111111111111"_s;
    QVERIFY(m_store->writeItems(3, 1, {line(id, u"soup-lentil"_s, 2)}, {}, 6).value().applied);
    const Result<WriteOutcome> closed = m_store->closeOrder(3, 2, u"selin"_s, 7);
    QVERIFY(closed.ok());
    QVERIFY(closed->applied);
    QCOMPARE(closed->order.status, Order::Status::Closed);
    QCOMPARE(closed->order.version, 3);
    QCOMPARE(closed->order.tableId, u"3"_s);
    QCOMPARE(closed->order.updatedAt, 7);
    QCOMPARE(closed->order.items.size(), 1);
    QVERIFY(closed->nextOrderId > DemoVenue::tableCount);
    QCOMPARE(m_store->order(3).value()->order, closed->order);
    const Result<QList<Table>> tables = m_store->tables();
    QVERIFY(tables.ok());
    QCOMPARE(tables->at(2).orderId, closed->nextOrderId);
    QCOMPARE(tables->at(2).version, 1);
    QCOMPARE(m_store->order(closed->nextOrderId).value()->order.status, Order::Status::Open);

    const Result<WriteOutcome> again = m_store->closeOrder(3, 3, u"selin"_s, 8);
    QVERIFY(!again.value().applied);
    QCOMPARE(again->nextOrderId, 0);
    QCOMPARE(again->order.status, Order::Status::Closed);
    QVERIFY(!m_store->writeItems(3, 3, {}, {}, 8).value().applied);
    QVERIFY(!m_store->closeOrder(999999, 1, u"selin"_s, 8).ok());
    const Result<QList<Event>> events = m_store->orderEvents(3, 0, everyEvent);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().kind, Event::Kind::Close);
    QCOMPARE(events->first().author, u"selin"_s);
}

void TestSqlOrderStore::seedingTwiceChangesNothing()
{
    const QVariant orders = peek(u"SELECT COUNT(*) FROM orders"_s);
    const QVariant hashes = peek(u"SELECT MIN(pin_hash) || MAX(pin_hash) FROM staff"_s);
    QVERIFY(m_store->hasVenue().value());
    QVERIFY(DemoVenue::seed(*m_store, m_clock.nowMs()).ok());
    QCOMPARE(peek(u"SELECT COUNT(*) FROM orders"_s), orders);
    QCOMPARE(peek(u"SELECT MIN(pin_hash) || MAX(pin_hash) FROM staff"_s), hashes);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM staff"_s).toInt(), 6);
    QVERIFY(!hashes.toString().contains(u"1111"_s));
}

void TestSqlOrderStore::staffIdsAreUnique()
{
    const Result<void> again =
        m_store->addStaff(StaffRecord{Staff{u"ayse"_s, u"Other"_s, Staff::Role::Manager}, u"x"_s});
    QVERIFY(!again.ok());
    const Result<std::optional<StaffRecord>> ayse = m_store->staff(u"ayse"_s);
    QCOMPARE(ayse.value()->staff.name, u"Ayşe"_s);
    QCOMPARE(ayse.value()->staff.role, Staff::Role::Waiter);
}

void TestSqlOrderStore::staffAreAddedAndRemoved()
{
    const StaffRecord deniz{Staff{u"deniz"_s, u"Deniz"_s, Staff::Role::Manager}, u"hash"_s};
    QVERIFY(m_store->addStaff(deniz).ok());
    const std::optional<StaffRecord> stored = m_store->staff(u"deniz"_s).value();
    QVERIFY(stored);
    QCOMPARE(stored->staff.role, Staff::Role::Manager);
    QCOMPARE(stored->pinHash, u"hash"_s);
    QCOMPARE(m_store->staffList().value().size(), 7);
    QVERIFY(m_store->removeStaff(u"deniz"_s).value());
    QVERIFY(!m_store->removeStaff(u"deniz"_s).value());
    QVERIFY(!m_store->staff(u"deniz"_s).value());
    QCOMPARE(m_store->staffList().value().size(), 6);
}

void TestSqlOrderStore::staffSortInByteOrder()
{
    for (const QString& id : {u"zed"_s, u"\u00e7a"_s, u"Bora"_s, u"a-1"_s})
        QVERIFY(m_store->addStaff(StaffRecord{Staff{id, id, Staff::Role::Waiter}, u"x"_s}).ok());
    const Result<QList<Staff>> list = m_store->staffList();
    QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().message));
    QStringList ids;
    for (const Staff& staff : list.value())
        ids.append(staff.id);
    // Upper case before lower, letters beyond ASCII last: UTF-8 byte order on every database.
    QCOMPARE(ids, (QStringList{u"Bora"_s, u"a-1"_s, u"ayse"_s, u"can"_s, u"chef"_s, u"elif"_s,
                               u"mehmet"_s, u"selin"_s, u"zed"_s, u"\u00e7a"_s}));
}

void TestSqlOrderStore::tokensExpireAndRevoke_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<bool>("valid");
    QTest::newRow("before expiry") << qint64(999) << true;
    QTest::newRow("at expiry") << qint64(1000) << false;
    QTest::newRow("after expiry") << qint64(5000) << false;
}

void TestSqlOrderStore::tokensExpireAndRevoke()
{
    QFETCH(qint64, at);
    QFETCH(bool, valid);
    const QByteArray hash(32, '\xfe');
    QVERIFY(m_store->putToken(hash, u"elif"_s, 1000).ok());
    const std::optional<Staff> owner = m_store->tokenOwner(hash, at).value();
    QCOMPARE(owner.has_value(), valid);
    if (valid)
        QCOMPARE(owner->id, u"elif"_s);
    QVERIFY(!m_store->tokenOwner(QByteArray(32, 'x'), 1).value());
    QVERIFY(m_store->revokeToken(hash).ok());
    QVERIFY(!m_store->tokenOwner(hash, 500).value());
    // Removing a member ends their tokens too.
    const QByteArray other(32, 'o');
    QVERIFY(m_store->putToken(other, u"can"_s, 1000).ok());
    QVERIFY(m_store->removeStaff(u"can"_s).value());
    QVERIFY(!m_store->tokenOwner(other, 500).value());
}

void TestSqlOrderStore::resettingAPinRevokesTokens()
{
    const QByteArray first(32, '1');
    const QByteArray second(32, '2');
    const QByteArray others(32, '3');
    QVERIFY(m_store->putToken(first, u"mehmet"_s, 1000).ok());
    QVERIFY(m_store->putToken(second, u"mehmet"_s, 1000).ok());
    QVERIFY(m_store->putToken(others, u"elif"_s, 1000).ok());
    QVERIFY(m_store->resetPin(u"mehmet"_s, u"new-hash"_s).value());
    QCOMPARE(m_store->staff(u"mehmet"_s).value()->pinHash, u"new-hash"_s);
    QVERIFY(!m_store->tokenOwner(first, 500).value());
    QVERIFY(!m_store->tokenOwner(second, 500).value());
    QCOMPARE(m_store->tokenOwner(others, 500).value()->id, u"elif"_s);
    QVERIFY(!m_store->resetPin(u"nobody"_s, u"x"_s).value());
}

void TestSqlOrderStore::anotherProcessRevokingATokenEndsIt_data()
{
    QTest::addColumn<bool>("grouped");
    QTest::newRow("between writes") << false;
    QTest::newRow("inside an open group") << true;
}

void TestSqlOrderStore::anotherProcessRevokingATokenEndsIt()
{
    QFETCH(bool, grouped);
    const QByteArray hash(32, 'r');
    QVERIFY(m_store->putToken(hash, u"elif"_s, 1000).ok());
    QCOMPARE(m_store->tokenOwner(hash, 500).value()->id, u"elif"_s);
    std::unique_ptr<SqlOrderStore> other = openStore();
    QVERIFY(other);
    QVERIFY(other->revokeToken(hash).ok());
    if (grouped) {
        // This process's group opens after the revocation committed.
        m_store->setGroupCommit(true);
        QVERIFY(m_store->writeItems(4, 1, {}, {}, 9).ok());
    }
    QVERIFY(!m_store->tokenOwner(hash, 500).value());
    QVERIFY(m_store->commitGroup().ok());
    m_store->setGroupCommit(false);
    // Expiry still counts for an owner this process has seen.
    const QByteArray later(32, 'l');
    QVERIFY(m_store->putToken(later, u"can"_s, 1000).ok());
    QVERIFY(m_store->tokenOwner(later, 999).value());
    QVERIFY(!m_store->tokenOwner(later, 1000).value());
}

void TestSqlOrderStore::settingsAreKept_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::newRow("set once") << QStringList{u"20000"_s};
    QTest::newRow("replaced") << QStringList{u"20000"_s, u"600000"_s};
}

void TestSqlOrderStore::settingsAreKept()
{
    QFETCH(QStringList, values);
    QVERIFY(!m_store->setting(u"pin_iterations"_s).value());
    for (const QString& value : std::as_const(values))
        QVERIFY(m_store->setSetting(u"pin_iterations"_s, value).ok());
    m_store.reset();
    m_store = openStore();
    QVERIFY(m_store);
    QCOMPARE(m_store->setting(u"pin_iterations"_s).value(), std::optional(values.last()));
    QVERIFY(!m_store->setting(u"other"_s).value());
}

void TestSqlOrderStore::menuIsReplaced()
{
    MenuEntry tea;
    tea.id = u"tea"_s;
    tea.priceCents = 150;
    tea.names = {{u"en"_s, u"Tea"_s}, {u"tr"_s, u"\u00c7ay"_s}};
    tea.categories = {{u"en"_s, u"Drinks"_s}};
    MenuEntry bread = tea;
    bread.id = u"Bread"_s;
    bread.priceCents = 90;
    bread.names = {{u"en"_s, u"Bread"_s}};
    QVERIFY(m_store->replaceMenu({tea, bread}).ok());
    const QList<MenuEntry> menu = m_store->menu().value();
    QCOMPARE(menu.size(), 2);
    QCOMPARE(menu.at(0).id, u"tea"_s);
    QCOMPARE(menu.at(0).priceCents, 150);
    QCOMPARE(menu.at(0).names.value(u"tr"_s), u"\u00c7ay"_s);
    // A language without its own category takes the English one.
    QCOMPARE(menu.at(0).categories.value(u"tr"_s), u"Drinks"_s);
    QCOMPARE(menu.at(1).id, u"Bread"_s);
    // Items that left the menu stay for the orders that name them, hidden.
    QVERIFY(peek(u"SELECT COUNT(*) FROM menu_items WHERE active = 0"_s).toInt() > 0);
    QVERIFY(m_store->replaceMenu({bread}).ok());
    QCOMPARE(m_store->menu().value().size(), 1);
    QCOMPARE(m_store->menu().value().first().id, u"Bread"_s);
}

void TestSqlOrderStore::setTablesHidesTheRest_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("fewer") << 3;
    QTest::newRow("more") << DemoVenue::tableCount + 2;
}

void TestSqlOrderStore::setTablesHidesTheRest()
{
    QFETCH(int, count);
    const QString id = u"11111111-1111-4111-8111-111111111111"_s;
    QVERIFY(m_store->writeItems(1, 1, {line(id, u"soup-lentil"_s, 1)}, {}, 5).value().applied);
    QVERIFY(m_store->setTables(count, 6, 9).ok());
    const QList<Table> tables = m_store->tables().value();
    QCOMPARE(tables.size(), count);
    QCOMPARE(tables.last().id, QString::number(count));
    QCOMPARE(tables.last().seats, 6);
    // Table 1 keeps its order; hidden tables keep theirs for when they come back.
    QCOMPARE(tables.first().orderId, 1);
    QCOMPARE(tables.first().version, 2);
    QVERIFY(m_store->setTables(DemoVenue::tableCount + 2, 4, 10).ok());
    QCOMPARE(m_store->tables().value().size(), DemoVenue::tableCount + 2);
    QCOMPARE(m_store->tables().value().at(DemoVenue::tableCount - 1).orderId,
             DemoVenue::tableCount);
}

void TestSqlOrderStore::groupedWritesWaitForTheirCommit()
{
    m_store->setGroupCommit(true);
    QVERIFY(!m_store->hasUncommittedWrites());
    const QString first = u"11111111-1111-4111-8111-111111111111"_s;
    const QString second = u"22222222-2222-4222-8222-222222222222"_s;
    QVERIFY(m_store->writeItems(1, 1, {line(first, u"soup-lentil"_s, 1)}, {}, 5).value().applied);
    QVERIFY(m_store->writeItems(2, 1, {line(second, u"soup-lentil"_s, 2)}, {}, 5).value().applied);
    // Both databases group: one flush for both writes.
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

void TestSqlOrderStore::aRefusedWriteLeavesTheRestOfItsGroup()
{
    m_store->setGroupCommit(true);
    const QString first = u"11111111-1111-4111-8111-111111111111"_s;
    QVERIFY(m_store->writeItems(1, 1, {line(first, u"soup-lentil"_s, 1)}, {}, 5).value().applied);
    const Result<WriteOutcome> stale = m_store->writeItems(
        1, 1, {line(u"22222222-2222-4222-8222-222222222222"_s, u"soup-lentil"_s, 3)}, {}, 6);
    QVERIFY(stale.ok());
    QVERIFY(!stale->applied);
    QCOMPARE(stale->order.version, 2);
    const Event conflict = conflictEvent(2, 6);
    QVERIFY(m_store->appendEvent(conflict).ok());
    // A held event that cannot be logged is dropped alone, and told; the group still commits.
    Event orphan = conflict;
    orphan.orderId = 999999;
    QVERIFY(m_store->appendEvent(orphan).ok());
    QVERIFY(m_store->hasUncommittedWrites());
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"conflict event of order 999999 was not logged"_s));
    QVERIFY(m_store->commitGroup().ok());
    QVERIFY(!m_store->hasUncommittedWrites());
    m_store->setGroupCommit(false);

    QCOMPARE(peek(u"SELECT version FROM orders WHERE id = 1"_s).toInt(), 2);
    QCOMPARE(peek(u"SELECT items FROM orders WHERE id = 1"_s).toString().count(first), 1);
    QCOMPARE(
        peek(u"SELECT COUNT(*) FROM events WHERE order_id = 1 AND kind = 'conflict'"_s).toInt(), 1);
    const Event stored = m_store->orderEvents(1, 0, everyEvent).value().first();
    QCOMPARE(stored.expectedVersion, std::optional<qint64>(1));
    QVERIFY(!stored.note);
}

void TestSqlOrderStore::aHeldConflictGoesInBeforeItsOrdersNextWrite()
{
    m_store->setGroupCommit(true);
    // Held for the group's commit, the conflict at version 1 must still precede version 2's
    // events: within an order, seqs rise with versions.
    QVERIFY(m_store->appendEvent(conflictEvent(1, 5)).ok());
    QVERIFY(m_store->hasUncommittedWrites());
    const QString id = u"44444444-4444-4444-8444-444444444444"_s;
    QVERIFY(m_store->writeItems(1, 1, {line(id, u"soup-lentil"_s, 1)}, {addEvent(1, id)}, 6)
                .value()
                .applied);
    QVERIFY(m_store->commitGroup().ok());
    m_store->setGroupCommit(false);

    const QList<Event> logged = m_store->events(0, 100).value();
    QList<Event::Kind> kinds;
    QList<qint64> versions;
    for (const Event& event : logged) {
        if (event.orderId == 1) {
            kinds.append(event.kind);
            versions.append(event.version);
        }
    }
    QCOMPARE(kinds, (QList<Event::Kind>{Event::Kind::Conflict, Event::Kind::Add}));
    QCOMPARE(versions, (QList<qint64>{1, 2}));
}

void TestSqlOrderStore::anotherConnectionsWriteIsRead()
{
    // The store keeps decoded lists by version; a write by another process must still show.
    QCOMPARE(m_store->order(4).value()->order.items.size(), 0);
    std::unique_ptr<SqlOrderStore> other = openStore();
    QVERIFY(other);
    const QString id = u"33333333-3333-4333-8333-333333333333"_s;
    QVERIFY(other->writeItems(4, 1, {line(id, u"soup-lentil"_s, 4)}, {}, 9).value().applied);
    const Order seen = m_store->order(4).value()->order;
    QCOMPARE(seen.version, 2);
    QCOMPARE(seen.items.size(), 1);
    QCOMPARE(seen.items.first().lineId, id);
    QCOMPARE(seen.items.first().qty, 4);
    QVERIFY(!m_store->writeItems(4, 1, {}, {}, 10).value().applied);
    QVERIFY(m_store->closeOrder(4, 2, u"selin"_s, 10).value().applied);
    QCOMPARE(other->order(4).value()->order.status, Order::Status::Closed);
}

void TestSqlOrderStore::conflictEventsMatchTheLog()
{
    // A 409's events come from what this process kept when the log counts as many; events
    // another process wrote, and ones whose transaction was undone, must still read as logged.
    const QString a = u"11111111-1111-4111-8111-111111111111"_s;
    const QString b = u"22222222-2222-4222-8222-222222222222"_s;
    const QString c = u"33333333-3333-4333-8333-333333333333"_s;
    const auto logged = [this](qint64 orderId, qint64 after, int newest) {
        std::unique_ptr<SqlOrderStore> fresh = openStore();
        return fresh ? fresh->orderEvents(orderId, after, newest).value() : QList<Event>{};
    };
    // Fewer than the events above a base ask for the newest of them only.
    const auto sameAsLogged = [&](qint64 orderId) {
        for (qint64 after = 0; after <= 5; ++after) {
            for (const int newest : {1, 2, 3, 200}) {
                const Result<QList<Event>> seen = m_store->orderEvents(orderId, after, newest);
                if (!seen.ok() || seen.value() != logged(orderId, after, newest)) {
                    qWarning("order %lld, the newest %d above version %lld differ from the log",
                             orderId, newest, after);
                    return false;
                }
            }
        }
        return true;
    };

    QVERIFY(m_store->writeItems(1, 1, {line(a, u"soup-lentil"_s, 1)}, {addEvent(1, a)}, 5)
                .value()
                .applied);
    QVERIFY(sameAsLogged(1));
    std::unique_ptr<SqlOrderStore> other = openStore();
    QVERIFY(other);
    const Lines two{line(a, u"soup-lentil"_s, 1), line(b, u"soup-lentil"_s, 1)};
    QVERIFY(other->writeItems(1, 2, two, {addEvent(1, b)}, 6).value().applied);
    const Event conflict = conflictEvent(3, 7);
    QVERIFY(m_store->appendEvent(conflict).ok());
    const QList<Event> sinceBase = m_store->orderEvents(1, 2, 200).value();
    QCOMPARE(sinceBase.size(), 2);
    QCOMPARE(sinceBase.first().lineId, b);
    QCOMPARE(sinceBase.last().kind, Event::Kind::Conflict);
    QVERIFY(sameAsLogged(1));

    // A fire refused by its second order undoes the first order's two fire events; another
    // process then adds two events, so the log's count alone cannot tell them apart.
    const Order first = m_store->order(1).value()->order;
    const Order stale =
        m_store->writeItems(2, 1, {line(c, u"soup-lentil"_s, 1)}, {}, 8).value().order;
    QVERIFY(m_store->writeItems(2, 2, stale.items, {}, 8).value().applied);
    const Result<FireOutcome> refused =
        m_store->fire({fireAll(first, u"hot"_s), fireAll(stale, u"hot"_s)}, u"selin"_s, 9);
    QVERIFY(refused.ok() && !refused->applied);
    QVERIFY(
        other->writeItems(1, 3, first.items, {addEvent(1, a), addEvent(1, b)}, 10).value().applied);
    QCOMPARE(m_store->orderEvents(1, 3, 200).value().size(), 2);
    QVERIFY(sameAsLogged(1));
}

void TestSqlOrderStore::readKeepsTheBytesItWrote()
{
    // A 409 and a GET send the bytes the write put in the row instead of encoding them again;
    // only a list this process wrote is known byte for byte.
    Lines items{line(u"44444444-4444-4444-8444-444444444444"_s, u"soup-lentil"_s, 2)};
    items.first().note = u"çay 🍜 \"az şekerli\""_s;
    const Result<WriteOutcome> written = m_store->writeItems(1, 1, items, {}, 5);
    QVERIFY(written.ok() && written->applied);
    // The bytes go in as text (SQLite casts the bound UTF-8), readable by any SQL client.
    if (!onPostgres())
        QCOMPARE(peek(u"SELECT typeof(items) FROM orders WHERE id = 1"_s).toString(), u"text"_s);
    QCOMPARE(peek(u"SELECT items FROM orders WHERE id = 1"_s).toString(),
             QString::fromUtf8(written->itemsJson));
    const OrderRecord read = m_store->order(1).value().value();
    QCOMPARE(read.order.items.first().note, items.first().note);
    QVERIFY(!read.itemsJson.isEmpty());
    QCOMPARE(read.itemsJson, written->itemsJson);
    QCOMPARE(read.itemsJson, OrderJsonWriter::lines(read.order.items));

    std::unique_ptr<SqlOrderStore> other = openStore();
    QVERIFY(other);
    const OrderRecord fresh = other->order(1).value().value();
    QVERIFY(fresh.itemsJson.isNull());
    QCOMPARE(fresh.order, read.order);
    QCOMPARE(fresh.seats, read.seats);
    // Once another process moves the order on, the kept bytes are not used for it.
    QVERIFY(other->writeItems(1, 2, {}, {}, 6).value().applied);
    const OrderRecord moved = m_store->order(1).value().value();
    QCOMPARE(moved.order.version, 3);
    QVERIFY(moved.itemsJson.isNull());
    QVERIFY(moved.order.items.isEmpty());
}

OrderFire TestSqlOrderStore::fireAll(const Order& order, const QString& station) const
{
    OrderFire fire;
    fire.orderId = order.id;
    fire.expectedVersion = order.version;
    fire.items = order.items;
    Ticket ticket;
    ticket.orderId = order.id;
    ticket.tableId = order.tableId;
    ticket.tableName = u"Table "_s + order.tableId;
    ticket.station = station;
    for (Line& line : fire.items) {
        line.state = Line::State::Fired;
        line.firedAt = m_clock.nowMs();
        ticket.lines.append(TicketLine{line.lineId,
                                       line.menuItemId,
                                       u"Lentil soup"_s,
                                       line.qty,
                                       line.seat,
                                       line.note,
                                       {},
                                       {}});
    }
    fire.tickets = {ticket};
    return fire;
}

OrderVoid TestSqlOrderStore::voidAll(const Order& order, const QByteArray& approval) const
{
    OrderVoid write;
    write.orderId = order.id;
    write.expectedVersion = order.version;
    Ticket ticket;
    ticket.tableName = u"Table "_s + order.tableId;
    ticket.station = u"hot"_s;
    for (const Line& line : order.items) {
        ticket.lines.append(TicketLine{line.lineId, line.menuItemId, u"Lentil soup"_s, line.qty,
                                       line.seat, line.note, u"quality"_s, u"selin"_s});
        Event voided;
        voided.kind = Event::Kind::Void;
        voided.lineId = line.lineId;
        voided.menuItemId = line.menuItemId;
        voided.qty = line.qty;
        voided.reason = u"quality"_s;
        voided.approvedBy = u"selin"_s;
        voided.author = u"ayse"_s;
        write.events.append(voided);
    }
    write.tickets = {ticket};
    write.approvals = {OrderVoid::Approval{approval, u"selin"_s}};
    return write;
}

void TestSqlOrderStore::approvalsExpireAndBelongToManagers_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<bool>("valid");
    QTest::newRow("before expiry") << qint64(999) << true;
    QTest::newRow("at expiry") << qint64(1000) << false;
    QTest::newRow("after expiry") << qint64(5000) << false;
}

void TestSqlOrderStore::approvalsExpireAndBelongToManagers()
{
    QFETCH(qint64, at);
    QFETCH(bool, valid);
    const QByteArray hash(32, '\xa1');
    QVERIFY(m_store->putApproval(hash, u"selin"_s, 1000, 0).ok());
    QCOMPARE(m_store->approvalOwner(hash, at).value(),
             valid ? std::optional<QString>(u"selin"_s) : std::nullopt);
    QVERIFY(!m_store->approvalOwner(QByteArray(32, 'x'), 1).value());
    // Only hashes are kept; an approval in a waiter's name approves nothing.
    QCOMPARE(peek(u"SELECT COUNT(*) FROM approvals"_s).toInt(), 1);
    const QByteArray waiters(32, '\xa2');
    QVERIFY(m_store->putApproval(waiters, u"ayse"_s, 1000, 0).ok());
    QVERIFY(!m_store->approvalOwner(waiters, 1).value());
}

void TestSqlOrderStore::expiredApprovalsAreDropped()
{
    const QByteArray early(32, '\xa3');
    const QByteArray later(32, '\xa4');
    QVERIFY(m_store->putApproval(early, u"selin"_s, 1000, 0).ok());
    QVERIFY(m_store->putApproval(later, u"selin"_s, 3000, 500).ok());
    QCOMPARE(peek(u"SELECT COUNT(*) FROM approvals"_s).toInt(), 2);
    // A new approval at 2000 takes the one that expired at 1000 with it, and only that one.
    QVERIFY(m_store->putApproval(QByteArray(32, '\xa5'), u"selin"_s, 4000, 2000).ok());
    QCOMPARE(peek(u"SELECT COUNT(*) FROM approvals"_s).toInt(), 2);
    QVERIFY(!m_store->approvalOwner(early, 0).value());
    QCOMPARE(m_store->approvalOwner(later, 2000).value(), std::optional<QString>(u"selin"_s));
}

void TestSqlOrderStore::voidWriteUsesItsApprovalOnce()
{
    const QString id = u"11111111-1111-4111-8111-111111111111"_s;
    const Order written =
        m_store->writeItems(3, 1, {line(id, u"soup-lentil"_s, 2)}, {}, 5).value().order;
    const Order fired =
        m_store->fire({fireAll(written, u"hot"_s)}, u"ayse"_s, 6).value().orders.first();
    const QByteArray approval(32, '\xb1');
    QVERIFY(m_store->putApproval(approval, u"selin"_s, 1000, 0).ok());

    OrderVoid write = voidAll(fired, approval);
    const Result<VoidOutcome> voided = m_store->writeVoids(write, u"ayse"_s, 7);
    QVERIFY(voided.ok());
    QVERIFY(voided->applied);
    QVERIFY(!voided->approvalRefused);
    QCOMPARE(voided->order.version, fired.version + 1);
    QCOMPARE(voided->order.tableId, u"3"_s);
    QVERIFY(voided->order.items.isEmpty());
    QCOMPARE(voided->tickets.size(), 1);
    const Ticket& ticket = voided->tickets.first();
    QVERIFY(ticket.id > 0);
    QCOMPARE(ticket.kind, Ticket::Kind::Void);
    QCOMPARE(ticket.orderId, 3);
    QCOMPARE(ticket.createdBy, u"ayse"_s);
    QCOMPARE(m_store->ticket(ticket.id).value(), std::optional<Ticket>(ticket));
    const QList<Event> events = m_store->orderEvents(3, fired.version, everyEvent).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, Event::Kind::Void);
    QCOMPARE(events.first().ticketId, std::optional<qint64>(ticket.id));
    QCOMPARE(events.first().version, fired.version + 1);
    QCOMPARE(events.first().approvedBy, u"selin"_s);
    QCOMPARE(events.first().at, 7);
    QVERIFY(!m_store->approvalOwner(approval, 8).value());

    // The same approval again, at the new version: refused, nothing written.
    write.expectedVersion = voided->order.version;
    write.items = {};
    const Result<VoidOutcome> again = m_store->writeVoids(write, u"ayse"_s, 8);
    QVERIFY(again.ok());
    QVERIFY(!again->applied);
    QVERIFY(again->approvalRefused);
    QCOMPARE(m_store->order(3).value()->order.version, voided->order.version);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM tickets"_s).toInt(), 2);
    QCOMPARE(m_store->orderEvents(3, fired.version, everyEvent).value().size(), 1);
}

void TestSqlOrderStore::staleVoidKeepsItsApproval()
{
    const QString id = u"11111111-1111-4111-8111-111111111111"_s;
    const Order written =
        m_store->writeItems(4, 1, {line(id, u"soup-lentil"_s, 2)}, {}, 5).value().order;
    const Order fired =
        m_store->fire({fireAll(written, u"hot"_s)}, u"ayse"_s, 6).value().orders.first();
    const QByteArray approval(32, '\xc1');
    QVERIFY(m_store->putApproval(approval, u"selin"_s, 1000, 0).ok());
    OrderVoid stale = voidAll(fired, approval);
    stale.expectedVersion = fired.version - 1;
    const Result<VoidOutcome> refused = m_store->writeVoids(stale, u"ayse"_s, 7);
    QVERIFY(refused.ok());
    QVERIFY(!refused->applied);
    QVERIFY(!refused->approvalRefused);
    QCOMPARE(refused->order, fired);
    QVERIFY(refused->tickets.isEmpty());
    QCOMPARE(peek(u"SELECT COUNT(*) FROM tickets WHERE kind = 'void'"_s).toInt(), 0);
    QCOMPARE(m_store->approvalOwner(approval, 8).value(), std::optional<QString>(u"selin"_s));
}

void TestSqlOrderStore::fireAppliesAtTheExpectedVersion()
{
    const QString id = u"11111111-1111-4111-8111-111111111111"_s;
    const Result<WriteOutcome> written =
        m_store->writeItems(3, 1, {line(id, u"soup-lentil"_s, 2)}, {addEvent(3, id)}, 5);
    QVERIFY(written.ok() && written->applied);
    m_clock.advance(1000);
    const Result<FireOutcome> fired =
        m_store->fire({fireAll(written->order, u"hot"_s)}, u"ayse"_s, m_clock.nowMs());
    QVERIFY(fired.ok());
    QVERIFY(fired->applied);
    QCOMPARE(fired->orders.size(), 1);
    QCOMPARE(fired->orders.first().version, 3);
    QCOMPARE(fired->tickets.size(), 1);
    const Ticket& ticket = fired->tickets.first();
    QVERIFY(ticket.id > 0);
    QCOMPARE(ticket.createdBy, u"ayse"_s);
    QCOMPARE(ticket.createdAt, m_clock.nowMs());

    const Order stored = m_store->order(3).value()->order;
    QCOMPARE(stored.version, 3);
    QCOMPARE(stored.items.first().state, Line::State::Fired);
    QCOMPARE(stored.items.first().firedAt, m_clock.nowMs());
    QCOMPARE(m_store->ticket(ticket.id).value(), std::optional<Ticket>(ticket));
    const QList<Event> events = m_store->orderEvents(3, 2, everyEvent).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, Event::Kind::Fire);
    QCOMPARE(events.first().ticketId, std::optional<qint64>(ticket.id));
    QCOMPARE(events.first().version, 3);
    QCOMPARE(events.first().lineId, id);
    QCOMPARE(events.first().qty, std::optional<int>(2));
}

void TestSqlOrderStore::staleFireChangesNothing()
{
    const QString id = u"11111111-1111-4111-8111-111111111111"_s;
    const Result<WriteOutcome> written =
        m_store->writeItems(4, 1, {line(id, u"soup-lentil"_s, 2)}, {}, 5);
    QVERIFY(written.ok() && written->applied);
    OrderFire stale = fireAll(written->order, u"hot"_s);
    stale.expectedVersion = 1;
    const Result<FireOutcome> fired = m_store->fire({stale}, u"ayse"_s, 6);
    QVERIFY(fired.ok());
    QVERIFY(!fired->applied);
    QCOMPARE(fired->refusedOrderId, 4);
    QVERIFY(fired->tickets.isEmpty());
    QCOMPARE(peek(u"SELECT COUNT(*) FROM tickets"_s).toInt(), 0);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM events WHERE kind = 'fire'"_s).toInt(), 0);
    QCOMPARE(m_store->order(4).value()->order.items.first().state, Line::State::New);
}

void TestSqlOrderStore::fireOfManyOrdersIsAllOrNothing()
{
    const QString a = u"11111111-1111-4111-8111-111111111111"_s;
    const QString b = u"22222222-2222-4222-8222-222222222222"_s;
    const Order first =
        m_store->writeItems(5, 1, {line(a, u"soup-lentil"_s, 1)}, {}, 5).value().order;
    const Order second =
        m_store->writeItems(6, 1, {line(b, u"soup-lentil"_s, 1)}, {}, 5).value().order;
    // Another writer moves the second order on before the fire commits.
    QVERIFY(m_store->writeItems(6, 2, second.items, {}, 6).value().applied);
    // Read before the fire too: the order reads the same after the fire was undone. (The list
    // read by version would also mend a kept row that went wrong; tst_orderheads checks that the
    // row is forgotten.)
    QCOMPARE(m_store->order(5).value()->order, first);
    const Result<FireOutcome> refused =
        m_store->fire({fireAll(first, u"hot"_s), fireAll(second, u"hot"_s)}, u"selin"_s, 7);
    QVERIFY(refused.ok());
    QVERIFY(!refused->applied);
    QCOMPARE(refused->refusedOrderId, 6);
    QCOMPARE(m_store->order(5).value()->order, first);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM tickets"_s).toInt(), 0);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM events WHERE kind = 'fire'"_s).toInt(), 0);

    const Order moved = m_store->order(6).value()->order;
    const Result<FireOutcome> fired =
        m_store->fire({fireAll(first, u"hot"_s), fireAll(moved, u"cold"_s)}, u"selin"_s, 8);
    QVERIFY(fired.ok() && fired->applied);
    QCOMPARE(fired->tickets.size(), 2);
    QVERIFY(fired->tickets.at(0).id < fired->tickets.at(1).id);
    QCOMPARE(m_store->order(5).value()->order.version, 3);
    QCOMPARE(m_store->order(6).value()->order.version, 4);
}

void TestSqlOrderStore::ticketsPageByStationAndOpen()
{
    qint64 orderId = 7;
    QList<qint64> ids;
    for (const QString& station : {u"hot"_s, u"bar"_s, u"hot"_s}) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Order order =
            m_store->writeItems(orderId, 1, {line(id, u"soup-lentil"_s, 1)}, {}, 5).value().order;
        const Result<FireOutcome> fired = m_store->fire({fireAll(order, station)}, u"ayse"_s, 6);
        QVERIFY(fired.ok() && fired->applied);
        ids.append(fired->tickets.first().id);
        ++orderId;
    }
    QCOMPARE(m_store->tickets(TicketQuery{0, 10, {}, false}).value().size(), 3);
    const Tickets page = m_store->tickets(TicketQuery{ids.at(0), 1, {}, false}).value();
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.first().id, ids.at(1));
    const Tickets hot = m_store->tickets(TicketQuery{0, 10, u"hot"_s, false}).value();
    QCOMPARE(hot.size(), 2);
    QCOMPARE(hot.at(1).id, ids.at(2));
    QVERIFY(m_store->bumpTicket(ids.at(0), u"chef"_s, 9).value().has_value());
    const Tickets open = m_store->tickets(TicketQuery{0, 10, u"hot"_s, true}).value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().id, ids.at(2));
}

void TestSqlOrderStore::bumpHappensOnce()
{
    const QString id = u"11111111-1111-4111-8111-111111111111"_s;
    const Order order =
        m_store->writeItems(10, 1, {line(id, u"soup-lentil"_s, 1)}, {}, 5).value().order;
    const qint64 ticketId =
        m_store->fire({fireAll(order, u"hot"_s)}, u"ayse"_s, 6).value().tickets.first().id;
    const std::optional<Ticket> bumped = m_store->bumpTicket(ticketId, u"chef"_s, 10).value();
    QVERIFY(bumped);
    QCOMPARE(bumped->bumpedAt, 10);
    QCOMPARE(bumped->bumpedBy, u"chef"_s);
    QCOMPARE(m_store->bumpTicket(ticketId, u"selin"_s, 20).value(), bumped);
    QVERIFY(!m_store->bumpTicket(ticketId + 1000, u"chef"_s, 20).value().has_value());
}

void TestSqlOrderStore::soldOutItems()
{
    QVERIFY(m_store->unavailableItems().value().isEmpty());
    QCOMPARE(m_store->setAvailable(u"soup-lentil"_s, false).value(), true);
    QCOMPARE(m_store->unavailableItems().value(), QSet<QString>{u"soup-lentil"_s});
    const QList<MenuEntry> menu = m_store->menu().value();
    for (const MenuEntry& entry : menu) {
        QCOMPARE(entry.available, entry.id != "soup-lentil"_L1);
        QVERIFY(!entry.station.isEmpty());
    }
    QCOMPARE(m_store->setAvailable(u"no-such-item"_s, false).value(), false);
    QCOMPARE(m_store->setAvailable(u"soup-lentil"_s, true).value(), true);
    QVERIFY(m_store->unavailableItems().value().isEmpty());
    // Another process selling an item out shows at once, and so does a new menu.
    std::unique_ptr<SqlOrderStore> other = openStore();
    QVERIFY(other);
    QCOMPARE(other->setAvailable(u"soup-lentil"_s, false).value(), true);
    QCOMPARE(m_store->unavailableItems().value(), QSet<QString>{u"soup-lentil"_s});
    QList<MenuEntry> fresh = m_store->menu().value();
    for (MenuEntry& entry : fresh)
        entry.available = true;
    QVERIFY(m_store->replaceMenu(fresh).ok());
    QVERIFY(m_store->unavailableItems().value().isEmpty());
}

void TestSqlOrderStore::kitchenStaffAreStored()
{
    const StaffRecord chef{Staff{u"chef2"_s, u"Chef"_s, Staff::Role::Kitchen}, u"hash"_s};
    QVERIFY(m_store->addStaff(chef).ok());
    QCOMPARE(m_store->staff(u"chef2"_s).value()->staff.role, Staff::Role::Kitchen);
    QCOMPARE(m_store->staff(u"chef"_s).value()->staff.role, Staff::Role::Kitchen);
}

void TestSqlOrderStore::migratesFromEveryEarlierSchema_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < SchemaMigrations::latest(); ++version)
        QTest::addRow("from %d", version) << version;
}

void TestSqlOrderStore::migratesFromEveryEarlierSchema()
{
    QFETCH(int, from);
    // The database as a tablesyncd that knew only the first `from` steps left it.
    const SchemaMigrations::Dialect dialect =
        onPostgres() ? SchemaMigrations::Dialect::Postgres : SchemaMigrations::Dialect::Sqlite;
    const QList<QStringList> steps = SchemaMigrations::steps(dialect);
    if (from > 0)
        QVERIFY(execute(u"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                        " applied_at BIGINT NOT NULL)"_s));
    for (int version = 1; version <= from; ++version) {
        // One connection per step, as tablesyncd runs it: step 3 keeps tokens in a TEMP table.
        QString failed;
        onSecondConnection([&](QSqlDatabase& database) {
            QSqlQuery query(database);
            for (const QString& statement : steps.at(version - 1)) {
                if (failed.isEmpty() && !query.exec(statement))
                    failed = statement + u": "_s + query.lastError().text();
            }
        });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(execute(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s,
                        {version, qint64(1)}));
    }
    const QString lineId = u"44444444-4444-4444-8444-444444444444"_s;
    const QByteArray tokenHash(32, '\x80');
    if (from >= 1) {
        const QList<QPair<QString, QVariantList>> rows{
            {u"INSERT INTO staff (id, name, role, pin_hash) VALUES (?, ?, ?, ?)"_s,
             {u"ayse"_s, u"Ay\u015fe"_s, u"waiter"_s, u"hash"_s}},
            {u"INSERT INTO tokens (token_hash, staff_id, expires_at) VALUES (?, ?, ?)"_s,
             {tokenHash, u"ayse"_s, qint64(5000)}},
            {u"INSERT INTO menu_items (id, price_cents, position) VALUES (?, ?, ?)"_s,
             {u"soup-lentil"_s, 450, 0}},
            {u"INSERT INTO menu_texts (item_id, lang, name, category) VALUES (?, ?, ?, ?)"_s,
             {u"soup-lentil"_s, u"en"_s, u"Lentil soup"_s, u"Starters"_s}},
            {u"INSERT INTO venue_tables (id, name, seats, position) VALUES (?, ?, ?, ?)"_s,
             {u"1"_s, u"Table 1"_s, 4, 1}},
            {u"INSERT INTO orders (table_id, status, version, updated_at, item_count, items)"
             " VALUES (?, 'open', 2, 7, 1, ?)"_s,
             {u"1"_s, from >= 3 ? SqlRows::linesText({line(lineId, u"soup-lentil"_s, 3)})
                                : u"[{\"line_id\":\"%1\",\"menu_item_id\":\"soup-lentil\","
                                  "\"qty\":3,\"seat\":0,\"note\":\"\",\"added_by\":\"ayse\","
                                  "\"added_at\":7}]"_s.arg(lineId)}},
            {u"UPDATE venue_tables SET order_id = 1"_s, {}},
            {u"INSERT INTO events (order_id, table_id, version, kind, line_id, menu_item_id, qty,"
             " note, author, at) VALUES (1, '1', 2, 'add', ?, 'soup-lentil', 3, '', 'ayse', 7)"_s,
             {lineId}},
        };
        for (const auto& [sql, values] : rows)
            QVERIFY(execute(sql, values));
    }

    m_store = openStore();
    QVERIFY(m_store);
    QCOMPARE(peek(u"SELECT MAX(version) FROM schema_migrations"_s).toInt(),
             SchemaMigrations::latest());
    QCOMPARE(peek(u"SELECT COUNT(*) FROM schema_migrations"_s).toInt(), SchemaMigrations::latest());
    QVERIFY(!m_store->setting(u"pin_iterations"_s).value());
    QVERIFY(m_store->setSetting(u"pin_iterations"_s, u"20000"_s).ok());
    if (from == 0) {
        QVERIFY(!m_store->hasVenue().value());
        return;
    }
    QCOMPARE(m_store->staff(u"ayse"_s).value()->staff.name, u"Ay\u015fe"_s);
    QCOMPARE(m_store->tokenOwner(tokenHash, 10).value()->id, u"ayse"_s);
    QCOMPARE(m_store->menu().value().first().names.value(u"en"_s), u"Lentil soup"_s);
    const QList<Table> tables = m_store->tables().value();
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables.first().version, 2);
    const Order order = m_store->order(1).value()->order;
    QCOMPARE(order.items.size(), 1);
    QCOMPARE(order.items.first().lineId, lineId);
    QCOMPARE(order.items.first().qty, 3);
    // Lines from before the kitchen: course 1, new, at the menu's price of the upgrade.
    QCOMPARE(order.items.first().course, 1);
    QCOMPARE(order.items.first().state, Line::State::New);
    QCOMPARE(order.items.first().priceCents, from < 3 ? 450 : 0);
    QCOMPARE(m_store->menu().value().first().available, true);
    QVERIFY(m_store->addStaff({Staff{u"chef"_s, u"Chef"_s, Staff::Role::Kitchen}, u"h"_s}).ok());
    QCOMPARE(m_store->staff(u"chef"_s).value()->staff.role, Staff::Role::Kitchen);
    QCOMPARE(m_store->orderEvents(1, 0, everyEvent).value().first().lineId, lineId);
    // The upgraded database takes writes: the next order's id comes after the stored one.
    QVERIFY(m_store->writeItems(1, 2, {}, {}, 8).value().applied);
    QCOMPARE(m_store->closeOrder(1, 3, u"ayse"_s, 9).value().nextOrderId, 2);
}

void TestSqlOrderStore::opensADatabaseOfTheCurrentRelease()
{
    if (onPostgres())
        QSKIP("The release database is an SQLite file; PostgreSQL shares the migrations above.");
    // Written by tablesyncd at ec80125: staff add, --seed-demo, two PATCHes (one refused), a
    // close, settings set --pin-iterations 20000, tables set --count 6 --seats 2.
    QVERIFY(QFile::copy(QStringLiteral(RELEASE_DATABASE), m_spec));
    QVERIFY(QFile::setPermissions(m_spec, QFile::ReadOwner | QFile::WriteOwner));
    m_store = openStore();
    QVERIFY(m_store);
    QCOMPARE(m_store->staffList().value().size(), 6);
    QCOMPARE(m_store->staff(u"zeynep"_s).value()->staff.name, u"Zeynep \u00d6z"_s);
    QCOMPARE(m_store->staff(u"zeynep"_s).value()->staff.role, Staff::Role::Manager);
    QCOMPARE(m_store->setting(u"pin_iterations"_s).value(), std::optional(u"20000"_s));
    QVERIFY(m_store->menu().value().size() > 5);
    const QList<Table> tables = m_store->tables().value();
    QCOMPARE(tables.size(), 6);
    QCOMPARE(tables.first().seats, 2);
    QVERIFY(tables.at(1).orderId > DemoVenue::tableCount);

    const Order first = m_store->order(1).value()->order;
    QCOMPARE(first.version, 2);
    QCOMPARE(first.items.size(), 1);
    QCOMPARE(first.items.first().lineId, u"11111111-1111-4111-8111-111111111111"_s);
    QCOMPARE(first.items.first().qty, 2);
    QCOMPARE(first.items.first().note, u"no onion"_s);
    QCOMPARE(first.items.first().addedBy, u"ayse"_s);
    // The kitchen's migration: course 1, new, today's menu price.
    QCOMPARE(first.items.first().course, 1);
    QCOMPARE(first.items.first().state, Line::State::New);
    QCOMPARE(first.items.first().firedAt, 0);
    int price = -1;
    const QList<MenuEntry> menu = m_store->menu().value();
    for (const MenuEntry& entry : menu) {
        if (entry.id == first.items.first().menuItemId)
            price = entry.priceCents;
    }
    QVERIFY(price > 0);
    QCOMPARE(first.items.first().priceCents, price);
    const Order closed = m_store->order(2).value()->order;
    QCOMPARE(closed.status, Order::Status::Closed);
    QCOMPARE(closed.version, 3);
    const QList<Event> events = m_store->events(0, 100).value();
    QCOMPARE(events.size(), peek(u"SELECT COUNT(*) FROM events"_s).toInt());
    QCOMPARE(events.last().kind, Event::Kind::Close);
    QCOMPARE(m_store->orderEvents(1, 0, everyEvent).value().first().note,
             std::optional(u"no onion"_s));

    // The opened database takes writes.
    QVERIFY(m_store->writeItems(1, 2, {}, {}, m_clock.nowMs()).value().applied);
    QVERIFY(m_store->closeOrder(1, 3, u"selin"_s, m_clock.nowMs()).value().applied);
}

QTEST_GUILESS_MAIN(TestSqlOrderStore)
#include "tst_sqlorderstore.moc"
