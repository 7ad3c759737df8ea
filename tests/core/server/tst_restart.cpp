#include "ResultCheck.h"
#include "ServerFixture.h"

#include "server/VenueServer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// A restart (destroy the VenueServer, open a new one on the same file) keeps orders, events,
// staff and tokens with their expiry; seeding again changes nothing.
class TestRestart : public QObject
{
    Q_OBJECT

private slots:
    void restartKeepsEverything();
    void seedingTwiceChangesNothing();
    void twoVenuesInOneProcess();
};

namespace {

struct Snapshot
{
    QJsonObject tables;
    QJsonObject menu;
    QJsonObject feed;
    QMap<qint64, QJsonObject> orders;

    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(ServerFixture& fixture, const QByteArray& manager, const QList<qint64>& orderIds)
{
    Snapshot result;
    result.tables = fixture.http().get(u"/api/v1/tables"_s, manager).json();
    result.menu = fixture.http().get(u"/api/v1/menu?lang=tr"_s, manager).json();
    result.feed = fixture.http().get(u"/api/v1/events?limit=1000"_s, manager).json();
    for (const qint64 id : orderIds)
        result.orders.insert(id, fixture.http().get(ServerFixture::orderPath(id), manager).json());
    return result;
}

} // namespace

void TestRestart::restartKeepsEverything()
{
    ServerFixture fixture;
    QVERIFY_OK(fixture.start());
    const Result<LoginReply> waiter = fixture.login(u"ayse"_s, u"1111"_s);
    QVERIFY_OK(waiter);
    const QByteArray token = waiter->token.toUtf8();
    const Result<LoginReply> revoked = fixture.login(u"mehmet"_s, u"2222"_s);
    QVERIFY_OK(revoked);
    Result<QByteArray> manager = fixture.token(u"selin"_s);
    QVERIFY_OK(manager);
    const Result<QList<MenuItem>> menu = fixture.menu(token);
    QVERIFY_OK(menu);

    // Writes, a conflict and a close on two tables.
    const Result<Table> first = fixture.table(u"1"_s, token);
    const Result<Table> second = fixture.table(u"2"_s, token);
    QVERIFY_OK(first);
    QVERIFY_OK(second);
    fixture.clock().advance(1000);
    Lines lines{ServerFixture::newLine(menu->at(0).id, 2, 3, u"kein Salz"_s),
                ServerFixture::newLine(menu->at(1).id)};
    QCOMPARE(fixture.patchLines(first->orderId, 1, lines, token).status, 200);
    fixture.clock().advance(1000);
    lines[0].qty = 3;
    QCOMPARE(fixture.patchLines(first->orderId, 2, lines, token).status, 200);
    QCOMPARE(fixture.patchLines(first->orderId, 1, lines, token).status, 409);
    QCOMPARE(fixture.patchLines(second->orderId, 1, lines.mid(1), token).status, 200);
    const HttpReply closed = fixture.close(second->orderId, 2, token);
    QCOMPARE(closed.status, 200);
    const qint64 nextOrderId = closed.json().value(u"next_order_id"_s).toInteger();
    QCOMPARE(fixture.http()
                 .send("POST", u"/api/v1/logout"_s, {},
                       {HttpTestClient::bearer(revoked->token.toUtf8())})
                 .status,
             204);

    const QList<qint64> orderIds{first->orderId, second->orderId, nextOrderId};
    const Snapshot before = snapshot(fixture, manager.value(), orderIds);
    QCOMPARE(before.feed.value(u"events"_s).toArray().size(), 6);

    QVERIFY_OK(fixture.restart());
    const Snapshot after = snapshot(fixture, manager.value(), orderIds);
    QCOMPARE(after.tables, before.tables);
    QCOMPARE(after.menu, before.menu);
    QCOMPARE(after.feed, before.feed);
    QCOMPARE(after.orders, before.orders);

    // Staff and tokens survive; a revoked token stays revoked.
    QCOMPARE(fixture.http().get(u"/api/v1/tables"_s, token).status, 200);
    QCOMPARE(fixture.http().get(u"/api/v1/tables"_s, revoked->token.toUtf8()).status, 401);
    QVERIFY_OK(fixture.login(u"elif"_s, u"3333"_s));
    QCOMPARE(fixture.http()
                 .sendJson("POST", u"/api/v1/login"_s,
                           QJsonObject{{u"staff"_s, u"elif"_s}, {u"pin"_s, u"1234"_s}})
                 .status,
             401);

    // The versions go on where they were.
    QCOMPARE(fixture.patchLines(first->orderId, 3, lines.mid(0, 1), token).status, 200);

    // The token's expiry is kept, across another restart.
    QVERIFY_OK(fixture.restart());
    fixture.clock().set(waiter->expiresAt - 1);
    QCOMPARE(fixture.http().get(u"/api/v1/tables"_s, token).status, 200);
    fixture.clock().set(waiter->expiresAt + 1);
    const HttpReply expired = fixture.http().get(u"/api/v1/tables"_s, token);
    QVERIFY2(expired.status == 401, expired.describe().constData());
}

void TestRestart::seedingTwiceChangesNothing()
{
    ServerFixture fixture;
    const Result<ServerFixture::Venue> venue = fixture.startVenue();
    QVERIFY_OK(venue);
    const QByteArray manager = venue->managerToken;
    const Result<Table> table = fixture.table(u"3"_s, manager);
    QVERIFY_OK(table);
    QCOMPARE(
        fixture
            .patchLines(table->orderId, 1, {ServerFixture::newLine(venue->menu.at(0).id)}, manager)
            .status,
        200);
    const Snapshot before = snapshot(fixture, manager, {table->orderId});

    // In the running server and after a restart with seeding.
    QVERIFY_OK(fixture.server()->seedDemo());
    QCOMPARE(snapshot(fixture, manager, {table->orderId}), before);
    QVERIFY_OK(fixture.restart(true));
    QCOMPARE(snapshot(fixture, manager, {table->orderId}), before);
    QCOMPARE(before.tables.value(u"tables"_s).toArray().size(), 60);
}

// Several VenueServers live in one process, each on its own file.
void TestRestart::twoVenuesInOneProcess()
{
    ServerFixture first;
    ServerFixture second;
    QVERIFY_OK(first.start());
    QVERIFY_OK(second.start());
    QVERIFY(first.databasePath() != second.databasePath());
    QVERIFY(first.port() != second.port());
    Result<QByteArray> firstToken = first.token(u"ayse"_s);
    Result<QByteArray> secondToken = second.token(u"ayse"_s);
    QVERIFY_OK(firstToken);
    QVERIFY_OK(secondToken);
    QCOMPARE(second.http().get(u"/api/v1/tables"_s, firstToken.value()).status, 401);

    const Result<Table> table = first.table(u"1"_s, firstToken.value());
    QVERIFY_OK(table);
    const Result<QList<MenuItem>> menu = first.menu(firstToken.value());
    QVERIFY_OK(menu);
    QCOMPARE(first
                 .patchLines(table->orderId, 1, {ServerFixture::newLine(menu->at(0).id)},
                             firstToken.value())
                 .status,
             200);
    const Result<Table> untouched = second.table(u"1"_s, secondToken.value());
    QVERIFY_OK(untouched);
    QCOMPARE(untouched->version, 1);
    QCOMPARE(untouched->itemCount, 0);
    QVERIFY_OK(second.restart());
    QCOMPARE(first.table(u"1"_s, firstToken.value())->version, 2);
}

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart.moc"
