#include "JsonKeys.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/JsonDecoder.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The append-only log: the events each kind of change leaves, an order's history and the
// venue-wide paged feed (api-v1.md "History").
class TestHistoryRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eventKinds();
    void orderHistoryIsOldestFirst();
    void feedPaging_data();
    void feedPaging();
    void feedMatchesOrderHistory();
    void feedDefaultLimit();
    void feedMaximumLimit();
    void feedPastTheEnd();
    void feedBadParameters_data();
    void feedBadParameters();
    void latestFollowsTheLog();
    void latestOfAnEmptyLog();

private:
    QJsonArray feed(qint64 since, int limit);

    ServerFixture m_fixture;
    QMap<QString, QByteArray> m_tokens;
    QStringList m_menuIds;
    qint64 m_orderId = 0;
};

namespace {

const QSet<QString> commonKeys{u"seq"_s,  u"order_id"_s, u"table_id"_s, u"version"_s,
                               u"kind"_s, u"author"_s,   u"at"_s};

QSet<QString> keysOfKind(const QString& kind)
{
    QSet<QString> keys = commonKeys;
    if (kind == "add"_L1 || kind == "remove"_L1 || kind == "change"_L1)
        keys += QSet<QString>{u"line_id"_s, u"menu_item_id"_s, u"qty"_s, u"seat"_s, u"note"_s};
    if (kind == "change"_L1)
        keys += QSet<QString>{u"prev_qty"_s, u"prev_seat"_s};
    if (kind == "conflict"_L1)
        keys += u"expected_version"_s;
    return keys;
}

// The events of one version keyed by line (the order within one write is not specified).
QMap<QString, QJsonObject> byLine(const QJsonArray& events, qint64 version)
{
    QMap<QString, QJsonObject> result;
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(u"version"_s).toInteger() == version)
            result.insert(event.value(u"kind"_s).toString() + u':' +
                              event.value(u"line_id"_s).toString(),
                          event);
    }
    return result;
}

} // namespace

void TestHistoryRoutes::initTestCase()
{
    const Result<ServerFixture::Venue> venue =
        m_fixture.startVenue({u"ayse"_s, u"mehmet"_s, u"elif"_s, u"can"_s});
    QVERIFY_OK(venue);
    m_menuIds = venue->menuIds();
    m_tokens = venue->tokens;
    QVERIFY(m_menuIds.size() >= 3);
    const Result<Table> table = m_fixture.table(u"42"_s, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(table);
    m_orderId = table->orderId;
}

// One order through add, change, remove, conflict and close; every event checked field by field.
void TestHistoryRoutes::eventKinds()
{
    const QString a = m_menuIds.at(0);
    const QString b = m_menuIds.at(1);
    const QString c = m_menuIds.at(2);
    const qint64 t1 = m_fixture.clock().nowMs() + 1000;
    m_fixture.clock().set(t1);
    Line l1 = ServerFixture::newLine(a, 2, 1, u"no onions"_s);
    const Line l2 = ServerFixture::newLine(b, 1);
    QCOMPARE(m_fixture.patchLines(m_orderId, 1, {l1, l2}, m_tokens.value(u"ayse"_s)).status, 200);

    const qint64 t2 = t1 + 1000;
    m_fixture.clock().set(t2);
    l1.qty = 4;
    l1.note = u"well done"_s;
    Line l3 = ServerFixture::newLine(c, 3, 5, u"for the child"_s);
    QCOMPARE(m_fixture.patchLines(m_orderId, 2, {l1, l3}, m_tokens.value(u"mehmet"_s)).status, 200);

    const qint64 t3 = t2 + 1000;
    m_fixture.clock().set(t3);
    l1.menuItemId = c; // another dish on the same line
    l3.seat = 6;       // only the seat moves
    QCOMPARE(m_fixture.patchLines(m_orderId, 3, {l1, l3}, m_tokens.value(u"elif"_s)).status, 200);

    const qint64 t4 = t3 + 1000;
    m_fixture.clock().set(t4);
    QCOMPARE(m_fixture.patchLines(m_orderId, 2, {l1}, m_tokens.value(u"can"_s)).status, 409);

    const qint64 t5 = t4 + 1000;
    m_fixture.clock().set(t5);
    QCOMPARE(m_fixture.close(m_orderId, 4, m_tokens.value(u"selin"_s)).status, 200);

    const HttpReply reply = m_fixture.http().get(ServerFixture::orderPath(m_orderId) + u"/events"_s,
                                                 m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(keysOf(reply.json()), QSet<QString>{u"events"_s});
    const QJsonArray events = reply.json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 9);
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        QCOMPARE(keysOf(event), keysOfKind(event.value(u"kind"_s).toString()));
        QCOMPARE(event.value(u"order_id"_s).toInteger(), m_orderId);
        QCOMPARE(event.value(u"table_id"_s).toString(), u"42"_s);
        QVERIFY_OK(JsonDecoder::eventFromJson(event));
    }

    const auto check = [](const QJsonObject& event, const QString& author, qint64 at,
                          const QJsonObject& fields) {
        QVERIFY2(!event.isEmpty(), "event missing");
        QCOMPARE(event.value(u"author"_s).toString(), author);
        QCOMPARE(event.value(u"at"_s).toInteger(), at);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            QVERIFY2(
                event.value(it.key()) == it.value(),
                qPrintable(it.key() + u" in "_s +
                           QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))));
    };

    QMap<QString, QJsonObject> v2 = byLine(events, 2);
    QCOMPARE(v2.size(), 2);
    check(v2.value(u"add:"_s + l1.lineId), u"ayse"_s, t1,
          {{u"menu_item_id"_s, a}, {u"qty"_s, 2}, {u"note"_s, u"no onions"_s}});
    if (QTest::currentTestFailed())
        return;
    check(v2.value(u"add:"_s + l2.lineId), u"ayse"_s, t1,
          {{u"menu_item_id"_s, b}, {u"qty"_s, 1}, {u"note"_s, u""_s}});
    if (QTest::currentTestFailed())
        return;

    QMap<QString, QJsonObject> v3 = byLine(events, 3);
    QCOMPARE(v3.size(), 3);
    check(v3.value(u"change:"_s + l1.lineId), u"mehmet"_s, t2,
          {{u"menu_item_id"_s, a}, {u"qty"_s, 4}, {u"prev_qty"_s, 2}, {u"note"_s, u"well done"_s}});
    if (QTest::currentTestFailed())
        return;
    check(v3.value(u"remove:"_s + l2.lineId), u"mehmet"_s, t2,
          {{u"menu_item_id"_s, b}, {u"qty"_s, 1}, {u"note"_s, u""_s}});
    if (QTest::currentTestFailed())
        return;
    check(v3.value(u"add:"_s + l3.lineId), u"mehmet"_s, t2,
          {{u"menu_item_id"_s, c}, {u"qty"_s, 3}, {u"note"_s, u"for the child"_s}});
    if (QTest::currentTestFailed())
        return;

    QMap<QString, QJsonObject> v4 = byLine(events, 4);
    QCOMPARE(v4.size(), 3);
    check(v4.value(u"change:"_s + l1.lineId), u"elif"_s, t3,
          {{u"menu_item_id"_s, c}, {u"qty"_s, 4}, {u"prev_qty"_s, 4}, {u"note"_s, u"well done"_s}});
    if (QTest::currentTestFailed())
        return;
    check(v4.value(u"change:"_s + l3.lineId), u"elif"_s, t3,
          {{u"menu_item_id"_s, c},
           {u"qty"_s, 3},
           {u"prev_qty"_s, 3},
           {u"note"_s, u"for the child"_s}});
    if (QTest::currentTestFailed())
        return;
    check(v4.value(u"conflict:"_s), u"can"_s, t4, {{u"expected_version"_s, 2}});
    if (QTest::currentTestFailed())
        return;

    QMap<QString, QJsonObject> v5 = byLine(events, 5);
    QCOMPARE(v5.size(), 1);
    check(v5.value(u"close:"_s), u"selin"_s, t5, {});
}

void TestHistoryRoutes::orderHistoryIsOldestFirst()
{
    const QJsonArray events =
        m_fixture.http()
            .get(ServerFixture::orderPath(m_orderId) + u"/events"_s, m_tokens.value(u"can"_s))
            .json()
            .value(u"events"_s)
            .toArray();
    QVERIFY(events.size() >= 2);
    for (qsizetype i = 1; i < events.size(); ++i) {
        const QJsonObject previous = events.at(i - 1).toObject();
        const QJsonObject event = events.at(i).toObject();
        QVERIFY(event.value(u"seq"_s).toInteger() > previous.value(u"seq"_s).toInteger());
        QVERIFY(event.value(u"version"_s).toInteger() >= previous.value(u"version"_s).toInteger());
        QVERIFY(event.value(u"at"_s).toInteger() >= previous.value(u"at"_s).toInteger());
    }
}

QJsonArray TestHistoryRoutes::feed(qint64 since, int limit)
{
    const HttpReply reply = m_fixture.http().get(
        u"/api/v1/events?since=%1&limit=%2"_s.arg(since).arg(limit), m_tokens.value(u"selin"_s));
    return reply.json().value(u"events"_s).toArray();
}

void TestHistoryRoutes::feedPaging_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("limit 1") << 1;
    QTest::newRow("limit 2") << 2;
    QTest::newRow("limit 4") << 4;
}

void TestHistoryRoutes::feedPaging()
{
    QFETCH(int, limit);
    const QJsonArray all = feed(0, 1000);
    QVERIFY(all.size() >= 9);

    QJsonArray paged;
    qint64 since = 0;
    for (int page = 0; page < 100; ++page) {
        const HttpReply reply =
            m_fixture.http().get(u"/api/v1/events?since=%1&limit=%2"_s.arg(since).arg(limit),
                                 m_tokens.value(u"selin"_s));
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QCOMPARE(keysOf(reply.json()), (QSet<QString>{u"events"_s, u"next"_s}));
        const Result<EventsPage> decoded = JsonDecoder::eventsPageFromJson(reply.json());
        QVERIFY_OK(decoded);
        QVERIFY(decoded->events.size() <= limit);
        for (const Event& event : decoded->events)
            QVERIFY(event.seq > since);
        const qint64 expectedNext = decoded->events.isEmpty() ? since : decoded->events.last().seq;
        QCOMPARE(decoded->next, expectedNext);
        for (const QJsonValue& event : reply.json().value(u"events"_s).toArray())
            paged.append(event);
        if (decoded->events.isEmpty())
            break;
        since = decoded->next;
    }
    QCOMPARE(paged, all);
}

void TestHistoryRoutes::feedMatchesOrderHistory()
{
    const QJsonArray orderEvents =
        m_fixture.http()
            .get(ServerFixture::orderPath(m_orderId) + u"/events"_s, m_tokens.value(u"ayse"_s))
            .json()
            .value(u"events"_s)
            .toArray();
    QJsonArray ofOrder;
    qint64 previous = 0;
    for (const QJsonValue& event : feed(0, 1000)) {
        QVERIFY(event.toObject().value(u"seq"_s).toInteger() > previous);
        previous = event.toObject().value(u"seq"_s).toInteger();
        if (event.toObject().value(u"order_id"_s).toInteger() == m_orderId)
            ofOrder.append(event);
    }
    QCOMPARE(ofOrder, orderEvents);
}

void TestHistoryRoutes::feedDefaultLimit()
{
    const Result<Table> table = m_fixture.table(u"43"_s, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(table);
    Lines lines;
    for (int i = 0; i < 250; ++i)
        lines.append(ServerFixture::newLine(m_menuIds.at(i % m_menuIds.size()), 1 + i % 5, i % 21));
    const HttpReply write =
        m_fixture.patchLines(table->orderId, 1, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(write.status == 200, write.describe().constData());

    const QJsonArray all = feed(0, 1000);
    QVERIFY(all.size() > 250);
    const HttpReply reply = m_fixture.http().get(u"/api/v1/events"_s, m_tokens.value(u"selin"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonArray events = reply.json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 200);
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i), all.at(i));
    QCOMPARE(reply.json().value(u"next"_s).toInteger(),
             events.last().toObject().value(u"seq"_s).toInteger());

    const HttpReply since =
        m_fixture.http().get(u"/api/v1/events?since="_s +
                                 QString::number(all.at(9).toObject().value(u"seq"_s).toInteger()),
                             m_tokens.value(u"selin"_s));
    QCOMPARE(since.json().value(u"events"_s).toArray().size(), 200);
    QCOMPARE(since.json().value(u"events"_s).toArray().first(), all.at(10));
}

void TestHistoryRoutes::feedMaximumLimit()
{
    // Two full orders make more than 1,000 events in all.
    for (const QString& tableId : {u"44"_s, u"45"_s}) {
        const Result<Table> table = m_fixture.table(tableId, m_tokens.value(u"ayse"_s));
        QVERIFY_OK(table);
        Lines lines;
        for (int i = 0; i < 500; ++i)
            lines.append(ServerFixture::newLine(m_menuIds.at(i % m_menuIds.size())));
        const HttpReply write =
            m_fixture.patchLines(table->orderId, 1, lines, m_tokens.value(u"ayse"_s));
        QVERIFY2(write.status == 200, write.describe().constData());
    }
    const HttpReply reply =
        m_fixture.http().get(u"/api/v1/events?limit=1000"_s, m_tokens.value(u"selin"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonArray events = reply.json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1000);
    QCOMPARE(reply.json().value(u"next"_s).toInteger(),
             events.last().toObject().value(u"seq"_s).toInteger());
    const HttpReply rest =
        m_fixture.http().get(u"/api/v1/events?limit=1000&since="_s +
                                 QString::number(reply.json().value(u"next"_s).toInteger()),
                             m_tokens.value(u"selin"_s));
    QCOMPARE(rest.status, 200);
    QVERIFY(!rest.json().value(u"events"_s).toArray().isEmpty());
    QVERIFY(rest.json().value(u"events"_s).toArray().size() < 1000);
}

void TestHistoryRoutes::feedPastTheEnd()
{
    qint64 last = 0;
    for (QJsonArray page = feed(0, 1000); !page.isEmpty(); page = feed(last, 1000))
        last = page.last().toObject().value(u"seq"_s).toInteger();
    QVERIFY(last > 0);
    for (const qint64 since : {last, last + 1000}) {
        const HttpReply reply = m_fixture.http().get(
            u"/api/v1/events?since="_s + QString::number(since), m_tokens.value(u"selin"_s));
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QVERIFY(reply.json().value(u"events"_s).toArray().isEmpty());
        QCOMPARE(reply.json().value(u"next"_s).toInteger(), since);
    }
}

void TestHistoryRoutes::feedBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");

    QTest::newRow("since -1") << u"since=-1"_s << u"since"_s;
    QTest::newRow("since abc") << u"since=abc"_s << u"since"_s;
    QTest::newRow("since 1.5") << u"since=1.5"_s << u"since"_s;
    QTest::newRow("since empty") << u"since="_s << u"since"_s;
    QTest::newRow("limit 0") << u"limit=0"_s << u"limit"_s;
    QTest::newRow("limit 1001") << u"limit=1001"_s << u"limit"_s;
    QTest::newRow("limit -5") << u"limit=-5"_s << u"limit"_s;
    QTest::newRow("limit abc") << u"limit=abc"_s << u"limit"_s;
    QTest::newRow("limit 2.5") << u"since=0&limit=2.5"_s << u"limit"_s;
}

void TestHistoryRoutes::feedBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpReply reply =
        m_fixture.http().get(u"/api/v1/events?"_s + query, m_tokens.value(u"selin"_s));
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), ErrorCode::InvalidRequest);
    QCOMPARE(reply.field(), field);
}

// The newest seq is the last seq the feed gives, before and after a write that adds events.
void TestHistoryRoutes::latestFollowsTheLog()
{
    const auto latest = [this] {
        const HttpReply reply =
            m_fixture.http().get(u"/api/v1/events/latest"_s, m_tokens.value(u"selin"_s));
        return reply.status == 200 && reply.isJsonReply() && keysOf(reply.json()).size() == 1
                   ? reply.json().value(u"seq"_s).toInteger(-1)
                   : -1;
    };
    const auto lastOfFeed = [this] {
        qint64 last = 0;
        for (QJsonArray page = feed(0, 1000); !page.isEmpty(); page = feed(last, 1000))
            last = page.last().toObject().value(u"seq"_s).toInteger();
        return last;
    };
    const qint64 before = latest();
    QVERIFY(before >= 0);
    QCOMPARE(before, lastOfFeed());

    const Result<Table> table = m_fixture.table(u"43"_s, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(table);
    const Result<Order> order = m_fixture.order(table->orderId, m_tokens.value(u"ayse"_s));
    QVERIFY_OK(order);
    const Lines lines = order->items + Lines{ServerFixture::newLine(m_menuIds.first()),
                                             ServerFixture::newLine(m_menuIds.last())};
    const HttpReply write =
        m_fixture.patchLines(order->id, order->version, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(write.status == 200, write.describe().constData());
    QCOMPARE(feed(before, 1000).size(), qsizetype(2));
    QCOMPARE(latest(), before + 2);
    QCOMPARE(latest(), lastOfFeed());

    const HttpReply waiter =
        m_fixture.http().get(u"/api/v1/events/latest"_s, m_tokens.value(u"ayse"_s));
    QCOMPARE(waiter.status, 403);
    QCOMPARE(waiter.errorCode(), ErrorCode::Forbidden);
}

void TestHistoryRoutes::latestOfAnEmptyLog()
{
    ServerFixture empty;
    QVERIFY_OK(empty.start());
    const Result<QByteArray> manager = empty.token(u"selin"_s);
    QVERIFY_OK(manager);
    const HttpReply reply = empty.http().get(u"/api/v1/events/latest"_s, manager.value());
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json(), (QJsonObject{{u"seq"_s, 0}}));
}

QTEST_GUILESS_MAIN(TestHistoryRoutes)
#include "tst_historyroutes.moc"
