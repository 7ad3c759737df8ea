#include "JsonKeys.h"
#include "KitchenFire.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/KitchenCodec.h"
#include "model/VoidCodec.h"
#include "server/VenueServer.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Who may call what (issue 8): every route of VenueServer::routeTable() against no token, an
// expired token, a waiter, a manager and a kitchen login, from one table of expectations that must
// name every route; and the fields only the server sets, which no write route takes from a client.
class TestAuthorizationMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRowIsARoute();
    void matrix_data();
    void matrix();
    void serverFieldsAreIgnored_data();
    void serverFieldsAreIgnored();

private:
    Result<QByteArray> credential(const QString& who);
    Result<Table> table();
    HttpReply call(const QByteArray& method, const QString& path, const QByteArray& token);
    int upgradeStatus(const QString& path, const QByteArray& token);

    ServerFixture m_fixture;
    qint64 m_ticketId = 0;
};

namespace {

constexpr qint64 tokenLifetimeMs = 60'000;
const QString tableId = u"3"_s;

// What each kind of caller gets on each route, with a well-formed request.
struct Expected
{
    QByteArray method;
    QString path;
    int none;
    int expired;
    int waiter;
    int manager;
    int kitchen;
};

const QList<Expected>& expectations()
{
    static const QList<Expected> all{
        {"GET", u"/api/v1/health"_s, 200, 200, 200, 200, 200},
        {"GET", u"/api/v1/openapi.json"_s, 200, 200, 200, 200, 200},
        {"POST", u"/api/v1/login"_s, 200, 200, 200, 200, 200},
        {"POST", u"/api/v1/logout"_s, 401, 401, 204, 204, 204},
        {"POST", u"/api/v1/approvals"_s, 401, 401, 200, 200, 403},
        {"GET", u"/api/v1/menu"_s, 401, 401, 200, 200, 200},
        {"GET", u"/api/v1/tables"_s, 401, 401, 200, 200, 200},
        {"GET", u"/api/v1/staff"_s, 401, 401, 200, 200, 200},
        {"GET", u"/api/v1/orders/{id}"_s, 401, 401, 200, 200, 200},
        {"PATCH", u"/api/v1/orders/{id}"_s, 401, 401, 200, 200, 403},
        {"POST", u"/api/v1/orders/{id}/close"_s, 401, 401, 200, 200, 403},
        {"POST", u"/api/v1/orders/{id}/fire"_s, 401, 401, 200, 200, 403},
        {"GET", u"/api/v1/orders/{id}/events"_s, 401, 401, 200, 200, 200},
        {"GET", u"/api/v1/orders/{id}/bill"_s, 401, 401, 200, 200, 200},
        {"GET", u"/api/v1/events"_s, 401, 401, 403, 200, 403},
        {"GET", u"/api/v1/events/latest"_s, 401, 401, 403, 200, 403},
        {"POST", u"/api/v1/fire"_s, 401, 401, 403, 200, 403},
        {"GET", u"/api/v1/kitchen/tickets"_s, 401, 401, 403, 200, 200},
        {"POST", u"/api/v1/kitchen/tickets/{id}/bump"_s, 401, 401, 403, 200, 200},
        {"PUT", u"/api/v1/menu/{id}/availability"_s, 401, 401, 403, 200, 200},
        {"GET", u"/api/v1/stream"_s, 401, 401, 101, 101, 101},
    };
    return all;
}

const Expected* expectationFor(const QByteArray& method, const QString& path)
{
    for (const Expected& row : expectations()) {
        if (row.method == method && row.path == path)
            return &row;
    }
    return nullptr;
}

} // namespace

void TestAuthorizationMatrix::initTestCase()
{
    m_fixture.options().tokenLifetimeMs = tokenLifetimeMs;
    QVERIFY_OK(m_fixture.start());
    // A ticket to bump, on a table of its own.
    const Result<QList<qint64>> tickets =
        KitchenFire::fireLine(m_fixture, u"9"_s, u"soup-lentil"_s);
    QVERIFY_OK(tickets);
    QVERIFY(!tickets->isEmpty());
    m_ticketId = tickets->first();
    QVERIFY(m_ticketId > 0);
}

// A row for a route that no longer exists is a stale expectation.
void TestAuthorizationMatrix::everyRowIsARoute()
{
    const QList<QPair<QByteArray, QString>> routes = VenueServer::routeTable();
    for (const Expected& row : expectations())
        QVERIFY2(routes.contains(qMakePair(row.method, row.path)),
                 qPrintable(QString::fromLatin1(row.method) + u' ' + row.path));
}

void TestAuthorizationMatrix::matrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected"); // 0: the route has no row in the matrix

    for (const auto& [method, path] : VenueServer::routeTable()) {
        const Expected* row = expectationFor(method, path);
        const QList<QPair<QString, int>> callers{{u"none"_s, row ? row->none : 0},
                                                 {u"expired"_s, row ? row->expired : 0},
                                                 {u"waiter"_s, row ? row->waiter : 0},
                                                 {u"manager"_s, row ? row->manager : 0},
                                                 {u"kitchen"_s, row ? row->kitchen : 0}};
        for (const auto& [who, status] : callers) {
            const QByteArray name = method + ' ' + path.toLatin1() + " as " + who.toLatin1();
            QTest::newRow(name.constData()) << method << path << who << status;
        }
    }
}

void TestAuthorizationMatrix::matrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(int, expected);
    QVERIFY2(expected != 0, "This route has no row in the authorization matrix: add one.");

    const Result<QByteArray> token = credential(who);
    QVERIFY_OK(token);
    const Result<Table> current = table();
    QVERIFY_OK(current);
    QString target = path;
    // The {id} of each route: a ticket to bump, a menu item to sell out, else the order.
    if (path.contains(u"/kitchen/tickets/"_s))
        target.replace(u"{id}"_s, QString::number(m_ticketId));
    else if (path.startsWith(u"/api/v1/menu/"_s))
        target.replace(u"{id}"_s, u"soup-lentil"_s);
    else
        target.replace(u"{id}"_s, QString::number(current->orderId));

    if (path == u"/api/v1/stream"_s) {
        QCOMPARE(upgradeStatus(target, token.value()), expected);
        return;
    }
    const HttpReply reply = call(method, target, token.value());
    QVERIFY2(reply.status == expected, reply.describe().constData());
    if (expected == 401)
        QCOMPARE(reply.errorCode(), ErrorCode::Unauthorized);
    if (expected == 403)
        QCOMPARE(reply.errorCode(), ErrorCode::Forbidden);
}

// A fresh token of the kind named, or none; an expired one is made by moving the clock past
// its lifetime (the other kinds are logged in afterwards, so they are still valid).
Result<QByteArray> TestAuthorizationMatrix::credential(const QString& who)
{
    if (who == "none"_L1)
        return QByteArray();
    if (who == "waiter"_L1)
        return m_fixture.token(u"ayse"_s);
    if (who == "manager"_L1)
        return m_fixture.token(u"selin"_s);
    if (who == "kitchen"_L1)
        return m_fixture.token(u"chef"_s);
    Result<QByteArray> token = m_fixture.token(u"elif"_s);
    m_fixture.clock().advance(tokenLifetimeMs + 1);
    return token;
}

Result<Table> TestAuthorizationMatrix::table()
{
    Result<QByteArray> manager = m_fixture.token(u"selin"_s);
    if (!manager)
        return manager.error();
    return m_fixture.table(tableId, manager.value());
}

// The route called as a tablet would: the order's current version where a write needs one.
HttpReply TestAuthorizationMatrix::call(const QByteArray& method, const QString& path,
                                        const QByteArray& token)
{
    HttpTestClient::Headers headers;
    if (!token.isEmpty())
        headers.append(HttpTestClient::bearer(token));
    QByteArray body;
    if (path == "/api/v1/login"_L1) {
        body = JsonCodec::encode(QJsonObject{{u"staff"_s, u"can"_s}, {u"pin"_s, u"4444"_s}});
    } else if (path == "/api/v1/approvals"_L1) {
        body = JsonCodec::encode(QJsonObject{{u"staff"_s, u"selin"_s}, {u"pin"_s, u"9999"_s}});
    } else if (method == "PATCH" || path.endsWith("/close"_L1) || path.endsWith("/fire"_L1)) {
        const Result<Table> current = table();
        QJsonObject object{{u"expected_version"_s, current ? current->version : 0}};
        if (method == "PATCH")
            object.insert(u"items"_s, QJsonArray());
        if (path == "/api/v1/fire"_L1)
            object = QJsonObject{{u"course"_s, 1}, {u"tables"_s, QJsonArray{tableId}}};
        body = JsonCodec::encode(object);
    } else if (method == "PUT") {
        body = JsonCodec::encode(QJsonObject{{u"available"_s, true}});
    }
    return m_fixture.http().send(method, path, body, headers);
}

// The status line an upgrade request to `path` is answered with (101 when it is taken).
int TestAuthorizationMatrix::upgradeStatus(const QString& path, const QByteArray& token)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_fixture.port());
    if (!socket.waitForConnected(5000))
        return -1;
    QByteArray request = "GET " + path.toLatin1() +
                         " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    socket.write(request + "\r\n");
    // The server runs on this thread: wait with its events flowing.
    QByteArray received;
    (void)QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return received.contains("\r\n") || socket.state() != QAbstractSocket::ConnectedState;
        },
        10000);
    socket.abort();
    return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : -1;
}

// Each write route given every server-owned field a client could try to set: the reply and
// what is stored carry the server's values only.
void TestAuthorizationMatrix::serverFieldsAreIgnored_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const auto& [method, path] : VenueServer::routeTable()) {
        const QByteArray name = method + ' ' + path.toLatin1();
        if (method != "GET")
            QTest::newRow(name.constData()) << method << path;
    }
}

void TestAuthorizationMatrix::serverFieldsAreIgnored()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);

    const Result<QByteArray> waiter = m_fixture.token(u"ayse"_s);
    QVERIFY_OK(waiter);
    const Result<Table> before = table();
    QVERIFY_OK(before);
    const qint64 orderId = before->orderId;
    const qint64 now = m_fixture.clock().nowMs();
    const QJsonObject forged{{u"version"_s, 900},
                             {u"status"_s, u"closed"_s},
                             {u"id"_s, 1},
                             {u"order_id"_s, 1},
                             {u"table_id"_s, u"1"_s},
                             {u"updated_at"_s, 5},
                             {u"added_by"_s, u"selin"_s},
                             {u"added_at"_s, 5},
                             {u"seq"_s, 7},
                             {u"author"_s, u"selin"_s},
                             {u"at"_s, 5},
                             {u"kind"_s, u"remove"_s},
                             {u"role"_s, u"manager"_s},
                             {u"expires_at"_s, 5},
                             {u"token"_s, u"forged"_s},
                             {u"next_order_id"_s, 1},
                             {u"created_by"_s, u"selin"_s},
                             {u"created_at"_s, 5},
                             {u"bumped_by"_s, u"selin"_s},
                             {u"bumped_at"_s, 5},
                             {u"ticket_id"_s, 1},
                             {u"fired_at"_s, 5},
                             {u"price_cents"_s, 1},
                             {u"station"_s, u"forged"_s}};
    const auto withForged = [&forged](QJsonObject object) {
        for (auto it = forged.begin(); it != forged.end(); ++it) {
            if (!object.contains(it.key()))
                object.insert(it.key(), it.value());
        }
        return object;
    };

    if (path == "/api/v1/login"_L1) {
        const HttpReply reply = m_fixture.http().sendJson(
            "POST", path, withForged({{u"staff"_s, u"can"_s}, {u"pin"_s, u"4444"_s}}));
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const Result<LoginReply> login = JsonDecoder::loginReplyFromJson(reply.json());
        QVERIFY_OK(login);
        QCOMPARE(login->staff.role, Staff::Role::Waiter);
        QCOMPARE(login->expiresAt, now + tokenLifetimeMs);
        QVERIFY(login->token != u"forged"_s);
        QCOMPARE(m_fixture.http().get(u"/api/v1/events"_s, login->token.toUtf8()).status, 403);
    } else if (path == "/api/v1/approvals"_L1) {
        // The approval is the manager's whose PIN it is, for the server's 120 seconds.
        const HttpReply reply = m_fixture.http().sendJson(
            "POST", path,
            withForged({{u"staff"_s, u"selin"_s}, {u"pin"_s, u"9999"_s}, {u"approval"_s, u"x"_s}}),
            waiter.value());
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const Result<ApprovalReply> approval = VoidCodec::approvalReplyFromJson(reply.json());
        QVERIFY_OK(approval);
        QCOMPARE(approval->staff.id, u"selin"_s);
        QCOMPARE(approval->staff.role, Staff::Role::Manager);
        QCOMPARE(approval->expiresAt, now + 120 * 1000);
        QVERIFY(approval->approval != u"x"_s && approval->approval != u"forged"_s);
    } else if (path == "/api/v1/logout"_L1) {
        // The body cannot name another token to revoke: only the caller's stops working.
        const Result<QByteArray> other = m_fixture.token(u"mehmet"_s);
        QVERIFY_OK(other);
        QJsonObject body = withForged({});
        body.insert(u"token"_s, QString::fromLatin1(other.value()));
        const HttpReply reply = m_fixture.http().sendJson("POST", path, body, waiter.value());
        QVERIFY2(reply.status == 204, reply.describe().constData());
        QCOMPARE(m_fixture.http().get(u"/api/v1/tables"_s, waiter.value()).status, 401);
        QCOMPARE(m_fixture.http().get(u"/api/v1/tables"_s, other.value()).status, 200);
    } else if (method == "PATCH" && path == "/api/v1/orders/{id}"_L1) {
        const Result<QList<MenuItem>> menu = m_fixture.menu(waiter.value());
        QVERIFY_OK(menu);
        QVERIFY(!menu->isEmpty());
        Line line = ServerFixture::newLine(menu->first().id, 2);
        line.priceCents = 1;
        line.state = Line::State::Fired;
        line.firedAt = 5;
        QJsonObject item = withForged(JsonCodec::toJson(line));
        const QJsonObject body =
            withForged({{u"expected_version"_s, before->version}, {u"items"_s, QJsonArray{item}}});
        const HttpReply reply = m_fixture.patch(orderId, body, waiter.value());
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const Result<Order> stored = m_fixture.order(orderId, waiter.value());
        QVERIFY_OK(stored);
        QCOMPARE(stored->id, orderId);
        QCOMPARE(stored->tableId, tableId);
        QCOMPARE(stored->version, before->version + 1);
        QCOMPARE(stored->status, Order::Status::Open);
        QCOMPARE(stored->updatedAt, now);
        QCOMPARE(stored->items.size(), 1);
        QCOMPARE(stored->items.first().addedBy, u"ayse"_s);
        QCOMPARE(stored->items.first().addedAt, now);
        QCOMPARE(stored->items.first().priceCents, menu->first().priceCents);
        QCOMPARE(stored->items.first().state, Line::State::New);
        QCOMPARE(stored->items.first().firedAt, 0);
        const Result<QList<Event>> events = m_fixture.orderEvents(orderId, waiter.value());
        QVERIFY_OK(events);
        QVERIFY(!events->isEmpty());
        const Event& added = events->last();
        QCOMPARE(added.kind, Event::Kind::Add);
        QCOMPARE(added.author, u"ayse"_s);
        QCOMPARE(added.at, now);
        QCOMPARE(added.version, before->version + 1);
        QVERIFY(added.seq != 7);
    } else if (path == "/api/v1/orders/{id}/close"_L1) {
        const QJsonObject body = withForged({{u"expected_version"_s, before->version}});
        const HttpReply reply = m_fixture.http().sendJson(
            "POST", ServerFixture::orderPath(orderId) + u"/close"_s, body, waiter.value());
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QVERIFY(reply.json().value(u"next_order_id"_s).toInteger() > orderId);
        const Result<Order> stored = m_fixture.order(orderId, waiter.value());
        QVERIFY_OK(stored);
        QCOMPARE(stored->tableId, tableId);
        QCOMPARE(stored->version, before->version + 1);
        QCOMPARE(stored->status, Order::Status::Closed);
        const Result<QList<Event>> events = m_fixture.orderEvents(orderId, waiter.value());
        QVERIFY_OK(events);
        QVERIFY(!events->isEmpty());
        QCOMPARE(events->last().kind, Event::Kind::Close);
        QCOMPARE(events->last().author, u"ayse"_s);
        QCOMPARE(events->last().at, now);
    } else if (path == "/api/v1/orders/{id}/fire"_L1 || path == "/api/v1/fire"_L1) {
        const Result<QByteArray> manager = m_fixture.token(u"selin"_s);
        QVERIFY_OK(manager);
        const bool banquet = path == "/api/v1/fire"_L1;
        const Line line = ServerFixture::newLine(u"soup-lentil"_s);
        Lines lines = m_fixture.order(orderId, waiter.value()).value().items;
        lines.append(line);
        QCOMPARE(m_fixture.patchLines(orderId, before->version, lines, waiter.value()).status, 200);
        const HttpReply reply =
            banquet
                ? m_fixture.http().sendJson(
                      "POST", path,
                      withForged({{u"course"_s, 1}, {u"tables"_s, QJsonArray{tableId}}}),
                      manager.value())
                : m_fixture.http().sendJson(
                      "POST", ServerFixture::orderPath(orderId) + u"/fire"_s,
                      withForged({{u"expected_version"_s, before->version + 1}}), waiter.value());
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const Result<Order> stored = m_fixture.order(orderId, waiter.value());
        QVERIFY_OK(stored);
        QCOMPARE(stored->version, before->version + 2);
        const Line* firedLine = stored->findLine(line.lineId);
        QVERIFY(firedLine);
        QCOMPARE(firedLine->firedAt, now);
        const Result<Ticket> ticket =
            KitchenCodec::ticketFromJson(reply.json().value(u"tickets"_s).toArray().at(0));
        QVERIFY_OK(ticket);
        QCOMPARE(ticket->createdBy, banquet ? u"selin"_s : u"ayse"_s);
        QCOMPARE(ticket->createdAt, now);
        QCOMPARE(ticket->station, u"hot"_s);
        QCOMPARE(ticket->tableId, tableId);
        QVERIFY(!ticket->bumped());
    } else if (path == "/api/v1/kitchen/tickets/{id}/bump"_L1) {
        const Result<QByteArray> chef = m_fixture.token(u"chef"_s);
        QVERIFY_OK(chef);
        const Result<QList<qint64>> fired =
            KitchenFire::fireLine(m_fixture, tableId, u"drink-water"_s);
        QVERIFY_OK(fired);
        QCOMPARE(fired->size(), 1);
        const qint64 id = fired->first();
        const HttpReply reply = m_fixture.http().sendJson(
            "POST", u"/api/v1/kitchen/tickets/%1/bump"_s.arg(id), withForged({}), chef.value());
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const Result<Ticket> bumped = KitchenCodec::ticketFromJson(reply.json());
        QVERIFY_OK(bumped);
        QCOMPARE(bumped->id, id);
        QCOMPARE(bumped->bumpedBy, u"chef"_s);
        QCOMPARE(bumped->bumpedAt, now);
        QCOMPARE(bumped->createdBy, u"ayse"_s);
    } else if (path == "/api/v1/menu/{id}/availability"_L1) {
        const Result<QByteArray> chef = m_fixture.token(u"chef"_s);
        QVERIFY_OK(chef);
        const HttpReply reply = m_fixture.http().sendJson(
            "PUT", u"/api/v1/menu/soup-lentil/availability"_s,
            withForged({{u"available"_s, false}, {u"name"_s, u"forged"_s}}), chef.value());
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const Result<MenuItem> item = JsonDecoder::menuItemFromJson(reply.json());
        QVERIFY_OK(item);
        QCOMPARE(item->id, u"soup-lentil"_s);
        QCOMPARE(item->station, u"hot"_s);
        QCOMPARE(item->name, u"Lentil soup"_s);
        QVERIFY(item->priceCents > 1);
        QCOMPARE(item->available, false);
        QCOMPARE(m_fixture.http()
                     .sendJson("PUT", u"/api/v1/menu/soup-lentil/availability"_s,
                               {{u"available"_s, true}}, chef.value())
                     .status,
                 200);
    } else {
        QFAIL("A write route without a case here: say which fields it must ignore.");
    }
}

QTEST_GUILESS_MAIN(TestAuthorizationMatrix)
#include "tst_authorizationmatrix.moc"
