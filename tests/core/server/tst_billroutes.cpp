#include "JsonKeys.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/JsonDecoder.h"
#include "model/VoidCodec.h"
#include "server/store/StoreFactory.h"
#include "server/store/VenueCurrency.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The bill (api-v1.md "The bill"): the order's lines at their own prices in the order's line
// order, a total per seat (shared seat 0 included) that adds up to the total to the cent, the
// venue's currency; after a void the voided line is not on it.
class TestBillRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void banquetBillAddsUpPerSeat();
    void emptyOrder();
    void voidedLineLeavesTheBill();
    void everyRoleReadsTheBill_data();
    void everyRoleReadsTheBill();
    void unknownOrder_data();
    void unknownOrder();
    // Last: it changes the venue's currency.
    void billAndMenuShowTheVenueCurrency();

private:
    Result<BillReply> bill(qint64 orderId, const QString& staff = u"ayse"_s);

    ServerFixture m_fixture;
    QMap<QString, QByteArray> m_tokens;
    QHash<QString, MenuItem> m_menu;
};

void TestBillRoutes::initTestCase()
{
    const Result<ServerFixture::Venue> venue = m_fixture.startVenue({u"ayse"_s, u"chef"_s});
    QVERIFY_OK(venue);
    for (const MenuItem& item : venue->menu)
        m_menu.insert(item.id, item);
    m_tokens = venue->tokens;
}

Result<BillReply> TestBillRoutes::bill(qint64 orderId, const QString& staff)
{
    const HttpReply reply =
        m_fixture.http().get(ServerFixture::orderPath(orderId) + u"/bill"_s, m_tokens.value(staff));
    if (reply.status != 200)
        return unexpectedReply(u"GET bill"_s, reply);
    if (keysOf(reply.json()) != QSet<QString>{u"order_id"_s, u"table_id"_s, u"version"_s,
                                              u"currency"_s, u"lines"_s, u"seats"_s,
                                              u"total_cents"_s})
        return unexpectedReply(u"the bill's fields"_s, reply);
    return VoidCodec::billReplyFromJson(reply.json());
}

void TestBillRoutes::banquetBillAddsUpPerSeat()
{
    // A 20-seat table: every seat and the shared seat 0, several items and quantities each,
    // seats added out of order.
    const QList<MenuItem> items = m_menu.values();
    QVERIFY(items.size() >= 5);
    Lines lines;
    for (int i = 0; i < 63; ++i) {
        const int seat = (i * 8) % 21;
        const MenuItem& item = items.at(i % items.size());
        lines.append(ServerFixture::newLine(item.id, 1 + i % 4, seat));
    }
    const Result<Order> before = m_fixture.tableOrder(u"1"_s);
    QVERIFY_OK(before);
    const HttpReply written =
        m_fixture.patchLines(before->id, before->version, lines, m_tokens.value(u"ayse"_s));
    QVERIFY2(written.status == 200, written.describe().constData());
    const Result<Order> order = JsonDecoder::orderFromJson(written.json());
    QVERIFY_OK(order);

    const Result<BillReply> got = bill(order->id);
    QVERIFY_OK(got);
    QCOMPARE(got->orderId, order->id);
    QCOMPARE(got->tableId, u"1"_s);
    QCOMPARE(got->version, order->version);
    QCOMPARE(got->currency, u"EUR"_s);
    QCOMPARE(got->lines.size(), lines.size());
    QMap<int, qint64> expectedSeats;
    qint64 expectedTotal = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line& line = order->items.at(i);
        const BillLine& billed = got->lines.at(i);
        QCOMPARE(billed.lineId, lines.at(i).lineId);
        QCOMPARE(billed.name, m_menu.value(line.menuItemId).name);
        QCOMPARE(billed.qty, line.qty);
        QCOMPARE(billed.seat, line.seat);
        QCOMPARE(billed.unitCents, qint64(line.priceCents));
        QCOMPARE(billed.totalCents, qint64(line.priceCents) * line.qty);
        expectedSeats[line.seat] += billed.totalCents;
        expectedTotal += billed.totalCents;
    }
    QCOMPARE(got->seats.size(), 21);
    qint64 seatSum = 0;
    for (qsizetype i = 0; i < got->seats.size(); ++i) {
        QCOMPARE(got->seats.at(i).seat, int(i));
        QCOMPARE(got->seats.at(i).totalCents, expectedSeats.value(int(i)));
        seatSum += got->seats.at(i).totalCents;
    }
    QCOMPARE(seatSum, got->totalCents);
    QCOMPARE(got->totalCents, expectedTotal);
}

void TestBillRoutes::emptyOrder()
{
    const Result<Order> order = m_fixture.tableOrder(u"2"_s);
    QVERIFY_OK(order);
    const Result<BillReply> got = bill(order->id);
    QVERIFY_OK(got);
    QVERIFY(got->lines.isEmpty());
    QVERIFY(got->seats.isEmpty());
    QCOMPARE(got->totalCents, 0);
}

void TestBillRoutes::voidedLineLeavesTheBill()
{
    const Line soup = ServerFixture::newLine(u"soup-lentil"_s, 2, 4);
    const Line water = ServerFixture::newLine(u"drink-water"_s, 3, 0);
    Result<Order> order = m_fixture.tableOrder(u"3"_s);
    QVERIFY_OK(order);
    HttpReply reply =
        m_fixture.patchLines(order->id, order->version, {soup, water}, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    reply = m_fixture.http().sendJson("POST", ServerFixture::orderPath(order->id) + u"/fire"_s,
                                      QJsonObject{{u"expected_version"_s, order->version + 1}},
                                      m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    Result<BillReply> got = bill(order->id);
    QVERIFY_OK(got);
    QCOMPARE(got->lines.size(), 2);
    QCOMPARE(got->seats.size(), 2);

    order = m_fixture.tableOrder(u"3"_s);
    QVERIFY_OK(order);
    QJsonObject body = ServerFixture::patchBody(order->version, {order->items.last()});
    body.insert(u"voids"_s,
                QJsonArray{VoidCodec::toJson(VoidEntry{soup.lineId, u"quality"_s, {}, {}})});
    reply = m_fixture.patch(order->id, body, m_tokens.value(u"selin"_s));
    QVERIFY2(reply.status == 200, reply.describe().constData());

    got = bill(order->id);
    QVERIFY_OK(got);
    QCOMPARE(got->version, order->version + 1);
    QCOMPARE(got->lines.size(), 1);
    QCOMPARE(got->lines.first().lineId, water.lineId);
    const qint64 waterTotal = 3 * qint64(m_menu.value(u"drink-water"_s).priceCents);
    QCOMPARE(got->seats, (QList<SeatTotal>{SeatTotal{0, waterTotal}}));
    QCOMPARE(got->totalCents, waterTotal);
}

void TestBillRoutes::everyRoleReadsTheBill_data()
{
    QTest::addColumn<QString>("staff");
    QTest::newRow("waiter") << u"ayse"_s;
    QTest::newRow("manager") << u"selin"_s;
    QTest::newRow("kitchen") << u"chef"_s;
}

void TestBillRoutes::everyRoleReadsTheBill()
{
    QFETCH(QString, staff);
    const Result<Order> order = m_fixture.tableOrder(u"4"_s);
    QVERIFY_OK(order);
    QVERIFY_OK(bill(order->id, staff));
}

void TestBillRoutes::unknownOrder_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("no such order") << u"999999"_s;
    QTest::newRow("not a number") << u"abc"_s;
    QTest::newRow("zero") << u"0"_s;
}

void TestBillRoutes::unknownOrder()
{
    QFETCH(QString, id);
    const HttpReply reply =
        m_fixture.http().get(u"/api/v1/orders/"_s + id + u"/bill"_s, m_tokens.value(u"ayse"_s));
    QVERIFY2(reply.status == 404, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::NotFound);
}

void TestBillRoutes::billAndMenuShowTheVenueCurrency()
{
    const Result<Order> order = m_fixture.tableOrder(u"5"_s);
    QVERIFY_OK(order);
    {
        StoreOptions options;
        options.password = m_fixture.options().databasePassword;
        Result<OpenedStore> opened =
            StoreFactory::open(m_fixture.databasePath(), options, m_fixture.clock());
        QVERIFY_OK(opened);
        QVERIFY_OK(opened->store->setSetting(QLatin1StringView(VenueCurrency::setting), u"TRY"_s));
    }
    const Result<BillReply> got = bill(order->id);
    QVERIFY_OK(got);
    QCOMPARE(got->currency, u"TRY"_s);
    for (const QString& query : {QString(), u"?lang=tr"_s}) {
        const HttpReply menu =
            m_fixture.http().get(u"/api/v1/menu"_s + query, m_tokens.value(u"ayse"_s));
        QVERIFY2(menu.status == 200, menu.describe().constData());
        QCOMPARE(menu.json().value(u"currency"_s).toString(), u"TRY"_s);
    }
}

QTEST_GUILESS_MAIN(TestBillRoutes)
#include "tst_billroutes.moc"
