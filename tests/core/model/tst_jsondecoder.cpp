#include "JsonWire.h"
#include "ResultCheck.h"

#include "model/JsonDecoder.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// What JsonDecoder accepts and refuses on its own; that it reads back everything JsonCodec
// writes is tst_jsoncodec's round trips.
namespace {

std::optional<ApiError> decodeError(const QString& decoder, const QJsonValue& value)
{
    const auto errorOf = [](const auto& result) -> std::optional<ApiError> {
        if (result.ok())
            return std::nullopt;
        return result.error();
    };
    if (decoder == "line"_L1)
        return errorOf(JsonDecoder::lineFromJson(value));
    if (decoder == "order"_L1)
        return errorOf(JsonDecoder::orderFromJson(value));
    if (decoder == "menuItem"_L1)
        return errorOf(JsonDecoder::menuItemFromJson(value));
    if (decoder == "table"_L1)
        return errorOf(JsonDecoder::tableFromJson(value));
    if (decoder == "event"_L1)
        return errorOf(JsonDecoder::eventFromJson(value));
    if (decoder == "staff"_L1)
        return errorOf(JsonDecoder::staffFromJson(value));
    if (decoder == "loginReply"_L1)
        return errorOf(JsonDecoder::loginReplyFromJson(value));
    if (decoder == "closeReply"_L1)
        return errorOf(JsonDecoder::closeReplyFromJson(value));
    if (decoder == "conflictReply"_L1)
        return errorOf(JsonDecoder::conflictReplyFromJson(value));
    if (decoder == "eventsPage"_L1)
        return errorOf(JsonDecoder::eventsPageFromJson(value));
    if (decoder == "health"_L1)
        return errorOf(JsonDecoder::healthFromJson(value));
    if (decoder == "menu"_L1)
        return errorOf(JsonDecoder::menuFromJson(value));
    if (decoder == "tables"_L1)
        return errorOf(JsonDecoder::tablesFromJson(value));
    qFatal("unknown decoder %s", qPrintable(decoder));
    return std::nullopt;
}

} // namespace

class TestJsonDecoder : public QObject
{
    Q_OBJECT

private slots:
    void lineOptionalFieldsDefault();
    void decodersRejectWrongTypes_data();
    void decodersRejectWrongTypes();
    void parseObject_data();
    void parseObject();
    void integral_data();
    void integral();
    void errorFromJsonRejectsNonErrors();
};

void TestJsonDecoder::lineOptionalFieldsDefault()
{
    const QJsonObject json = objectFrom(
        R"({"line_id": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b", "menu_item_id": "tea", "qty": 4})");
    Result<Line> line = JsonDecoder::lineFromJson(json);
    QVERIFY(line.ok());
    QCOMPARE(line->seat, 0);
    QCOMPARE(line->note, QString());
    QCOMPARE(line->addedBy, QString());
    QCOMPARE(line->addedAt, 0);
    QCOMPARE(line->qty, 4);
    QCOMPARE(line->course, 1);
    QCOMPARE(line->state, Line::State::New);
    QCOMPARE(line->firedAt, 0);
    QCOMPARE(line->priceCents, 0);
}

void TestJsonDecoder::decodersRejectWrongTypes_data()
{
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const QByteArray line =
        R"({"line_id": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b", "menu_item_id": "tea", "qty": 1})";
    const QByteArray order =
        R"({"id": 34, "table_id": "12", "status": "open", "version": 7, "updated_at": 5, "items": [)" +
        line + "," + line + "," +
        R"({"line_id": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6c", "menu_item_id": "tea", "qty": "2"}]})";
    QTest::newRow("order items[2].qty string") << u"order"_s << order << u"items[2].qty"_s;
    QTest::newRow("order id string")
        << u"order"_s
        << QByteArray(
               R"({"id": "34", "table_id": "12", "status": "open", "version": 7, "updated_at": 5, "items": []})")
        << u"id"_s;
    QTest::newRow("order table_id number")
        << u"order"_s
        << QByteArray(
               R"({"id": 34, "table_id": 12, "status": "open", "version": 7, "updated_at": 5, "items": []})")
        << u"table_id"_s;
    QTest::newRow("order unknown status")
        << u"order"_s
        << QByteArray(
               R"({"id": 34, "table_id": "12", "status": "pending", "version": 7, "updated_at": 5, "items": []})")
        << u"status"_s;
    QTest::newRow("order version fractional")
        << u"order"_s
        << QByteArray(
               R"({"id": 34, "table_id": "12", "status": "open", "version": 7.5, "updated_at": 5, "items": []})")
        << u"version"_s;
    QTest::newRow("order items an object")
        << u"order"_s
        << QByteArray(
               R"({"id": 34, "table_id": "12", "status": "open", "version": 7, "updated_at": 5, "items": {}})")
        << u"items"_s;
    QTest::newRow("order items missing")
        << u"order"_s
        << QByteArray(
               R"({"id": 34, "table_id": "12", "status": "open", "version": 7, "updated_at": 5})")
        << u"items"_s;
    QTest::newRow("order line not an object")
        << u"order"_s
        << QByteArray(
               R"({"id": 34, "table_id": "12", "status": "open", "version": 7, "updated_at": 5, "items": [)" +
               line + ",7]}")
        << u"items[1]"_s;
    QTest::newRow("order first bad field wins")
        << u"order"_s
        << QByteArray(
               R"({"id": 34, "table_id": 12, "status": "open", "version": "7", "updated_at": 5, "items": []})")
        << u"table_id"_s;
    QTest::newRow("order is an array") << u"order"_s << QByteArray("[]") << u"body"_s;
    QTest::newRow("line line_id number")
        << u"line"_s << QByteArray(R"({"line_id": 5, "menu_item_id": "tea", "qty": 1})")
        << u"line_id"_s;
    QTest::newRow("line menu_item_id missing")
        << u"line"_s << QByteArray(R"({"line_id": "x", "qty": 1})") << u"menu_item_id"_s;
    QTest::newRow("line qty missing")
        << u"line"_s << QByteArray(R"({"line_id": "x", "menu_item_id": "tea"})") << u"qty"_s;
    QTest::newRow("line seat fractional")
        << u"line"_s
        << QByteArray(R"({"line_id": "x", "menu_item_id": "tea", "qty": 1, "seat": 1.5})")
        << u"seat"_s;
    QTest::newRow("line note number")
        << u"line"_s
        << QByteArray(R"({"line_id": "x", "menu_item_id": "tea", "qty": 1, "note": 3})")
        << u"note"_s;
    QTest::newRow("line course string")
        << u"line"_s
        << QByteArray(R"({"line_id": "x", "menu_item_id": "tea", "qty": 1, "course": "2"})")
        << u"course"_s;
    QTest::newRow("line unknown state")
        << u"line"_s
        << QByteArray(R"({"line_id": "x", "menu_item_id": "tea", "qty": 1, "state": "cooking"})")
        << u"state"_s;
    QTest::newRow("line fired_at string")
        << u"line"_s
        << QByteArray(R"({"line_id": "x", "menu_item_id": "tea", "qty": 1, "fired_at": "5"})")
        << u"fired_at"_s;
    QTest::newRow("menuItem available a string")
        << u"menuItem"_s
        << QByteArray(
               R"({"id": "tea", "name": "Tea", "category": "Drinks", "price_cents": 1, "available": "no"})")
        << u"available"_s;
    QTest::newRow("menuItem station a number")
        << u"menuItem"_s
        << QByteArray(
               R"({"id": "tea", "name": "Tea", "category": "Drinks", "price_cents": 1, "station": 3})")
        << u"station"_s;
    QTest::newRow("conflictReply lines not strings")
        << u"conflictReply"_s
        << QByteArray(
               R"({"error": "line_fired", "message": "m", "current": {"id": 34, "table_id": "12", "status": "open", "version": 7, "updated_at": 5, "items": []}, "lines": [1]})")
        << u"lines[0]"_s;
    QTest::newRow("line added_by number")
        << u"line"_s
        << QByteArray(R"({"line_id": "x", "menu_item_id": "tea", "qty": 1, "added_by": 3})")
        << u"added_by"_s;
    QTest::newRow("line added_at string")
        << u"line"_s
        << QByteArray(R"({"line_id": "x", "menu_item_id": "tea", "qty": 1, "added_at": "now"})")
        << u"added_at"_s;
    QTest::newRow("menu item price fractional")
        << u"menuItem"_s
        << QByteArray(R"({"id": "tea", "name": "Tea", "category": "Drinks", "price_cents": 1.5})")
        << u"price_cents"_s;
    QTest::newRow("menu item name missing")
        << u"menuItem"_s << QByteArray(R"({"id": "tea", "category": "Drinks", "price_cents": 150})")
        << u"name"_s;
    QTest::newRow("table seats string")
        << u"table"_s
        << QByteArray(
               R"({"id": "12", "name": "T", "seats": "20", "order_id": 1, "version": 1, "item_count": 0, "updated_at": 0})")
        << u"seats"_s;
    QTest::newRow("table id number")
        << u"table"_s
        << QByteArray(
               R"({"id": 12, "name": "T", "seats": 20, "order_id": 1, "version": 1, "item_count": 0, "updated_at": 0})")
        << u"id"_s;
    const QByteArray eventHead =
        R"({"seq": 1, "order_id": 34, "table_id": "12", "version": 8, "author": "ayse", "at": 5, )";
    QTest::newRow("event unknown kind")
        << u"event"_s << eventHead + R"("kind": "delete"})" << u"kind"_s;
    QTest::newRow("event qty string")
        << u"event"_s << eventHead + R"("kind": "add", "qty": "2"})" << u"qty"_s;
    QTest::newRow("event prev_qty fractional")
        << u"event"_s << eventHead + R"("kind": "change", "qty": 2, "prev_qty": 1.5})"
        << u"prev_qty"_s;
    QTest::newRow("event note number")
        << u"event"_s << eventHead + R"("kind": "add", "note": 1})" << u"note"_s;
    QTest::newRow("event expected_version string")
        << u"event"_s << eventHead + R"("kind": "conflict", "expected_version": "7"})"
        << u"expected_version"_s;
    QTest::newRow("event line_id number")
        << u"event"_s << eventHead + R"("kind": "add", "line_id": 1})" << u"line_id"_s;
    QTest::newRow("event seq missing")
        << u"event"_s
        << QByteArray(
               R"({"order_id": 34, "table_id": "12", "version": 8, "kind": "close", "author": "a", "at": 5})")
        << u"seq"_s;
    QTest::newRow("staff unknown role")
        << u"staff"_s << QByteArray(R"({"id": "a", "name": "A", "role": "chef"})") << u"role"_s;
    QTest::newRow("login reply staff role")
        << u"loginReply"_s
        << QByteArray(
               R"({"token": "t", "staff": {"id": "a", "name": "A", "role": 1}, "expires_at": 5})")
        << u"staff.role"_s;
    QTest::newRow("login reply expires_at string")
        << u"loginReply"_s
        << QByteArray(
               R"({"token": "t", "staff": {"id": "a", "name": "A", "role": "waiter"}, "expires_at": "5"})")
        << u"expires_at"_s;
    QTest::newRow("close reply order.items[2].qty")
        << u"closeReply"_s << QByteArray(R"({"order": )" + order + R"(, "next_order_id": 35})")
        << u"order.items[2].qty"_s;
    QTest::newRow("close reply next_order_id missing")
        << u"closeReply"_s
        << QByteArray(R"({"order": )" + QByteArray(order).replace(R"("qty": "2")", R"("qty": 2)") +
                      "}")
        << u"next_order_id"_s;
    QTest::newRow("conflict current.version string")
        << u"conflictReply"_s
        << QByteArray(
               R"({"error": "version_conflict", "message": "m", "current": {"id": 34, "table_id": "12", "status": "open", "version": "7", "updated_at": 5, "items": []}, "events": []})")
        << u"current.version"_s;
    QTest::newRow("conflict events[1].at string")
        << u"conflictReply"_s
        << QByteArray(
               R"({"error": "version_conflict", "message": "m", "current": {"id": 34, "table_id": "12", "status": "open", "version": 7, "updated_at": 5, "items": []}, "events": [)" +
               eventHead +
               R"("kind": "close"}, {"seq": 2, "order_id": 34, "table_id": "12", "version": 9, "kind": "close", "author": "a", "at": "later"}]})")
        << u"events[1].at"_s;
    QTest::newRow("events page events[0].seq string")
        << u"eventsPage"_s
        << QByteArray(
               R"({"events": [{"seq": "1", "order_id": 34, "table_id": "12", "version": 9, "kind": "close", "author": "a", "at": 1}], "next": 1})")
        << u"events[0].seq"_s;
    QTest::newRow("events page next string")
        << u"eventsPage"_s << QByteArray(R"({"events": [], "next": "1"})") << u"next"_s;
    QTest::newRow("health api string")
        << u"health"_s << QByteArray(R"({"status": "ok", "store": "sqlite", "api": "1"})")
        << u"api"_s;
    QTest::newRow("menu items[1].name number")
        << u"menu"_s
        << QByteArray(
               R"({"items": [{"id": "a", "name": "A", "category": "C", "price_cents": 1}, {"id": "b", "name": 2, "category": "C", "price_cents": 1}]})")
        << u"items[1].name"_s;
    QTest::newRow("menu items not an array")
        << u"menu"_s << QByteArray(R"({"items": 1})") << u"items"_s;
    QTest::newRow("tables tables[0].order_id string")
        << u"tables"_s
        << QByteArray(
               R"({"tables": [{"id": "12", "name": "T", "seats": 20, "order_id": "1", "version": 1, "item_count": 0, "updated_at": 0}]})")
        << u"tables[0].order_id"_s;
}

void TestJsonDecoder::decodersRejectWrongTypes()
{
    QFETCH(QString, decoder);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, json.constData());
    const QJsonValue value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const std::optional<ApiError> error = decodeError(decoder, value);
    QVERIFY2(error.has_value(), "the decoder accepted a wrongly typed field");
    QCOMPARE(error->field, field);
    QCOMPARE(error->code, ErrorCode::InvalidRequest);
    QVERIFY2(error->message.contains(field), qPrintable(error->message));
}

void TestJsonDecoder::parseObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("object") << QByteArray(R"({"a": 1})") << true;
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("empty body") << QByteArray() << false;
    QTest::newRow("not json") << QByteArray("{a: 1}") << false;
    QTest::newRow("truncated") << QByteArray(R"({"a": )") << false;
    QTest::newRow("array") << QByteArray("[1, 2]") << false;
    QTest::newRow("string") << QByteArray(R"("text")") << false;
    QTest::newRow("number") << QByteArray("7") << false;
}

void TestJsonDecoder::parseObject()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    Result<QJsonObject> result = JsonDecoder::parseObject(body);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(result.error().field, u"body"_s);
        QCOMPARE(result.error().code, ErrorCode::InvalidRequest);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TestJsonDecoder::integral_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("isIntegral");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("7") << QJsonValue(7) << true << qint64(7);
    QTest::newRow("-3") << QJsonValue(-3) << true << qint64(-3);
    QTest::newRow("0") << QJsonValue(0) << true << qint64(0);
    QTest::newRow("7.0") << QJsonValue(7.0) << true << qint64(7);
    QTest::newRow("ms time") << QJsonValue(qint64(1'780'000'000'123)) << true
                             << qint64(1'780'000'000'123);
    QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << true << qint64(9007199254740992);
    QTest::newRow("2^54") << QJsonValue(18014398509481984.0) << false << qint64(0);
    QTest::newRow("1.5") << QJsonValue(1.5) << false << qint64(0);
    QTest::newRow("string") << QJsonValue(u"7"_s) << false << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
    QTest::newRow("null") << QJsonValue() << false << qint64(0);
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << false << qint64(0);
}

void TestJsonDecoder::integral()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, isIntegral);
    QFETCH(qint64, expected);
    const std::optional<qint64> number = JsonDecoder::integral(value);
    QCOMPARE(number.has_value(), isIntegral);
    if (isIntegral)
        QCOMPARE(*number, expected);
}

void TestJsonDecoder::errorFromJsonRejectsNonErrors()
{
    // An order, as a 200 carries it: no error and message.
    QVERIFY(!JsonDecoder::errorFromJson(objectFrom(R"({"id": 34, "table_id": "12", "version": 7})"))
                 .has_value());
    QVERIFY(!JsonDecoder::errorFromJson(QJsonArray{}).has_value());
    QVERIFY(!JsonDecoder::errorFromJson(objectFrom(R"({"error": 5, "message": "x"})")).has_value());
    QVERIFY(!JsonDecoder::errorFromJson(objectFrom(R"({"error": "x", "message": "y", "field": 3})"))
                 .has_value());
}

QTEST_APPLESS_MAIN(TestJsonDecoder)
#include "tst_jsondecoder.moc"
