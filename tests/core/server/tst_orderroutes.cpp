#include "api/OrderWrites.h"
#include "JsonKeys.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/JsonDecoder.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// GET, PATCH and close of one order (api-v1.md "Reads" and "The guarded write"). Each test
// works on a table of its own, so the tests do not depend on each other.
class TestOrderRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getOrder();
    void notModified();
    void unknownOrder_data();
    void unknownOrder();
    void patchAddsLines();
    void patchKeepsAuthorOfHeldLines();
    void lineIdKeptInLowerCase();
    void ifMatchAlone();
    void ifMatchAndBodyAgree();
    void ifMatchAndBodyDisagree();
    void neitherVersion();
    void versionConflict();
    void veryStaleWriterGetsTheNewestEvents();
    void staleEqualListIsAConflict();
    void equalListChangesNothing();
    void orderClosed();
    void closeOrder();
    void closeWithIfMatch();
    void closeGuards();
    void unsupportedMediaType_data();
    void unsupportedMediaType();
    void jsonMediaTypeVariants_data();
    void jsonMediaTypeVariants();
    void noteCountsCodePoints();
    void seatUpToTheTablesSeats();
    void tableSummaryFollowsWrites();
    void checkOrder_data();
    void checkOrder();

private:
    QJsonObject orderJson(qint64 orderId);
    QJsonArray eventsJson(qint64 orderId);

    ServerFixture m_fixture;
    QMap<QString, QByteArray> m_tokens;
    QStringList m_menuIds;
};

namespace {

// api-v1.md: lines in the order they joined the order.
bool sortedByTime(const Lines& lines)
{
    return std::is_sorted(lines.begin(), lines.end(),
                          [](const Line& a, const Line& b) { return a.addedAt < b.addedAt; });
}

QStringList lineIds(const Lines& lines)
{
    QStringList ids;
    for (const Line& line : lines)
        ids.append(line.lineId);
    return ids;
}

} // namespace

void TestOrderRoutes::initTestCase()
{
    const Result<ServerFixture::Venue> venue =
        m_fixture.startVenue({u"ayse"_s, u"mehmet"_s, u"elif"_s, u"can"_s});
    QVERIFY_OK(venue);
    m_menuIds = venue->menuIds();
    m_tokens = venue->tokens;
    QVERIFY(m_menuIds.size() >= 3);
}

QJsonObject TestOrderRoutes::orderJson(qint64 orderId)
{
    return m_fixture.http()
        .get(ServerFixture::orderPath(orderId), m_tokens.value(u"selin"_s))
        .json();
}

QJsonArray TestOrderRoutes::eventsJson(qint64 orderId)
{
    return m_fixture.http()
        .get(ServerFixture::orderPath(orderId) + u"/events"_s, m_tokens.value(u"selin"_s))
        .json()
        .value(u"events"_s)
        .toArray();
}

void TestOrderRoutes::getOrder()
{
    const Result<Table> table = m_fixture.table(u"1"_s, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(table);
    const HttpReply reply =
        m_fixture.http().get(ServerFixture::orderPath(table->orderId), m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(1));
    QCOMPARE(keysOf(reply.json()), (QSet<QString>{u"id"_s, u"table_id"_s, u"status"_s, u"version"_s,
                                                  u"updated_at"_s, u"items"_s}));
    const Result<Order> order = JsonDecoder::orderFromJson(reply.json());
    QVERIFY_OK(order);
    QCOMPARE(order->id, table->orderId);
    QCOMPARE(order->tableId, u"1"_s);
    QCOMPARE(reply.json().value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(order->version, 1);
    QVERIFY(order->items.isEmpty());
}

void TestOrderRoutes::notModified()
{
    const Result<Order> order = m_fixture.tableOrder(u"2"_s);
    QVERIFY_OK(order);
    const QString path = ServerFixture::orderPath(order->id);
    const QByteArray token = m_tokens.value(u"ayse"_s);

    HttpReply reply =
        m_fixture.http().get(path, token, {{"If-None-Match", ServerFixture::entityTag(1)}});
    QVERIFY2(reply.status == 304, reply.describe().constData());
    QVERIFY(reply.body.isEmpty());

    reply = m_fixture.http().get(path, token, {{"If-None-Match", ServerFixture::entityTag(7)}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(1));

    QCOMPARE(
        m_fixture.patchLines(order->id, 1, {ServerFixture::newLine(m_menuIds.at(0))}, token).status,
        200);
    reply = m_fixture.http().get(path, token, {{"If-None-Match", ServerFixture::entityTag(1)}});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(2));
    QCOMPARE(reply.json().value(u"version"_s).toInteger(), 2);
    reply = m_fixture.http().get(path, token, {{"If-None-Match", ServerFixture::entityTag(2)}});
    QCOMPARE(reply.status, 304);
    QVERIFY(reply.body.isEmpty());
}

void TestOrderRoutes::unknownOrder_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");

    const QString path = u"/api/v1/orders/987654321"_s;
    const QByteArray patch = R"({"expected_version": 1, "items": []})";
    QTest::newRow("GET") << QByteArray("GET") << path << QByteArray();
    QTest::newRow("PATCH") << QByteArray("PATCH") << path << patch;
    QTest::newRow("close") << QByteArray("POST") << path + u"/close"_s
                           << QByteArray(R"({"expected_version": 1})");
    QTest::newRow("events") << QByteArray("GET") << path + u"/events"_s << QByteArray();
}

void TestOrderRoutes::unknownOrder()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);

    const HttpReply reply = m_fixture.http().send(
        method, path, body, {HttpTestClient::bearer(m_tokens.value(u"ayse"_s))});
    QVERIFY2(reply.status == 404, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), ErrorCode::NotFound);
}

void TestOrderRoutes::patchAddsLines()
{
    const Result<Order> before = m_fixture.tableOrder(u"3"_s);
    QVERIFY_OK(before);
    const qint64 now = m_fixture.clock().nowMs() + 12'345;
    m_fixture.clock().set(now);

    Lines lines{ServerFixture::newLine(m_menuIds.at(0), 2, 3, u"no onions"_s),
                ServerFixture::newLine(m_menuIds.at(1), 1, 0, {}),
                ServerFixture::newLine(m_menuIds.at(2), 99, 20, u"ünïcödé ✓"_s)};
    for (Line& line : lines) {
        line.addedBy = u"mehmet"_s; // ignored on input: the token says who
        line.addedAt = 42;
    }
    const HttpReply reply = m_fixture.patchLines(before->id, 1, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(2));
    const Result<Order> after = JsonDecoder::orderFromJson(reply.json());
    QVERIFY_OK(after);
    QCOMPARE(after->id, before->id);
    QCOMPARE(after->version, 2);
    QCOMPARE(after->status, Order::Status::Open);
    QCOMPARE(after->updatedAt, now);
    QCOMPARE(after->items.size(), lines.size());
    // Lines added by one write, in the order of that write's list.
    QCOMPARE(lineIds(after->items), lineIds(lines));
    for (const Line& sent : lines) {
        const Line* stored = findLine(after->items, sent.lineId);
        QVERIFY2(stored, qPrintable(sent.lineId));
        QVERIFY(stored->sameContent(sent));
        QCOMPARE(stored->addedBy, u"ayse"_s);
        QCOMPARE(stored->addedAt, now);
    }
    for (const QJsonValue& line : reply.json().value(u"items"_s).toArray())
        QCOMPARE(keysOf(line.toObject()),
                 (QSet<QString>{u"line_id"_s, u"menu_item_id"_s, u"qty"_s, u"seat"_s, u"note"_s,
                                u"course"_s, u"added_by"_s, u"added_at"_s, u"price_cents"_s,
                                u"state"_s}));
    QCOMPARE(orderJson(before->id), reply.json());
}

void TestOrderRoutes::patchKeepsAuthorOfHeldLines()
{
    const Result<Order> before = m_fixture.tableOrder(u"4"_s);
    QVERIFY_OK(before);
    const qint64 first = m_fixture.clock().nowMs() + 1000;
    m_fixture.clock().set(first);
    Lines lines{ServerFixture::newLine(m_menuIds.at(0), 1),
                ServerFixture::newLine(m_menuIds.at(1), 1)};
    HttpReply reply = m_fixture.patchLines(before->id, 1, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());

    const qint64 second = first + 60'000;
    m_fixture.clock().set(second);
    lines[0].qty = 5;            // mehmet changes ayse's line
    lines[1].addedBy = u"can"_s; // and claims the other one: ignored
    lines[1].addedAt = 1;
    const Line added = ServerFixture::newLine(m_menuIds.at(2), 2, 7, u"extra"_s);
    lines.prepend(added);
    reply = m_fixture.patchLines(before->id, 2, lines, m_tokens.value(u"mehmet"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const Result<Order> after = JsonDecoder::orderFromJson(reply.json());
    QVERIFY_OK(after);
    QCOMPARE(after->version, 3);
    QCOMPARE(after->updatedAt, second);
    QCOMPARE(after->items.size(), 3);
    QVERIFY(sortedByTime(after->items));
    QCOMPARE(after->items.last().lineId, added.lineId);
    QCOMPARE(after->items.last().addedBy, u"mehmet"_s);
    QCOMPARE(after->items.last().addedAt, second);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const Line* stored = findLine(after->items, lines.at(i).lineId);
        QVERIFY(stored);
        QVERIFY(stored->sameContent(lines.at(i)));
        QCOMPARE(stored->addedBy, u"ayse"_s);
        QCOMPARE(stored->addedAt, first);
    }
}

void TestOrderRoutes::lineIdKeptInLowerCase()
{
    const Result<Order> before = m_fixture.tableOrder(u"5"_s);
    QVERIFY_OK(before);
    Line line = ServerFixture::newLine(m_menuIds.at(0), 1);
    const QString lower = line.lineId;
    line.lineId = lower.toUpper();
    QVERIFY(line.lineId != lower);
    HttpReply reply = m_fixture.patchLines(before->id, 1, {line}, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(
        reply.json().value(u"items"_s).toArray().at(0).toObject().value(u"line_id"_s).toString(),
        lower);
    const QJsonArray events = eventsJson(before->id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).toObject().value(u"line_id"_s).toString(), lower);

    // The same line in lower case is the same line: nothing to change.
    line.lineId = lower;
    reply = m_fixture.patchLines(before->id, 2, {line}, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(u"version"_s).toInteger(), 2);
    QCOMPARE(eventsJson(before->id).size(), 1);
}

void TestOrderRoutes::ifMatchAlone()
{
    const Result<Order> before = m_fixture.tableOrder(u"6"_s);
    QVERIFY_OK(before);
    const HttpReply reply = m_fixture.patch(
        before->id,
        ServerFixture::patchBody(std::nullopt, {ServerFixture::newLine(m_menuIds.at(0))}),
        m_tokens.value(u"ayse"_s), {{"If-Match", ServerFixture::entityTag(1)}});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(2));
    QCOMPARE(reply.json().value(u"version"_s).toInteger(), 2);

    const HttpReply stale = m_fixture.patch(
        before->id,
        ServerFixture::patchBody(std::nullopt, {ServerFixture::newLine(m_menuIds.at(0))}),
        m_tokens.value(u"ayse"_s), {{"If-Match", ServerFixture::entityTag(1)}});
    QVERIFY2(stale.status == 409, stale.describe().constData());
    QCOMPARE(stale.errorCode(), ErrorCode::VersionConflict);
}

void TestOrderRoutes::ifMatchAndBodyAgree()
{
    const Result<Order> before = m_fixture.tableOrder(u"7"_s);
    QVERIFY_OK(before);
    const HttpReply reply = m_fixture.patch(
        before->id, ServerFixture::patchBody(1, {ServerFixture::newLine(m_menuIds.at(1))}),
        m_tokens.value(u"ayse"_s), {{"If-Match", ServerFixture::entityTag(1)}});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(u"version"_s).toInteger(), 2);
}

void TestOrderRoutes::ifMatchAndBodyDisagree()
{
    const Result<Order> before = m_fixture.tableOrder(u"8"_s);
    QVERIFY_OK(before);
    const QJsonObject stored = orderJson(before->id);
    for (const auto& [header, body] : {std::pair<qint64, qint64>{1, 2}, {2, 1}}) {
        const HttpReply reply = m_fixture.patch(
            before->id, ServerFixture::patchBody(body, {ServerFixture::newLine(m_menuIds.at(1))}),
            m_tokens.value(u"ayse"_s), {{"If-Match", ServerFixture::entityTag(header)}});
        QVERIFY2(reply.status == 400, reply.describe().constData());
        QCOMPARE(reply.errorCode(), ErrorCode::InvalidRequest);
        QCOMPARE(reply.field(), u"expected_version"_s);
    }
    QCOMPARE(orderJson(before->id), stored);
    QVERIFY(eventsJson(before->id).isEmpty());
}

void TestOrderRoutes::neitherVersion()
{
    const Result<Order> before = m_fixture.tableOrder(u"9"_s);
    QVERIFY_OK(before);
    const QJsonObject stored = orderJson(before->id);
    const HttpReply reply =
        m_fixture.patchLines(before->id, std::nullopt, {ServerFixture::newLine(m_menuIds.at(1))},
                             m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 428, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), ErrorCode::PreconditionRequired);
    QCOMPARE(orderJson(before->id), stored);
    QVERIFY(eventsJson(before->id).isEmpty());
}

void TestOrderRoutes::versionConflict()
{
    const Result<Order> base = m_fixture.tableOrder(u"10"_s);
    QVERIFY_OK(base);
    const qint64 id = base->id;
    Lines lines{ServerFixture::newLine(m_menuIds.at(0), 2),
                ServerFixture::newLine(m_menuIds.at(1), 1)};
    QCOMPARE(m_fixture.patchLines(id, 1, lines, m_tokens.value(u"ayse"_s)).status, 200);
    lines[0].qty = 3;
    QCOMPARE(m_fixture.patchLines(id, 2, lines, m_tokens.value(u"mehmet"_s)).status, 200);
    lines.removeLast();
    QCOMPARE(m_fixture.patchLines(id, 3, lines, m_tokens.value(u"elif"_s)).status, 200);

    const QJsonObject stored = orderJson(id);
    const QJsonArray log = eventsJson(id);
    QCOMPARE(log.size(), 4);
    m_fixture.clock().advance(5000);

    const Line mine = ServerFixture::newLine(m_menuIds.at(2), 1);
    const HttpReply reply = m_fixture.patchLines(id, 1, {mine}, m_tokens.value(u"can"_s));
    QVERIFY2(reply.status == 409, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), ErrorCode::VersionConflict);
    QCOMPARE(keysOf(reply.json()),
             (QSet<QString>{u"error"_s, u"message"_s, u"current"_s, u"events"_s}));
    QCOMPARE(reply.json().value(u"current"_s).toObject(), stored);
    QCOMPARE(reply.json().value(u"events"_s).toArray(), log); // all four have version > 1
    const Result<ConflictReply> conflict = JsonDecoder::conflictReplyFromJson(reply.json());
    QVERIFY_OK(conflict);
    QCOMPARE(conflict->current.version, 4);

    QCOMPARE(orderJson(id), stored);
    const QJsonArray after = eventsJson(id);
    QCOMPARE(after.size(), log.size() + 1);
    const QJsonObject event = after.last().toObject();
    QCOMPARE(keysOf(event),
             (QSet<QString>{u"seq"_s, u"order_id"_s, u"table_id"_s, u"version"_s, u"kind"_s,
                            u"expected_version"_s, u"author"_s, u"at"_s}));
    QCOMPARE(event.value(u"kind"_s).toString(), u"conflict"_s);
    QCOMPARE(event.value(u"version"_s).toInteger(), 4);
    QCOMPARE(event.value(u"expected_version"_s).toInteger(), 1);
    QCOMPARE(event.value(u"author"_s).toString(), u"can"_s);
    QCOMPARE(event.value(u"at"_s).toInteger(), m_fixture.clock().nowMs());
    QCOMPARE(event.value(u"order_id"_s).toInteger(), id);
    QCOMPARE(event.value(u"table_id"_s).toString(), u"10"_s);

    // A second stale writer sees only what happened after its base, the conflict included.
    const HttpReply second = m_fixture.patchLines(id, 3, {mine}, m_tokens.value(u"ayse"_s));
    QVERIFY2(second.status == 409, second.describe().constData());
    QJsonArray newer;
    for (const QJsonValue& each : after) {
        if (each.toObject().value(u"version"_s).toInteger() > 3)
            newer.append(each);
    }
    QCOMPARE(second.json().value(u"events"_s).toArray(), newer);
    QCOMPARE(eventsJson(id).size(), after.size() + 1);

    // Resent on the current version, the write lands.
    Lines rebased = conflict->current.items;
    rebased.append(mine);
    const HttpReply resent = m_fixture.patchLines(id, 4, rebased, m_tokens.value(u"can"_s));
    QVERIFY2(resent.status == 200, resent.describe().constData());
    QCOMPARE(resent.json().value(u"version"_s).toInteger(), 5);
}

// A waiter whose view is hundreds of versions old gets a bounded 409: the newest events,
// oldest first, ending with the current version, so the labels of recent changes still hold.
void TestOrderRoutes::veryStaleWriterGetsTheNewestEvents()
{
    const Result<Order> base = m_fixture.tableOrder(u"40"_s);
    QVERIFY_OK(base);
    const qint64 id = base->id;
    Lines lines{ServerFixture::newLine(m_menuIds.at(0), 1)};
    const int writes = OrderWrites::maxConflictEvents + 20;
    for (int version = 1; version <= writes; ++version) {
        lines[0].qty = 1 + version % 50;
        const HttpReply reply = m_fixture.patchLines(id, version, lines, m_tokens.value(u"ayse"_s));
        QVERIFY2(reply.status == 200, reply.describe().constData());
    }
    const QJsonArray log = eventsJson(id);
    QCOMPARE(log.size(), writes);

    const HttpReply stale = m_fixture.patchLines(
        id, 1, {ServerFixture::newLine(m_menuIds.at(1), 1)}, m_tokens.value(u"mehmet"_s));
    QVERIFY2(stale.status == 409, stale.describe().constData());
    const QJsonArray events = stale.json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), OrderWrites::maxConflictEvents);
    // The newest of the log, in its order: its last entries.
    QJsonArray newest;
    for (int i = writes - OrderWrites::maxConflictEvents; i < writes; ++i)
        newest.append(log.at(i));
    QCOMPARE(events, newest);
    QCOMPARE(events.last().toObject().value(u"version"_s).toInteger(), writes + 1);
}

void TestOrderRoutes::staleEqualListIsAConflict()
{
    const Result<Order> base = m_fixture.tableOrder(u"11"_s);
    QVERIFY_OK(base);
    const Lines lines{ServerFixture::newLine(m_menuIds.at(0), 2)};
    QCOMPARE(m_fixture.patchLines(base->id, 1, lines, m_tokens.value(u"ayse"_s)).status, 200);
    const HttpReply reply = m_fixture.patchLines(base->id, 1, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 409, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::VersionConflict);
    QCOMPARE(reply.json().value(u"current"_s).toObject().value(u"version"_s).toInteger(), 2);
}

void TestOrderRoutes::equalListChangesNothing()
{
    const Result<Order> base = m_fixture.tableOrder(u"12"_s);
    QVERIFY_OK(base);
    Lines lines{ServerFixture::newLine(m_menuIds.at(0), 2, 1, u"spicy"_s),
                ServerFixture::newLine(m_menuIds.at(1), 1),
                ServerFixture::newLine(m_menuIds.at(2), 4, 2)};
    QCOMPARE(m_fixture.patchLines(base->id, 1, lines, m_tokens.value(u"ayse"_s)).status, 200);
    const QJsonObject stored = orderJson(base->id);
    const QJsonArray log = eventsJson(base->id);
    m_fixture.clock().advance(10'000);

    std::reverse(lines.begin(), lines.end());
    for (Line& line : lines) {
        line.addedBy = u"elif"_s;
        line.addedAt = 7;
    }
    const HttpReply reply = m_fixture.patchLines(base->id, 2, lines, m_tokens.value(u"elif"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(2));
    QCOMPARE(reply.json(), stored);
    QCOMPARE(orderJson(base->id), stored);
    QCOMPARE(eventsJson(base->id), log);
}

void TestOrderRoutes::orderClosed()
{
    const Result<Order> base = m_fixture.tableOrder(u"13"_s);
    QVERIFY_OK(base);
    const Lines lines{ServerFixture::newLine(m_menuIds.at(0), 2)};
    QCOMPARE(m_fixture.patchLines(base->id, 1, lines, m_tokens.value(u"ayse"_s)).status, 200);
    QCOMPARE(m_fixture.close(base->id, 2, m_tokens.value(u"ayse"_s)).status, 200);
    const QJsonObject stored = orderJson(base->id);
    const QJsonArray log = eventsJson(base->id);
    QCOMPARE(stored.value(u"status"_s).toString(), u"closed"_s);

    const QList<std::pair<const char*, qint64>> attempts{{"current version", 3},
                                                         {"stale version", 1}};
    for (const auto& [what, version] : attempts) {
        const HttpReply reply =
            m_fixture.patchLines(base->id, version, {ServerFixture::newLine(m_menuIds.at(1))},
                                 m_tokens.value(u"mehmet"_s));
        QVERIFY2(reply.status == 409, qPrintable(QString::fromLatin1(what) + u": "_s +
                                                 QString::fromUtf8(reply.describe())));
        QCOMPARE(reply.errorCode(), ErrorCode::OrderClosed);
        QCOMPARE(reply.json().value(u"current"_s).toObject(), stored);
        const HttpReply close = m_fixture.close(base->id, version, m_tokens.value(u"mehmet"_s));
        QVERIFY2(close.status == 409, close.describe().constData());
        QCOMPARE(close.errorCode(), ErrorCode::OrderClosed);
    }
    QCOMPARE(orderJson(base->id), stored);
    QCOMPARE(eventsJson(base->id), log);
}

void TestOrderRoutes::closeOrder()
{
    const Result<Order> base = m_fixture.tableOrder(u"14"_s);
    QVERIFY_OK(base);
    const Lines lines{ServerFixture::newLine(m_menuIds.at(0), 2),
                      ServerFixture::newLine(m_menuIds.at(1))};
    HttpReply reply = m_fixture.patchLines(base->id, 1, lines, m_tokens.value(u"ayse"_s));
    QCOMPARE(reply.status, 200);
    const Lines held = JsonDecoder::orderFromJson(reply.json())->items;
    const qint64 now = m_fixture.clock().nowMs() + 30'000;
    m_fixture.clock().set(now);

    reply = m_fixture.close(base->id, 2, m_tokens.value(u"mehmet"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(3));
    QCOMPARE(keysOf(reply.json()), (QSet<QString>{u"order"_s, u"next_order_id"_s}));
    const Result<CloseReply> closed = JsonDecoder::closeReplyFromJson(reply.json());
    QVERIFY_OK(closed);
    QCOMPARE(closed->order.id, base->id);
    QCOMPARE(closed->order.status, Order::Status::Closed);
    QCOMPARE(closed->order.version, 3);
    QCOMPARE(closed->order.updatedAt, now);
    QCOMPARE(closed->order.items, held);
    QVERIFY(closed->nextOrderId > 0);
    QVERIFY(closed->nextOrderId != base->id);
    QCOMPARE(orderJson(base->id), reply.json().value(u"order"_s).toObject());

    const Result<Table> table = m_fixture.table(u"14"_s, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(table);
    QCOMPARE(table->orderId, closed->nextOrderId);
    QCOMPARE(table->version, 1);
    QCOMPARE(table->itemCount, 0);
    const Result<Order> next = m_fixture.order(closed->nextOrderId, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(next);
    QCOMPARE(next->tableId, u"14"_s);
    QCOMPARE(next->status, Order::Status::Open);
    QCOMPARE(next->version, 1);
    QVERIFY(next->items.isEmpty());

    const QJsonArray log = eventsJson(base->id);
    QCOMPARE(log.size(), 3);
    const QJsonObject event = log.last().toObject();
    QCOMPARE(keysOf(event), (QSet<QString>{u"seq"_s, u"order_id"_s, u"table_id"_s, u"version"_s,
                                           u"kind"_s, u"author"_s, u"at"_s}));
    QCOMPARE(event.value(u"kind"_s).toString(), u"close"_s);
    QCOMPARE(event.value(u"version"_s).toInteger(), 3);
    QCOMPARE(event.value(u"author"_s).toString(), u"mehmet"_s);
    QCOMPARE(event.value(u"at"_s).toInteger(), now);
    QVERIFY(eventsJson(closed->nextOrderId).isEmpty());

    // The new order takes writes.
    reply = m_fixture.patchLines(closed->nextOrderId, 1, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
}

void TestOrderRoutes::closeWithIfMatch()
{
    const Result<Order> base = m_fixture.tableOrder(u"15"_s);
    QVERIFY_OK(base);
    const HttpReply reply =
        m_fixture.http().send("POST", ServerFixture::orderPath(base->id) + u"/close"_s, {},
                              {HttpTestClient::bearer(m_tokens.value(u"selin"_s)),
                               {"If-Match", ServerFixture::entityTag(1)}});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.header("ETag"), ServerFixture::entityTag(2));
    QCOMPARE(reply.json().value(u"order"_s).toObject().value(u"status"_s).toString(), u"closed"_s);
}

void TestOrderRoutes::closeGuards()
{
    const Result<Order> base = m_fixture.tableOrder(u"16"_s);
    QVERIFY_OK(base);
    const QString path = ServerFixture::orderPath(base->id) + u"/close"_s;
    const QByteArray token = m_tokens.value(u"elif"_s);
    QCOMPARE(
        m_fixture.patchLines(base->id, 1, {ServerFixture::newLine(m_menuIds.at(0))}, token).status,
        200);
    const QJsonObject stored = orderJson(base->id);
    const QJsonArray log = eventsJson(base->id);

    struct Case
    {
        const char* what;
        QByteArray body;
        HttpTestClient::Headers headers;
        int status;
        ErrorCode error;
        QString field;
    };
    const QList<Case> cases{
        {"neither", "{}", {}, 428, ErrorCode::PreconditionRequired, {}},
        {"no body", {}, {}, 428, ErrorCode::PreconditionRequired, {}},
        {"not JSON", "{\"expected_version\": ", {}, 400, ErrorCode::InvalidRequest, u"body"_s},
        {"not an object", "[2]", {}, 400, ErrorCode::InvalidRequest, u"body"_s},
        {"version 0",
         R"({"expected_version": 0})",
         {},
         400,
         ErrorCode::InvalidRequest,
         u"expected_version"_s},
        {"version as text",
         R"({"expected_version": "2"})",
         {},
         400,
         ErrorCode::InvalidRequest,
         u"expected_version"_s},
        {"If-Match disagrees",
         R"({"expected_version": 2})",
         {{"If-Match", ServerFixture::entityTag(1)}},
         400,
         ErrorCode::InvalidRequest,
         u"expected_version"_s},
        {"If-Match malformed",
         {},
         {{"If-Match", "two"}},
         400,
         ErrorCode::InvalidRequest,
         u"If-Match"_s},
    };
    for (const Case& each : cases) {
        HttpTestClient::Headers headers = each.headers;
        headers.append(HttpTestClient::bearer(token));
        const HttpReply reply = m_fixture.http().send("POST", path, each.body, headers);
        const QByteArray label = QByteArray(each.what) + ": " + reply.describe();
        QVERIFY2(reply.status == each.status, label.constData());
        QVERIFY2(reply.errorCode() == each.error, label.constData());
        QVERIFY2(reply.field() == each.field, label.constData());
        QCOMPARE(orderJson(base->id), stored);
        QCOMPARE(eventsJson(base->id), log);
    }

    // Stale: 409 as for PATCH, with the events since the writer's base and one conflict event.
    const HttpReply stale = m_fixture.close(base->id, 1, token);
    QVERIFY2(stale.status == 409, stale.describe().constData());
    QCOMPARE(stale.errorCode(), ErrorCode::VersionConflict);
    QCOMPARE(stale.json().value(u"current"_s).toObject(), stored);
    QCOMPARE(stale.json().value(u"events"_s).toArray(), log);
    QCOMPARE(orderJson(base->id), stored);
    const QJsonArray after = eventsJson(base->id);
    QCOMPARE(after.size(), log.size() + 1);
    QCOMPARE(after.last().toObject().value(u"kind"_s).toString(), u"conflict"_s);
    QCOMPARE(after.last().toObject().value(u"expected_version"_s).toInteger(), 1);
}

void TestOrderRoutes::unsupportedMediaType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("route");

    for (const QByteArray& type :
         {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
          QByteArray("application/xml"), QByteArray("text/json")}) {
        for (const QString& route : {u"patch"_s, u"close"_s, u"login"_s})
            QTest::addRow("%s %s", type.constData(), qPrintable(route)) << type << route;
    }
}

void TestOrderRoutes::unsupportedMediaType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QString, route);

    const Result<Order> base = m_fixture.tableOrder(u"17"_s);
    QVERIFY_OK(base);
    const QJsonObject stored = orderJson(base->id);
    const QJsonArray log = eventsJson(base->id);
    QString path;
    QByteArray body;
    HttpTestClient::Headers headers{{"Content-Type", contentType}};
    if (route == "patch"_L1) {
        path = ServerFixture::orderPath(base->id);
        body = QJsonDocument(ServerFixture::patchBody(base->version,
                                                      {ServerFixture::newLine(m_menuIds.at(0))}))
                   .toJson();
        headers.append(HttpTestClient::bearer(m_tokens.value(u"ayse"_s)));
    } else if (route == "close"_L1) {
        path = ServerFixture::orderPath(base->id) + u"/close"_s;
        body = R"({"expected_version": )" + QByteArray::number(base->version) + '}';
        headers.append(HttpTestClient::bearer(m_tokens.value(u"ayse"_s)));
    } else {
        path = u"/api/v1/login"_s;
        body = R"({"staff": "ayse", "pin": "1111"})";
    }
    const HttpReply reply =
        m_fixture.http().send(route == "patch"_L1 ? "PATCH" : "POST", path, body, headers);
    QVERIFY2(reply.status == 415, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), ErrorCode::UnsupportedMediaType);
    QCOMPARE(orderJson(base->id), stored);
    QCOMPARE(eventsJson(base->id), log);
}

void TestOrderRoutes::jsonMediaTypeVariants_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("charset") << QByteArray("application/json; charset=utf-8");
    QTest::newRow("charset quoted") << QByteArray("application/json;charset=\"UTF-8\"");
    QTest::newRow("upper case") << QByteArray("Application/JSON");
}

void TestOrderRoutes::jsonMediaTypeVariants()
{
    QFETCH(QByteArray, contentType);
    const Result<Order> base = m_fixture.tableOrder(u"18"_s);
    QVERIFY_OK(base);
    const QByteArray body =
        QJsonDocument(
            ServerFixture::patchBody(base->version, {ServerFixture::newLine(m_menuIds.at(0))}))
            .toJson();
    const HttpReply reply = m_fixture.http().send(
        "PATCH", ServerFixture::orderPath(base->id), body,
        {{"Content-Type", contentType}, HttpTestClient::bearer(m_tokens.value(u"ayse"_s))});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(u"version"_s).toInteger(), base->version + 1);
}

// 200 characters outside the Basic Multilingual Plane are 400 UTF-16 code units: still fine.
void TestOrderRoutes::noteCountsCodePoints()
{
    const Result<Order> base = m_fixture.tableOrder(u"19"_s);
    QVERIFY_OK(base);
    QString note;
    for (int i = 0; i < 200; ++i)
        note += QString::fromUcs4(U"\U0001F35D");
    QCOMPARE(note.size(), 400);
    const Line line = ServerFixture::newLine(m_menuIds.at(0), 1, 0, note);
    const HttpReply reply = m_fixture.patchLines(base->id, 1, {line}, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const Result<Order> stored = JsonDecoder::orderFromJson(reply.json());
    QVERIFY_OK(stored);
    QCOMPARE(stored->items.value(0).note, note);
}

void TestOrderRoutes::seatUpToTheTablesSeats()
{
    const Result<Order> base = m_fixture.tableOrder(u"20"_s);
    QVERIFY_OK(base);
    const Lines lines{ServerFixture::newLine(m_menuIds.at(0), 1, 0),
                      ServerFixture::newLine(m_menuIds.at(0), 1, 20),
                      ServerFixture::newLine(m_menuIds.at(0), 99, 1)};
    const HttpReply reply = m_fixture.patchLines(base->id, 1, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(u"items"_s).toArray().size(), 3);
}

void TestOrderRoutes::tableSummaryFollowsWrites()
{
    const Result<Order> base = m_fixture.tableOrder(u"21"_s);
    QVERIFY_OK(base);
    const qint64 now = m_fixture.clock().nowMs() + 777;
    m_fixture.clock().set(now);
    const Lines lines{ServerFixture::newLine(m_menuIds.at(0)),
                      ServerFixture::newLine(m_menuIds.at(1)),
                      ServerFixture::newLine(m_menuIds.at(2))};
    QCOMPARE(m_fixture.patchLines(base->id, 1, lines, m_tokens.value(u"ayse"_s)).status, 200);
    const Result<Table> table = m_fixture.table(u"21"_s, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(table);
    QCOMPARE(table->orderId, base->id);
    QCOMPARE(table->version, 2);
    QCOMPARE(table->itemCount, 3);
    QCOMPARE(table->updatedAt, now);
}

// facade.md: 413 -> 401 -> 403 -> 415 -> 404 -> 400 -> 428 -> 409. Each row breaks two rules;
// the earlier one answers.
void TestOrderRoutes::checkOrder_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCode>("error");

    const QByteArray valid = R"({"expected_version": 1, "items": []})";
    const QByteArray invalid = R"({"items": 5})";
    QTest::newRow("401 before 415") << u"open"_s << QByteArray("text/plain") << false << valid
                                    << 401 << ErrorCode::Unauthorized;
    QTest::newRow("415 before 404") << u"unknown"_s << QByteArray("text/plain") << true << valid
                                    << 415 << ErrorCode::UnsupportedMediaType;
    QTest::newRow("404 before 400") << u"unknown"_s << QByteArray("application/json") << true
                                    << invalid << 404 << ErrorCode::NotFound;
    QTest::newRow("400 before 428") << u"open"_s << QByteArray("application/json") << true
                                    << invalid << 400 << ErrorCode::InvalidRequest;
    QTest::newRow("400 before 409") << u"open"_s << QByteArray("application/json") << true
                                    << QByteArray(R"({"expected_version": 99, "items": 5})") << 400
                                    << ErrorCode::InvalidRequest;
    QTest::newRow("428 before 409 (closed)")
        << u"closed"_s << QByteArray("application/json") << true << QByteArray(R"({"items": []})")
        << 428 << ErrorCode::PreconditionRequired;
}

void TestOrderRoutes::checkOrder()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, withToken);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(ErrorCode, error);

    qint64 orderId = 987654321;
    if (target == "open"_L1 || target == "closed"_L1) {
        const Result<Order> order = m_fixture.tableOrder(target == "open"_L1 ? u"22"_s : u"23"_s);
        QVERIFY_OK(order);
        orderId = order->id;
        if (target == "closed"_L1)
            QCOMPARE(m_fixture.close(orderId, order->version, m_tokens.value(u"ayse"_s)).status,
                     200);
    }
    const QJsonObject before = orderJson(orderId);
    HttpTestClient::Headers headers{{"Content-Type", contentType}};
    if (withToken)
        headers.append(HttpTestClient::bearer(m_tokens.value(u"ayse"_s)));
    const HttpReply reply =
        m_fixture.http().send("PATCH", ServerFixture::orderPath(orderId), body, headers);
    QVERIFY2(reply.status == status, reply.describe().constData());
    QCOMPARE(reply.errorCode(), error);
    QCOMPARE(orderJson(orderId), before);
}

QTEST_GUILESS_MAIN(TestOrderRoutes)
#include "tst_orderroutes.moc"
