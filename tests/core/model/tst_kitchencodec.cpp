#include "JsonWire.h"
#include "ResultCheck.h"

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/KitchenCodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// QCOMPARE prints the JSON of a value when two values differ.
namespace {
char* jsonText(const QJsonObject& object)
{
    return qstrdup(JsonCodec::encode(object).constData());
}
} // namespace

char* toString(const Ticket& v)
{
    return jsonText(KitchenCodec::toJson(v));
}
char* toString(const FireRequest& v)
{
    return jsonText(KitchenCodec::toJson(v));
}
char* toString(const FireReply& v)
{
    return jsonText(KitchenCodec::toJson(v));
}
char* toString(const BanquetFireRequest& v)
{
    return jsonText(KitchenCodec::toJson(v));
}
char* toString(const BanquetFireReply& v)
{
    return jsonText(KitchenCodec::toJson(v));
}
char* toString(const TicketsPage& v)
{
    return jsonText(KitchenCodec::toJson(v));
}
char* toString(const TicketMessage& v)
{
    return jsonText(KitchenCodec::toJson(v));
}
char* toString(const MenuMessage& v)
{
    return jsonText(KitchenCodec::toJson(v));
}

namespace {

TicketLine soupLine()
{
    return TicketLine{u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s,
                      u"soup-lentil"_s,
                      u"Lentil soup"_s,
                      2,
                      3,
                      u"no onions, \"very\" hot \U0001F35C"_s,
                      {},
                      {}};
}

Ticket fireTicket()
{
    Ticket ticket;
    ticket.id = 17;
    ticket.orderId = 34;
    ticket.tableId = u"12"_s;
    ticket.tableName = u"Table 12"_s;
    ticket.kind = Ticket::Kind::Fire;
    ticket.station = u"hot"_s;
    ticket.course = 1;
    ticket.lines = {
        soupLine(),
        TicketLine{
            u"00000000-0000-4000-8000-000000000002"_s, u"kofte"_s, u"Köfte"_s, 1, 0, {}, {}, {}}};
    ticket.createdBy = u"ayse"_s;
    ticket.createdAt = 1'780'000'000'123;
    return ticket;
}

Ticket bumpedTicket()
{
    Ticket ticket = fireTicket();
    ticket.bumpedAt = 1'780'000'000'999;
    ticket.bumpedBy = u"chef"_s;
    return ticket;
}

Ticket voidTicket()
{
    Ticket ticket = fireTicket();
    ticket.id = 18;
    ticket.kind = Ticket::Kind::Void;
    ticket.lines = {soupLine()};
    ticket.lines[0].reason = u"wrong_item"_s;
    ticket.lines[0].approvedBy = u"selin"_s;
    return ticket;
}

const QStringList ticketKeys{u"id"_s,         u"order_id"_s,  u"table_id"_s, u"table_name"_s,
                             u"kind"_s,       u"station"_s,   u"course"_s,   u"lines"_s,
                             u"created_by"_s, u"created_at"_s};
const QStringList ticketLineKeys{u"line_id"_s, u"menu_item_id"_s, u"name"_s,
                                 u"qty"_s,     u"seat"_s,         u"note"_s};

Order firedOrder()
{
    Line line;
    line.lineId = soupLine().lineId;
    line.menuItemId = u"soup-lentil"_s;
    line.qty = 2;
    line.seat = 3;
    line.addedBy = u"ayse"_s;
    line.addedAt = 5;
    line.priceCents = 450;
    line.state = Line::State::Fired;
    line.firedAt = 1'780'000'000'123;
    return Order{34, u"12"_s, Order::Status::Open, 10, 1'780'000'000'123, {line}};
}

} // namespace

class TestKitchenCodec : public QObject
{
    Q_OBJECT

private slots:
    void ticketRoundTrip_data();
    void ticketRoundTrip();
    void ticketKindNames();
    void fireRequestEncoding_data();
    void fireRequestEncoding();
    void fireReplyRoundTrip();
    void banquetRoundTrip();
    void ticketsPageRoundTrip();
    void availabilityRequest();
    void streamMessages();
    void streamMessagesRefuseOtherTypes();
    void decodersRejectWrongTypes_data();
    void decodersRejectWrongTypes();
};

void TestKitchenCodec::ticketRoundTrip_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("lineKeys");
    QTest::newRow("fire") << fireTicket() << ticketKeys << ticketLineKeys;
    QTest::newRow("bumped") << bumpedTicket()
                            << ticketKeys + QStringList{u"bumped_at"_s, u"bumped_by"_s}
                            << ticketLineKeys;
    QTest::newRow("void") << voidTicket() << ticketKeys
                          << ticketLineKeys + QStringList{u"reason"_s, u"approved_by"_s};
}

void TestKitchenCodec::ticketRoundTrip()
{
    QFETCH(Ticket, ticket);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, lineKeys);
    const QJsonObject json = KitchenCodec::toJson(ticket);
    QCOMPARE(sortedKeysOf(json), sorted(keys));
    const QJsonArray lines = json.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), ticket.lines.size());
    for (const QJsonValue& line : lines)
        QCOMPARE(sortedKeysOf(line.toObject()), sorted(lineKeys));
    Result<Ticket> decoded = KitchenCodec::ticketFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), ticket);
}

void TestKitchenCodec::ticketKindNames()
{
    QCOMPARE(KitchenCodec::kindName(Ticket::Kind::Fire), u"fire"_s);
    QCOMPARE(KitchenCodec::kindName(Ticket::Kind::Void), u"void"_s);
    QCOMPARE(KitchenCodec::kindFromName(u"void"_s), Ticket::Kind::Void);
    QVERIFY(!KitchenCodec::kindFromName(u"Fire"_s).has_value());
}

void TestKitchenCodec::fireRequestEncoding_data()
{
    QTest::addColumn<FireRequest>("request");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("everything") << FireRequest{9, {}, {}} << QStringList{u"expected_version"_s};
    QTest::newRow("courses") << FireRequest{9, QList<int>{1, 3}, {}}
                             << QStringList{u"courses"_s, u"expected_version"_s};
    QTest::newRow("lines, no version")
        << FireRequest{std::nullopt, {}, QStringList{soupLine().lineId}} << QStringList{u"lines"_s};
}

// A client only sends it (the server reads it with RequestValidator): the keys it writes.
void TestKitchenCodec::fireRequestEncoding()
{
    QFETCH(FireRequest, request);
    QFETCH(QStringList, keys);
    const QJsonObject json = KitchenCodec::toJson(request);
    QCOMPARE(sortedKeysOf(json), keys);
    if (request.courses) {
        QCOMPARE(json.value(u"courses"_s).toArray().size(), request.courses->size());
        QCOMPARE(json.value(u"courses"_s).toArray().at(1).toInt(), request.courses->at(1));
    }
    if (request.lines)
        QCOMPARE(json.value(u"lines"_s).toArray().at(0).toString(), request.lines->at(0));
}

void TestKitchenCodec::fireReplyRoundTrip()
{
    const FireReply reply{firedOrder(), {fireTicket()}};
    const QJsonObject json = KitchenCodec::toJson(reply);
    QCOMPARE(sortedKeysOf(json), sorted({u"order"_s, u"tickets"_s}));
    Result<FireReply> decoded = KitchenCodec::fireReplyFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), reply);

    const FireReply nothing{firedOrder(), {}};
    Result<FireReply> empty = KitchenCodec::fireReplyFromJson(wire(KitchenCodec::toJson(nothing)));
    QVERIFY_OK(empty);
    QCOMPARE(empty.value(), nothing);
}

void TestKitchenCodec::banquetRoundTrip()
{
    const BanquetFireRequest request{2, {u"1"_s, u"2"_s}};
    const QJsonObject requestJson = KitchenCodec::toJson(request);
    QCOMPARE(sortedKeysOf(requestJson), sorted({u"course"_s, u"tables"_s}));
    QCOMPARE(requestJson.value(u"course"_s).toInt(), 2);
    QCOMPARE(requestJson.value(u"tables"_s).toArray().at(1).toString(), u"2"_s);

    const BanquetFireReply reply{{{34, 10}, {35, 4}}, {fireTicket(), voidTicket()}};
    const QJsonObject json = KitchenCodec::toJson(reply);
    QCOMPARE(sortedKeysOf(json), sorted({u"orders"_s, u"tickets"_s}));
    QCOMPARE(sortedKeysOf(json.value(u"orders"_s).toArray().at(0).toObject()),
             sorted({u"order_id"_s, u"version"_s}));
    Result<BanquetFireReply> decoded = KitchenCodec::banquetFireReplyFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), reply);
}

void TestKitchenCodec::ticketsPageRoundTrip()
{
    const TicketsPage page{{fireTicket(), bumpedTicket()}, 17};
    const QJsonObject json = KitchenCodec::toJson(page);
    QCOMPARE(sortedKeysOf(json), sorted({u"tickets"_s, u"next"_s}));
    Result<TicketsPage> decoded = KitchenCodec::ticketsPageFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), page);
}

void TestKitchenCodec::availabilityRequest()
{
    QCOMPARE(KitchenCodec::toJson(AvailabilityRequest{false}),
             QJsonObject({{u"available"_s, false}}));
    QCOMPARE(KitchenCodec::toJson(AvailabilityRequest{true}),
             QJsonObject({{u"available"_s, true}}));
}

void TestKitchenCodec::streamMessages()
{
    const TicketMessage ticket{17, u"hot"_s, 34, Ticket::Kind::Void};
    const QJsonObject ticketJson = KitchenCodec::toJson(ticket);
    QCOMPARE(ticketJson, objectFrom(R"({"type": "ticket", "ticket_id": 17, "station": "hot",
                                        "order_id": 34, "kind": "void"})"));
    Result<TicketMessage> decodedTicket = KitchenCodec::ticketMessageFromJson(wire(ticketJson));
    QVERIFY_OK(decodedTicket);
    QCOMPARE(decodedTicket.value(), ticket);

    const MenuMessage menu{u"lamb-shank"_s, false};
    const QJsonObject menuJson = KitchenCodec::toJson(menu);
    QCOMPARE(menuJson, objectFrom(R"({"type": "menu", "menu_item_id": "lamb-shank",
                                      "available": false})"));
    Result<MenuMessage> decodedMenu = KitchenCodec::menuMessageFromJson(wire(menuJson));
    QVERIFY_OK(decodedMenu);
    QCOMPARE(decodedMenu.value(), menu);
}

void TestKitchenCodec::streamMessagesRefuseOtherTypes()
{
    const QJsonObject order =
        objectFrom(R"({"type": "order", "order_id": 34, "table_id": "12", "version": 8})");
    QCOMPARE(KitchenCodec::ticketMessageFromJson(order).error().field, u"type"_s);
    QCOMPARE(KitchenCodec::menuMessageFromJson(order).error().field, u"type"_s);
    // An order message stays an order message: the older decoder refuses the new types.
    QCOMPARE(JsonDecoder::streamMessageFromJson(KitchenCodec::toJson(MenuMessage{u"tea"_s, true}))
                 .error()
                 .field,
             u"type"_s);
}

void TestKitchenCodec::decodersRejectWrongTypes_data()
{
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const QByteArray ticketLine =
        R"({"line_id": "x", "menu_item_id": "tea", "name": "Tea", "qty": 1, "seat": 0, "note": ""})";
    const auto ticket = [&ticketLine](const QByteArray& changed) -> QByteArray {
        return R"({"id": 17, "order_id": 34, "table_id": "12", "table_name": "T", "station": "hot",
                   "course": 1, "created_by": "ayse", "created_at": 5, "lines": [)" +
               ticketLine + "]," + changed + "}";
    };
    QTest::newRow("ticket unknown kind")
        << u"ticket"_s << ticket(R"("kind": "cancel")") << u"kind"_s;
    QTest::newRow("ticket kind missing") << u"ticket"_s << ticket(R"("x": 1)") << u"kind"_s;
    QTest::newRow("ticket bumped_at string")
        << u"ticket"_s << ticket(R"("kind": "fire", "bumped_at": "5")") << u"bumped_at"_s;
    QTest::newRow("ticket line qty string")
        << u"ticket"_s
        << QByteArray(R"({"id": 17, "order_id": 34, "table_id": "12", "table_name": "T",
                          "kind": "fire", "station": "hot", "course": 1, "created_by": "a",
                          "created_at": 5, "lines": [{"line_id": "x", "menu_item_id": "t",
                          "name": "T", "qty": "1", "seat": 0, "note": ""}]})")
        << u"lines[0].qty"_s;
    QTest::newRow("page next missing")
        << u"page"_s << QByteArray(R"({"tickets": []})") << u"next"_s;
    QTest::newRow("banquet orders[0].version string")
        << u"banquet"_s
        << QByteArray(R"({"orders": [{"order_id": 1, "version": "2"}], "tickets": []})")
        << u"orders[0].version"_s;
    QTest::newRow("fire reply without order")
        << u"fire"_s << QByteArray(R"({"tickets": []})") << u"order"_s;
    QTest::newRow("menu message available a string")
        << u"menuMessage"_s
        << QByteArray(R"({"type": "menu", "menu_item_id": "tea", "available": "yes"})")
        << u"available"_s;
    QTest::newRow("ticket message kind")
        << u"ticketMessage"_s
        << QByteArray(
               R"({"type": "ticket", "ticket_id": 1, "station": "hot", "order_id": 3, "kind": 1})")
        << u"kind"_s;
}

void TestKitchenCodec::decodersRejectWrongTypes()
{
    QFETCH(QString, decoder);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QJsonObject value = objectFrom(json);
    QVERIFY2(!value.isEmpty(), json.constData());
    const auto fieldOf = [](const auto& result) {
        return result.ok() ? u"<accepted>"_s : result.error().field;
    };
    QString found;
    if (decoder == "ticket"_L1)
        found = fieldOf(KitchenCodec::ticketFromJson(value));
    else if (decoder == "page"_L1)
        found = fieldOf(KitchenCodec::ticketsPageFromJson(value));
    else if (decoder == "banquet"_L1)
        found = fieldOf(KitchenCodec::banquetFireReplyFromJson(value));
    else if (decoder == "fire"_L1)
        found = fieldOf(KitchenCodec::fireReplyFromJson(value));
    else if (decoder == "menuMessage"_L1)
        found = fieldOf(KitchenCodec::menuMessageFromJson(value));
    else if (decoder == "ticketMessage"_L1)
        found = fieldOf(KitchenCodec::ticketMessageFromJson(value));
    else
        QFAIL("unknown decoder");
    QCOMPARE(found, field);
}

QTEST_APPLESS_MAIN(TestKitchenCodec)
#include "tst_kitchencodec.moc"
