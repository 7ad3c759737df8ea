#include "JsonKeys.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/JsonDecoder.h"
#include "model/KitchenCodec.h"
#include "model/VoidCodec.h"
#include "server/VenueServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Voids (api-v1.md "Voids"): a fired line leaves an order only with a reason and a manager's
// single-use approval (or as a manager's own write), as a void event and a void ticket to the
// line's station; POST /approvals. Each test works on tables of its own.
class TestVoidRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void approvalReply();
    void approvalRefusals_data();
    void approvalRefusals();
    void wrongPinCountsTowardsTheLockout();
    void waiterVoidsWithAnApproval();
    void managerVoidsWithoutAnApproval();
    void oneApprovalCoversOneWrite();
    void refusedApprovals_data();
    void refusedApprovals();
    void approvalOfARefusedWriteIsNotUsed();
    void voidRequired();
    void voidOfALineThatIsNotRemoved_data();
    void voidOfALineThatIsNotRemoved();
    void malformedVoids_data();
    void malformedVoids();

private:
    // The table's order with `lines` added, then every line in `fire` fired.
    Result<Order> firedOrder(const QString& tableId, const Lines& lines, const Lines& fire);
    HttpReply approve(const QString& manager, const QString& pin, const QString& caller);
    Result<QString> approval(const QString& caller = u"ayse"_s);
    HttpReply patch(const Order& order, const Lines& lines, const QJsonArray& voids,
                    const QString& staff);
    Result<Tickets> allTickets();
    // Fails unless the order, its events and the tickets are as they were.
    void verifyNothingWritten(const Order& before, qsizetype eventsBefore, qsizetype ticketsBefore);
    static QJsonObject voidOf(const Line& line, const QString& reason = u"wrong_item"_s,
                              const QString& note = {},
                              const std::optional<QString>& approval = std::nullopt);
    static Lines without(const Order& order, const Line& line);

    ServerFixture m_fixture;
    QMap<QString, QByteArray> m_tokens;
};

namespace {

const QString soup = u"soup-lentil"_s;      // hot
const QString hummus = u"starter-hummus"_s; // cold
const QString water = u"drink-water"_s;     // bar

} // namespace

void TestVoidRoutes::initTestCase()
{
    const Result<ServerFixture::Venue> venue =
        m_fixture.startVenue({u"ayse"_s, u"mehmet"_s, u"chef"_s});
    QVERIFY_OK(venue);
    m_tokens = venue->tokens;
}

Result<Order> TestVoidRoutes::firedOrder(const QString& tableId, const Lines& lines,
                                         const Lines& fire)
{
    Result<Order> order = m_fixture.tableOrder(tableId);
    if (!order)
        return order.error();
    HttpReply reply =
        m_fixture.patchLines(order->id, order->version, lines, m_tokens.value(u"ayse"_s));
    if (reply.status != 200)
        return unexpectedReply(u"PATCH"_s, reply);
    QStringList ids;
    for (const Line& line : fire)
        ids.append(line.lineId);
    reply = m_fixture.http().sendJson("POST", ServerFixture::orderPath(order->id) + u"/fire"_s,
                                      QJsonObject{{u"expected_version"_s, order->version + 1},
                                                  {u"lines"_s, QJsonArray::fromStringList(ids)}},
                                      m_tokens.value(u"ayse"_s));
    if (reply.status != 200)
        return unexpectedReply(u"fire"_s, reply);
    return m_fixture.tableOrder(tableId);
}

HttpReply TestVoidRoutes::approve(const QString& manager, const QString& pin, const QString& caller)
{
    return m_fixture.http().sendJson("POST", u"/api/v1/approvals"_s,
                                     QJsonObject{{u"staff"_s, manager}, {u"pin"_s, pin}},
                                     m_tokens.value(caller));
}

Result<QString> TestVoidRoutes::approval(const QString& caller)
{
    const HttpReply reply = approve(u"selin"_s, ServerFixture::demoPin(u"selin"_s), caller);
    if (reply.status != 200)
        return unexpectedReply(u"POST /approvals"_s, reply);
    Result<ApprovalReply> approved = VoidCodec::approvalReplyFromJson(reply.json());
    if (!approved)
        return approved.error();
    return approved->approval;
}

HttpReply TestVoidRoutes::patch(const Order& order, const Lines& lines, const QJsonArray& voids,
                                const QString& staff)
{
    QJsonObject body = ServerFixture::patchBody(order.version, lines);
    body.insert(u"voids"_s, voids);
    return m_fixture.patch(order.id, body, m_tokens.value(staff));
}

Result<Tickets> TestVoidRoutes::allTickets()
{
    const HttpReply reply =
        m_fixture.http().get(u"/api/v1/kitchen/tickets?limit=1000"_s, m_tokens.value(u"chef"_s));
    if (reply.status != 200)
        return unexpectedReply(u"GET /kitchen/tickets"_s, reply);
    Result<TicketsPage> page = KitchenCodec::ticketsPageFromJson(reply.json());
    if (!page)
        return page.error();
    return page->tickets;
}

void TestVoidRoutes::verifyNothingWritten(const Order& before, qsizetype eventsBefore,
                                          qsizetype ticketsBefore)
{
    const Result<Order> after = m_fixture.order(before.id, m_tokens.value(u"selin"_s));
    QVERIFY_OK(after);
    QCOMPARE(after.value(), before);
    const Result<QList<Event>> events =
        m_fixture.orderEvents(before.id, m_tokens.value(u"selin"_s));
    QVERIFY_OK(events);
    QCOMPARE(events->size(), eventsBefore);
    const Result<Tickets> tickets = allTickets();
    QVERIFY_OK(tickets);
    QCOMPARE(tickets->size(), ticketsBefore);
}

QJsonObject TestVoidRoutes::voidOf(const Line& line, const QString& reason, const QString& note,
                                   const std::optional<QString>& approval)
{
    return VoidCodec::toJson(VoidEntry{line.lineId, reason, note, approval});
}

Lines TestVoidRoutes::without(const Order& order, const Line& line)
{
    Lines lines;
    for (const Line& held : order.items) {
        if (held.lineId != line.lineId)
            lines.append(held);
    }
    return lines;
}

void TestVoidRoutes::approvalReply()
{
    const qint64 now = m_fixture.clock().nowMs();
    for (const QString& caller : {u"ayse"_s, u"selin"_s}) {
        const HttpReply reply = approve(u"selin"_s, u"9999"_s, caller);
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QCOMPARE(keysOf(reply.json()), (QSet<QString>{u"approval"_s, u"staff"_s, u"expires_at"_s}));
        const Result<ApprovalReply> approved = VoidCodec::approvalReplyFromJson(reply.json());
        QVERIFY_OK(approved);
        QVERIFY(approved->approval.size() >= 32);
        QCOMPARE(approved->staff, (Staff{u"selin"_s, u"Selin"_s, Staff::Role::Manager}));
        QCOMPARE(approved->expiresAt, now + 120 * 1000);
    }
}

void TestVoidRoutes::approvalRefusals_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("a waiter's PIN")
        << u"ayse"_s << QJsonObject{{u"staff"_s, u"mehmet"_s}, {u"pin"_s, u"2222"_s}} << 403
        << u"forbidden"_s;
    QTest::newRow("the kitchen's PIN")
        << u"ayse"_s << QJsonObject{{u"staff"_s, u"chef"_s}, {u"pin"_s, u"5555"_s}} << 403
        << u"forbidden"_s;
    QTest::newRow("asked by the kitchen")
        << u"chef"_s << QJsonObject{{u"staff"_s, u"selin"_s}, {u"pin"_s, u"9999"_s}} << 403
        << u"forbidden"_s;
    QTest::newRow("unknown manager")
        << u"ayse"_s << QJsonObject{{u"staff"_s, u"nobody"_s}, {u"pin"_s, u"9999"_s}} << 401
        << u"invalid_credentials"_s;
    QTest::newRow("no pin") << u"ayse"_s << QJsonObject{{u"staff"_s, u"selin"_s}} << 400
                            << u"invalid_request"_s;
    QTest::newRow("no token") << QString()
                              << QJsonObject{{u"staff"_s, u"selin"_s}, {u"pin"_s, u"9999"_s}} << 401
                              << u"unauthorized"_s;
}

void TestVoidRoutes::approvalRefusals()
{
    QFETCH(QString, caller);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpReply reply =
        m_fixture.http().sendJson("POST", u"/api/v1/approvals"_s, body, m_tokens.value(caller));
    QVERIFY2(reply.status == status, reply.describe().constData());
    QCOMPARE(reply.json().value(u"error"_s).toString(), code);
    QVERIFY(!reply.json().contains(u"approval"_s));
}

void TestVoidRoutes::wrongPinCountsTowardsTheLockout()
{
    // Four wrong PINs through /approvals and one through /login: the fifth failure locks the id
    // for both routes.
    for (int i = 0; i < 4; ++i) {
        const HttpReply reply = approve(u"selin"_s, u"0000"_s, u"ayse"_s);
        QVERIFY2(reply.status == 401, reply.describe().constData());
        QCOMPARE(reply.errorCode(), ErrorCode::InvalidCredentials);
    }
    const Result<LoginReply> wrongLogin = m_fixture.login(u"selin"_s, u"0000"_s);
    QVERIFY(!wrongLogin.ok());
    HttpReply reply = approve(u"selin"_s, u"9999"_s, u"ayse"_s);
    QVERIFY2(reply.status == 429, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::TooManyAttempts);
    QVERIFY(reply.header("Retry-After").toInt() > 0);
    const HttpReply login = m_fixture.http().sendJson(
        "POST", u"/api/v1/login"_s, QJsonObject{{u"staff"_s, u"selin"_s}, {u"pin"_s, u"9999"_s}});
    QCOMPARE(login.status, 429);

    m_fixture.clock().advance(5 * 60 * 1000 + 1000);
    reply = approve(u"selin"_s, u"9999"_s, u"ayse"_s);
    QVERIFY2(reply.status == 200, reply.describe().constData());
}

void TestVoidRoutes::waiterVoidsWithAnApproval()
{
    const Line soupLine = ServerFixture::newLine(soup, 2, 3, u"no onions"_s);
    const Line waterLine = ServerFixture::newLine(water);
    const Result<Order> order = firedOrder(u"1"_s, {soupLine, waterLine}, {soupLine});
    QVERIFY_OK(order);
    const Result<QString> approved = approval();
    QVERIFY_OK(approved);
    const Result<Tickets> ticketsBefore = allTickets();
    QVERIFY_OK(ticketsBefore);
    QSignalSpy made(m_fixture.server(), &VenueServer::ticketMade);
    m_fixture.clock().advance(1000);
    const qint64 now = m_fixture.clock().nowMs();

    const HttpReply reply = patch(
        order.value(), without(order.value(), soupLine),
        {voidOf(soupLine, u"guest_changed_mind"_s, u"too slow"_s, approved.value())}, u"ayse"_s);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(order->version + 1));
    const Result<Order> after = JsonDecoder::orderFromJson(reply.json());
    QVERIFY_OK(after);
    QCOMPARE(after->version, order->version + 1);
    QCOMPARE(after->items, without(order.value(), soupLine));

    const Result<Tickets> tickets = allTickets();
    QVERIFY_OK(tickets);
    QCOMPARE(tickets->size(), ticketsBefore->size() + 1);
    const Ticket& ticket = tickets->last();
    QCOMPARE(ticket.kind, Ticket::Kind::Void);
    QCOMPARE(ticket.station, u"hot"_s);
    QCOMPARE(ticket.orderId, order->id);
    QCOMPARE(ticket.tableName, u"Table 1"_s);
    QCOMPARE(ticket.createdBy, u"ayse"_s);
    QCOMPARE(ticket.createdAt, now);
    QCOMPARE(ticket.lines.size(), 1);
    QCOMPARE(ticket.lines.first(),
             (TicketLine{soupLine.lineId, soup, u"Lentil soup"_s, 2, 3, u"no onions"_s,
                         u"guest_changed_mind"_s, u"selin"_s}));
    QTRY_COMPARE(made.size(), 1);
    QCOMPARE(made.first(), (QList<QVariant>{ticket.id, u"hot"_s, order->id, true}));

    const Result<QList<Event>> events =
        m_fixture.orderEvents(order->id, m_tokens.value(u"selin"_s));
    QVERIFY_OK(events);
    const Event& voided = events->last();
    QCOMPARE(voided.kind, Event::Kind::Void);
    QCOMPARE(voided.version, after->version);
    QCOMPARE(voided.lineId, soupLine.lineId);
    QCOMPARE(voided.menuItemId, soup);
    QCOMPARE(voided.qty, std::optional<int>(2));
    QCOMPARE(voided.seat, std::optional<int>(3));
    QCOMPARE(voided.note, std::optional<QString>(u"too slow"_s));
    QCOMPARE(voided.reason, u"guest_changed_mind"_s);
    QCOMPARE(voided.approvedBy, u"selin"_s);
    QCOMPARE(voided.ticketId, std::optional<qint64>(ticket.id));
    QCOMPARE(voided.author, u"ayse"_s);
    QCOMPARE(voided.at, now);
    QCOMPARE(events->at(events->size() - 2).kind, Event::Kind::Fire);
}

void TestVoidRoutes::managerVoidsWithoutAnApproval()
{
    const Line soupLine = ServerFixture::newLine(soup);
    const Line hummusLine = ServerFixture::newLine(hummus, 1, 2);
    const Result<Order> order = firedOrder(u"2"_s, {soupLine, hummusLine}, {soupLine, hummusLine});
    QVERIFY_OK(order);
    const Line added = ServerFixture::newLine(water);
    const HttpReply reply =
        patch(order.value(), {added},
              {voidOf(soupLine, u"kitchen_error"_s), voidOf(hummusLine, u"quality"_s, u"cold"_s)},
              u"selin"_s);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const Result<Order> after = JsonDecoder::orderFromJson(reply.json());
    QVERIFY_OK(after);
    QCOMPARE(after->items.size(), 1);
    QCOMPARE(after->items.first().lineId, added.lineId);

    const Result<QList<Event>> events =
        m_fixture.orderEvents(order->id, m_tokens.value(u"selin"_s));
    QVERIFY_OK(events);
    QList<Event> written;
    for (const Event& event : events.value()) {
        if (event.version == after->version)
            written.append(event);
    }
    QCOMPARE(written.size(), 3);
    QSet<qint64> ticketIds;
    for (const Event& event : std::as_const(written)) {
        if (event.lineId == added.lineId) {
            QCOMPARE(event.kind, Event::Kind::Add);
            continue;
        }
        QCOMPARE(event.kind, Event::Kind::Void);
        QCOMPARE(event.approvedBy, u"selin"_s);
        QCOMPARE(event.author, u"selin"_s);
        QVERIFY(event.ticketId);
        ticketIds.insert(*event.ticketId);
    }
    // One void ticket per station: hot for the soup, cold for the hummus.
    QCOMPARE(ticketIds.size(), 2);
    const Result<Tickets> tickets = allTickets();
    QVERIFY_OK(tickets);
    QStringList stations;
    for (const Ticket& ticket : tickets.value()) {
        if (ticketIds.contains(ticket.id)) {
            QCOMPARE(ticket.kind, Ticket::Kind::Void);
            QCOMPARE(ticket.lines.size(), 1);
            QCOMPARE(ticket.lines.first().approvedBy, u"selin"_s);
            stations.append(ticket.station + u':' + ticket.lines.first().reason);
        }
    }
    stations.sort();
    QCOMPARE(stations, (QStringList{u"cold:quality"_s, u"hot:kitchen_error"_s}));
}

void TestVoidRoutes::oneApprovalCoversOneWrite()
{
    const Line a = ServerFixture::newLine(soup);
    const Line b = ServerFixture::newLine(soup, 1, 1);
    const Line c = ServerFixture::newLine(water);
    Result<Order> order = firedOrder(u"3"_s, {a, b, c}, {a, b, c});
    QVERIFY_OK(order);
    const Result<QString> approved = approval(u"mehmet"_s);
    QVERIFY_OK(approved);
    // Two voids of one write under one approval.
    HttpReply reply = patch(
        order.value(), {order->items.last()},
        {voidOf(a, u"other"_s, {}, approved.value()), voidOf(b, u"other"_s, {}, approved.value())},
        u"mehmet"_s);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    order = JsonDecoder::orderFromJson(reply.json());
    QVERIFY_OK(order);
    // The next write cannot use it again.
    const Result<QList<Event>> events =
        m_fixture.orderEvents(order->id, m_tokens.value(u"selin"_s));
    QVERIFY_OK(events);
    const Result<Tickets> tickets = allTickets();
    QVERIFY_OK(tickets);
    reply = patch(order.value(), {}, {voidOf(c, u"other"_s, {}, approved.value())}, u"mehmet"_s);
    QVERIFY2(reply.status == 403, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::ApprovalRequired);
    verifyNothingWritten(order.value(), events->size(), tickets->size());
}

void TestVoidRoutes::refusedApprovals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("tableId");
    QTest::newRow("missing") << u"missing"_s << u"10"_s;
    QTest::newRow("used") << u"used"_s << u"11"_s;
    QTest::newRow("expired") << u"expired"_s << u"12"_s;
    QTest::newRow("forged") << u"forged"_s << u"13"_s;
    QTest::newRow("empty") << u"empty"_s << u"14"_s;
}

void TestVoidRoutes::refusedApprovals()
{
    QFETCH(QString, kind);
    QFETCH(QString, tableId);
    const Line soupLine = ServerFixture::newLine(soup);
    const Result<Order> order = firedOrder(tableId, {soupLine}, {soupLine});
    QVERIFY_OK(order);
    std::optional<QString> given;
    if (kind == "used"_L1 || kind == "expired"_L1) {
        const Result<QString> approved = approval();
        QVERIFY_OK(approved);
        given = approved.value();
    }
    if (kind == "used"_L1) {
        const Line other = ServerFixture::newLine(soup);
        const Result<Order> elsewhere = firedOrder(u"15"_s, {other}, {other});
        QVERIFY_OK(elsewhere);
        const HttpReply first =
            patch(elsewhere.value(), {}, {voidOf(other, u"other"_s, {}, given)}, u"ayse"_s);
        QVERIFY2(first.status == 200, first.describe().constData());
    } else if (kind == "expired"_L1) {
        m_fixture.clock().advance(120 * 1000);
    } else if (kind == "forged"_L1) {
        given = u"Zm9yZ2VkLWFwcHJvdmFsLW9mLTMyLWJ5dGVzLWxvbmc"_s;
    } else if (kind == "empty"_L1) {
        given = QString();
    }
    const Result<QList<Event>> events =
        m_fixture.orderEvents(order->id, m_tokens.value(u"selin"_s));
    QVERIFY_OK(events);
    const Result<Tickets> tickets = allTickets();
    QVERIFY_OK(tickets);

    const HttpReply reply =
        patch(order.value(), {}, {voidOf(soupLine, u"wrong_item"_s, {}, given)}, u"ayse"_s);
    QVERIFY2(reply.status == 403, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::ApprovalRequired);
    QCOMPARE(keysOf(reply.json()), (QSet<QString>{u"error"_s, u"message"_s}));
    verifyNothingWritten(order.value(), events->size(), tickets->size());
}

void TestVoidRoutes::approvalOfARefusedWriteIsNotUsed()
{
    const Line soupLine = ServerFixture::newLine(soup);
    Result<Order> order = firedOrder(u"20"_s, {soupLine}, {soupLine});
    QVERIFY_OK(order);
    const Result<QString> approved = approval();
    QVERIFY_OK(approved);
    const QJsonArray voids{voidOf(soupLine, u"wrong_item"_s, {}, approved.value())};

    // A stale version: 409, the approval stays unused.
    Order stale = order.value();
    stale.version -= 1;
    HttpReply reply = patch(stale, {}, voids, u"ayse"_s);
    QVERIFY2(reply.status == 409, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::VersionConflict);
    // A bad field: 400, likewise.
    QJsonObject body = ServerFixture::patchBody(order->version, {});
    body.insert(u"voids"_s, QJsonArray{voids.at(0), voidOf(ServerFixture::newLine(soup), u"x"_s)});
    reply = m_fixture.patch(order->id, body, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.field(), u"voids[1].reason"_s);
    // A fired line left without its void: 409 void_required, likewise.
    const Line second = ServerFixture::newLine(water);
    order = firedOrder(u"20"_s, {soupLine, second}, {second});
    QVERIFY_OK(order);
    reply = patch(order.value(), {}, voids, u"ayse"_s);
    QVERIFY2(reply.status == 409, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::VoidRequired);

    reply = patch(order.value(), {},
                  {voids.at(0), voidOf(second, u"other"_s, {}, approved.value())}, u"ayse"_s);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QVERIFY(JsonDecoder::orderFromJson(reply.json())->items.isEmpty());
}

void TestVoidRoutes::voidRequired()
{
    const Line a = ServerFixture::newLine(soup);
    const Line b = ServerFixture::newLine(hummus);
    const Line c = ServerFixture::newLine(water);
    const Result<Order> order = firedOrder(u"21"_s, {a, b, c}, {a, b});
    QVERIFY_OK(order);
    const Result<QList<Event>> events =
        m_fixture.orderEvents(order->id, m_tokens.value(u"selin"_s));
    QVERIFY_OK(events);
    const Result<Tickets> tickets = allTickets();
    QVERIFY_OK(tickets);
    // Removes both fired lines but voids only one; the new line may leave freely.
    const HttpReply reply = patch(order.value(), {}, {voidOf(a)}, u"selin"_s);
    QVERIFY2(reply.status == 409, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::VoidRequired);
    QCOMPARE(keysOf(reply.json()),
             (QSet<QString>{u"error"_s, u"message"_s, u"current"_s, u"lines"_s}));
    const Result<ConflictReply> conflict = JsonDecoder::conflictReplyFromJson(reply.json());
    QVERIFY_OK(conflict);
    QCOMPARE(conflict->lines, QStringList{b.lineId});
    QCOMPARE(conflict->current, order.value());
    verifyNothingWritten(order.value(), events->size(), tickets->size());
}

void TestVoidRoutes::voidOfALineThatIsNotRemoved_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("tableId");
    QTest::newRow("a new line") << u"new"_s << u"30"_s;
    QTest::newRow("a fired line the write keeps") << u"kept"_s << u"31"_s;
    QTest::newRow("a line of no order") << u"unknown"_s << u"32"_s;
    QTest::newRow("a new line the write removes") << u"removed-new"_s << u"33"_s;
}

void TestVoidRoutes::voidOfALineThatIsNotRemoved()
{
    QFETCH(QString, which);
    QFETCH(QString, tableId);
    const Line fired = ServerFixture::newLine(soup);
    const Line fresh = ServerFixture::newLine(water);
    const Result<Order> order = firedOrder(tableId, {fired, fresh}, {fired});
    QVERIFY_OK(order);
    const Result<QList<Event>> events =
        m_fixture.orderEvents(order->id, m_tokens.value(u"selin"_s));
    QVERIFY_OK(events);
    const Result<Tickets> tickets = allTickets();
    QVERIFY_OK(tickets);
    // The fired line leaves with its void; the second entry names the line under test.
    Lines lines{order->items.last()};
    QJsonArray voids{voidOf(fired)};
    QString field = u"voids[1].line_id"_s;
    if (which == "new"_L1) {
        voids.append(voidOf(fresh));
    } else if (which == "kept"_L1) {
        lines = order->items;
        field = u"voids[0].line_id"_s;
    } else if (which == "unknown"_L1) {
        voids.append(voidOf(ServerFixture::newLine(soup)));
    } else {
        lines.clear();
        voids.append(voidOf(fresh));
    }

    const HttpReply reply = patch(order.value(), lines, voids, u"selin"_s);
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::InvalidRequest);
    QCOMPARE(reply.field(), field);
    verifyNothingWritten(order.value(), events->size(), tickets->size());
}

void TestVoidRoutes::malformedVoids_data()
{
    const Line line = ServerFixture::newLine(soup);
    QJsonObject good = voidOf(line);
    QTest::addColumn<QJsonValue>("voids");
    QTest::addColumn<QString>("field");
    QTest::newRow("not an array") << QJsonValue(good) << u"voids"_s;
    QTest::newRow("entry not an object") << QJsonValue(QJsonArray{u"x"_s}) << u"voids[0]"_s;
    QJsonObject entry = good;
    entry.remove(u"line_id"_s);
    QTest::newRow("no line_id") << QJsonValue(QJsonArray{entry}) << u"voids[0].line_id"_s;
    entry = good;
    entry.insert(u"line_id"_s, u"not-a-uuid"_s);
    QTest::newRow("bad line_id") << QJsonValue(QJsonArray{entry}) << u"voids[0].line_id"_s;
    entry = good;
    entry.insert(u"reason"_s, u"hungry"_s);
    QTest::newRow("unknown reason") << QJsonValue(QJsonArray{entry}) << u"voids[0].reason"_s;
    entry.remove(u"reason"_s);
    QTest::newRow("no reason") << QJsonValue(QJsonArray{entry}) << u"voids[0].reason"_s;
    entry = good;
    entry.insert(u"note"_s, QString(201, u'\u00e7'));
    QTest::newRow("note of 201") << QJsonValue(QJsonArray{entry}) << u"voids[0].note"_s;
    entry.insert(u"note"_s, 7);
    QTest::newRow("note a number") << QJsonValue(QJsonArray{entry}) << u"voids[0].note"_s;
    entry = good;
    entry.insert(u"approval"_s, 1234);
    QTest::newRow("approval a number") << QJsonValue(QJsonArray{entry}) << u"voids[0].approval"_s;
    entry.insert(u"approval"_s, QJsonValue::Null);
    QTest::newRow("approval null") << QJsonValue(QJsonArray{entry}) << u"voids[0].approval"_s;
    QTest::newRow("a line twice") << QJsonValue(QJsonArray{good, good}) << u"voids[1].line_id"_s;
}

void TestVoidRoutes::malformedVoids()
{
    QFETCH(QJsonValue, voids);
    QFETCH(QString, field);
    const Result<Order> order = m_fixture.tableOrder(u"40"_s);
    QVERIFY_OK(order);
    QJsonObject body = ServerFixture::patchBody(order->version, {ServerFixture::newLine(soup)});
    body.insert(u"voids"_s, voids);
    const HttpReply reply = m_fixture.patch(order->id, body, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::InvalidRequest);
    QCOMPARE(reply.field(), field);
    QCOMPARE(m_fixture.tableOrder(u"40"_s).value(), order.value());
}

QTEST_GUILESS_MAIN(TestVoidRoutes)
#include "tst_voidroutes.moc"
