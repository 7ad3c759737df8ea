#include "JsonKeys.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/JsonDecoder.h"
#include "model/KitchenCodec.h"
#include "server/store/StoreFactory.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The kitchen (api-v1.md "The kitchen", "Sold out" and the kitchen's part of the guarded
// write): firing by course and by line, the banquet fire, tickets and their bumps, sold-out
// items and fired lines. Each test works on tables of its own.
class TestKitchenRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fireByCourse();
    void fireByLines();
    void nothingToFireKeepsTheVersion_data();
    void nothingToFireKeepsTheVersion();
    void replayedFireIsAConflict();
    void fireAgainFiresOnlyTheNewLines();
    void fireGuards_data();
    void fireGuards();
    void fireWithIfMatch();
    void fireOnAClosedOrder();
    void banquetFiresOneCourseOnEveryTable();
    void banquetIsAllOrNothing();
    void ticketsPage();
    void ticketsByStationAndOpen();
    void ticketsQueryErrors_data();
    void ticketsQueryErrors();
    void bumpIsIdempotent();
    void bumpUnknownTicket();
    void kitchenReadsButNeverWritesOrders();
    void kitchenRoutesRefuseWaiters_data();
    void kitchenRoutesRefuseWaiters();
    void soldOutItemCannotBeAdded();
    void soldOutLeavesExistingLinesAlone();
    void availabilityErrors_data();
    void availabilityErrors();
    void firedLineNeverChanges_data();
    void firedLineNeverChanges();
    void firedLineCannotJustLeave();
    void firedLinesStayFiredThroughLaterWrites();
    void linesKeepTheOrderTheyJoined();
    void newLinesTakeTheMenuPrice();
    void seatChangesAreInTheLog();
    // Last: it changes the menu and restarts the server.
    void linesKeepTheirPriceWhenTheMenuChanges();

private:
    // PATCHes `lines` onto the table's open order (at its version); the order afterwards.
    Result<Order> put(const QString& tableId, const Lines& lines, const QString& staff = u"ayse"_s);
    HttpReply fire(qint64 orderId, const QJsonObject& body, const QString& staff = u"ayse"_s,
                   HttpTestClient::Headers headers = {});
    HttpReply banquet(int course, const QStringList& tables, const QString& staff = u"selin"_s);
    HttpReply tickets(const QString& query, const QString& staff = u"chef"_s);
    HttpReply setAvailable(const QString& itemId, bool available, const QString& staff = u"chef"_s);
    Result<Tickets> allTickets();
    static Line course(Line line, int course);

    ServerFixture m_fixture;
    QMap<QString, QByteArray> m_tokens;
    QHash<QString, MenuItem> m_menu;
};

namespace {

const QString soup = u"soup-lentil"_s;        // hot
const QString hummus = u"starter-hummus"_s;   // cold
const QString kebab = u"main-adana-kebab"_s;  // hot
const QString water = u"drink-water"_s;       // bar
const QString baklava = u"dessert-baklava"_s; // pastry

QJsonObject fireBody(qint64 version, const QList<int>& courses = {}, const QStringList& lines = {})
{
    QJsonObject body{{u"expected_version"_s, version}};
    if (!courses.isEmpty()) {
        QJsonArray array;
        for (int course : courses)
            array.append(course);
        body.insert(u"courses"_s, array);
    }
    if (!lines.isEmpty())
        body.insert(u"lines"_s, QJsonArray::fromStringList(lines));
    return body;
}

QStringList lineIdsOf(const TicketLines& lines)
{
    QStringList ids;
    for (const TicketLine& line : lines)
        ids.append(line.lineId);
    return ids;
}

const Line* lineOf(const Order& order, const Line& line)
{
    return order.findLine(line.lineId);
}

// Compares a member of `line` as `order` holds it, failing first when the order lacks it.
#define QCOMPARE_LINE(order, line, member, expected)                                               \
    do {                                                                                           \
        const Line* found_ = lineOf(order, line);                                                  \
        QVERIFY2(found_, qPrintable((line).lineId + u" is not in the order"_s));                   \
        QCOMPARE(found_->member, expected);                                                        \
    } while (false)

} // namespace

void TestKitchenRoutes::initTestCase()
{
    const Result<ServerFixture::Venue> venue =
        m_fixture.startVenue({u"ayse"_s, u"mehmet"_s, u"chef"_s});
    QVERIFY_OK(venue);
    for (const MenuItem& item : venue->menu)
        m_menu.insert(item.id, item);
    for (const QString& id : {soup, hummus, kebab, water, baklava})
        QVERIFY2(m_menu.contains(id), qPrintable(id));
    QCOMPARE(m_menu.value(soup).station, u"hot"_s);
    QCOMPARE(m_menu.value(hummus).station, u"cold"_s);
    QCOMPARE(m_menu.value(water).station, u"bar"_s);
    QCOMPARE(m_menu.value(baklava).station, u"pastry"_s);
    m_tokens = venue->tokens;
}

Result<Order> TestKitchenRoutes::put(const QString& tableId, const Lines& lines,
                                     const QString& staff)
{
    const Result<Order> order = m_fixture.tableOrder(tableId);
    if (!order)
        return order.error();
    const HttpReply reply =
        m_fixture.patchLines(order->id, order->version, lines, m_tokens.value(staff));
    if (reply.status != 200)
        return unexpectedReply(u"PATCH"_s, reply);
    return JsonDecoder::orderFromJson(reply.json());
}

HttpReply TestKitchenRoutes::fire(qint64 orderId, const QJsonObject& body, const QString& staff,
                                  HttpTestClient::Headers headers)
{
    return m_fixture.http().sendJson("POST", ServerFixture::orderPath(orderId) + u"/fire"_s, body,
                                     m_tokens.value(staff), headers);
}

HttpReply TestKitchenRoutes::banquet(int course, const QStringList& tables, const QString& staff)
{
    return m_fixture.http().sendJson(
        "POST", u"/api/v1/fire"_s,
        QJsonObject{{u"course"_s, course}, {u"tables"_s, QJsonArray::fromStringList(tables)}},
        m_tokens.value(staff));
}

HttpReply TestKitchenRoutes::tickets(const QString& query, const QString& staff)
{
    return m_fixture.http().get(u"/api/v1/kitchen/tickets"_s + query, m_tokens.value(staff));
}

HttpReply TestKitchenRoutes::setAvailable(const QString& itemId, bool available,
                                          const QString& staff)
{
    return m_fixture.http().sendJson("PUT", u"/api/v1/menu/"_s + itemId + u"/availability"_s,
                                     QJsonObject{{u"available"_s, available}},
                                     m_tokens.value(staff));
}

Result<Tickets> TestKitchenRoutes::allTickets()
{
    const HttpReply reply = tickets(u"?limit=1000"_s);
    if (reply.status != 200)
        return unexpectedReply(u"GET /kitchen/tickets"_s, reply);
    Result<TicketsPage> page = KitchenCodec::ticketsPageFromJson(reply.json());
    if (!page)
        return page.error();
    return page->tickets;
}

Line TestKitchenRoutes::course(Line line, int course)
{
    line.course = course;
    return line;
}

void TestKitchenRoutes::fireByCourse()
{
    const Line soupLine = ServerFixture::newLine(soup, 2, 1, u"no onions"_s);
    const Line hummusLine = ServerFixture::newLine(hummus, 1, 2);
    const Line kebabLine = course(ServerFixture::newLine(kebab, 1, 1), 2);
    const Line waterLine = ServerFixture::newLine(water, 3);
    const Line soupTwo = ServerFixture::newLine(soup, 1, 3);
    const Result<Order> before = put(u"1"_s, {soupLine, hummusLine, kebabLine, waterLine, soupTwo});
    QVERIFY_OK(before);
    m_fixture.clock().advance(1000);
    const qint64 firedAt = m_fixture.clock().nowMs();

    const HttpReply reply = fire(before->id, fireBody(before->version, {1}));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(keysOf(reply.json()), (QSet<QString>{u"order"_s, u"tickets"_s}));
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(before->version + 1));
    const Result<FireReply> fired = KitchenCodec::fireReplyFromJson(reply.json());
    QVERIFY_OK(fired);
    QCOMPARE(fired->order.version, before->version + 1);
    for (const Line& line : {soupLine, hummusLine, waterLine, soupTwo}) {
        QCOMPARE_LINE(fired->order, line, state, Line::State::Fired);
        QCOMPARE_LINE(fired->order, line, firedAt, firedAt);
    }
    QCOMPARE_LINE(fired->order, kebabLine, state, Line::State::New);
    QCOMPARE_LINE(fired->order, kebabLine, firedAt, 0);
    QVERIFY(!reply.json()
                 .value(u"order"_s)
                 .toObject()
                 .value(u"items"_s)
                 .toArray()
                 .at(2)
                 .toObject()
                 .contains(u"fired_at"_s));

    // One ticket per station of course 1, stations as their first line comes, lines in the
    // order's line order.
    QCOMPARE(fired->tickets.size(), 3);
    QCOMPARE(fired->tickets.at(0).station, u"hot"_s);
    QCOMPARE(lineIdsOf(fired->tickets.at(0).lines), (QStringList{soupLine.lineId, soupTwo.lineId}));
    QCOMPARE(fired->tickets.at(1).station, u"cold"_s);
    QCOMPARE(lineIdsOf(fired->tickets.at(1).lines), QStringList{hummusLine.lineId});
    QCOMPARE(fired->tickets.at(2).station, u"bar"_s);
    QVERIFY(fired->tickets.at(0).id < fired->tickets.at(1).id);
    QVERIFY(fired->tickets.at(1).id < fired->tickets.at(2).id);
    const Ticket& hot = fired->tickets.first();
    QCOMPARE(hot.orderId, before->id);
    QCOMPARE(hot.tableId, u"1"_s);
    QCOMPARE(hot.tableName, u"Table 1"_s);
    QCOMPARE(hot.kind, Ticket::Kind::Fire);
    QCOMPARE(hot.course, 1);
    QCOMPARE(hot.createdBy, u"ayse"_s);
    QCOMPARE(hot.createdAt, firedAt);
    QVERIFY(!hot.bumped());
    const TicketLine& first = hot.lines.first();
    QCOMPARE(first.menuItemId, soup);
    QCOMPARE(first.name, u"Lentil soup"_s);
    QCOMPARE(first.qty, 2);
    QCOMPARE(first.seat, 1);
    QCOMPARE(first.note, u"no onions"_s);

    // One fire event per fired line, naming its ticket, at the new version.
    const Result<QList<Event>> events =
        m_fixture.orderEvents(before->id, m_tokens.value(u"selin"_s));
    QVERIFY_OK(events);
    QList<Event> fires;
    for (const Event& event : events.value()) {
        if (event.kind == Event::Kind::Fire)
            fires.append(event);
    }
    QCOMPARE(fires.size(), 4);
    for (const Event& event : std::as_const(fires)) {
        QCOMPARE(event.version, before->version + 1);
        QCOMPARE(event.author, u"ayse"_s);
        QVERIFY(event.ticketId.has_value());
        if (event.lineId == soupLine.lineId) {
            QCOMPARE(*event.ticketId, hot.id);
            QCOMPARE(event.seat, std::optional<int>(1));
            QCOMPARE(event.qty, std::optional<int>(2));
        }
    }
}

void TestKitchenRoutes::fireByLines()
{
    const Line a = ServerFixture::newLine(soup);
    const Line b = ServerFixture::newLine(soup);
    const Line c = course(ServerFixture::newLine(baklava), 3);
    const Result<Order> before = put(u"2"_s, {a, b, c});
    QVERIFY_OK(before);

    // Only the named lines, and only those also in the named courses.
    HttpReply reply = fire(before->id, fireBody(before->version, {}, {b.lineId, c.lineId}));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    Result<FireReply> fired = KitchenCodec::fireReplyFromJson(reply.json());
    QVERIFY_OK(fired);
    QCOMPARE_LINE(fired->order, a, state, Line::State::New);
    QCOMPARE_LINE(fired->order, b, state, Line::State::Fired);
    QCOMPARE_LINE(fired->order, c, state, Line::State::Fired);
    QCOMPARE(fired->tickets.size(), 2);
    QCOMPARE(fired->tickets.at(0).course, 1);
    QCOMPARE(lineIdsOf(fired->tickets.at(0).lines), QStringList{b.lineId});
    QCOMPARE(fired->tickets.at(1).course, 3);
    QCOMPARE(fired->tickets.at(1).station, u"pastry"_s);

    reply = fire(before->id, fireBody(fired->order.version, {3}, {a.lineId.toUpper()}));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(u"tickets"_s).toArray().size(), 0);
    reply = fire(before->id, fireBody(fired->order.version, {1}, {a.lineId.toUpper()}));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    fired = KitchenCodec::fireReplyFromJson(reply.json());
    QVERIFY_OK(fired);
    QCOMPARE(fired->tickets.size(), 1);
    QCOMPARE(lineIdsOf(fired->tickets.first().lines), QStringList{a.lineId});
}

void TestKitchenRoutes::nothingToFireKeepsTheVersion_data()
{
    QTest::addColumn<QString>("tableId");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QList<int>>("courses");
    QTest::newRow("empty order") << u"3"_s << Lines{} << QList<int>{};
    QTest::newRow("no line of the course")
        << u"4"_s << Lines{ServerFixture::newLine(soup)} << QList<int>{5};
}

void TestKitchenRoutes::nothingToFireKeepsTheVersion()
{
    QFETCH(QString, tableId);
    QFETCH(Lines, lines);
    QFETCH(QList<int>, courses);
    const Result<Order> before =
        lines.isEmpty() ? m_fixture.tableOrder(tableId) : put(tableId, lines);
    QVERIFY_OK(before);
    const Result<Tickets> ticketsBefore = allTickets();
    QVERIFY_OK(ticketsBefore);

    const HttpReply reply = fire(before->id, fireBody(before->version, courses));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(before->version));
    const Result<FireReply> fired = KitchenCodec::fireReplyFromJson(reply.json());
    QVERIFY_OK(fired);
    QCOMPARE(fired->order, before.value());
    QVERIFY(fired->tickets.isEmpty());
    QCOMPARE(m_fixture.tableOrder(tableId)->version, before->version);
    QCOMPARE(allTickets()->size(), ticketsBefore->size());
}

void TestKitchenRoutes::replayedFireIsAConflict()
{
    const Line line = ServerFixture::newLine(kebab);
    const Result<Order> before = put(u"5"_s, {line});
    QVERIFY_OK(before);
    const QJsonObject body = fireBody(before->version);
    HttpReply reply = fire(before->id, body);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const Result<Tickets> afterFirst = allTickets();
    QVERIFY_OK(afterFirst);

    // The same request again (a lost reply, a replayed outbox): the version moved on.
    reply = fire(before->id, body);
    QVERIFY2(reply.status == 409, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::VersionConflict);
    const Result<ConflictReply> conflict = JsonDecoder::conflictReplyFromJson(reply.json());
    QVERIFY_OK(conflict);
    QCOMPARE(conflict->current.version, before->version + 1);
    QCOMPARE_LINE(conflict->current, line, state, Line::State::Fired);
    QVERIFY(!conflict->events.isEmpty());
    QCOMPARE(conflict->events.last().kind, Event::Kind::Fire);
    QCOMPARE(allTickets()->size(), afterFirst->size());
    // The refused replay is in the order's log as a conflict on the version it was made at.
    const Result<QList<Event>> log = m_fixture.orderEvents(before->id, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(log);
    QVERIFY(!log->isEmpty());
    QCOMPARE(log->last().kind, Event::Kind::Conflict);
    QCOMPARE(log->last().expectedVersion, std::optional<qint64>(before->version));
    QCOMPARE(log->last().version, conflict->current.version);
    QCOMPARE(log->last().author, u"ayse"_s);

    // Fired again on the version it now knows: nothing is fired twice.
    reply = fire(before->id, fireBody(conflict->current.version));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(u"tickets"_s).toArray().size(), 0);
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(conflict->current.version));
    QCOMPARE(allTickets()->size(), afterFirst->size());
}

void TestKitchenRoutes::fireAgainFiresOnlyTheNewLines()
{
    const Line first = ServerFixture::newLine(soup);
    Result<Order> order = put(u"6"_s, {first});
    QVERIFY_OK(order);
    QCOMPARE(fire(order->id, fireBody(order->version, {1})).status, 200);
    order = m_fixture.tableOrder(u"6"_s);
    QVERIFY_OK(order);
    const Line second = ServerFixture::newLine(soup);
    Lines lines = order->items;
    lines.append(second);
    const HttpReply written =
        m_fixture.patchLines(order->id, order->version, lines, m_tokens.value(u"mehmet"_s));
    QVERIFY2(written.status == 200, written.describe().constData());
    order = JsonDecoder::orderFromJson(written.json());
    QVERIFY_OK(order);

    const HttpReply reply = fire(order->id, fireBody(order->version, {1}), u"mehmet"_s);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const Result<FireReply> fired = KitchenCodec::fireReplyFromJson(reply.json());
    QVERIFY_OK(fired);
    QCOMPARE(fired->tickets.size(), 1);
    QCOMPARE(lineIdsOf(fired->tickets.first().lines), QStringList{second.lineId});
    QCOMPARE(fired->tickets.first().createdBy, u"mehmet"_s);

    // Over all tickets, each line is on exactly one.
    const Result<Tickets> all = allTickets();
    QVERIFY_OK(all);
    int onTickets = 0;
    for (const Ticket& ticket : all.value())
        onTickets += int(lineIdsOf(ticket.lines).count(first.lineId));
    QCOMPARE(onTickets, 1);
}

void TestKitchenRoutes::fireGuards_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("no version") << QByteArray(R"({"courses": [1]})") << 428 << QString();
    QTest::newRow("empty body") << QByteArray() << 428 << QString();
    QTest::newRow("course 0") << QByteArray(R"({"expected_version": 2, "courses": [0]})") << 400
                              << u"courses[0]"_s;
    QTest::newRow("course 10") << QByteArray(R"({"expected_version": 2, "courses": [10]})") << 400
                               << u"courses[0]"_s;
    QTest::newRow("line not a UUID")
        << QByteArray(R"({"expected_version": 2, "lines": ["soup"]})") << 400 << u"lines[0]"_s;
    QTest::newRow("version 0") << QByteArray(R"({"expected_version": 0})") << 400
                               << u"expected_version"_s;
    QTest::newRow("not JSON") << QByteArray("{") << 400 << u"body"_s;
}

void TestKitchenRoutes::fireGuards()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Line line = ServerFixture::newLine(soup);
    const Result<Order> before = put(u"7"_s, {line});
    QVERIFY_OK(before);
    const HttpReply reply =
        m_fixture.http().send("POST", ServerFixture::orderPath(before->id) + u"/fire"_s, body,
                              {HttpTestClient::bearer(m_tokens.value(u"ayse"_s))});
    QVERIFY2(reply.status == status, reply.describe().constData());
    if (!field.isEmpty())
        QCOMPARE(reply.field(), field);
    // Nothing was fired.
    const Result<Order> after = m_fixture.tableOrder(u"7"_s);
    QVERIFY_OK(after);
    QCOMPARE(after->version, before->version);
    QCOMPARE_LINE(after.value(), line, state, Line::State::New);
    // Unknown orders are 404 whatever the body.
    QCOMPARE(m_fixture.http()
                 .send("POST", u"/api/v1/orders/987654/fire"_s, body,
                       {HttpTestClient::bearer(m_tokens.value(u"ayse"_s))})
                 .status,
             404);
    // And so that the table starts clean for the next row.
    QCOMPARE(
        m_fixture.patchLines(before->id, before->version, {}, m_tokens.value(u"ayse"_s)).status,
        200);
}

void TestKitchenRoutes::fireWithIfMatch()
{
    const Line line = ServerFixture::newLine(water);
    const Result<Order> before = put(u"8"_s, {line});
    QVERIFY_OK(before);
    HttpReply reply = fire(before->id, QJsonObject{{u"expected_version"_s, before->version + 5}},
                           u"ayse"_s, {{"If-Match", ServerFixture::entityTag(before->version)}});
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::InvalidRequest);
    const Result<Order> refused = m_fixture.tableOrder(u"8"_s);
    QVERIFY_OK(refused);
    QCOMPARE(refused->version, before->version);
    const Line* unfired = lineOf(refused.value(), line);
    QVERIFY(unfired);
    QCOMPARE(unfired->state, Line::State::New);
    reply = fire(before->id, QJsonObject{}, u"ayse"_s,
                 {{"If-Match", ServerFixture::entityTag(before->version)}});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(before->version + 1));
    QCOMPARE(reply.json().value(u"tickets"_s).toArray().size(), 1);
}

void TestKitchenRoutes::fireOnAClosedOrder()
{
    const Line line = ServerFixture::newLine(water);
    const Result<Order> before = put(u"9"_s, {line});
    QVERIFY_OK(before);
    QCOMPARE(m_fixture.close(before->id, before->version, m_tokens.value(u"selin"_s)).status, 200);
    const Result<QList<Event>> logBefore =
        m_fixture.orderEvents(before->id, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(logBefore);
    const HttpReply reply = fire(before->id, fireBody(before->version + 1));
    QVERIFY2(reply.status == 409, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::OrderClosed);
    QCOMPARE(reply.json().value(u"current"_s).toObject().value(u"status"_s).toString(),
             u"closed"_s);
    const Result<QList<Event>> logAfter =
        m_fixture.orderEvents(before->id, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(logAfter);
    QCOMPARE(logAfter->size(), logBefore->size());
}

void TestKitchenRoutes::banquetFiresOneCourseOnEveryTable()
{
    const Line starterA = ServerFixture::newLine(hummus);
    const Line mainA = course(ServerFixture::newLine(kebab, 2), 2);
    const Line mainB = course(ServerFixture::newLine(kebab), 2);
    const Line dessertB = course(ServerFixture::newLine(baklava), 2);
    const Result<Order> a = put(u"10"_s, {starterA, mainA});
    const Result<Order> b = put(u"11"_s, {mainB, dessertB});
    const Result<Order> c = put(u"12"_s, {ServerFixture::newLine(hummus)});
    QVERIFY_OK(a);
    QVERIFY_OK(b);
    QVERIFY_OK(c);

    const HttpReply reply = banquet(2, {u"10"_s, u"11"_s, u"12"_s});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(keysOf(reply.json()), (QSet<QString>{u"orders"_s, u"tickets"_s}));
    const Result<BanquetFireReply> fired = KitchenCodec::banquetFireReplyFromJson(reply.json());
    QVERIFY_OK(fired);
    // Table 12 has nothing of course 2: it is not touched.
    QCOMPARE(fired->orders,
             (QList<OrderVersion>{{a->id, a->version + 1}, {b->id, b->version + 1}}));
    QCOMPARE(m_fixture.tableOrder(u"12"_s)->version, c->version);
    QCOMPARE(fired->tickets.size(), 3);
    QCOMPARE(fired->tickets.at(0).orderId, a->id);
    QCOMPARE(fired->tickets.at(0).createdBy, u"selin"_s);
    QCOMPARE(lineIdsOf(fired->tickets.at(0).lines), QStringList{mainA.lineId});
    QCOMPARE(fired->tickets.at(1).station, u"hot"_s);
    QCOMPARE(fired->tickets.at(2).station, u"pastry"_s);
    const Result<Order> afterA = m_fixture.tableOrder(u"10"_s);
    QVERIFY_OK(afterA);
    QCOMPARE_LINE(afterA.value(), starterA, state, Line::State::New);
    QCOMPARE_LINE(afterA.value(), mainA, state, Line::State::Fired);

    // Again: nothing of course 2 is new any more.
    const HttpReply again = banquet(2, {u"10"_s, u"11"_s});
    QVERIFY2(again.status == 200, again.describe().constData());
    QCOMPARE(again.json().value(u"orders"_s).toArray().size(), 0);
    QCOMPARE(again.json().value(u"tickets"_s).toArray().size(), 0);
}

void TestKitchenRoutes::banquetIsAllOrNothing()
{
    const Line main = course(ServerFixture::newLine(kebab), 2);
    const Result<Order> before = put(u"13"_s, {main});
    QVERIFY_OK(before);
    const Result<Tickets> ticketsBefore = allTickets();
    QVERIFY_OK(ticketsBefore);

    HttpReply reply = banquet(2, {u"13"_s, u"no-such-table"_s});
    QVERIFY2(reply.status == 404, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::NotFound);
    QCOMPARE(m_fixture.tableOrder(u"13"_s).value(), before.value());
    QCOMPARE(allTickets()->size(), ticketsBefore->size());

    reply = banquet(0, {u"13"_s});
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.field(), u"course"_s);
    reply = banquet(2, {u"13"_s}, u"ayse"_s);
    QVERIFY2(reply.status == 403, reply.describe().constData());
    reply = banquet(2, {u"13"_s}, u"chef"_s);
    QVERIFY2(reply.status == 403, reply.describe().constData());
    QCOMPARE(m_fixture.tableOrder(u"13"_s).value(), before.value());
}

void TestKitchenRoutes::ticketsPage()
{
    // Three tickets of our own, then read them a page at a time from where they start.
    const Result<Tickets> existing = allTickets();
    QVERIFY_OK(existing);
    const qint64 start = existing->isEmpty() ? 0 : existing->last().id;
    const Result<Order> order =
        put(u"14"_s, {ServerFixture::newLine(soup), ServerFixture::newLine(hummus),
                      ServerFixture::newLine(water)});
    QVERIFY_OK(order);
    QCOMPARE(fire(order->id, fireBody(order->version)).status, 200);

    QList<qint64> ids;
    qint64 since = start;
    for (int page = 0; page < 3; ++page) {
        const HttpReply reply = tickets(u"?since=%1&limit=1"_s.arg(since));
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const Result<TicketsPage> read = KitchenCodec::ticketsPageFromJson(reply.json());
        QVERIFY_OK(read);
        QCOMPARE(read->tickets.size(), 1);
        QCOMPARE(read->next, read->tickets.first().id);
        ids.append(read->next);
        since = read->next;
    }
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 3);
    const HttpReply end = tickets(u"?since=%1"_s.arg(since));
    QVERIFY2(end.status == 200, end.describe().constData());
    QCOMPARE(end.json().value(u"tickets"_s).toArray().size(), 0);
    QCOMPARE(end.json().value(u"next"_s).toInteger(), since);
    // A manager reads them too.
    QCOMPARE(tickets(u"?since=%1"_s.arg(start), u"selin"_s).status, 200);
}

void TestKitchenRoutes::ticketsByStationAndOpen()
{
    const Result<Tickets> existing = allTickets();
    QVERIFY_OK(existing);
    const qint64 start = existing->isEmpty() ? 0 : existing->last().id;
    const Result<Order> order =
        put(u"15"_s, {ServerFixture::newLine(baklava), ServerFixture::newLine(soup),
                      course(ServerFixture::newLine(baklava), 2)});
    QVERIFY_OK(order);
    QCOMPARE(fire(order->id, fireBody(order->version)).status, 200);

    HttpReply reply = tickets(u"?since=%1&station=pastry"_s.arg(start));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    Result<TicketsPage> page = KitchenCodec::ticketsPageFromJson(reply.json());
    QVERIFY_OK(page);
    QCOMPARE(page->tickets.size(), 2);
    for (const Ticket& ticket : page->tickets)
        QCOMPARE(ticket.station, u"pastry"_s);
    const qint64 bumped = page->tickets.first().id;
    QCOMPARE(m_fixture.http()
                 .send("POST", u"/api/v1/kitchen/tickets/%1/bump"_s.arg(bumped), {},
                       {HttpTestClient::bearer(m_tokens.value(u"chef"_s))})
                 .status,
             200);

    reply = tickets(u"?since=%1&station=pastry&open=1"_s.arg(start));
    page = KitchenCodec::ticketsPageFromJson(reply.json());
    QVERIFY_OK(page);
    QCOMPARE(page->tickets.size(), 1);
    QVERIFY(page->tickets.first().id != bumped);
    reply = tickets(u"?since=%1&open=0"_s.arg(start));
    page = KitchenCodec::ticketsPageFromJson(reply.json());
    QVERIFY_OK(page);
    QCOMPARE(page->tickets.size(), 3);
    QVERIFY(page->tickets.first().bumped());
}

void TestKitchenRoutes::ticketsQueryErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("since -1") << u"?since=-1"_s << u"since"_s;
    QTest::newRow("since x") << u"?since=x"_s << u"since"_s;
    QTest::newRow("limit 0") << u"?limit=0"_s << u"limit"_s;
    QTest::newRow("limit 1001") << u"?limit=1001"_s << u"limit"_s;
    QTest::newRow("open yes") << u"?open=yes"_s << u"open"_s;
    QTest::newRow("station empty") << u"?station="_s << u"station"_s;
}

void TestKitchenRoutes::ticketsQueryErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpReply reply = tickets(query);
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::InvalidRequest);
    QCOMPARE(reply.field(), field);
}

void TestKitchenRoutes::bumpIsIdempotent()
{
    const Result<Order> order = put(u"16"_s, {ServerFixture::newLine(soup)});
    QVERIFY_OK(order);
    HttpReply reply = fire(order->id, fireBody(order->version));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const qint64 id =
        reply.json().value(u"tickets"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
    const QString path = u"/api/v1/kitchen/tickets/%1/bump"_s.arg(id);

    m_fixture.clock().advance(5000);
    const qint64 bumpedAt = m_fixture.clock().nowMs();
    reply = m_fixture.http().send("POST", path, {},
                                  {HttpTestClient::bearer(m_tokens.value(u"chef"_s))});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const Result<Ticket> bumped = KitchenCodec::ticketFromJson(reply.json());
    QVERIFY_OK(bumped);
    QCOMPARE(bumped->id, id);
    QCOMPARE(bumped->bumpedAt, bumpedAt);
    QCOMPARE(bumped->bumpedBy, u"chef"_s);

    m_fixture.clock().advance(5000);
    reply = m_fixture.http().send("POST", path, {},
                                  {HttpTestClient::bearer(m_tokens.value(u"selin"_s))});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(KitchenCodec::ticketFromJson(reply.json()).value(), bumped.value());
}

void TestKitchenRoutes::bumpUnknownTicket()
{
    for (const QString& id : {u"987654321"_s, u"0"_s, u"x"_s}) {
        const HttpReply reply =
            m_fixture.http().send("POST", u"/api/v1/kitchen/tickets/"_s + id + u"/bump"_s, {},
                                  {HttpTestClient::bearer(m_tokens.value(u"chef"_s))});
        QVERIFY2(reply.status == 404, reply.describe().constData());
        QCOMPARE(reply.errorCode(), ErrorCode::NotFound);
    }
}

void TestKitchenRoutes::kitchenReadsButNeverWritesOrders()
{
    const Result<Order> before = put(u"17"_s, {ServerFixture::newLine(soup)});
    QVERIFY_OK(before);
    const QByteArray chef = m_tokens.value(u"chef"_s);
    QCOMPARE(m_fixture.order(before->id, chef).value(), before.value());
    QVERIFY_OK(m_fixture.orderEvents(before->id, chef));
    QVERIFY_OK(m_fixture.tables(chef));
    QVERIFY_OK(m_fixture.menu(chef));

    const QList<HttpReply> refused{
        m_fixture.patchLines(before->id, before->version, {}, chef),
        m_fixture.close(before->id, before->version, chef),
        m_fixture.http().sendJson("POST", ServerFixture::orderPath(before->id) + u"/fire"_s,
                                  fireBody(before->version), chef),
        m_fixture.http().get(u"/api/v1/events"_s, chef),
    };
    for (const HttpReply& reply : refused) {
        QVERIFY2(reply.status == 403, reply.describe().constData());
        QCOMPARE(reply.errorCode(), ErrorCode::Forbidden);
    }
    QCOMPARE(m_fixture.tableOrder(u"17"_s).value(), before.value());
}

void TestKitchenRoutes::kitchenRoutesRefuseWaiters_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("tickets") << QByteArray("GET") << u"/api/v1/kitchen/tickets"_s << QByteArray();
    QTest::newRow("bump") << QByteArray("POST") << u"/api/v1/kitchen/tickets/1/bump"_s
                          << QByteArray();
    QTest::newRow("availability") << QByteArray("PUT")
                                  << u"/api/v1/menu/%1/availability"_s.arg(soup)
                                  << QByteArray(R"({"available": false})");
}

void TestKitchenRoutes::kitchenRoutesRefuseWaiters()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpReply reply = m_fixture.http().send(
        method, path, body, {HttpTestClient::bearer(m_tokens.value(u"ayse"_s))});
    QVERIFY2(reply.status == 403, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::Forbidden);
    const Result<QList<MenuItem>> menu = m_fixture.menu(m_tokens.value(u"ayse"_s));
    QVERIFY_OK(menu);
    const auto item = std::find_if(menu->cbegin(), menu->cend(),
                                   [](const MenuItem& each) { return each.id == soup; });
    QVERIFY(item != menu->cend());
    QCOMPARE(item->available, true);
}

void TestKitchenRoutes::soldOutItemCannotBeAdded()
{
    const QString lamb = u"main-lamb-chops"_s;
    const Result<Order> before = put(u"18"_s, {ServerFixture::newLine(soup)});
    QVERIFY_OK(before);

    HttpReply reply = setAvailable(lamb, false);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const Result<MenuItem> item = JsonDecoder::menuItemFromJson(reply.json());
    QVERIFY_OK(item);
    QCOMPARE(item->id, lamb);
    QCOMPARE(item->available, false);
    QCOMPARE(item->station, u"hot"_s);
    QCOMPARE(item->priceCents, m_menu.value(lamb).priceCents);

    const HttpReply menu = m_fixture.http().get(u"/api/v1/menu"_s, m_tokens.value(u"ayse"_s));
    QCOMPARE(menu.json().value(u"currency"_s).toString(), u"EUR"_s);
    const Result<MenuReply> read = JsonDecoder::menuReplyFromJson(menu.json());
    QVERIFY_OK(read);
    for (const MenuItem& entry : read->items)
        QCOMPARE(entry.available, entry.id != lamb);

    Lines lines = before->items;
    lines.append(ServerFixture::newLine(water));
    lines.append(ServerFixture::newLine(lamb));
    reply = m_fixture.patchLines(before->id, before->version, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 409, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::ItemUnavailable);
    const Result<ConflictReply> conflict = JsonDecoder::conflictReplyFromJson(reply.json());
    QVERIFY_OK(conflict);
    QCOMPARE(conflict->items, QStringList{lamb});
    QCOMPARE(conflict->current, before.value());
    QCOMPARE(m_fixture.tableOrder(u"18"_s).value(), before.value());

    QCOMPARE(setAvailable(lamb, true, u"selin"_s).status, 200);
    reply = m_fixture.patchLines(before->id, before->version, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
}

void TestKitchenRoutes::soldOutLeavesExistingLinesAlone()
{
    const QString fish = u"main-sea-bass"_s;
    const Line held = ServerFixture::newLine(fish);
    const Result<Order> before = put(u"19"_s, {held});
    QVERIFY_OK(before);
    QCOMPARE(setAvailable(fish, false).status, 200);

    // The line already on the order stays, and may still change while it is new.
    Line more = held;
    more.qty = 2;
    const HttpReply reply =
        m_fixture.patchLines(before->id, before->version, {more, ServerFixture::newLine(soup)},
                             m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const Result<Order> after = JsonDecoder::orderFromJson(reply.json());
    QVERIFY_OK(after);
    QCOMPARE_LINE(after.value(), held, qty, 2);
    QCOMPARE(fire(after->id, fireBody(after->version)).status, 200);
    QCOMPARE(setAvailable(fish, true).status, 200);
}

void TestKitchenRoutes::availabilityErrors_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown item") << u"caviar"_s << QByteArray(R"({"available": false})") << 404
                                  << QString();
    QTest::newRow("available missing") << soup << QByteArray("{}") << 400 << u"available"_s;
    QTest::newRow("available a string")
        << soup << QByteArray(R"({"available": "no"})") << 400 << u"available"_s;
    QTest::newRow("not JSON") << soup << QByteArray("no") << 400 << u"body"_s;
}

void TestKitchenRoutes::availabilityErrors()
{
    QFETCH(QString, itemId);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const HttpReply reply =
        m_fixture.http().send("PUT", u"/api/v1/menu/"_s + itemId + u"/availability"_s, body,
                              {HttpTestClient::bearer(m_tokens.value(u"chef"_s))});
    QVERIFY2(reply.status == status, reply.describe().constData());
    if (!field.isEmpty())
        QCOMPARE(reply.field(), field);
    // Kept in a local: a range-for over value() of a temporary Result would dangle.
    const Result<QList<MenuItem>> menu = m_fixture.menu(m_tokens.value(u"chef"_s));
    QVERIFY_OK(menu);
    for (const MenuItem& item : menu.value())
        QVERIFY(item.available);
}

void TestKitchenRoutes::firedLineNeverChanges_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("tableId");
    QTest::newRow("qty") << u"qty"_s << u"20"_s;
    QTest::newRow("seat") << u"seat"_s << u"21"_s;
    QTest::newRow("note") << u"note"_s << u"22"_s;
    QTest::newRow("course") << u"course"_s << u"23"_s;
    QTest::newRow("menu item") << u"menu_item_id"_s << u"24"_s;
}

void TestKitchenRoutes::firedLineNeverChanges()
{
    QFETCH(QString, field);
    QFETCH(QString, tableId);
    const Line line = ServerFixture::newLine(soup, 1, 1, u"hot"_s);
    const Line other = ServerFixture::newLine(water);
    Result<Order> order = put(tableId, {line, other});
    QVERIFY_OK(order);
    QCOMPARE(fire(order->id, fireBody(order->version, {}, {line.lineId})).status, 200);
    order = m_fixture.tableOrder(tableId);
    QVERIFY_OK(order);

    Lines lines = order->items;
    Line& changed = lines.first();
    if (field == "qty"_L1)
        changed.qty = 2;
    else if (field == "seat"_L1)
        changed.seat = 2;
    else if (field == "note"_L1)
        changed.note = u"very hot"_s;
    else if (field == "course"_L1)
        changed.course = 2;
    else
        changed.menuItemId = hummus;
    lines.last().qty = 5; // a change to a new line in the same write is refused with it
    const HttpReply reply =
        m_fixture.patchLines(order->id, order->version, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 409, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::LineFired);
    QCOMPARE(keysOf(reply.json()),
             (QSet<QString>{u"error"_s, u"message"_s, u"current"_s, u"lines"_s}));
    const Result<ConflictReply> conflict = JsonDecoder::conflictReplyFromJson(reply.json());
    QVERIFY_OK(conflict);
    QCOMPARE(conflict->lines, QStringList{line.lineId});
    QCOMPARE(conflict->current, order.value());
    QCOMPARE(m_fixture.tableOrder(tableId).value(), order.value());
}

void TestKitchenRoutes::firedLineCannotJustLeave()
{
    const Line line = ServerFixture::newLine(soup);
    Result<Order> order = put(u"25"_s, {line, ServerFixture::newLine(water)});
    QVERIFY_OK(order);
    QCOMPARE(fire(order->id, fireBody(order->version, {}, {line.lineId})).status, 200);
    order = m_fixture.tableOrder(u"25"_s);
    QVERIFY_OK(order);
    const HttpReply reply = m_fixture.patchLines(order->id, order->version, {order->items.last()},
                                                 m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 409, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::VoidRequired);
    QCOMPARE(JsonDecoder::conflictReplyFromJson(reply.json())->lines, QStringList{line.lineId});
    QCOMPARE(m_fixture.tableOrder(u"25"_s).value(), order.value());
}

void TestKitchenRoutes::firedLinesStayFiredThroughLaterWrites()
{
    const Line line = ServerFixture::newLine(soup);
    Result<Order> order = put(u"26"_s, {line});
    QVERIFY_OK(order);
    QCOMPARE(fire(order->id, fireBody(order->version)).status, 200);
    order = m_fixture.tableOrder(u"26"_s);
    QVERIFY_OK(order);
    const Line fired = order->items.first();

    // The same list: nothing changes. The fired line sent back as "new" by a tablet that
    // never knew better: server-owned, ignored.
    Line asSent = fired;
    asSent.state = Line::State::New;
    asSent.firedAt = 0;
    asSent.priceCents = 1;
    HttpReply reply =
        m_fixture.patchLines(order->id, order->version, {asSent}, m_tokens.value(u"mehmet"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(order->version));
    const Line added = ServerFixture::newLine(water);
    reply = m_fixture.patchLines(order->id, order->version, {asSent, added},
                                 m_tokens.value(u"mehmet"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const Result<Order> after = JsonDecoder::orderFromJson(reply.json());
    QVERIFY_OK(after);
    const Line* kept = lineOf(after.value(), fired);
    QVERIFY(kept);
    QCOMPARE(*kept, fired);
    QCOMPARE_LINE(after.value(), added, state, Line::State::New);
}

void TestKitchenRoutes::linesKeepTheOrderTheyJoined()
{
    // line_ids chosen so that sorting by id would change the order.
    Line b = ServerFixture::newLine(soup);
    b.lineId = u"bbbbbbbb-0000-4000-8000-000000000001"_s;
    Line a = ServerFixture::newLine(water);
    a.lineId = u"aaaaaaaa-0000-4000-8000-000000000002"_s;
    Line c = ServerFixture::newLine(hummus);
    c.lineId = u"0ccccccc-0000-4000-8000-000000000003"_s;
    Result<Order> order = put(u"27"_s, {b, a});
    QVERIFY_OK(order);
    QCOMPARE(order->items.at(0).lineId, b.lineId);
    QCOMPARE(order->items.at(1).lineId, a.lineId);
    // The tablet's list in another order still leaves the order's own order as it was.
    m_fixture.clock().advance(1);
    const HttpReply reply =
        m_fixture.patchLines(order->id, order->version, {c, order->items.at(1), order->items.at(0)},
                             m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    order = JsonDecoder::orderFromJson(reply.json());
    QVERIFY_OK(order);
    QStringList ids;
    for (const Line& line : order->items)
        ids.append(line.lineId);
    QCOMPARE(ids, (QStringList{b.lineId, a.lineId, c.lineId}));
    QCOMPARE(m_fixture.tableOrder(u"27"_s)->items, order->items);
}

void TestKitchenRoutes::newLinesTakeTheMenuPrice()
{
    const Line line = ServerFixture::newLine(kebab, 3);
    const Result<Order> order = put(u"28"_s, {line});
    QVERIFY_OK(order);
    QCOMPARE_LINE(order.value(), line, priceCents, m_menu.value(kebab).priceCents);
    QVERIFY(m_menu.value(kebab).priceCents > 0);
    QCOMPARE_LINE(order.value(), line, state, Line::State::New);
    QCOMPARE_LINE(order.value(), line, course, 1);
    const QJsonObject json =
        m_fixture.http().get(ServerFixture::orderPath(order->id), m_tokens.value(u"ayse"_s)).json();
    const QJsonObject first = json.value(u"items"_s).toArray().at(0).toObject();
    QCOMPARE(keysOf(first), (QSet<QString>{u"line_id"_s, u"menu_item_id"_s, u"qty"_s, u"seat"_s,
                                           u"note"_s, u"course"_s, u"added_by"_s, u"added_at"_s,
                                           u"price_cents"_s, u"state"_s}));
}

void TestKitchenRoutes::seatChangesAreInTheLog()
{
    Line line = ServerFixture::newLine(soup, 1, 2);
    Result<Order> order = put(u"29"_s, {line});
    QVERIFY_OK(order);
    line.seat = 4;
    line.course = 2;
    order = put(u"29"_s, {line});
    QVERIFY_OK(order);
    const Result<QList<Event>> events = m_fixture.orderEvents(order->id, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).kind, Event::Kind::Add);
    QCOMPARE(events->at(0).seat, std::optional<int>(2));
    QCOMPARE(events->at(1).kind, Event::Kind::Change);
    QCOMPARE(events->at(1).seat, std::optional<int>(4));
    QCOMPARE(events->at(1).prevSeat, std::optional<int>(2));
    QCOMPARE(events->at(1).prevQty, std::optional<int>(1));
}

// A price is the menu's when the line joins: a later menu import (tablesyncd menu import, then
// a restart) prices new lines anew and leaves the lines already on an order as they were.
void TestKitchenRoutes::linesKeepTheirPriceWhenTheMenuChanges()
{
    const int oldPrice = m_menu.value(kebab).priceCents;
    const Line before = ServerFixture::newLine(kebab);
    Result<Order> order = put(u"30"_s, {before});
    QVERIFY_OK(order);
    QCOMPARE_LINE(order.value(), before, priceCents, oldPrice);

    m_fixture.stop();
    {
        StoreOptions options;
        options.password = m_fixture.options().databasePassword;
        Result<OpenedStore> opened =
            StoreFactory::open(m_fixture.databasePath(), options, m_fixture.clock());
        QVERIFY_OK(opened);
        OrderStore& store = *opened->store;
        Result<QList<MenuEntry>> menu = store.menu();
        QVERIFY_OK(menu);
        bool repriced = false;
        for (MenuEntry& entry : menu.value()) {
            if (entry.id == kebab) {
                entry.priceCents = oldPrice + 250;
                repriced = true;
            }
        }
        QVERIFY(repriced);
        QVERIFY_OK(store.replaceMenu(menu.value()));
        store.close();
    }
    QVERIFY_OK(m_fixture.restart());
    const Result<QList<MenuItem>> menu = m_fixture.menu(m_tokens.value(u"ayse"_s));
    QVERIFY_OK(menu);
    const auto item = std::find_if(menu->cbegin(), menu->cend(),
                                   [](const MenuItem& each) { return each.id == kebab; });
    QVERIFY(item != menu->cend());
    QCOMPARE(item->priceCents, oldPrice + 250);

    const Line after = ServerFixture::newLine(kebab);
    order = put(u"30"_s, {before, after});
    QVERIFY_OK(order);
    QCOMPARE_LINE(order.value(), before, priceCents, oldPrice);
    QCOMPARE_LINE(order.value(), after, priceCents, oldPrice + 250);
    // Fired at the new price, the old line still keeps its own.
    QVERIFY2(fire(order->id, fireBody(order->version)).status == 200, "fire");
    order = m_fixture.tableOrder(u"30"_s);
    QVERIFY_OK(order);
    QCOMPARE_LINE(order.value(), before, priceCents, oldPrice);
    QCOMPARE_LINE(order.value(), before, state, Line::State::Fired);
    QCOMPARE_LINE(order.value(), after, priceCents, oldPrice + 250);
}

QTEST_GUILESS_MAIN(TestKitchenRoutes)
#include "tst_kitchenroutes.moc"
