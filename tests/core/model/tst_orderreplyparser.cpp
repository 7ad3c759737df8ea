#include "model/ConflictJsonWriter.h"
#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/OrderJsonWriter.h"
#include "model/OrderReplyParser.h"

#include "SampleEvents.h"
#include "SampleLine.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// OrderReplyParser against JsonDecoder on the same bytes: the fast reading for every reply the
// server writes, the same value as JsonDecoder's, and JsonDecoder's own error for every fault.
class TestOrderReplyParser : public QObject
{
    Q_OBJECT

private slots:
    void ordersReadFastAsTheCodecDoes_data();
    void ordersReadFastAsTheCodecDoes();
    void conflictsReadFastAsTheCodecDoes_data();
    void conflictsReadFastAsTheCodecDoes();
    void faultsAreTheCodecs_data();
    void faultsAreTheCodecs();
    void conflictFaultsAreTheCodecs_data();
    void conflictFaultsAreTheCodecs();
};

namespace {

Order sampleOrder(const Lines& items, Order::Status status = Order::Status::Open)
{
    Order order;
    order.id = 34;
    order.tableId = u"12"_s;
    order.status = status;
    order.version = 9;
    order.updatedAt = 1'780'000'001'000;
    order.items = items;
    return order;
}

Lines manyLines(int count)
{
    Lines lines;
    for (int i = 0; i < count; ++i) {
        Line line = sampleLine(i % 3 ? QString() : u"no onions, seat %1"_s.arg(i));
        line.lineId = u"%1-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s.arg(0x10000000 + i, 8, 16);
        line.seat = i % 21;
        line.state = i % 2 ? Line::State::Fired : Line::State::New;
        line.firedAt = i % 2 ? 1'780'000'002'000 + i : 0;
        lines.append(line);
    }
    return lines;
}

Result<Order> codecOrder(const QByteArray& body)
{
    const Result<QJsonObject> object = JsonDecoder::parseObject(body);
    return object ? JsonDecoder::orderFromJson(object.value()) : Result<Order>(object.error());
}

Result<ConflictReply> codecConflict(const QByteArray& body)
{
    const Result<QJsonObject> object = JsonDecoder::parseObject(body);
    return object ? JsonDecoder::conflictReplyFromJson(object.value())
                  : Result<ConflictReply>(object.error());
}

QByteArray orderWith(const QByteArray& line, const QByteArray& extra = {})
{
    return R"({"id":34,"table_id":"12","status":"open","version":9,"updated_at":1780000001000,)"
           R"("items":[)" +
           line + "]" + extra + "}";
}

QByteArray plainLine(const QByteArray& extra = {})
{
    return R"({"line_id":"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b","menu_item_id":"tea","qty":2)" +
           extra + "}";
}

} // namespace

void TestOrderReplyParser::ordersReadFastAsTheCodecDoes_data()
{
    QTest::addColumn<QByteArray>("body");
    const Order banquet = sampleOrder(manyLines(60));
    QTest::newRow("no lines") << OrderJsonWriter::order(sampleOrder({}));
    QTest::newRow("every field") << OrderJsonWriter::order(sampleOrder({sampleLine(u"x"_s)}));
    QTest::newRow("fired") << OrderJsonWriter::order(
        sampleOrder({sampleLine({}, Line::State::Fired)}));
    QTest::newRow("Turkish and Russian notes, escapes")
        << OrderJsonWriter::order(sampleOrder({sampleLine(u"çay — «без сахара» \"tab\"\t\n"_s)}));
    QTest::newRow("closed") << OrderJsonWriter::order(sampleOrder({}, Order::Status::Closed));
    QTest::newRow("a banquet table") << OrderJsonWriter::order(banquet);
    QTest::newRow("through QJsonObject") << JsonCodec::encode(JsonCodec::toJson(banquet));
    QTest::newRow("only the required fields") << orderWith(plainLine());
    QTest::newRow("keys it does not read")
        << orderWith(plainLine(R"(,"extra":[1,{"a":null}])"), R"(,"etag":"x")");
    QTest::newRow("a whole number written as a double") << orderWith(plainLine(R"(,"seat":2.0)"));
}

void TestOrderReplyParser::ordersReadFastAsTheCodecDoes()
{
    QFETCH(QByteArray, body);
    const Result<Order> codec = codecOrder(body);
    QVERIFY(codec.ok());
    const std::optional<Order> fast = OrderReplyParser::fastOrder(body);
    QVERIFY(fast.has_value());
    QCOMPARE(*fast, codec.value());
    const Result<Order> read = OrderReplyParser::order(body);
    QVERIFY(read.ok());
    QCOMPARE(read.value(), codec.value());
}

void TestOrderReplyParser::conflictsReadFastAsTheCodecDoes_data()
{
    QTest::addColumn<QByteArray>("body");
    ConflictReply stale;
    stale.message = u"Someone changed this order first."_s;
    stale.current = sampleOrder(manyLines(20));
    for (qint64 seq = 1; seq <= 6; ++seq)
        stale.events.append(sampleEvent(seq, Event::Kind(seq % 7), u"mehmet"_s, 1'780'000'000'000));
    stale.events[1].qty = 2;
    stale.events[1].prevQty = 1;
    stale.events[1].seat = 3;
    stale.events[1].prevSeat = 0;
    stale.events[1].note = u"ohne Zwiebeln"_s;
    stale.events[5].ticketId = 17;
    stale.events[5].reason = u"wrong_item"_s;
    stale.events[5].approvedBy = u"m1"_s;
    QTest::newRow("stale version") << ConflictJsonWriter::reply(stale);
    QTest::newRow("stale, through QJsonObject") << JsonCodec::encode(JsonCodec::toJson(stale));

    ConflictReply fired;
    fired.error = ErrorCode::LineFired;
    fired.message = u"A fired line cannot be changed."_s;
    fired.current = sampleOrder({sampleLine({}, Line::State::Fired)});
    fired.lines = QStringList{fired.current.items.first().lineId};
    QTest::newRow("line fired") << ConflictJsonWriter::reply(fired);

    ConflictReply soldOut;
    soldOut.error = ErrorCode::ItemUnavailable;
    soldOut.message = u"Sold out."_s;
    soldOut.current = sampleOrder({});
    soldOut.items = QStringList{u"soup-lentil"_s, u"çay"_s};
    QTest::newRow("sold out") << ConflictJsonWriter::reply(soldOut);
}

void TestOrderReplyParser::conflictsReadFastAsTheCodecDoes()
{
    QFETCH(QByteArray, body);
    const Result<ConflictReply> codec = codecConflict(body);
    QVERIFY(codec.ok());
    const std::optional<ConflictReply> fast = OrderReplyParser::fastConflict(body);
    QVERIFY(fast.has_value());
    QCOMPARE(*fast, codec.value());
    const Result<ConflictReply> read = OrderReplyParser::conflict(body);
    QVERIFY(read.ok());
    QCOMPARE(read.value(), codec.value());
}

void TestOrderReplyParser::faultsAreTheCodecs_data()
{
    QTest::addColumn<QByteArray>("body");
    // What JsonDecoder makes of it: most rows are faults; a repeated key and a lone surrogate
    // are read by Qt (the last copy, the surrogate kept) and only the fast reader steps aside.
    QTest::addColumn<bool>("codecReads");
    QTest::newRow("not JSON") << QByteArray("{\"id\":") << false;
    QTest::newRow("an array") << QByteArray("[]") << false;
    QTest::newRow("no items") << QByteArray(R"({"id":34,"table_id":"12","status":"open",)"
                                            R"("version":9,"updated_at":1})")
                              << false;
    QTest::newRow("status unknown")
        << orderWith(plainLine()).replace("\"open\"", "\"paid\"") << false;
    QTest::newRow("qty a string") << orderWith(plainLine().replace("\"qty\":2", "\"qty\":\"2\""))
                                  << false;
    QTest::newRow("qty a fraction")
        << orderWith(plainLine().replace("\"qty\":2", "\"qty\":2.5")) << false;
    QTest::newRow("no menu item") << orderWith(R"({"line_id":"a","qty":1})") << false;
    QTest::newRow("note null") << orderWith(plainLine(R"(,"note":null)")) << false;
    QTest::newRow("state cooked") << orderWith(plainLine(R"(,"state":"cooked")")) << false;
    QTest::newRow("a line not an object") << orderWith("7") << false;
    QTest::newRow("a repeated key") << orderWith(plainLine(R"(,"qty":3)")) << true;
    QTest::newRow("a lone surrogate") << orderWith(plainLine(R"(,"note":"\udc00")")) << true;
    QTest::newRow("an underflow") << orderWith(plainLine(R"(,"x":1e-400)")) << false;
    QTest::newRow("beyond 2^53") << orderWith(plainLine(R"(,"added_at":9007199254740994)"))
                                 << false;
}

void TestOrderReplyParser::faultsAreTheCodecs()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, codecReads);
    QVERIFY(!OrderReplyParser::fastOrder(body).has_value());
    const Result<Order> codec = codecOrder(body);
    QCOMPARE(codec.ok(), codecReads);
    const Result<Order> read = OrderReplyParser::order(body);
    QCOMPARE(read.ok(), codec.ok());
    if (codec.ok()) {
        QCOMPARE(read.value(), codec.value());
        return;
    }
    QCOMPARE(read.error().code, codec.error().code);
    QCOMPARE(read.error().field, codec.error().field);
    QCOMPARE(read.error().message, codec.error().message);
}

void TestOrderReplyParser::conflictFaultsAreTheCodecs_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray current = orderWith(plainLine());
    QTest::newRow("no current") << QByteArray(R"({"error":"version_conflict","message":"m"})");
    QTest::newRow("no message") << R"({"error":"version_conflict","current":)" + current + "}";
    QTest::newRow("events not a list")
        << R"({"error":"version_conflict","message":"m","events":{},"current":)" + current + "}";
    QTest::newRow("an event of no kind")
        << R"({"error":"version_conflict","message":"m","events":[{"seq":1,"order_id":34,)"
           R"("table_id":"12","version":2,"kind":"eat","author":"a","at":1}],"current":)" +
               current + "}";
    QTest::newRow("lines not strings")
        << R"({"error":"line_fired","message":"m","lines":[1],"current":)" + current + "}";
}

void TestOrderReplyParser::conflictFaultsAreTheCodecs()
{
    QFETCH(QByteArray, body);
    QVERIFY(!OrderReplyParser::fastConflict(body).has_value());
    const Result<ConflictReply> codec = codecConflict(body);
    const Result<ConflictReply> read = OrderReplyParser::conflict(body);
    QVERIFY(!codec.ok());
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, codec.error().field);
    QCOMPARE(read.error().message, codec.error().message);
}

QTEST_APPLESS_MAIN(TestOrderReplyParser)
#include "tst_orderreplyparser.moc"
